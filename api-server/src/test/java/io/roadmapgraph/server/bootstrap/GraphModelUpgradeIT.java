package io.roadmapgraph.server.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

/**
 * The start-up step that carries graph-model changes to existing installs: the bundled roadmap is reloaded when the
 * graph holds it in an older model version or when it came from a bundled file that changed since; otherwise the
 * graph is left as it is.
 */
class GraphModelUpgradeIT {

    // its own Neo4j: these tests rewrite the bundled roadmap, which the shared one holds for the other tests
    private static EmbeddedNeo4j neo4j;
    private static Driver driver;

    @BeforeAll
    static void startNeo4j() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
        driver = neo4j.openDriver();
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void aGraphHoldingTheBundledRoadmapWithAMarkOnATopicThatAReloadWouldRemove() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        new RoadmapLoader(driver).load(RoadmapReader.aiEngineer());
        driver.executableQuery("MATCH (r:Roadmap {id: 'ai-engineer'}) MATCH (t:Topic {id: 'python', rev: r.revision})"
                + " SET t.mark = 'before the start'").execute();
    }

    @Test
    void upgradesABundledRoadmapWrittenWithAnOlderGraphModel() throws Exception {
        driver.executableQuery("MATCH (r:Roadmap) REMOVE r." + GraphModel.MODEL_VERSION).execute();

        startAndStop();

        Record roadmap = roadmap();
        assertThat(roadmap.get("version").asInt()).isEqualTo(GraphModel.CURRENT_MODEL_VERSION);
        assertThat(roadmap.get("hash").asString()).isEqualTo(BundledRoadmap.hash());
        assertThat(mark()).as("the roadmap was loaded again").isNull();
    }

    @Test
    void reloadsTheBundledRoadmapWhenTheBundledFileChangedSinceItWasLoaded() throws Exception {
        // the graph holds what an older bundled file gave: another stamp, another content
        driver.executableQuery("MATCH (r:Roadmap) SET r." + GraphModel.BUNDLED_HASH + " = 'hash of an older file'"
                + " WITH r MATCH (v:Revision {id: r.revision}) SET v." + GraphModel.CONTENT_HASH + " = 'older'")
                .execute();

        startAndStop();

        assertThat(roadmap().get("hash").asString()).isEqualTo(BundledRoadmap.hash());
        assertThat(mark()).as("the roadmap was loaded again").isNull();
    }

    @Test
    void leavesTheBundledRoadmapAloneWhenTheBundledFileIsUnchanged() throws Exception {
        BundledRoadmap.stamp(driver, QueryConfig.defaultConfig());

        startAndStop();

        assertThat(mark()).as("the roadmap was not loaded again").isEqualTo("before the start");
    }

    @Test
    void leavesABundledRoadmapLoadedByTheCliInTheCurrentModelAlone() throws Exception {
        startAndStop();

        assertThat(roadmap().get("hash").isNull()).as("no stamp: not loaded by the server").isTrue();
        assertThat(mark()).as("the roadmap was not loaded again").isEqualTo("before the start");
    }

    private static void startAndStop() throws Exception {
        try (TestServer api = TestServer.start(Map.of("neo4j.uri", neo4j.boltUri().toString()))) {
            RoadmapBootstrap bootstrap = api.context().getBean(RoadmapBootstrap.class);
            assertThat(bootstrap.done()).as("the bootstrap ran before the server answered").isTrue();
        }
    }

    private static Record roadmap() {
        return driver.executableQuery("MATCH (r:Roadmap {id: 'ai-engineer'}) RETURN r." + GraphModel.MODEL_VERSION
                + " AS version, r." + GraphModel.BUNDLED_HASH + " AS hash").execute().records().get(0);
    }

    private static String mark() {
        return driver.executableQuery("MATCH (r:Roadmap {id: 'ai-engineer'}) MATCH (t:Topic {id: 'python',"
                        + " rev: r.revision}) RETURN t.mark AS mark").execute().records()
                .get(0).get("mark").asString(null);
    }
}
