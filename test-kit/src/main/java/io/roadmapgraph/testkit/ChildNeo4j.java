package io.roadmapgraph.testkit;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An embedded Neo4j in another JVM (the test classpath), on a given Bolt port and data directory: a stand-in for an
 * external Neo4j that can be killed with {@code kill -9} and started again on the same port and data.
 */
public final class ChildNeo4j implements AutoCloseable {

    static final String READY = "NEO4J READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path home;
    private final int port;
    private final Path log;
    private Process process;

    private ChildNeo4j(Path home, int port) {
        this.home = home;
        this.port = port;
        this.log = home.resolveSibling(home.getFileName() + ".log");
    }

    /** Starts Neo4j in a new JVM with its data in {@code home}, Bolt on a free loopback port. */
    public static ChildNeo4j start(Path home) {
        ChildNeo4j neo4j = new ChildNeo4j(home, ChildProcess.freePort());
        neo4j.restart();
        return neo4j;
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + port);
    }

    /** Starts it (again) on the same port and data directory; returns once it accepts Bolt connections. */
    public void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Neo4j is still running");
        }
        process = ChildProcess.launchJava(Main.class, List.of(home.toString(), Integer.toString(port)), log);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!output().contains(READY)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child Neo4j exited with " + process.exitValue() + ":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException("the child Neo4j did not start in " + START_TIMEOUT + ":\n" + output());
            }
            ChildProcess.sleep(200);
        }
    }

    /** {@code kill -9}: no shutdown hook, no clean close of the store. */
    public void kill() {
        ChildProcess.killHard(process);
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }

    /** The child: {@code <home> <bolt port>}; prints {@link #READY} once Bolt is up, then runs until killed. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) throws InterruptedException {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(Path.of(args[0]),
                    Integer.parseInt(args[1])));
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
            System.out.println(READY + " " + neo4j.boltUri());
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
