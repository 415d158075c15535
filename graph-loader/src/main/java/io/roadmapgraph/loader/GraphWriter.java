package io.roadmapgraph.loader;

import io.roadmapgraph.loader.LoadSummary.Change;
import io.roadmapgraph.loader.RoadmapGraph.NodeRow;
import io.roadmapgraph.loader.RoadmapGraph.NodeSet;
import io.roadmapgraph.loader.RoadmapGraph.Owner;
import io.roadmapgraph.loader.RoadmapGraph.RelRow;
import io.roadmapgraph.loader.RoadmapGraph.RelSet;
import io.roadmapgraph.loader.RoadmapGraph.RelSpec;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes one roadmap's graph inside one transaction: its nodes and relationships in batches of
 * {@code UNWIND $rows AS row MERGE ...}, then removes what the roadmap no longer has. Labels and types come from
 * {@link GraphModel}; every value is a parameter.
 */
final class GraphWriter {

    /** Told after each batch; a test seam to fail a load half-way. */
    @FunctionalInterface
    interface BatchListener {
        BatchListener NONE = (what, batch) -> { };

        /**
         * @param what  the label or relationship type just written
         * @param batch the number of batches written so far in this transaction, from 1
         */
        void afterBatch(String what, int batch);
    }

    /** Keeps a sorted {@code roadmaps} list sorted, with {@code $roadmap} in it once. */
    private static final String WITH_ROADMAP =
            "[x IN had WHERE x < $roadmap] + $roadmap + [x IN had WHERE x > $roadmap]";
    /**
     * Keeps the upserts' first plans: they are unique-constraint seeks and expands between bound nodes whatever the
     * statistics say, and re-planning them once the graph is no longer empty costs seconds of CPU on a small roadmap.
     */
    private static final String KEEP_PLAN = "CYPHER replan=skip ";
    private static final String COUNT_CHANGES = " RETURN count(*) AS total, count(before) AS existed,"
            + " sum(CASE WHEN before = properties(%s) THEN 1 ELSE 0 END) AS same";

    /** Gives a topic the {@link GraphModel#KEY_TOPIC} label exactly while its importance is KEY. */
    private static final String KEY_TOPIC_LABEL = " WITH n, before"
            + " FOREACH (_ IN CASE WHEN n.importance = 'KEY' THEN [1] ELSE [] END | SET n:" + GraphModel.KEY_TOPIC + ")"
            + " FOREACH (_ IN CASE WHEN n.importance = 'KEY' THEN [] ELSE [1] END | REMOVE n:" + GraphModel.KEY_TOPIC
            + ")";

    /** A load keeps the roadmap node's revision as it was, so that an unchanged load counts it unchanged. */
    private static final String KEEP_REVISION = " SET n." + GraphModel.REVISION + " = before." + GraphModel.REVISION;

    private final TransactionContext tx;
    private final String roadmapId;
    private final int batchSize;
    private final BatchListener listener;
    private final Map<String, Change> nodes = new HashMap<>();
    private final Map<String, Change> relationships = new HashMap<>();
    private int batches;

    GraphWriter(TransactionContext tx, String roadmapId, int batchSize, BatchListener listener) {
        this.tx = tx;
        this.roadmapId = roadmapId;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /** Makes the roadmap's part of the graph what {@code graph} says, and returns what changed. */
    LoadSummary write(RoadmapGraph graph, boolean dryRun) {
        boolean loadedBefore = loadedBefore();
        graph.nodeSets().forEach(this::writeNodes);
        graph.relSets().forEach(this::writeRelationships);
        // a first load has nothing stale to remove; skipping spares Neo4j planning some fifty statements
        if (loadedBefore) {
            graph.relSets().forEach(this::removeStaleRelationships);
            graph.nodeSets().forEach(this::removeStaleNodes);
        }
        LoadSummary summary = summary(dryRun);
        if (summary.changed()) {
            tx.run("MATCH (r:" + GraphModel.ROADMAP + " {id: $roadmap}) SET r." + GraphModel.REVISION
                    + " = randomUUID()", Map.of("roadmap", roadmapId)).consume();
        }
        return summary;
    }

    /** True when the graph has anything of this roadmap: its node, or its id on a shared node. */
    private boolean loadedBefore() {
        return tx.run("OPTIONAL MATCH (r:" + GraphModel.ROADMAP + " {id: $roadmap})"
                + " RETURN r IS NOT NULL OR EXISTS { MATCH (n:" + String.join("|", RoadmapGraph.SHARED_LABELS) + ")"
                + " WHERE $roadmap IN n." + GraphModel.ROADMAPS + " }", Map.of("roadmap", roadmapId))
                .single().get(0).asBoolean();
    }

    /** Removes the roadmap: its own nodes, its node, and its claim on shared nodes and relationships. */
    LoadSummary remove(boolean dryRun) {
        RoadmapGraph nothing = RoadmapGraph.empty(roadmapId);
        nothing.relSets().forEach(this::removeStaleRelationships);
        nothing.nodeSets().forEach(this::removeStaleNodes);
        int removed = single("MATCH (n:" + GraphModel.ROADMAP + " {id: $roadmap}) DETACH DELETE n RETURN count(*)",
                Map.of("roadmap", roadmapId));
        add(nodes, GraphModel.ROADMAP, new Change(0, 0, removed, 0));
        return summary(dryRun);
    }

    private void writeNodes(NodeSet set) {
        String label = set.label();
        String query = KEEP_PLAN + "UNWIND $rows AS row"
                + " OPTIONAL MATCH (old:" + label + " {id: row.id})"
                + " WITH row, properties(old) AS before, coalesce(old." + GraphModel.ROADMAPS + ", []) AS had"
                + " MERGE (n:" + label + " {id: row.id})"
                + " SET n = row.props"
                + (set.shared() ? " SET n." + GraphModel.ROADMAPS + " = " + WITH_ROADMAP : "")
                + (GraphModel.TOPIC.equals(label) ? KEY_TOPIC_LABEL : "")
                + (GraphModel.ROADMAP.equals(label) ? KEEP_REVISION : "")
                + COUNT_CHANGES.formatted("n");
        inBatches(label, set.rows(), NodeRow::asParameter, query, nodes);
    }

    private void writeRelationships(RelSet set) {
        RelSpec spec = set.spec();
        boolean shared = spec.owner() == Owner.SHARED;
        String query = KEEP_PLAN + "UNWIND $rows AS row"
                + " MATCH (a:" + spec.from() + " {id: row.from})"
                + " MATCH (b:" + spec.to() + " {id: row.to})"
                + " OPTIONAL MATCH (a)-[old:" + spec.type() + "]->(b)"
                + " WITH row, a, b, properties(old) AS before, coalesce(old." + GraphModel.ROADMAPS + ", []) AS had"
                + " MERGE (a)-[r:" + spec.type() + "]->(b)"
                + " SET r = row.props"
                + (shared ? " SET r." + GraphModel.ROADMAPS + " = " + WITH_ROADMAP : "")
                + COUNT_CHANGES.formatted("r");
        inBatches(spec.type(), set.rows(), RelRow::asParameter, query, relationships);
    }

    private <T> void inBatches(String what, List<T> rows, Function<T, Map<String, Object>> asParameter, String query,
                               Map<String, Change> changes) {
        for (int start = 0; start < rows.size(); start += batchSize) {
            List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + batchSize)).stream()
                    .map(asParameter)
                    .toList();
            Record counts = tx.run(query, Map.of("rows", batch, "roadmap", roadmapId)).single();
            int total = counts.get("total").asInt();
            if (total != batch.size()) {
                throw new IllegalStateException("wrote " + total + " of " + batch.size() + " " + what
                        + " rows: an end of a relationship is missing");
            }
            int existed = counts.get("existed").asInt();
            int same = counts.get("same").asInt();
            add(changes, what, new Change(total - existed, existed - same, 0, same));
            listener.afterBatch(what, ++batches);
        }
    }

    private void removeStaleRelationships(RelSet set) {
        RelSpec spec = set.spec();
        List<List<String>> keep = set.rows().stream().map(row -> List.of(row.from(), row.to())).toList();
        String match = "MATCH (a:" + spec.from() + ")-[r:" + spec.type() + "]->(b:" + spec.to() + ")"
                + " WHERE NOT [a.id, b.id] IN $keep AND ";
        Map<String, Object> parameters = Map.of("roadmap", roadmapId, "keep", keep);
        if (spec.owner() == Owner.SHARED) {
            int removed = single(match + "r." + GraphModel.ROADMAPS + " = [$roadmap] DELETE r RETURN count(*)",
                    parameters);
            int released = single(match + "$roadmap IN r." + GraphModel.ROADMAPS
                    + " SET r." + GraphModel.ROADMAPS + " = [x IN r." + GraphModel.ROADMAPS + " WHERE x <> $roadmap]"
                    + " RETURN count(*)", parameters);
            add(relationships, spec.type(), new Change(0, released, removed, 0));
        } else {
            String owner = spec.owner() == Owner.TO ? "b." + GraphModel.ROADMAP_ID
                    : GraphModel.ROADMAP.equals(spec.from()) ? "a.id" : "a." + GraphModel.ROADMAP_ID;
            int removed = single(match + owner + " = $roadmap DELETE r RETURN count(*)", parameters);
            add(relationships, spec.type(), new Change(0, 0, removed, 0));
        }
    }

    private void removeStaleNodes(NodeSet set) {
        String label = set.label();
        if (GraphModel.ROADMAP.equals(label)) {
            return;
        }
        List<String> keep = set.rows().stream().map(NodeRow::id).toList();
        Map<String, Object> parameters = Map.of("roadmap", roadmapId, "keep", keep);
        if (set.shared()) {
            String match = "MATCH (n:" + label + ") WHERE NOT n.id IN $keep AND ";
            int removed = single(match + "n." + GraphModel.ROADMAPS + " = [$roadmap] DETACH DELETE n RETURN count(*)",
                    parameters);
            int released = single(match + "$roadmap IN n." + GraphModel.ROADMAPS
                    + " SET n." + GraphModel.ROADMAPS + " = [x IN n." + GraphModel.ROADMAPS + " WHERE x <> $roadmap]"
                    + " RETURN count(*)", parameters);
            add(nodes, label, new Change(0, released, removed, 0));
        } else {
            int removed = single("MATCH (n:" + label + " {" + GraphModel.ROADMAP_ID + ": $roadmap})"
                    + " WHERE NOT n.id IN $keep DETACH DELETE n RETURN count(*)", parameters);
            add(nodes, label, new Change(0, 0, removed, 0));
        }
    }

    private int single(String query, Map<String, Object> parameters) {
        return tx.run(query, parameters).single().get(0).asInt();
    }

    private LoadSummary summary(boolean dryRun) {
        return new LoadSummary(roadmapId, nodes, relationships, dryRun);
    }

    private static void add(Map<String, Change> changes, String what, Change change) {
        changes.merge(what, change, Change::plus);
    }
}
