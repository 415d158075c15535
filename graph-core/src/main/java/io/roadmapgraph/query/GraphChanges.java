package io.roadmapgraph.query;

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
}
