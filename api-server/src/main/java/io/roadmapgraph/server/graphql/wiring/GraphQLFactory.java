package io.roadmapgraph.server.graphql.wiring;

import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.context.annotation.Factory;
import io.roadmapgraph.server.graphql.execution.ParentFieldsStrategy;
import io.roadmapgraph.server.schema.SchemaFile;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Builds the executable schema from {@link SchemaFile} and the wiring contributed by all
 * {@link Feature} beans, and the {@link GraphQL} engine that micronaut-graphql serves.
 */
@Factory
public class GraphQLFactory {

    @Singleton
    GraphQLSchema graphQLSchema(SchemaFile schemaFile, List<Feature> features) {
        TypeDefinitionRegistry types = new SchemaParser().parse(schemaFile.sdl());
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        features.forEach(feature -> feature.wire(wiring));
        return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    }

    /**
     * The engine. Other parts plug in as beans: every {@link Instrumentation} (limits, tracing), at most one
     * {@link DataFetcherExceptionHandler} (error mapping) and at most one {@link PreparsedDocumentProvider}
     * (document cache, persisted queries).
     */
    @Singleton
    GraphQL graphQL(GraphQLSchema schema,
                    List<Instrumentation> instrumentations,
                    Optional<DataFetcherExceptionHandler> exceptionHandler,
                    Optional<PreparsedDocumentProvider> documentProvider) {
        GraphQL.Builder builder = GraphQL.newGraphQL(schema);
        if (!instrumentations.isEmpty()) {
            // the chain without its per-field lists for the callbacks none of them implements
            builder.instrumentation(new LeanChainedInstrumentation(instrumentations));
        }
        exceptionHandler.ifPresent(builder::defaultDataFetcherExceptionHandler);
        // queries complete the fields that read their parent object in one pass; mutations run as graphql-java's
        builder.queryExecutionStrategy(new ParentFieldsStrategy(
                exceptionHandler.orElseGet(SimpleDataFetcherExceptionHandler::new)));
        documentProvider.ifPresent(builder::preparsedDocumentProvider);
        return builder.build();
    }
}
