package io.roadmapgraph.query;

import io.roadmapgraph.graph.Drivers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Runs read transactions with the configured database and timeout, and turns the driver's failures into
 * {@link QueryException}s whose messages carry nothing of the driver's text.
 */
final class Reads {

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapQueries.class);

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig transactionConfig;
    private final TransactionConfig snapshotConfig;
    private final QueryOptions options;

    Reads(Driver driver, QueryOptions options) {
        this.driver = driver;
        this.options = options;
        SessionConfig.Builder session = SessionConfig.builder();
        options.database().ifPresent(session::withDatabase);
        this.sessionConfig = session.build();
        this.transactionConfig = TransactionConfig.builder().withTimeout(options.readTimeout()).build();
        this.snapshotConfig = TransactionConfig.builder().withTimeout(options.snapshotTimeout()).build();
    }

    /** How long a whole-snapshot read may take ({@link QueryOptions#snapshotTimeout()}). */
    java.time.Duration snapshotTimeout() {
        return options.snapshotTimeout();
    }

    <T> T read(TransactionCallback<T> work) {
        return read(work, transactionConfig);
    }

    /** A read of a whole {@link GraphSnapshot}, with {@link QueryOptions#snapshotTimeout()}. */
    <T> T readSnapshot(TransactionCallback<T> work) {
        return read(work, snapshotConfig);
    }

    private <T> T read(TransactionCallback<T> work, TransactionConfig config) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(work, config);
        } catch (Neo4jException e) {
            if (isTimeout(e)) {
                LOG.warn("read timed out after {}: {}", config.timeout(), e.getMessage());
                throw new QueryException(QueryException.Kind.TIMEOUT,
                        "the query took longer than " + config.timeout().toMillis() + " ms and was stopped");
            }
            Optional<QueryException> unavailable = unavailable(e);
            if (unavailable.isPresent()) {
                throw unavailable.get();
            }
            throw e;
        }
    }

    /**
     * A driver failure that means the database cannot be used as a {@link QueryException.Kind#UNAVAILABLE} in the
     * words of {@link Drivers#unavailable}: one it cannot reach (down; a {@code neo4j://} URI's unknown host comes as a
     * generic {@code Neo4jException}), or one that refuses the credentials or the database name. Empty for any other
     * failure.
     */
    private static Optional<QueryException> unavailable(Neo4jException e) {
        Optional<String> sentence = Drivers.unavailable(e);
        if (sentence.isPresent()) {
            // the log keeps the driver's reason, which the user's sentence leaves out
            String reason = Drivers.refused(e).map(refused -> refused + " (" + e.getMessage() + ")")
                    .or(() -> Drivers.unreachable(e)).orElse(e.getMessage());
            LOG.warn("graph database unavailable: {}", reason);
        }
        return sentence.map(said -> new QueryException(QueryException.Kind.UNAVAILABLE, said));
    }

    static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut");
    }
}
