package io.roadmapgraph.query;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Commits to the graph as the database reports them, so that {@link RoadmapQueries} knows its snapshot is stale
 * without reading the database: an embedded Neo4j counts its committed write transactions (neo4j-embedded registers a
 * transaction event listener and hands this out), and every write counts, a load as much as a hand edit in Neo4j
 * Browser. A database in another process has no such feed: there the snapshot follows the roadmaps' revision stamps.
 */
@FunctionalInterface
public interface GraphChanges {

    /**
     * How many write transactions have committed so far. It only grows, and it counts a commit once that commit is
     * visible: a read transaction begun after this call returned sees every commit counted.
     */
    long commits();

    /**
     * Tells {@code listener} of each commit {@link #commits()} counts, once it is counted, on the committing thread (so
     * the listener must return at once), for as long as the listener object is reachable elsewhere: the feed holds it
     * weakly, so a reader that is forgotten stops being told. A feed that cannot tell (the default) tells nothing; its
     * reader learns of commits when it asks {@link #commits()}.
     */
    default void afterCommits(Runnable listener) {
    }

    /**
     * Runs {@code work} over the snapshot's rows read in one read transaction of this database in this JVM (an
     * embedded Neo4j reads them through its Java API, with {@code timeout}), or empty when this feed cannot (the
     * default): then the snapshot is read over the driver.
     */
    default <T> Optional<T> readSnapshot(Duration timeout, Function<SnapshotRows, T> work) {
        return Optional.empty();
    }
}
