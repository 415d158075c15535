package io.roadmapgraph.server.graphql;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

import java.time.Duration;
import java.util.Optional;

/** The one {@link RoadmapQueries} the GraphQL layer calls: the same service JVM apps embed. */
@Factory
class QueryServiceFactory {

    @Singleton
    RoadmapQueries roadmapQueries(Driver driver,
                                  @Value("${neo4j.database:}") String database,
                                  @Value("${roadmap.query.timeout:5s}") Duration timeout,
                                  @Value("${roadmap.query.max-ids:500}") int maxIds,
                                  @Value("${roadmap.query.snapshot:true}") boolean snapshot,
                                  @Value("${roadmap.query.snapshot-max-age:1s}") Duration snapshotMaxAge) {
        Optional<String> db = Optional.of(database).filter(d -> !d.isBlank());
        return new RoadmapQueries(driver, new QueryOptions(db, timeout, maxIds, snapshot, snapshotMaxAge));
    }
}
