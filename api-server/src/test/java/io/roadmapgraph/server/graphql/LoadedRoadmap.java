package io.roadmapgraph.server.graphql;

import io.roadmapgraph.server.testing.Eventually;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Driver;

/** A roadmap that a server loads at start-up, in the background: awaited in its graph. */
final class LoadedRoadmap {

    /** How long a start-up load may take on a busy machine. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private LoadedRoadmap() {
    }

    /** Whether the roadmap {@code id} is in the graph within {@link #PATIENCE}. */
    static boolean awaitIn(Driver driver, String id) {
        return Eventually.within(() -> driver.executableQuery("MATCH (r:Roadmap {id: $id}) RETURN count(r) AS n")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("n").asLong(), n -> n > 0,
                PATIENCE).isPresent();
    }
}
