package io.roadmapgraph.graph;

import org.apiguardian.api.API;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one way this project opens a Neo4j {@link Driver}: the embedded database, the server, the CLI and library users
 * all come through here, so timeouts and logging are set alike. Opening never waits for the database; the first use
 * (or {@code verifyConnectivity()}) does.
 */
@API(status = API.Status.STABLE)
public final class Drivers {

    private Drivers() {
    }

    /**
     * How a driver behaves. The URI's scheme decides encryption ({@code bolt+s}, {@code neo4j+s}, ...), so it is not
     * a setting here.
     *
     * @param connectionTimeout  how long to wait for a new connection
     * @param acquisitionTimeout how long to wait for a connection from the pool; empty = the driver's default
     * @param maxRetryTime       how long managed transactions retry transient failures
     * @param logging            whether the driver logs through SLF4J (false: not at all, e.g. for a CLI)
     * @param userAgent          how the driver introduces itself to the server; empty = the driver's default
     * @param metrics            whether the driver counts its connection pools ({@code Driver.metrics()})
     */
    public record Settings(Duration connectionTimeout, Optional<Duration> acquisitionTimeout, Duration maxRetryTime,
                           boolean logging, Optional<String> userAgent, boolean metrics) {

        /** The driver's own timeouts, logging through SLF4J, no pool metrics. */
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(30), Optional.empty(),
                Duration.ofSeconds(30), true, Optional.empty(), false);

        public Settings {
            Objects.requireNonNull(connectionTimeout, "connectionTimeout");
            Objects.requireNonNull(acquisitionTimeout, "acquisitionTimeout");
            Objects.requireNonNull(maxRetryTime, "maxRetryTime");
            Objects.requireNonNull(userAgent, "userAgent");
        }

        public Settings withConnectionTimeout(Duration timeout) {
            return new Settings(timeout, acquisitionTimeout, maxRetryTime, logging, userAgent, metrics);
        }

        public Settings withAcquisitionTimeout(Duration timeout) {
            return new Settings(connectionTimeout, Optional.of(timeout), maxRetryTime, logging, userAgent, metrics);
        }

        public Settings withMaxRetryTime(Duration time) {
            return new Settings(connectionTimeout, acquisitionTimeout, time, logging, userAgent, metrics);
        }

        public Settings withoutLogging() {
            return new Settings(connectionTimeout, acquisitionTimeout, maxRetryTime, false, userAgent, metrics);
        }

        public Settings withUserAgent(String agent) {
            return new Settings(connectionTimeout, acquisitionTimeout, maxRetryTime, logging, Optional.of(agent),
                    metrics);
        }

        /** The driver counts its connection pools, for {@code Driver.metrics().connectionPoolMetrics()}. */
        public Settings withMetrics() {
            return new Settings(connectionTimeout, acquisitionTimeout, maxRetryTime, logging, userAgent, true);
        }
    }

    /**
     * A driver to {@code uri} ({@code bolt://host:7687} for one server, {@code neo4j://host:7687} for a cluster,
     * {@code +s}/{@code +ssc} variants for TLS).
     *
     * @throws IllegalArgumentException when the URI is not a Neo4j address
     */
    public static Driver open(URI uri, AuthToken auth, Settings settings) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(auth, "auth");
        Config.ConfigBuilder config = Config.builder()
                .withConnectionTimeout(settings.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(settings.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .withLogging(settings.logging() ? Logging.slf4j() : Logging.none());
        settings.acquisitionTimeout().ifPresent(t -> config.withConnectionAcquisitionTimeout(t.toMillis(),
                TimeUnit.MILLISECONDS));
        settings.userAgent().ifPresent(config::withUserAgent);
        if (settings.metrics()) {
            config.withDriverMetrics();
        }
        return GraphDatabase.driver(uri, auth, config.build());
    }

    /**
     * Why {@code failure} (from a driver) means Neo4j cannot be reached, in a few words fit for a user ("unknown host
     * db.example"), or empty when it is another kind of failure. A {@code neo4j://} URI whose host is unknown fails
     * with a generic {@code Neo4jException} ("Driver execution failed"), not a {@code ServiceUnavailableException}.
     */
    public static Optional<String> unreachable(Throwable failure) {
        return Unreachable.reason(failure);
    }

    /**
     * Why {@code failure} (from a driver) means Neo4j answered but refused the connection's settings, as a sentence fit
     * for a user ("the graph database refused the credentials ..."; "... has no database by the name it is set to
     * use"), or empty when it is another kind of failure. Unlike an unreachable database, waiting does not mend it:
     * the user name, password or database name must be corrected.
     */
    public static Optional<String> refused(Throwable failure) {
        return Unreachable.refusal(failure);
    }

    /**
     * What a user is told when the graph database cannot be reached ({@link #unavailable(Throwable)} for an
     * unreachable Neo4j). Clients and tests match these words.
     */
    public static final String NOT_REACHABLE = "the graph database is not reachable right now; try again later";

    /**
     * The sentence a user is told when {@code failure} (from a driver) means the graph database cannot be used right
     * now, or empty when it is another kind of failure: Neo4j refused the connection's settings ({@link #refused},
     * "the graph database refused the credentials ...; try again later"), or it cannot be reached
     * ({@link #unreachable}, {@link #NOT_REACHABLE}). The one wording of every UNAVAILABLE error of the graph
     * library, whichever part of it read or wrote.
     */
    public static Optional<String> unavailable(Throwable failure) {
        Optional<String> refused = refused(failure);
        if (refused.isPresent()) {
            return Optional.of(refused.get() + "; try again later");
        }
        return unreachable(failure).map(reason -> NOT_REACHABLE);
    }

    /** A driver to {@code uri} with {@link Settings#DEFAULTS}. */
    public static Driver open(URI uri, AuthToken auth) {
        return open(uri, auth, Settings.DEFAULTS);
    }
}
