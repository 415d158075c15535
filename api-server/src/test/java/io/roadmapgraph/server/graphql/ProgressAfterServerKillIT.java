package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.server.testing.TestTokens;
import io.roadmapgraph.testkit.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress survives a {@code kill -9} of the server: the packaged jar ({@code java -jar target/api-server.jar}) on an
 * embedded Neo4j data directory is killed with SIGKILL right after its writes were answered, started again on the
 * same directory, and every answered write is read back.
 */
class ProgressAfterServerKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of("python", "rag", "tokenization", "rlhf", "foundation-models");

    private final HttpClient http = HttpClient.newHttpClient();
    /** The port of the server started last. */
    private int port;

    @TempDir
    Path work;

    @Test
    void everyAnsweredWriteIsReadBackAfterTheServerIsKilledHardAndRestartedOnItsDataDirectory() throws Exception {
        Path data = work.resolve("neo4j");
        String learner = "ann";

        try (ChildProcess server = start(data, "first.log")) {
            URI url = awaitStarted(server);
            for (int i = 0; i < TOPICS.size(); i++) {
                JsonNode written = post(url, learner, TestServer.operation("setProgress"), Map.of("topic",
                        TOPICS.get(i), "status", "LEARNING", "hours", i + 1, "note", "note " + i));
                assertThat(written.at("/data/setProgress/topic").asText()).as(written.toString())
                        .isEqualTo(TOPICS.get(i));
            }

            server.killHard();

            assertThat(server.alive()).isFalse();
        }
        try (ChildProcess again = start(data, "second.log")) {
            JsonNode me = post(awaitStarted(again), learner, TestServer.operation("me"), Map.of());

            assertThat(me.at("/errors").isMissingNode()).as(() -> me + "\nthe restarted server's log:\n"
                    + logOf("second.log")).isTrue();
            assertThat(StreamSupport.stream(me.at("/data/me/progress").spliterator(), false)
                    .map(p -> p.get("topic").asText() + " " + p.get("hoursSpent").asInt() + " " + p.get("note")
                            .asText()).toList())
                    .containsExactlyInAnyOrder("python 1 note 0", "rag 2 note 1", "tokenization 3 note 2",
                            "rlhf 4 note 3", "foundation-models 5 note 4");
        }
    }

    private ChildProcess start(Path data, String log) {
        port = ChildProcess.freePort();
        return ChildProcess.start("api-server", List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-jar", Path.of("target", "api-server.jar").toAbsolutePath().toString()),
                Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port),
                        "MICRONAUT_SERVER_HOST", "127.0.0.1",
                        "ROADMAP_EMBEDDED_DATA_DIR", data.toString(),
                        "ROADMAP_EMBEDDED_BOLT_PORT", "0",
                        "ROADMAP_EMBEDDED_HTTP_ENABLED", "false",
                        "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET",
                        TestTokens.SECRET,
                        "MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_AUDIENCE", TestTokens.AUDIENCE),
                work, work.resolve(log));
    }

    private String logOf(String log) {
        try {
            return Files.readString(work.resolve(log));
        } catch (IOException e) {
            return "(not readable: " + e + ")";
        }
    }

    /** The server's /graphql once it answers with the bundled roadmap loaded. */
    private URI awaitStarted(ChildProcess server) {
        URI url = URI.create("http://127.0.0.1:" + port + "/graphql");
        server.awaitGraphQL(http, url, "{\"query\":\"{ roadmaps { id } }\"}", Duration.ofMinutes(4),
                "\"ai-engineer\"");
        return url;
    }

    private JsonNode post(URI url, String learner, String query, Map<String, ?> variables) throws IOException,
            InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.token(learner))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query,
                        "variables", variables)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
