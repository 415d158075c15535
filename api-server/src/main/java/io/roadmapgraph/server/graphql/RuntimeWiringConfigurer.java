package io.roadmapgraph.server.graphql;

import graphql.schema.idl.RuntimeWiring;

/**
 * Contributes data fetchers, type resolvers or scalars to the GraphQL runtime wiring.
 * Every bean implementing this is applied by {@link GraphQLFactory}, in bean order ({@code @Order}).
 */
@FunctionalInterface
public interface RuntimeWiringConfigurer {

    void configure(RuntimeWiring.Builder builder);
}
