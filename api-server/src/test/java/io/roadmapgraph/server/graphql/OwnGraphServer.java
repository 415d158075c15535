package io.roadmapgraph.server.graphql;

import io.roadmapgraph.server.testing.TestServer;
import org.neo4j.driver.Driver;

import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TestServer} with its own embedded Neo4j that loads one roadmap file (of the test resources, or written by a test) at start-up and
 * no bundled roadmap (the shared graph keeps the AI Engineer roadmap alone); returned once the roadmap is in the graph
 * and the server has answered a query (or after three minutes).
 */
final class OwnGraphServer {

    private OwnGraphServer() {
    }

    static TestServer start(Path dataDir, String resource, String roadmapId) throws URISyntaxException {
        return start(dataDir, Path.of(Objects.requireNonNull(OwnGraphServer.class.getResource(resource), resource)
                .toURI()), roadmapId);
    }

    static TestServer start(Path dataDir, Path roadmapFile, String roadmapId) {
        return start(dataDir, roadmapFile, roadmapId, Map.of());
    }

    /** {@link #start(Path, Path, String)} with more of the server's settings (say, those of learners' tokens). */
    static TestServer start(Path dataDir, Path roadmapFile, String roadmapId, Map<String, Object> more) {
        Map<String, Object> settings = new java.util.HashMap<>(more);
        settings.putAll(Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", dataDir.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-port", 0,
                "roadmap.bootstrap.bundled", false,
                "roadmap.bootstrap.files", roadmapFile.toString()));
        TestServer api = TestServer.start(settings);
        Driver driver = api.context().getBean(Driver.class);
        long deadline = System.nanoTime() + LoadedRoadmap.PATIENCE.toNanos();
        if (!LoadedRoadmap.awaitIn(driver, roadmapId)) {
            api.close();
            throw new AssertionError("roadmap " + roadmapId + " from " + roadmapFile + " is not in the server's graph "
                    + "after " + LoadedRoadmap.PATIENCE + ": its start-up load failed (see the server's log)");
        }
        // the first answer builds what the server keeps of the graph: on a busy machine it may take longer than one
        // request may, so ask until it answers (or the three minutes are up)
        while (true) {
            try {
                api.graphql("roadmaps");
                return api;
            } catch (UncheckedIOException slow) {
                if (System.nanoTime() > deadline) {
                    throw slow;
                }
            }
        }
    }
}
