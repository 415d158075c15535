package io.roadmapgraph.server.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.settings.BootstrapSettings;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

/**
 * The start-up's check "is everything loaded already" with the server's own embedded Neo4j, read through Neo4j's Java
 * API instead of Cypher: it reads the same roadmaps as the Cypher path and so makes the same decision (loaded,
 * changed, absent), and it leaves every case the loader has work in (no schema yet, an index missing, an older graph
 * model) to the Cypher path.
 */
class EmbeddedBootstrapCheckIT {

    @TempDir
    static Path dataDir;
    private static Neo4jConnection neo4j;
    private static Driver driver;

    @BeforeAll
    static void startNeo4j() {
        neo4j = Neo4jConnection.embedded(dataDir.resolve("neo4j"));
        driver = neo4j.driver();
    }

    @AfterAll
    static void stopNeo4j() {
        neo4j.close();
    }

    @BeforeEach
    void anEmptyGraph() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    @Test
    void aGraphWithTheBundledRoadmapFromThisBuildNeedsNothingEitherWay() {
        new RoadmapLoader(driver).load(RoadmapReader.aiEngineer());
        BundledRoadmap.stamp(driver, QueryConfig.defaultConfig());
        RoadmapBootstrap bootstrap = bootstrap(List.of());

        Map<String, RoadmapBootstrap.LoadedRoadmap> direct = bootstrap.readEmbedded().orElseThrow();

        assertThat(direct).isEqualTo(bootstrap.roadmaps()).containsOnlyKeys(BundledRoadmap.ID);
        assertThat(direct.get(BundledRoadmap.ID).hash()).isEqualTo(BundledRoadmap.hash());
        assertThat(RoadmapBootstrap.nothingToLoad(direct, true, List.of())).isTrue();
    }

    @Test
    void aBundledRoadmapFromAnotherFileIsReadTheSameAndLoadedAgain() {
        new RoadmapLoader(driver).load(RoadmapReader.aiEngineer());
        driver.executableQuery("MATCH (r:Roadmap) SET r." + GraphModel.BUNDLED_HASH + " = 'hash of an older file'")
                .execute();
        RoadmapBootstrap bootstrap = bootstrap(List.of());

        Map<String, RoadmapBootstrap.LoadedRoadmap> direct = bootstrap.readEmbedded().orElseThrow();

        assertThat(direct).isEqualTo(bootstrap.roadmaps());
        assertThat(RoadmapBootstrap.nothingToLoad(direct, true, List.of())).isFalse();
    }

    @Test
    void aGraphWithoutTheBundledRoadmapOrAFilesRoadmapIsReadTheSameAndDecidedTheSame() throws Exception {
        new RoadmapLoader(driver).load(Path.of(resource("roadmaps/tiny.yaml")));
        RoadmapBootstrap bootstrap = bootstrap(List.of());

        Map<String, RoadmapBootstrap.LoadedRoadmap> direct = bootstrap.readEmbedded().orElseThrow();

        assertThat(direct).isEqualTo(bootstrap.roadmaps()).containsOnlyKeys("tiny");
        assertThat(RoadmapBootstrap.nothingToLoad(direct, true, List.of()))
                .as("the bundled roadmap comes only into a graph without roadmaps").isTrue();
        assertThat(RoadmapBootstrap.nothingToLoad(direct, true, List.of("tiny"))).isTrue();
        assertThat(RoadmapBootstrap.nothingToLoad(direct, true, List.of("tiny", "weeks"))).as("a file's roadmap absent")
                .isFalse();
    }

    @Test
    void anEmptyGraphWithItsSchemaIsReadAsEmptyAndGetsTheBundledRoadmap() {
        new RoadmapLoader(driver).ensureSchema();
        RoadmapBootstrap bootstrap = bootstrap(List.of());

        Map<String, RoadmapBootstrap.LoadedRoadmap> direct = bootstrap.readEmbedded().orElseThrow();

        assertThat(direct).isEmpty();
        assertThat(bootstrap.roadmaps()).isEmpty();
        assertThat(RoadmapBootstrap.nothingToLoad(direct, true, List.of())).isFalse();
        assertThat(RoadmapBootstrap.nothingToLoad(direct, false, List.of())).as("nothing bundled").isTrue();
    }

    @Test
    void anOlderGraphModelOrAMissingIndexIsLeftToTheCypherPath() {
        new RoadmapLoader(driver).load(RoadmapReader.aiEngineer());
        driver.executableQuery("MATCH (r:Roadmap) REMOVE r." + GraphModel.MODEL_VERSION).execute();
        RoadmapBootstrap bootstrap = bootstrap(List.of());

        assertThat(bootstrap.readEmbedded()).as("older model").isEmpty();
        assertThat(RoadmapBootstrap.nothingToLoad(bootstrap.roadmaps(), true, List.of())).isFalse();

        driver.executableQuery("MATCH (r:Roadmap) SET r." + GraphModel.MODEL_VERSION + " = $version")
                .withParameters(Map.of("version", GraphModel.CURRENT_MODEL_VERSION)).execute();
        assertThat(bootstrap.readEmbedded()).as("current model again").isPresent();
        driver.executableQuery("DROP INDEX " + GraphModel.FULLTEXT_INDEX).execute();
        assertThat(bootstrap.readEmbedded()).as("the full-text index missing").isEmpty();
    }

    private static RoadmapBootstrap bootstrap(List<String> files) {
        BootstrapSettings settings = new BootstrapSettings();
        settings.setFiles(files);
        return new RoadmapBootstrap(neo4j, settings, null);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(EmbeddedBootstrapCheckIT.class.getClassLoader().getResource(name).toURI()).toString();
    }
}
