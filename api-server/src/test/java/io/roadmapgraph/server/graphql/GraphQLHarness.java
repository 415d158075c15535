package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.server.testing.TestTokens;
import org.neo4j.driver.Driver;

import java.util.HashMap;
import java.util.Map;

/**
 * The shared {@link TestServer} once its start-up has loaded the AI Engineer roadmap (loaded here if it does not
 * within three minutes: loading it beside the server's own load would make the two contend), with the full-text index online; runs the
 * operations kept in {@code src/test/resources/graphql/<name>.graphql} over real HTTP and returns the JSON body.
 */
final class GraphQLHarness {

    private static GraphQLHarness instance;

    private final TestServer server;

    private GraphQLHarness(TestServer server) {
        this.server = server;
    }

    static synchronized GraphQLHarness server() {
        if (instance == null) {
            TestServer server = TestServer.shared();
            Driver driver = SharedNeo4j.driver();
            if (!LoadedRoadmap.awaitIn(driver, "ai-engineer")) {
                RoadmapLoader loader = new RoadmapLoader(driver);
                loader.ensureSchema();
                loader.load(RoadmapReader.aiEngineer());
            }
            driver.executableQuery("CALL db.awaitIndexes(60)").execute();
            instance = new GraphQLHarness(server);
        }
        return instance;
    }

    /**
     * A server of its own that checks learners' tokens ({@link TestTokens}), with {@code settings} on top, over the
     * shared Neo4j once the bundled roadmap is loaded there; the caller closes it.
     */
    static TestServer withTokens(Map<String, Object> settings) {
        server();
        Map<String, Object> all = new HashMap<>(TestTokens.serverSettings());
        all.putAll(settings);
        return TestServer.start(all);
    }

    ApplicationContext context() {
        return server.context();
    }

    /** Runs the operation {@code graphql/<name>.graphql} with the given variables; returns the response body. */
    JsonNode run(String name, Map<String, ?> variables) {
        GraphQLResponse response = server.graphql(name, variables);
        if (response.status() != 200) {
            throw new AssertionError("POST /graphql answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** POSTs a document made by the test itself (not a file), whatever the answer's status. */
    GraphQLResponse send(String document, Map<String, ?> variables) {
        return server.query(document, variables);
    }

    JsonNode run(String name) {
        return run(name, Map.of());
    }
}
