package io.roadmapgraph.testkit;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import java.net.URI;
import org.neo4j.driver.Driver;

/**
 * The one Neo4j for the tests of a test JVM (a temporary directory, Bolt on a free loopback port), started on first
 * use and shut down when the JVM exits. Starting Neo4j costs about five seconds: share it. Test classes that need an
 * empty graph call {@link #clear()} first (test classes of one JVM run one after another).
 */
public final class SharedNeo4j {

    private static EmbeddedNeo4j neo4j;
    private static Driver driver;

    private SharedNeo4j() {
    }

    /** The shared database, started if need be. */
    public static synchronized EmbeddedNeo4j get() {
        if (neo4j == null) {
            EmbeddedNeo4j started = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
            Runtime.getRuntime().addShutdownHook(new Thread(SharedNeo4j::stop, "shared-neo4j-stop"));
            neo4j = started;
        }
        return neo4j;
    }

    /** Its Bolt address, for {@code neo4j.uri}. */
    public static URI boltUri() {
        return get().boltUri();
    }

    /** A driver to the shared database for arranging and checking data in tests; do not close it. */
    public static synchronized Driver driver() {
        if (driver == null) {
            driver = get().openDriver();
        }
        return driver;
    }

    /** Deletes every node and relationship; constraints and indexes stay. */
    public static void clear() {
        driver().executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    private static synchronized void stop() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }
}
