package io.roadmapgraph.query;

import org.neo4j.driver.types.MapAccessor;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows a query snapshot is built from, all read in one read transaction: each row has the keys of the statement
 * in {@link Cypher} named beside it, with the same values. Over a driver these are those statements' records; an
 * embedded Neo4j in the server's JVM reads the same rows through its Java API, without Cypher (see
 * {@link GraphChanges#readSnapshot}), which is several times cheaper on a large roadmap and needs no query planning
 * when a server reads its first snapshot. Both must give the same snapshot.
 *
 * <p>Each method gives its rows to {@code row} in order and one at a time, all before it returns; it may call
 * {@code row} on a thread other than the caller's (the embedded reader builds the topics' rows on a second thread
 * while the transaction's thread reads the store), so {@code row} must not rely on the caller's thread.
 */
public interface SnapshotRows {

    /** The current revision of every roadmap, in load order ({@link Cypher#CURRENT_REVISIONS}). */
    List<String> currentRevisions();

    /** Every topic copy of {@code revisions}: {@code node}, {@code reasons} ({@link Cypher#SNAPSHOT_TOPICS}). */
    void topics(List<String> revisions, Consumer<MapAccessor> row);

    /** Every phase of {@code revisions}: {@code node} ({@link Cypher#ALL_PHASES}). */
    void phases(List<String> revisions, Consumer<MapAccessor> row);

    /** Every project copy of {@code revisions}: {@code node}, {@code exercises} ({@link Cypher#ALL_PROJECTS}). */
    void projects(List<String> revisions, Consumer<MapAccessor> row);

    /** Every tool copy of {@code revisions}: {@code node} ({@link Cypher#ALL_TOOLS}), for search's texts. */
    void tools(List<String> revisions, Consumer<MapAccessor> row);

    /**
     * Every requirement group of {@code revisions}: {@code roadmap}, {@code key}, {@code n}, {@code owner},
     * {@code options} ({@link Cypher#SNAPSHOT_GROUPS}).
     */
    void groups(List<String> revisions, Consumer<MapAccessor> row);

    /** Every roadmap's current revision, by roadmap id: {@code node} ({@link Cypher#ROADMAPS}). */
    void roadmaps(Consumer<MapAccessor> row);

    /** The route stages of {@code roadmaps}, in order: {@code owner}, {@code node} ({@link Cypher#ROUTE_OF_ROADMAPS}). */
    void routes(List<String> roadmaps, Consumer<MapAccessor> row);
}
