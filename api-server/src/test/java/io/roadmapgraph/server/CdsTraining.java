package io.roadmapgraph.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the class-data-sharing archive of the server at build time ({@code mvn package}, after the jar): a training
 * run of {@code java -XX:ArchiveClassesAtExit=ARCHIVE -jar JAR} on a fresh data directory, which answers a few
 * typical queries and is then stopped (SIGTERM), when the JVM writes every class it loaded into the archive.
 * {@code java -XX:SharedArchiveFile=ARCHIVE -jar JAR} then maps those classes instead of loading and verifying them
 * from about 220 jars: start-up takes about half the CPU. The archive fits this jar, its {@code lib/} and this JDK
 * only; with any other the JVM ignores it (and starts as without it).
 *
 * <pre>java -cp ... io.roadmapgraph.server.CdsTraining JAR ARCHIVE</pre>
 *
 * This is a build tool: it prints its progress on the console and fails softly (exit 0, no archive) when the JVM
 * cannot write an archive, since the server runs without one.
 */
public final class CdsTraining {

    /**
     * How much CPU the training server may use before it answers, and then again after SIGTERM while it writes the
     * archive. Counted in the server's own CPU time, not the wall clock: on a machine loaded by other builds the server
     * gets a fraction of a core, and a wall-clock limit (it was 2 minutes for the dump) then stopped it before it had
     * written the archive. A quiet machine waits no longer than before: the waits end when the server answers or exits.
     * (The training start used 10 to 35 s of CPU here, 2 cores, load 1 to 40.)
     */
    private static final Duration CPU_PATIENCE = Duration.ofMinutes(5);
    /** Gives up on a server that does not get on even though it uses no CPU (a hang), whatever the load. */
    private static final Duration WALL_LIMIT = Duration.ofMinutes(30);
    /**
     * What a first user asks: the roadmaps, README's first question (the bench's start-up query, answered from the
     * first snapshot), then queries that reach the query service's paths.
     */
    private static final List<String> QUERIES = List.of(
            "{ roadmaps { id } }",
            "{ topic(id: \"rag\") { title } }",
            "{ roadmap(id: \"ai-engineer\") { id title phases { number title } } }",
            "{ prerequisites(topic: \"rag\") { topic { id title } depth } }",
            "{ learningPath(goals: [\"fine-tuning\"], known: [\"python\"]) { totalHours steps { topic { id } } } }",
            "{ projectsCovering(skills: [\"rag\"], match: ANY) { project { id } } }",
            "{ search(text: \"retrieval\") { kind id title score } }");

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CdsTraining JAR ARCHIVE");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(archive);
        // before the training: the JVM leaves the classes of signed jars out of the archive
        List<String> unsigned = UnsignedJars.unsign(jar.resolveSibling("lib"));
        if (!unsigned.isEmpty()) {
            System.out.println("CdsTraining: unsigned " + String.join(", ", unsigned) + " in lib/ so that their"
                    + " classes go into the archive");
        }
        Path work = Files.createTempDirectory("roadmap-graph-cds-");
        long started = System.nanoTime();
        try {
            train(jar, archive, work);
            if (Files.isRegularFile(archive)) {
                System.out.printf("CdsTraining: %s (%d MiB) made in %d s%n", archive, Files.size(archive) >> 20,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            } else {
                System.out.println("CdsTraining: WARNING no archive was written; the server starts without it, only"
                        + " slower. The training server's output:\n" + Files.readString(work.resolve("server.log")));
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void train(Path jar, Path archive, Path work) throws IOException, InterruptedException {
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = work.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:ArchiveClassesAtExit=" + archive,
                "-jar", jar.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "MICRONAUT_SERVER_PORT", String.valueOf(port),
                "ROADMAP_EMBEDDED_BOLT_PORT", String.valueOf(freePort()),
                "ROADMAP_EMBEDDED_HTTP_PORT", String.valueOf(freePort()),
                "ROADMAP_EMBEDDED_DATA_DIR", work.resolve("data").toString()));
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
            awaitRoadmap(server, http, graphql, log);
            // both ways a request is answered: a plain HTTP/1.1 POST (the bench's client) by the fast path; this
            // client's, which asks to upgrade to HTTP/2, by Micronaut's pipeline (as curl's, with its Accept: */*)
            HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String query : QUERIES) {
                post(plain, graphql, query);
                post(http, graphql, query);
            }
        } finally {
            server.destroy();
            // the JVM writes the archive at exit: wait for it as long as it gets on (CPU_PATIENCE)
            Patience patience = new Patience(server);
            while (!server.waitFor(1, TimeUnit.SECONDS)) {
                if (patience.exhausted()) {
                    System.out.println("CdsTraining: the training server did not exit after " + patience
                            + "; stopped without an archive");
                    server.destroyForcibly();
                    break;
                }
            }
        }
    }

    /**
     * A wait bounded by the server's own CPU time ({@link #CPU_PATIENCE}) since it began, and by {@link #WALL_LIMIT}.
     * Where the operating system does not tell the CPU time, the CPU limit counts wall-clock time instead.
     */
    private static final class Patience {
        private final ProcessHandle process;
        private final long wallStart = System.nanoTime();
        private final Duration cpuStart;

        Patience(Process process) {
            this.process = process.toHandle();
            this.cpuStart = cpu();
        }

        boolean exhausted() {
            Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
            Duration cpuUsed = cpu().minus(cpuStart);
            return wall.compareTo(WALL_LIMIT) > 0
                    || (cpuUsed.isZero() ? wall : cpuUsed).compareTo(CPU_PATIENCE) > 0;
        }

        private Duration cpu() {
            return process.info().totalCpuDuration().orElse(Duration.ZERO);
        }

        @Override
        public String toString() {
            return (System.nanoTime() - wallStart) / 1_000_000_000 + " s (" + cpu().minus(cpuStart).toSeconds()
                    + " s of its CPU)";
        }
    }

    private static void awaitRoadmap(Process server, HttpClient http, URI graphql, Path log)
            throws InterruptedException, IOException {
        Patience patience = new Patience(server);
        while (!patience.exhausted()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the training server exited with " + server.exitValue() + ":\n"
                        + Files.readString(log));
            }
            if (post(http, graphql, QUERIES.get(0)).contains("ai-engineer")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the training server did not answer within " + patience + ":\n"
                + Files.readString(log));
    }

    private static String post(HttpClient http, URI graphql, String query) throws InterruptedException {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        try {
            return http.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
