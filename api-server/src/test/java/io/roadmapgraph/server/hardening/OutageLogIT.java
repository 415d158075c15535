package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.Application;
import io.roadmapgraph.testkit.ChildProcess;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server's own logging (its {@code logback.xml}) says while an external Neo4j cannot be reached: a line per
 * failed read and the breaker opening, not the driver's stack trace for every retry of every read (a query and the
 * snapshot's first read logged about 700 lines within seconds before).
 */
class OutageLogIT {

    @Test
    void anUnreachableNeo4jIsLoggedInLinesThatSayWhyWithoutTheDriversRetryStackTraces(@TempDir Path work)
            throws Exception {
        int port = ChildProcess.freePort();
        Path log = work.resolve("server.log");
        // the server's own logback.xml, not the test class path's logback-test.xml, which Logback would prefer
        URL serverLogback = Application.class.getResource("/logback.xml");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + serverLogback, "-cp", System.getProperty("java.class.path"),
                Application.class.getName());
        try (ChildProcess server = ChildProcess.start("api-server (Neo4j down)", command, Map.of(
                "NEO4J_URI", "bolt://127.0.0.1:" + ChildProcess.freePort(),
                "NEO4J_MAX_RETRY_TIME", "3s",
                "ROADMAP_BOOTSTRAP_ENABLED", "false",
                "MICRONAUT_SERVER_PORT", String.valueOf(port),
                "MICRONAUT_SERVER_HOST", "127.0.0.1"), work, log)) {
            await(log, text -> text.contains("Startup completed"));

            String answer = topic(URI.create("http://127.0.0.1:" + port + "/graphql"));
            assertThat(answer).contains("\"code\":\"UNAVAILABLE\"");
            await(log, text -> text.contains("answering UNAVAILABLE at once")
                    && text.contains("reading the first snapshot failed"));
        }

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).as("the log").anySatisfy(line -> assertThat(line)
                .contains("WARN", "graph database unavailable: Unable to connect to 127.0.0.1:"));
        assertThat(lines).as("the log").noneSatisfy(line -> assertThat(line).matches("\\s+at .*"));
        assertThat(lines).as("the log").noneSatisfy(line -> assertThat(line).contains("will be retried in"));
    }

    private static String topic(URI graphql) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ topic(id: \\\"rag\\\") { id } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void await(Path log, Predicate<String> done) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String text = Files.exists(log) ? Files.readString(log) : "";
        while (!done.test(text)) {
            assertThat(System.nanoTime() - deadline).as("the log so far:%n%s", text).isNegative();
            ChildProcess.sleep(200);
            text = Files.exists(log) ? Files.readString(log) : "";
        }
    }
}
