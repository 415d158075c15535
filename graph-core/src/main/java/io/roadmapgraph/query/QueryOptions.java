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
 * @param snapshot    whether the traversals (prerequisites, dependents, learning paths, next topics, project
 *                    coverage) are answered from an in-memory snapshot of the requires-graph, checked against the
 *                    roadmaps' revisions on every call (see {@link RoadmapQueries}); false reads the part a question
 *                    needs from the database on every call
 * @param snapshotMaxAge with {@code snapshot}: how long a revision read may be reused by later calls; zero (the
 *                       default) reads it for every call (concurrent calls share a read that started after they
 *                       did), so every load committed before a call is seen; more lets calls answer without any
 *                       read, missing a load for at most this long, and lets a stale snapshot answer while its
 *                       successor is read in the background (no call waits for a rebuild after a load)
 *
 * <p><b>Why the library's and the server's snapshot max age differ.</b> The library's default is 0 (strict): an
 * application that embeds {@link RoadmapQueries} often loads and then asks in the same thread, and must see its own
 * load. The server ({@code roadmap.query.snapshot-max-age}, default 1 s, in its {@code QuerySettings}) serves many
 * small concurrent requests, each of which would otherwise pay one revision read (and every nested batch lookup one
 * more); a load is seen within a second there, which docs/operations.md says. This is the one place that explains
 * both defaults.
 */
public record QueryOptions(Optional<String> database, Duration readTimeout, int maxIds, boolean snapshot,
                           Duration snapshotMaxAge) {

    /**
     * The default: the default database, 5 seconds per read, 500 ids per list, traversals from the snapshot with the
     * revision read for every call.
     */
    public static final QueryOptions DEFAULTS = new QueryOptions(Optional.empty(), Duration.ofSeconds(5), 500, true,
            Duration.ZERO);

    /**
     * The least time a snapshot read may take, whatever {@link #readTimeout}: it reads every topic and project. At 100k
     * topics on a loaded 2-core machine a read took more than a minute, and with a one-minute limit every rebuild
     * failed and the previous graph answered for good; a rebuild in the background keeps no answer waiting.
     */
    static final Duration MIN_SNAPSHOT_TIMEOUT = Duration.ofMinutes(5);

    public QueryOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("read timeout must be positive, was " + readTimeout);
        }
        if (maxIds < 1) {
            throw new IllegalArgumentException("maxIds must be at least 1, was " + maxIds);
        }
        Objects.requireNonNull(snapshotMaxAge, "snapshotMaxAge");
        if (snapshotMaxAge.isNegative()) {
            throw new IllegalArgumentException("snapshot max age must not be negative, was " + snapshotMaxAge);
        }
    }

    public QueryOptions withDatabase(String name) {
        return new QueryOptions(Optional.of(name).filter(n -> !n.isBlank()), readTimeout, maxIds, snapshot,
                snapshotMaxAge);
    }

    public QueryOptions withReadTimeout(Duration timeout) {
        return new QueryOptions(database, timeout, maxIds, snapshot, snapshotMaxAge);
    }

    public QueryOptions withSnapshot(boolean enabled) {
        return new QueryOptions(database, readTimeout, maxIds, enabled, snapshotMaxAge);
    }

    public QueryOptions withSnapshotMaxAge(Duration maxAge) {
        return new QueryOptions(database, readTimeout, maxIds, snapshot, maxAge);
    }

    /** The timeout of the read that builds a snapshot: {@link #readTimeout}, but at least a minute. */
    Duration snapshotTimeout() {
        return readTimeout.compareTo(MIN_SNAPSHOT_TIMEOUT) > 0 ? readTimeout : MIN_SNAPSHOT_TIMEOUT;
    }
}
