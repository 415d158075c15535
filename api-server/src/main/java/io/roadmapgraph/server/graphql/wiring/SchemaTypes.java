package io.roadmapgraph.server.graphql.wiring;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.roadmapgraph.server.schema.SchemaFile;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The schema file parsed into its type definitions on a background thread from the moment the application context
 * starts, beside the embedded Neo4j's start, instead of when the GraphQL engine is built once the port is open. The
 * cold parse (graphql-java's ANTLR lexer and parser building their caches in code not compiled yet) was most of the
 * engine's build, and a fresh server's first answer waits for the engine. First of the eagerly made beans, so that the
 * parse runs while the others (the embedded Neo4j among them) are made.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SchemaTypes {

    private final FutureTask<TypeDefinitionRegistry> parse;

    SchemaTypes(SchemaFile file) {
        parse = new FutureTask<>(() -> new SchemaParser().parse(file.sdl()));
        Thread thread = new Thread(parse, "roadmap-schema-parse");
        thread.setDaemon(true);
        thread.start();
    }

    /** The parsed type definitions (waits for the parse); a failed parse throws what the parser threw. */
    TypeDefinitionRegistry types() {
        try {
            return parse.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the GraphQL schema was parsed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("parsing the GraphQL schema failed", e.getCause());
        }
    }
}
