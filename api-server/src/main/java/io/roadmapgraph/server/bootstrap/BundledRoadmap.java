package io.roadmapgraph.server.bootstrap;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.neo4j.SeedStore;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

/**
 * The roadmap file bundled in roadmap-model, as the server's start-up sees it: its content hash, and the stamp that
 * marks the graph's copy as loaded from it (so a later server with a changed file knows to reload it).
 */
public final class BundledRoadmap {

    /** The id of the bundled roadmap. */
    public static final String ID = "ai-engineer";

    private static final String STAMP = "MATCH (r:" + GraphModel.ROADMAP + " {id: $id}) SET r." + GraphModel.BUNDLED_HASH
            + " = $hash";

    private BundledRoadmap() {
    }

    /** The SHA-256 of the bundled file, as hex. */
    public static String hash() {
        return SeedStore.sha256(SeedStore.resourceBytes(RoadmapReader.class.getClassLoader(),
                RoadmapReader.AI_ENGINEER_RESOURCE));
    }

    /** Marks the graph's bundled roadmap as loaded from the bundled file of this build. */
    public static void stamp(Driver driver, QueryConfig config) {
        driver.executableQuery(STAMP).withParameters(Map.of("id", ID, "hash", hash())).withConfig(config).execute();
    }
}
