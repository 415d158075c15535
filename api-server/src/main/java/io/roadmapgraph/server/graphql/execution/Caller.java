package io.roadmapgraph.server.graphql.execution;

import graphql.schema.DataFetchingEnvironment;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who sent the request, as its headers say, for the fields about a learner: the bearer token (checked by
 * {@link LearnerTokens} only when such a field runs) and the bookmark of an earlier write to read after. A write
 * leaves its bookmark here; {@link GraphQLExecution} answers it in {@code extensions.bookmark}.
 */
public final class Caller {

    /** The request header that carries a bookmark back: {@code Roadmap-Bookmark}. */
    public static final String BOOKMARK_HEADER = "Roadmap-Bookmark";
    /** The key of {@code extensions} that carries a write's bookmark. */
    public static final String BOOKMARK_EXTENSION = "bookmark";
    /** A caller without headers: no token, no bookmark. */
    static final String KEY = Caller.class.getName();

    private final Optional<String> authorization;
    private final Optional<String> bookmark;
    private final AtomicReference<String> written = new AtomicReference<>();

    public Caller(Optional<String> authorization, Optional<String> bookmark) {
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.bookmark = Objects.requireNonNull(bookmark, "bookmark").filter(b -> !b.isBlank());
    }

    /** A caller that sent neither a token nor a bookmark. */
    public static Caller anonymous() {
        return new Caller(Optional.empty(), Optional.empty());
    }

    /** The caller of the request a field runs for. */
    public static Caller of(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(KEY);
        return caller == null ? anonymous() : caller;
    }

    /** The {@code Authorization} header, as sent. */
    public Optional<String> authorization() {
        return authorization;
    }

    /** The bookmark the caller sent back: reads wait until the database has it. */
    public Optional<String> bookmark() {
        return bookmark;
    }

    /** Records the bookmark of a write this request made (the last one wins). */
    public void wrote(Optional<String> bookmark) {
        bookmark.ifPresent(written::set);
    }

    /** The bookmark of the last write of this request, if it made one. */
    public Optional<String> written() {
        return Optional.ofNullable(written.get());
    }
}
