package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.loader.EmbeddedNeo4j;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one {@link Driver}, and the embedded Neo4j behind it when no external one is configured.
 * Closing it closes the driver first, then shuts the embedded database down.
 */
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final Driver driver;
    private final URI boltUri;
    private final Optional<String> database;
    private final Optional<EmbeddedNeo4j> embedded;
    private final boolean seeded;

    Neo4jConnection(Driver driver, URI boltUri, Optional<String> database, Optional<EmbeddedNeo4j> embedded) {
        this(driver, boltUri, database, embedded, false);
    }

    Neo4jConnection(Driver driver, URI boltUri, Optional<String> database, Optional<EmbeddedNeo4j> embedded,
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
