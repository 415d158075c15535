package io.roadmapgraph.query;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link RoadmapQueries} talks to the database.
 *
 * @param database    the database to read, or empty for the server's default database
 * @param readTimeout how long one read transaction may take before the server stops it
 * @param maxIds      the most ids one argument list may hold (goals, known, skills, batch lookups)
 */
public record QueryOptions(Optional<String> database, Duration readTimeout, int maxIds) {

    /** The default: the default database, 5 seconds per read, 500 ids per list. */
    public static final QueryOptions DEFAULTS = new QueryOptions(Optional.empty(), Duration.ofSeconds(5), 500);

    public QueryOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("read timeout must be positive, was " + readTimeout);
        }
        if (maxIds < 1) {
            throw new IllegalArgumentException("maxIds must be at least 1, was " + maxIds);
        }
    }

    public QueryOptions withDatabase(String name) {
        return new QueryOptions(Optional.of(name).filter(n -> !n.isBlank()), readTimeout, maxIds);
    }

    public QueryOptions withReadTimeout(Duration timeout) {
        return new QueryOptions(database, timeout, maxIds);
    }
}
