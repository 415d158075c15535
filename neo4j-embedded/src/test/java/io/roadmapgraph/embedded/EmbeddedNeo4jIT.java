package io.roadmapgraph.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jIT {

    @Test
    void startsOnAFreeLoopbackPortAnswersCypherOverBoltAndShutsDownCleanly(@TempDir Path home) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(home.resolve("db"), 0));
        try (neo4j; Driver driver = neo4j.openDriver()) {
            assertThat(neo4j.boltUri().toString()).startsWith("bolt://127.0.0.1:").doesNotEndWith(":0");
            assertThat(neo4j.authEnabled()).isFalse();
            assertThat(neo4j.httpUri()).isEmpty();

            driver.verifyConnectivity();
            driver.executableQuery("CREATE (:Probe {id: $id})").withParameters(Map.of("id", "p-1")).execute();
            List<Record> records = driver.executableQuery("MATCH (p:Probe) RETURN p.id AS id").execute().records();
            assertThat(records).extracting(r -> r.get("id").asString()).containsExactly("p-1");
        }
        Instant closed = Instant.now();
        assertThat(home.resolve("db")).exists();
        // a second start on the same directory sees the committed data: the first shut down cleanly
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(home.resolve("db"), 0));
             Driver driver = again.openDriver()) {
            assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute()
                    .records().get(0).get("n").asLong()).isEqualTo(1L);
        }
        assertThat(Duration.between(closed, Instant.now())).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void withAPasswordRequiresItServesHttpWhenAskedAndATemporaryDatabaseIsRemovedOnClose() throws Exception {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(
                EmbeddedNeo4j.Settings.temporary().withPassword("s3cret-pass").withHttpPort(0));
        Path home = neo4j.settings().home();
        try (neo4j; Driver driver = neo4j.openDriver();
             Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
             Driver wrongPassword = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "not-the-one"))) {
            assertThat(neo4j.authEnabled()).isTrue();
            assertThat(Files.isDirectory(home)).isTrue();
            driver.verifyConnectivity();
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(Neo4jException.class);
            assertThatThrownBy(wrongPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);

            URI http = neo4j.httpUri().orElseThrow();
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(http).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains(neo4j.boltUri().toString());
        }
        assertThat(home).doesNotExist();
    }

    @Test
    void aStoreCreatedWithoutAPasswordGetsOneAndKeepsItOverARestart(@TempDir Path home) {
        EmbeddedNeo4j.Settings settings = EmbeddedNeo4j.Settings.of(home.resolve("db"), 0);
        try (EmbeddedNeo4j open = EmbeddedNeo4j.start(settings); Driver driver = open.openDriver()) {
            driver.executableQuery("CREATE (:Probe)").execute();
        }
        for (int start = 1; start <= 2; start++) {
            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings.withPassword("s3cret-pass"));
                 Driver driver = neo4j.openDriver();
                 Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute()
                        .records().get(0).get("n").asLong()).as("start " + start).isEqualTo(1L);
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void aChangedPasswordReplacesTheOldOneAtTheNextStart(@TempDir Path home) {
        EmbeddedNeo4j.Settings settings = EmbeddedNeo4j.Settings.of(home.resolve("db"), 0);
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(settings.withPassword("first-pass"));
             Driver driver = first.openDriver()) {
            driver.verifyConnectivity();
        }
        try (EmbeddedNeo4j second = EmbeddedNeo4j.start(settings.withPassword("second-pass"));
             Driver driver = second.openDriver();
             Driver old = GraphDatabase.driver(second.boltUri(), AuthTokens.basic("neo4j", "first-pass"))) {
            assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
                    .isEqualTo(1);
            assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void evenWithoutAPasswordLoadCsvReadsNoLocalFileAndTheHttpConnectorRunsNoCypher() throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary().withHttpPort(0));
             Driver driver = neo4j.openDriver()) {
            assertThatThrownBy(() -> driver.executableQuery(
                    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row)").execute())
                    .isInstanceOf(Neo4jException.class)
                    .hasMessageContaining("dbms.security.allow_csv_import_from_file_urls' is false");

            driver.executableQuery("CREATE (:Probe)").execute();
            URI http = neo4j.httpUri().orElseThrow();
            for (String path : List.of("/db/neo4j/tx/commit", "/db/neo4j/query/v2")) {
                HttpResponse<String> attack = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(http.resolve(path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"statement\": \"MATCH (n) DETACH DELETE n\","
                                                + " \"statements\": [{\"statement\": \"MATCH (n) DETACH DELETE n\"}]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(attack.statusCode()).as(path).isEqualTo(404);
            }
            assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute()
                    .records().get(0).get("n").asLong()).isEqualTo(1L);
        }
    }
}
