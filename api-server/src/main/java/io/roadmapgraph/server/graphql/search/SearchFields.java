package io.roadmapgraph.server.graphql.search;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.SearchHit;
import io.roadmapgraph.server.graphql.wiring.Defaults;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import io.roadmapgraph.server.graphql.wiring.Fetchers;
import io.roadmapgraph.server.graphql.wiring.Pages;
import jakarta.inject.Singleton;

import java.util.Optional;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.loadOptional;

/** Full-text search: {@code Query.search} and the type {@code SearchHit}, whose entity is loaded by id. */
@Singleton
class SearchFields implements Feature {

    private final RoadmapQueries queries;

    SearchFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("search", env -> queries.search(env.getArgument("text"),
                                Defaults.<Integer>argument(env, "first"),
                                Fetchers.scope(env)))
                        .dataFetcher("searchConnection", env -> Pages.page(env, queries.search(env.getArgument("text"),
                                RoadmapQueries.MAX_SEARCH_RESULTS, Fetchers.scope(env)), h -> h.kind() + ":" + h.id())))
                .type(TypeRuntimeWiring.newTypeWiring("SearchHit")
                        .dataFetcher("topic", loadOptional(Entities.TOPIC, (SearchHit h) -> ofKind(h, SearchHit.Kind.TOPIC)))
                        .dataFetcher("tool", loadOptional(Entities.TOOL, (SearchHit h) -> ofKind(h, SearchHit.Kind.TOOL)))
                        .dataFetcher("project", loadOptional(Entities.PROJECT,
                                (SearchHit h) -> ofKind(h, SearchHit.Kind.PROJECT))));
    }

    private static Optional<String> ofKind(SearchHit hit, SearchHit.Kind kind) {
        return hit.kind() == kind ? Optional.of(hit.id()) : Optional.empty();
    }
}
