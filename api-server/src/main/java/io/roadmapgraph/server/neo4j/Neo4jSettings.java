package io.roadmapgraph.server.neo4j;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server's Neo4j is and how to talk to it.
 *
 * @param externalUri        {@code neo4j.uri} / {@code NEO4J_URI}: an external Neo4j (any scheme: {@code bolt://},
 *                           {@code neo4j://} routing, {@code +s}/{@code +ssc}); empty = start the embedded one
 * @param user               {@code neo4j.user} / {@code NEO4J_USER}
 * @param password           {@code neo4j.password} / {@code NEO4J_PASSWORD}; empty = no authentication
 * @param database           {@code neo4j.database} / {@code NEO4J_DATABASE}; empty = the server's default database
 * @param connectionTimeout  how long opening one connection may take
 * @param acquisitionTimeout how long a query may wait for a pooled connection
 * @param maxRetryTime       how long managed transactions retry transient failures (database briefly away)
 */
public record Neo4jSettings(Optional<URI> externalUri, String user, Optional<String> password,
                            Optional<String> database, Duration connectionTimeout, Duration acquisitionTimeout,
                            Duration maxRetryTime) {

    public Neo4jSettings {
        Objects.requireNonNull(externalUri, "externalUri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(acquisitionTimeout, "acquisitionTimeout");
        Objects.requireNonNull(maxRetryTime, "maxRetryTime");
    }

    /** True when {@code NEO4J_URI} names an external Neo4j; false for the embedded default. */
    public boolean external() {
        return externalUri.isPresent();
    }
}
