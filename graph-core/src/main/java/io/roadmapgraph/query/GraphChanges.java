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
     * Runs {@code work} over the snapshot's rows read in one read transaction of this database in this JVM (an
     * embedded Neo4j reads them through its Java API, with {@code timeout}), or empty when this feed cannot (the
     * default): then the snapshot is read over the driver.
     */
    default <T> Optional<T> readSnapshot(Duration timeout, Function<SnapshotRows, T> work) {
        return Optional.empty();
    }
}
