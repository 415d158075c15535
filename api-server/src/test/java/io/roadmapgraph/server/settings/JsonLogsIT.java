package io.roadmapgraph.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.server.Application;
import io.roadmapgraph.testkit.ChildProcess;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ROADMAP_LOG_FORMAT=json}: the server logs one JSON object per line, start-up banner included. */
class JsonLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void everyLogLineIsAJsonObjectWithLevelLoggerAndTheFormattedMessage() throws Exception {
        int port = ChildProcess.freePort();
        Path log = work.resolve("server.log");
        // the server's own logback.xml, not the test class path's logback-test.xml, which Logback would prefer
        URL serverLogback = Application.class.getResource("/logback.xml");
        assertThat(serverLogback).as("the server's logback.xml").isNotNull();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + serverLogback, "-cp", System.getProperty("java.class.path"),
                Application.class.getName());
        try (ChildProcess server = ChildProcess.start("api-server (JSON logs)", command, Map.of(
                "ROADMAP_LOG_FORMAT", "json",
                "MICRONAUT_SERVER_PORT", String.valueOf(port),
                "MICRONAUT_SERVER_HOST", "127.0.0.1",
                "ROADMAP_EMBEDDED_DATA_DIR", work.resolve("neo4j").toString(),
                "ROADMAP_EMBEDDED_BOLT_PORT", "0",
                "ROADMAP_EMBEDDED_HTTP_ENABLED", "false",
                "ROADMAP_BOOTSTRAP_BUNDLED", "false"), work, log)) {
            server.awaitGraphQL(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + port + "/graphql"),
                    "{\"query\":\"{ roadmaps { id } }\"}", Duration.ofMinutes(3));
        }

        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.isObject()).as(event.toString()).isTrue());
        assertThat(events).anySatisfy(event -> {
            assertThat(event.path("level").asText()).isEqualTo("INFO");
            assertThat(event.path("loggerName").asText()).isEqualTo("io.roadmapgraph.server.StartupBanner");
            assertThat(event.path("formattedMessage").asText()).startsWith("Roadmap Graph is ready\n  GraphQL   http://");
        });
    }
}
