package io.roadmapgraph.loader;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Writes a load's batches into its staging revision without Cypher: for a loader in the JVM of an embedded Neo4j,
 * whose kernel can create the nodes and relationships of a batch directly (neo4j-embedded's
 * {@code EmbeddedNeo4j.stagingWriter()}). Everything else of a load (the head, the deletes, the switch, the reads)
 * stays Cypher over the driver, so a load is as atomic and idempotent as without it: the batches only ever write into
 * a staging revision that no reader follows. Each call is one transaction, committed before it returns (a transient
 * failure, such as a deadlock of the two writers, tried again), whose metadata names the staging revision
 * ({@link io.roadmapgraph.graph.GraphModel#STAGING_REVISION_METADATA}); callable from two threads at once. Neo4j's
 * failures are thrown as the driver's {@link org.neo4j.driver.exceptions.Neo4jException}s, so that the loader reports
 * them as it reports its Cypher's.
 *
 * <p>A row is a list: its first values, then the values of {@code keys} in their order, a null where the row has no
 * such property (nothing is stored). Whole numbers are stored as 64-bit, lists as arrays: what Cypher over Bolt
 * stores for the same values.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface StagingWriter {

    /**
     * Creates one node per row, with {@code labels}, the row's properties and {@code rev} as its revision.
     *
     * @param rows each the node's id, then the values of {@code keys}
     * @return the internal ids of the nodes, in the rows' order
     */
    long[] createNodes(String rev, List<String> labels, List<String> keys, List<List<Object>> rows);

    /**
     * Creates one relationship of {@code type} per row, between nodes this load created.
     *
     * @param rows each the internal ids of the start and the end node, then the values of {@code keys}
     */
    void createRelationships(String rev, String type, List<String> keys, List<List<Object>> rows);
}
