package io.roadmapgraph.server.graphql.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.server.settings.PositiveDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How the server's {@link io.roadmapgraph.query.RoadmapQueries} reads the graph, {@code roadmap.query.*}
 * (environment variables {@code ROADMAP_QUERY_*}). The defaults live here and nowhere else; the snapshot max age
 * differs from the library's on purpose (see {@link QueryOptions}).
 */
@Context
@ConfigurationProperties("roadmap.query")
public class QuerySettings {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_IDS = 500;
    public static final boolean DEFAULT_SNAPSHOT = true;
    /** The library's default is 0 (strict); a server answers many small requests, see {@link QueryOptions}. */
    public static final Duration DEFAULT_SNAPSHOT_MAX_AGE = Duration.ofSeconds(1);

    @NotNull
    @PositiveDuration
    private Duration timeout = DEFAULT_TIMEOUT;
    @Min(1)
    private int maxIds = DEFAULT_MAX_IDS;
    private boolean snapshot = DEFAULT_SNAPSHOT;
    @NotNull
    private Duration snapshotMaxAge = DEFAULT_SNAPSHOT_MAX_AGE;

    /** The Neo4j read-transaction timeout, enforced by the database (TIMEOUT). */
    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** The most ids one list argument (goals, known, skills) may hold (BAD_USER_INPUT). */
    public int getMaxIds() {
        return maxIds;
    }

    public void setMaxIds(int maxIds) {
        this.maxIds = maxIds;
    }

    /** Traversals and the facts they hold from an in-memory snapshot, re-read when a roadmap's revision changes. */
    public boolean isSnapshot() {
        return snapshot;
    }

    public void setSnapshot(boolean snapshot) {
        this.snapshot = snapshot;
    }

    /** A revision read is reused this long: a load shows in answers within this time; 0s = read for every request. */
    public Duration getSnapshotMaxAge() {
        return snapshotMaxAge;
    }

    public void setSnapshotMaxAge(Duration snapshotMaxAge) {
        this.snapshotMaxAge = snapshotMaxAge;
    }

    /** The library's options for these settings and the given database (empty = the server's default). */
    public QueryOptions options(Optional<String> database) {
        if (snapshotMaxAge.isNegative()) {
            throw new IllegalArgumentException("roadmap.query.snapshot-max-age must not be negative, was "
                    + snapshotMaxAge);
        }
        return new QueryOptions(database, timeout, maxIds, snapshot, snapshotMaxAge);
    }
}
