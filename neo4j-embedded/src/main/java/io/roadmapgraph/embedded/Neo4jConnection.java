package io.roadmapgraph.embedded;

import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.query.GraphChanges;
import org.apiguardian.api.API;
import org.neo4j.driver.AuthToken;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Driver} and, when embedded, the Neo4j database behind it: the one holder of both, used by the server and
 * by apps that want Neo4j inside their JVM. Closing it closes the driver first, then shuts the embedded database
 * down. Both factories open their driver through {@link Drivers}.
 */
@API(status = API.Status.STABLE)
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final Driver driver;
    private final URI boltUri;
    private final Optional<String> database;
    private final Optional<EmbeddedNeo4j> embedded;
    private final boolean seeded;

    /**
     * A connection to a running Neo4j at {@code uri}. It never waits for the database: the first use (or
     * {@code driver().verifyConnectivity()}) does, so a server whose database is down still starts.
     *
     * @param database the database to use; empty = the server's default database
     */
    public static Neo4jConnection external(URI uri, AuthToken auth, Drivers.Settings settings,
                                           Optional<String> database) {
        return new Neo4jConnection(Drivers.open(uri, auth, settings), uri, database, Optional.empty(), false);
    }

    /**
     * Starts Neo4j Community in this JVM and connects to it, returning once it answers.
     *
     * @param seeded whether the caller unpacked a seed store into the data directory before this start (reported by
     *               {@link #seeded()})
     * @throws EmbeddedStartException when Neo4j cannot start
     */
    public static Neo4jConnection embedded(EmbeddedNeo4j.Settings neo4j, Drivers.Settings settings,
                                           Optional<String> database, boolean seeded) {
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(neo4j);
        try {
            Driver driver = Drivers.open(embedded.boltUri(), embedded.authToken(), settings);
            driver.verifyConnectivity();
            return new Neo4jConnection(driver, embedded.boltUri(), database, Optional.of(embedded), seeded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** Starts Neo4j Community in this JVM with its files in {@code dataDir}: see {@link EmbeddedNeo4j.Settings#of}. */
    public static Neo4jConnection embedded(java.nio.file.Path dataDir) {
        return embedded(EmbeddedNeo4j.Settings.of(dataDir.toAbsolutePath(), 0), Drivers.Settings.DEFAULTS,
                Optional.empty(), false);
    }

    private Neo4jConnection(Driver driver, URI boltUri, Optional<String> database, Optional<EmbeddedNeo4j> embedded,
                    boolean seeded) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.boltUri = Objects.requireNonNull(boltUri, "boltUri");
        this.database = Objects.requireNonNull(database, "database");
        this.embedded = Objects.requireNonNull(embedded, "embedded");
        this.seeded = seeded;
    }

    public Driver driver() {
        return driver;
    }

    /** The Bolt address the driver talks to (the embedded one's, or {@code NEO4J_URI}). */
    public URI boltUri() {
        return boltUri;
    }

    /** The database to use; empty = the server's default database. */
    public Optional<String> database() {
        return database;
    }

    /** A session configuration for {@link #database()} with this default access mode. */
    public SessionConfig sessionConfig(AccessMode mode) {
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
        database.ifPresent(builder::withDatabase);
        return builder.build();
    }

    /**
     * The commits to the database this connection uses, when it is the embedded Neo4j's (see
     * {@link EmbeddedNeo4j#changes()}); empty for a Neo4j in another process, whose commits this JVM cannot see.
     */
    public Optional<GraphChanges> changes() {
        return embedded.filter(e -> database.map(EmbeddedNeo4j.DATABASE::equals).orElse(true))
                .map(EmbeddedNeo4j::changes);
    }

    /**
     * A loader's batches through the embedded Neo4j's kernel ({@link EmbeddedNeo4j#stagingWriter()}), when the
     * database this connection uses is the embedded one's.
     */
    public Optional<io.roadmapgraph.loader.StagingWriter> stagingWriter() {
        return embedded.filter(e -> database.map(EmbeddedNeo4j.DATABASE::equals).orElse(true))
                .map(EmbeddedNeo4j::stagingWriter);
    }

    /** The embedded Neo4j, when this server runs one. */
    public Optional<EmbeddedNeo4j> embedded() {
        return embedded;
    }

    /**
     * True when this start unpacked the seed store (the bundled roadmap, loaded by the build) into an empty embedded
     * data directory before Neo4j started.
     */
    public boolean seeded() {
        return seeded;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the Neo4j driver failed: {}", e.getMessage());
        }
        embedded.ifPresent(EmbeddedNeo4j::close);
    }
}
