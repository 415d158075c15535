package io.roadmapgraph.server.settings;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.server.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong setting stops the server at start with one first line on stderr naming the environment variable, the value
 * and what is expected, and a non-zero exit code. The server runs as a child process (the test JVM's class path,
 * {@link Application#main}) with its own stderr, which test-kit's ChildProcess merges into its log.
 */
class WrongSettingIT {

    private static final String FIRST_WORDS = "Roadmap Graph did not start: ";

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ROADMAP_QUERY_TIMEOUT           | 5          | ROADMAP_QUERY_TIMEOUT=5 is not a duration: a number with a unit, such as 5s, 500ms or 2m (roadmap.query.timeout)
            MICRONAUT_SERVER_PORT           | abc        | MICRONAUT_SERVER_PORT=abc is not a whole number (micronaut.server.port)
            ROADMAP_LIMITS_MAX_DEPTH        | 0          | ROADMAP_LIMITS_MAX_DEPTH=0 must be greater than or equal to 1 (roadmap.limits.max-depth)
            ROADMAP_EMBEDDED_BOLT_PORT      | 99999      | ROADMAP_EMBEDDED_BOLT_PORT=99999 must be less than or equal to 65535 (roadmap.embedded.bolt-port)
            ROADMAP_EMBEDDED_PASSWORD       | short      | ROADMAP_EMBEDDED_PASSWORD must have at least 8 characters (roadmap.embedded.password)
            ROADMAP_EMBEDDED_AUTH           | off        | ROADMAP_EMBEDDED_AUTH=off must be password or none (roadmap.embedded.auth)
            ROADMAP_LOG_FORMAT              | xml        | ROADMAP_LOG_FORMAT=xml must be text or json (roadmap.log.format)
            ROADMAP_BOOTSTRAP_RETRY_INTERVAL | 0s        | ROADMAP_BOOTSTRAP_RETRY_INTERVAL=0s must be a positive duration such as 5s or 500ms (was PT0S) (roadmap.bootstrap.retry-interval)
            """)
    void aWrongValueStopsTheStartWithOneLineNamingTheVariable(String variable, String value, String line)
            throws Exception {
        Started server = start(Map.of(variable, value));

        assertThat(server.exitCode()).isEqualTo(1);
        assertThat(server.stderr()).first().isEqualTo(FIRST_WORDS + line);
    }

    @Test
    void aMissingBootstrapFileIsReportedBeforeNeo4jStarts() throws Exception {
        Path missing = work.resolve("missing.yaml");
        Started server = start(Map.of("ROADMAP_BOOTSTRAP_FILES", missing.toString()));

        assertThat(server.exitCode()).isEqualTo(1);
        assertThat(server.stderr()).first().asString().startsWith(FIRST_WORDS).contains(missing.toString());
        assertThat(work.resolve("neo4j")).as("no database was started").doesNotExist();
    }

    @Test
    void aDataDirectoryAnotherServerHoldsIsNamedWithTheVariableThatMovesIt() throws Exception {
        Path dataDir = work.resolve("neo4j");
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(dataDir, 0))) {
            Started server = start(Map.of());

            assertThat(server.exitCode()).isEqualTo(1);
            assertThat(server.stderr()).first().isEqualTo(FIRST_WORDS + "another Roadmap Graph (or Neo4j) is running on "
                    + dataDir + ": stop it, or set ROADMAP_EMBEDDED_DATA_DIR to another directory");
        }
    }

    @Test
    void aBoltPortInUseIsNamedWithTheVariableThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Started server = start(Map.of("ROADMAP_EMBEDDED_BOLT_PORT", String.valueOf(taken.getLocalPort())));

            assertThat(server.exitCode()).isEqualTo(1);
            assertThat(server.stderr()).first().isEqualTo(FIRST_WORDS + "port " + taken.getLocalPort()
                    + " is in use: set ROADMAP_EMBEDDED_BOLT_PORT to a free port (0: any free port)");
        }
    }

    private record Started(int exitCode, List<String> stderr) {
    }

    /** The server with {@code env} on top of test settings: free ports, its own data directory, nothing to load. */
    private Started start(Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(Map.of(
                "MICRONAUT_SERVER_PORT", "-1",
                "ROADMAP_EMBEDDED_DATA_DIR", work.resolve("neo4j").toString(),
                "ROADMAP_EMBEDDED_BOLT_PORT", "0",
                "ROADMAP_EMBEDDED_HTTP_ENABLED", "false",
                "ROADMAP_BOOTSTRAP_BUNDLED", "false"));
        all.putAll(env);
        Path stderr = work.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName())
                .directory(work.toFile())
                .redirectOutput(work.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ROADMAP_") || name.startsWith("NEO4J_")
                || name.startsWith("MICRONAUT_"));
        builder.environment().putAll(all);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the server did not stop within 3 minutes; see " + work);
        }
        return new Started(process.exitValue(), Files.readAllLines(stderr, StandardCharsets.UTF_8));
    }
}
