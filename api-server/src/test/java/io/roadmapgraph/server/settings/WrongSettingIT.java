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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
            // the holder is this test's JVM, named by its pid (Linux tells it in /proc/locks)
            assertThat(server.stderr()).first().isEqualTo(FIRST_WORDS + "another Roadmap Graph (or Neo4j), pid "
                    + ProcessHandle.current().pid() + ", is running on " + dataDir + ": stop it, or set"
                    + " ROADMAP_EMBEDDED_DATA_DIR to another directory");
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

    /**
     * Tests run as root, which writes anywhere: the server is started as user nobody (setpriv; the class path's jars,
     * under /root which nobody cannot enter, are hard-linked into a directory it can read), or as root in a mount
     * namespace where the data directory is a read-only mount. Either way the directory holds a database from an
     * earlier start, which must stay as it was.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            owned by root, server run as nobody | nobody | AccessDeniedException
            a read-only mount                   | root   | read-only file system
            """)
    void aDataDirectoryTheServerCannotWriteIsNamedWithWhatToDoAndKeptAsItWas(String situation, String user,
                                                                             String reason) throws Exception {
        Path dataDir = work.resolve("neo4j");
        EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(dataDir, 0)).close();
        Map<Path, String> before = filesIn(dataDir);
        boolean nobody = "nobody".equals(user);
        List<String> as = nobody ? asNobody() : inReadOnlyMount(dataDir);
        String classPath = nobody ? classPathNobodyCanRead() : System.getProperty("java.class.path");

        Started server = start(Map.of(), as, classPath);

        assertThat(server.exitCode()).as(situation).isEqualTo(1);
        assertThat(server.stderr()).first().isEqualTo(FIRST_WORDS + "the data directory cannot be used: " + dataDir
                + " is not writable by user " + user + " (" + reason + "). Nothing was changed. Give user " + user
                + " write access to " + dataDir + " (chown -R " + user + " " + dataDir + ", or a writable mount),"
                + " or set ROADMAP_EMBEDDED_DATA_DIR to a directory it can write");
        assertThat(server.stderr()).as("one line, no log4j errors").hasSize(1);
        assertThat(filesIn(dataDir)).as("nothing changed in the data directory").isEqualTo(before);
    }

    private static List<String> asNobody() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")) && "root".equals(System.getProperty("user.name")),
                "needs setpriv and root to start the server as user nobody");
        return List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    /** This JVM's class path, each jar linked (or copied) into a directory everyone can read. */
    private String classPathNobodyCanRead() throws IOException {
        Path jars = Files.createDirectory(work.resolve("class-path"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.isRegularFile(source)) {
                entries.add(entry); // the modules' target/classes: readable by everyone already
                continue;
            }
            Path link = jars.resolve(entries.size() + "-" + source.getFileName());
            try {
                Files.createLink(link, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, link);
            }
            entries.add(link.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** {@code unshare -m} and a read-only bind mount of {@code directory} seen by the server only. */
    private static List<String> inReadOnlyMount(Path directory) throws Exception {
        Process probe = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
        assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "needs unshare -m (a mount namespace) for a read-only mount");
        return List.of("unshare", "-m", "sh", "-c", "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\""
                + " && exec \"$@\"", directory.toString());
    }

    /** Each file below {@code directory} with its size and modification time. */
    private static Map<Path, String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            Map<Path, String> found = new TreeMap<>();
            for (Path file : files.toList()) {
                found.put(file, Files.size(file) + " " + Files.getLastModifiedTime(file));
            }
            return found;
        }
    }

    private record Started(int exitCode, List<String> stderr) {
    }

    /** The server with {@code env} on top of test settings: free ports, its own data directory, nothing to load. */
    private Started start(Map<String, String> env) throws IOException, InterruptedException {
        return start(env, List.of(), System.getProperty("java.class.path"));
    }

    /** As {@link #start(Map)}, the java command run through {@code wrapper} (e.g. setpriv) with this class path. */
    private Started start(Map<String, String> env, List<String> wrapper, String classPath)
            throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(Map.of(
                "MICRONAUT_SERVER_PORT", "-1",
                "ROADMAP_EMBEDDED_DATA_DIR", work.resolve("neo4j").toString(),
                "ROADMAP_EMBEDDED_BOLT_PORT", "0",
                "ROADMAP_EMBEDDED_HTTP_ENABLED", "false",
                "ROADMAP_BOOTSTRAP_BUNDLED", "false"));
        all.putAll(env);
        Path stderr = work.resolve("stderr.txt");
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Application.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
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
