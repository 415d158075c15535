package io.roadmapgraph.server.graphql.wiring;

import io.micronaut.context.annotation.Factory;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.embedded.Neo4jConnection;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

/** The one {@link RoadmapQueries} the GraphQL layer calls: the same service JVM apps embed. */
@Factory
class QueryServiceFactory {

    @Singleton
    RoadmapQueries roadmapQueries(Driver driver, Neo4jConnection neo4j, QuerySettings settings) {
        QueryOptions options = settings.options(neo4j.database());
        // embedded: the snapshot follows the database's commits, so hand edits in Neo4j Browser are seen too
        return neo4j.changes().map(changes -> new RoadmapQueries(driver, options, changes))
                .orElseGet(() -> new RoadmapQueries(driver, options));
    }
}
