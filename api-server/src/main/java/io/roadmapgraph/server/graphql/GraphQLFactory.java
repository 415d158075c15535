package io.roadmapgraph.server.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;
import io.roadmapgraph.server.schema.SchemaFile;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Builds the executable schema from {@link SchemaFile} and the wiring contributed by all
 * {@link RuntimeWiringConfigurer} beans, and the {@link GraphQL} engine that micronaut-graphql serves.
 */
@Factory
public class GraphQLFactory {

    @Singleton
    GraphQLSchema graphQLSchema(SchemaFile schemaFile,
                                List<RuntimeWiringConfigurer> configurers,
                                @Value("${roadmap.graphql.introspection:true}") boolean introspection) {
        TypeDefinitionRegistry types = new SchemaParser().parse(schemaFile.sdl());
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        configurers.forEach(configurer -> configurer.configure(wiring));
        if (!introspection) {
            // __schema and __type become unknown fields: a validation error, no data
            wiring.fieldVisibility(NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY);
        }
        return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    }

    @Singleton
    GraphQL graphQL(GraphQLSchema schema, List<Instrumentation> instrumentations) {
        GraphQL.Builder builder = GraphQL.newGraphQL(schema);
        if (!instrumentations.isEmpty()) {
            builder.instrumentation(new ChainedInstrumentation(instrumentations));
        }
        return builder.build();
    }
}
