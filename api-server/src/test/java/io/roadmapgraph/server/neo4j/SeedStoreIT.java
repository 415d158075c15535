package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.embedded.Neo4jConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.server.testing.TestServer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The seed store the build put into the jar (target/classes/seed, made in prepare-package): a fresh embedded data
 * directory starts from it, a data directory with anything in it is left alone, and what the seed holds is what our
 * loader writes for the bundled roadmap.
 */
class SeedStoreIT {

    @Test
    void theBuildPutTheSeedStoreOnTheClasspath() {
        assertThat(SeedStore.class.getClassLoader().getResource(SeedStore.RESOURCE))
                .as("run mvn package: the seed-store execution makes it").isNotNull();
    }

    @Test
    void aFreshDataDirectoryStartsFromTheSeedStillLoadsExtraFilesAndHoldsWhatTheLoaderWrites(@TempDir Path temp)
            throws Exception {
        List<String> seeded;
        try (TestServer api = TestServer.start(ownEmbedded(temp.resolve("fresh"),
                Map.of("roadmap.bootstrap.files", resource("roadmaps/tiny.yaml"))))) {
            Neo4jConnection connection = api.context().getBean(Neo4jConnection.class);

            assertThat(connection.seeded()).as("the seed store was unpacked").isTrue();
            // the seed was built without authentication: the generated password is set on it all the same
            try (Driver anonymous = GraphDatabase.driver(connection.boltUri(), AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver owner = GraphDatabase.driver(connection.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER,
                    Files.readString(temp.resolve("fresh").resolve(EmbeddedPassword.FILE_NAME)).strip()))) {
                owner.verifyConnectivity();
            }
            assertThat(api.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps").toString())
                    .contains("\"ai-engineer\"").contains("\"tiny\"");
            seeded = contents(connection.driver(), "ai-engineer");
        }

        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("README.txt"), "someone's file");
        try (TestServer api = TestServer.start(ownEmbedded(used, Map.of()))) {
            Neo4jConnection connection = api.context().getBean(Neo4jConnection.class);

            assertThat(connection.seeded()).as("a data directory with files is not seeded").isFalse();
            assertThat(used.resolve("README.txt")).hasContent("someone's file");
            assertThat(contents(connection.driver(), "ai-engineer"))
                    .as("the seed holds exactly what RoadmapLoader writes for the bundled roadmap at start-up")
                    .isNotEmpty()
                    .isEqualTo(seeded);
        }
    }

    @Test
    void isNotUsedWhenSwitchedOff(@TempDir Path temp) {
        try (TestServer api = TestServer.start(ownEmbedded(temp.resolve("fresh"),
                Map.of("roadmap.bootstrap.seed", false, "roadmap.bootstrap.bundled", false)))) {
            Neo4jConnection connection = api.context().getBean(Neo4jConnection.class);

            assertThat(connection.seeded()).isFalse();
            assertThat(api.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps").size())
                    .isZero();
        }
    }

    private static Map<String, Object> ownEmbedded(Path dataDir, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", dataDir.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-enabled", false));
        properties.putAll(more);
        return properties;
    }

    /**
     * Every node and relationship of one roadmap's graph with its properties, sorted; without the revision ids (a new
     * random id per load that changes anything) and load times.
     */
    private static List<String> contents(Driver driver, String roadmap) {
        List<String> nodes = driver.executableQuery("""
                        MATCH (n) WHERE $roadmap IN coalesce(n.roadmaps, [n.roadmap, n.id])
                        RETURN labels(n) AS labels, properties(n) AS props""")
                .withParameters(Map.of("roadmap", roadmap)).execute().records().stream()
                .map(r -> r.get("labels").asList().stream().sorted().toList() + " " + props(r.get("props").asMap()))
                .toList();
        List<String> relationships = driver.executableQuery("""
                        MATCH (a)-[r]->(b) WHERE $roadmap IN coalesce(a.roadmaps, [a.roadmap, a.id])
                          AND $roadmap IN coalesce(b.roadmaps, [b.roadmap, b.id])
                        RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props""")
                .withParameters(Map.of("roadmap", roadmap)).execute().records().stream()
                .map(r -> withoutRevisionIds(r.get("from").asString() + " -" + r.get("type").asString() + "-> "
                        + r.get("to").asString()) + " " + props(r.get("props").asMap()))
                .toList();
        return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
    }

    private static String props(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>(properties);
        List.of("revision", "previous", "loadedAt").forEach(sorted::remove);
        return withoutRevisionIds(sorted.toString());
    }

    /** Revision ids are random by design ("ai-engineer@<uuid>"): each becomes "ai-engineer@rev". */
    private static String withoutRevisionIds(String text) {
        return text.replaceAll("@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "@rev");
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(SeedStoreIT.class.getResource("/" + name).toURI()).toString();
    }
}
