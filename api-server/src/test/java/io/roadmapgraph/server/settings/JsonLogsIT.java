package io.roadmapgraph.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.server.Application;
import io.roadmapgraph.testkit.ChildProcess;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ROADMAP_LOG_FORMAT=json}: the server logs one JSON object per line, start-up banner included; the address in
 * Micronaut's last start-up line answers (the landing page, not a 404).
 */
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

            // Micronaut's last start-up line, "Startup completed in ...ms. Server Running: <url>", leads somewhere
            // logged once start-up has finished, which may be just after the first answer; JSON writes / as \/
            Pattern line = Pattern.compile("Server Running: (http://[^\\s\"\\\\]+)");
            String text = Files.readString(log).replace("\\/", "/");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!line.matcher(text).find() && System.nanoTime() < deadline) {
                ChildProcess.sleep(200);
                text = Files.readString(log).replace("\\/", "/");
            }
            Matcher running = line.matcher(text);
            assertThat(running.find()).as("the start-up line with the server's address:%n%s", text).isTrue();
            HttpResponse<String> landing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(running.group(1))).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(landing.statusCode()).isEqualTo(200);
            assertThat(landing.body()).contains("Roadmap Graph", "/graphiql", "/health");
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
