package io.roadmapgraph.server.graphql.execution;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each GraphQL document once: the parsed, valid {@code Document} is kept by its exact text, so
 * a client that sends the same query again (with other variables) skips graphql-java's parser and validator, which
 * are most of the fixed cost of a small request. Only documents that parsed and validated without errors are kept:
 * a syntax error, a document over the token limit or an invalid document is parsed and validated again on every
 * request, with exactly the errors it had. The limits that depend on the operation (depth, complexity, deadline) are
 * instrumentations that run on every execution, cached document or not (the depth check remembers an operation
 * without directives that passed it: see {@code QueryLimits}).
 * <p>
 * Bounded by the total length of the kept documents' text ({@code roadmap.graphql.document-cache-characters}, 0 = no
 * cache), least recently used first out, so a stream of distinct documents cannot grow it; a document longer than
 * the whole budget is never kept.
 */
@Singleton
public class DocumentCache implements PreparsedDocumentProvider {

    private final long maxCharacters;
    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long characters;
    private long hits;
    private long misses;

    @Inject
    DocumentCache(GraphQLSettings settings) {
        this(settings.getDocumentCacheCharacters());
    }

    DocumentCache(long maxCharacters) {
        if (maxCharacters < 0) {
            throw new IllegalArgumentException("roadmap.graphql.document-cache-characters must be at least 0"
                    + " (0 turns the document cache off), was " + maxCharacters);
        }
        this.maxCharacters = maxCharacters;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = get(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The parsed document kept for this text, if any (not counted as a hit or miss). */
    synchronized Optional<Document> cached(String query) {
        return Optional.ofNullable(entries.get(query)).map(PreparsedDocumentEntry::getDocument);
    }

    private synchronized PreparsedDocumentEntry get(String query) {
        PreparsedDocumentEntry entry = entries.get(query);
        if (entry == null) {
            misses++;
        } else {
            hits++;
        }
        return entry;
    }

    private synchronized void put(String query, PreparsedDocumentEntry entry) {
        if (query.length() > maxCharacters || entries.containsKey(query)) {
            return;
        }
        entries.put(query, entry);
        characters += query.length();
        Iterator<String> eldest = entries.keySet().iterator();
        while (characters > maxCharacters) {
            characters -= eldest.next().length();
            eldest.remove();
        }
    }

    /** What the cache holds and how often it answered: for tests and diagnostics. */
    public record Stats(int documents, long characters, long hits, long misses) {
    }

    public synchronized Stats stats() {
        return new Stats(entries.size(), characters, hits, misses);
    }
}
