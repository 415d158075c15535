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
import org.neo4j.driver.Value;

import java.util.ArrayList;
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
    private static final String COUNT_CHANGES = " RETURN what, count(*) AS total, count(before) AS existed,"
            + " sum(CASE WHEN before = properties(%s) THEN 1 ELSE 0 END) AS same";

    private final TransactionContext tx;
    private final String roadmapId;
    private final int batchSize;
    private final BatchListener listener;
    private final Map<String, Change> nodes = new HashMap<>();
    private final Map<String, Change> relationships = new HashMap<>();
    /** The element id of each node written, by label and id: relationships find their ends by it. */
    private final Map<String, String> elementIds = new HashMap<>();
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
        writeRelationships(graph.relSets());
        // a first load has nothing stale to remove; skipping spares Neo4j planning some fifty statements
        if (loadedBefore) {
            graph.relSets().forEach(this::removeStaleRelationships);
            graph.nodeSets().forEach(this::removeStaleNodes);
        }
        return summary(dryRun);
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
        String query = "UNWIND $rows AS row"
                + " OPTIONAL MATCH (old:" + label + " {id: row.id})"
                + " WITH row, properties(old) AS before, coalesce(old." + GraphModel.ROADMAPS + ", []) AS had"
                + " MERGE (n:" + label + " {id: row.id})"
                + " SET n = row.props"
                + (set.shared() ? " SET n." + GraphModel.ROADMAPS + " = " + WITH_ROADMAP : "")
                + " WITH '" + label + "' AS what, row, before, n"
                + COUNT_CHANGES.formatted("n") + ", collect([row.id, elementId(n)]) AS written";
        inBatches(label, set.rows(), NodeRow::asParameter, query, nodes).forEach(counts ->
                counts.get("written").asList(pair -> pair.asList(Value::asString)).forEach(pair ->
                        elementIds.put(label + "/" + pair.get(0), pair.get(1))));
    }

    /**
     * One statement for every kind of relationship: its ends are found by element id, its type is one of
     * {@link GraphModel#RELATIONSHIP_TYPES} (a constant, never input), so Neo4j plans it once instead of once per kind.
     */
    private void writeRelationships(List<RelSet> sets) {
        String query = "UNWIND $rows AS row"
                + " MATCH (a) WHERE elementId(a) = row.a"
                + " MATCH (b) WHERE elementId(b) = row.b"
                + " OPTIONAL MATCH (a)-[old]->(b) WHERE type(old) = row.type"
                + " WITH row, a, b, properties(old) AS before, coalesce(old." + GraphModel.ROADMAPS + ", []) AS had"
                + " MERGE (a)-[r:$(row.type)]->(b)"
                + " SET r = row.props"
                + " SET r." + GraphModel.ROADMAPS + " = CASE WHEN row.shared THEN " + WITH_ROADMAP + " END"
                + " WITH row.type AS what, before, r"
                + COUNT_CHANGES.formatted("r");
        List<RelRow> rows = new ArrayList<>();
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (RelSet set : sets) {
            RelSpec spec = set.spec();
            for (RelRow row : set.rows()) {
                rows.add(row);
                parameters.add(Map.of("type", spec.type(), "shared", spec.owner() == Owner.SHARED,
                        "a", elementIds.getOrDefault(spec.from() + "/" + row.from(), ""),
                        "b", elementIds.getOrDefault(spec.to() + "/" + row.to(), ""),
                        "props", row.props()));
            }
        }
        inBatches("relationships", parameters, Function.identity(), query, relationships);
    }

    /** Writes the rows in batches; returns each batch's counts, one record per label or type written. */
    private <T> List<Record> inBatches(String what, List<T> rows, Function<T, Map<String, Object>> asParameter,
                                       String query, Map<String, Change> changes) {
        List<Record> all = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += batchSize) {
            List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + batchSize)).stream()
                    .map(asParameter)
                    .toList();
            List<Record> counts = tx.run(query, Map.of("rows", batch, "roadmap", roadmapId)).list();
            int total = counts.stream().mapToInt(c -> c.get("total").asInt()).sum();
            if (total != batch.size()) {
                throw new IllegalStateException("wrote " + total + " of " + batch.size() + " " + what
                        + " rows: an end of a relationship is missing");
            }
            batches++;
            for (Record count : counts) {
                int existed = count.get("existed").asInt();
                int same = count.get("same").asInt();
                String written = count.get("what").asString();
                add(changes, written, new Change(count.get("total").asInt() - existed, existed - same, 0, same));
                listener.afterBatch(written, batches);
            }
            all.addAll(counts);
        }
        return all;
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
