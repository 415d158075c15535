package io.roadmapgraph.server.neo4j;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.roadmapgraph.server.settings.PositiveDuration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the server's Neo4j is and how to talk to it, {@code neo4j.*} (environment variables {@code NEO4J_*}, e.g.
 * {@code NEO4J_URI}). The defaults live here and nowhere else; a value out of range stops the server at start-up.
 * {@link #database()} is the one place the database name is read.
 */
@Context
@ConfigurationProperties("neo4j")
public class Neo4jSettings {

    public static final String DEFAULT_USER = "neo4j";
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_ACQUISITION_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_MAX_RETRY_TIME = Duration.ofSeconds(5);

    private String uri = "";
    @NotBlank
    private String user = DEFAULT_USER;
    private String password = "";
    private String database = "";
    @NotNull
    @PositiveDuration
    private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
    @NotNull
    @PositiveDuration
    private Duration acquisitionTimeout = DEFAULT_ACQUISITION_TIMEOUT;
    @NotNull
    private Duration maxRetryTime = DEFAULT_MAX_RETRY_TIME;

    /** An external Neo4j (any scheme: bolt://, neo4j:// routing, +s/+ssc); empty = start the embedded one. */
    public Optional<URI> externalUri() {
        return nonBlank(uri).map(Neo4jSettings::parseUri);
    }

    /** True when {@code NEO4J_URI} names an external Neo4j; false for the embedded default. */
    public boolean external() {
        return externalUri().isPresent();
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri == null ? "" : uri;
    }

    /** The user an external Neo4j is logged in as. */
    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    /** The external Neo4j's password; empty = no authentication. */
    public Optional<String> password() {
        return nonBlank(password);
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    /** The database to read and load; empty = the server's default database. */
    public Optional<String> database() {
        return nonBlank(database);
    }

    public void setDatabase(String database) {
        this.database = database == null ? "" : database;
    }

    /** How long opening one connection may take. */
    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    /** How long a query may wait for a pooled connection. */
    public Duration getAcquisitionTimeout() {
        return acquisitionTimeout;
    }

    public void setAcquisitionTimeout(Duration acquisitionTimeout) {
        this.acquisitionTimeout = acquisitionTimeout;
    }

    /** How long managed transactions retry transient failures (the database briefly away); 0s = no retries. */
    public Duration getMaxRetryTime() {
        return maxRetryTime;
    }

    public void setMaxRetryTime(Duration maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    static URI parseUri(String uri) {
        try {
            URI parsed = URI.create(uri.trim());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NEO4J_URI '" + uri + "' is not a Neo4j address; expected e.g."
                    + " bolt://localhost:7687, neo4j://host:7687 or neo4j+s://host", e);
        }
    }

    static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
