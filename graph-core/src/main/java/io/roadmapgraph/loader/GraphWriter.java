package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import io.roadmapgraph.loader.LoadSummary.Change;
import io.roadmapgraph.loader.RoadmapRows.NodeRow;
import io.roadmapgraph.loader.RoadmapRows.NodeSet;
import io.roadmapgraph.loader.RoadmapRows.Owner;
import io.roadmapgraph.loader.RoadmapRows.RelRow;
import io.roadmapgraph.loader.RoadmapRows.RelSet;
import io.roadmapgraph.loader.RoadmapRows.RelSpec;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** A first load's nodes, whatever their labels: nothing to merge with, so one plan serves them all. */
    private static final String CREATE_NODES = KEEP_PLAN + "UNWIND $rows AS row CREATE (n:$(row.labels))"
            + " SET n = row.props RETURN row.id AS id, elementId(n) AS node";
    /** A first load's relationships, whatever their type, between nodes it created or found (by element id). */
    private static final String CREATE_RELATIONSHIPS = KEEP_PLAN + "UNWIND $rows AS row"
            + " MATCH (a) WHERE elementId(a) = row.from MATCH (b) WHERE elementId(b) = row.to"
            + " CREATE (a)-[r:$($type)]->(b) SET r = row.props RETURN count(*) AS total";

    /** A load keeps the roadmap node's revision as it was, so that an unchanged load counts it unchanged. */
    private static final String KEEP_REVISION = " SET n." + GraphModel.REVISION + " = before." + GraphModel.REVISION;

    private final TransactionContext tx;
    private final String roadmapId;
    private final int batchSize;
    private final BatchListener listener;
    private final boolean firstLoadPath;
    private final Map<String, Change> nodes = new HashMap<>();
    private final Map<String, Change> relationships = new HashMap<>();
    private int batches;

    GraphWriter(TransactionContext tx, String roadmapId, int batchSize, BatchListener listener) {
        this(tx, roadmapId, batchSize, listener, true);
    }

    /**
     * @param firstLoadPath false to write a first load like any other (upserts with change detection): a test seam to
     *                      check that {@link FirstLoad} gives the same graph and the same summary
     */
    GraphWriter(TransactionContext tx, String roadmapId, int batchSize, BatchListener listener,
                boolean firstLoadPath) {
        this.tx = tx;
        this.roadmapId = roadmapId;
        this.batchSize = batchSize;
        this.listener = listener;
        this.firstLoadPath = firstLoadPath;
    }

    /** Makes the roadmap's part of the graph what {@code graph} says, and returns what changed. */
    LoadSummary write(RoadmapRows graph, boolean dryRun) {
        boolean loadedBefore = loadedBefore();
        if (!loadedBefore && firstLoadPath) {
            new FirstLoad(graph).write();
            return summary(dryRun);
        }
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
                + " RETURN r IS NOT NULL OR EXISTS { MATCH (n:" + String.join("|", RoadmapRows.SHARED_LABELS) + ")"
                + " WHERE $roadmap IN n." + GraphModel.ROADMAPS + " }", Map.of("roadmap", roadmapId))
                .single().get(0).asBoolean();
    }

    /** Removes the roadmap: its own nodes, its node, and its claim on shared nodes and relationships. */
    LoadSummary remove(boolean dryRun) {
        RoadmapRows nothing = RoadmapRows.empty(roadmapId);
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

    private <T> void inBatches(String what, List<T> all, Function<T, Map<String, Object>> asParameter, String query,
                               Map<String, Change> changes) {
        for (List<T> rows : batches(all)) {
            List<Map<String, Object>> batch = rows.stream().map(asParameter).toList();
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

    /**
     * A roadmap's first load: the graph has nothing of it yet (no roadmap node, no shared node that lists it), so its
     * nodes and relationships are created rather than merged, and the counts are known without reading anything back.
     * Only topics, tools and projects may exist already (another roadmap's); one query finds them, and they, and the
     * relationships between two of them, go through the upserts of any other load. All nodes are created by one
     * statement (the labels a parameter) and all relationships by another (the ends by element id, the type a
     * parameter): two plans instead of some thirty-five, which is most of a small first load's time in a fresh JVM.
     * Creating is safe here because the uniqueness constraints would refuse a node that is there after all.
     */
    private final class FirstLoad {

        private final RoadmapRows graph;
        /** Element ids by label, then by id: of the nodes created here and of the shared ones found. */
        private final Map<String, Map<String, String>> elementIds = new HashMap<>();

        FirstLoad(RoadmapRows graph) {
            this.graph = graph;
        }

        void write() {
            Map<String, Map<String, String>> existing = existingSharedNodes();
            existing.forEach((label, ids) -> elementIds.put(label, new HashMap<>(ids)));
            for (NodeSet set : graph.nodeSets()) {
                Map<String, String> there = existing.getOrDefault(set.label(), Map.of());
                Map<Boolean, List<NodeRow>> byPresence = set.rows().stream()
                        .collect(Collectors.partitioningBy(row -> there.containsKey(row.id())));
                createNodes(set, byPresence.get(false));
                if (!byPresence.get(true).isEmpty()) {
                    writeNodes(new NodeSet(set.label(), set.shared(), byPresence.get(true)));
                }
            }
            for (RelSet set : graph.relSets()) {
                RelSpec spec = set.spec();
                Map<String, String> fromThere = existing.getOrDefault(spec.from(), Map.of());
                Map<String, String> toThere = existing.getOrDefault(spec.to(), Map.of());
                Map<Boolean, List<RelRow>> byPresence = set.rows().stream().collect(Collectors.partitioningBy(
                        row -> fromThere.containsKey(row.from()) && toThere.containsKey(row.to())));
                createRelationships(spec, byPresence.get(false));
                if (!byPresence.get(true).isEmpty()) {
                    writeRelationships(new RelSet(spec, byPresence.get(true)));
                }
            }
        }

        /** The topics, tools and projects of this roadmap that the graph has already: element ids by label and id. */
        private Map<String, Map<String, String>> existingSharedNodes() {
            List<NodeSet> shared = graph.nodeSets().stream().filter(NodeSet::shared).toList();
            StringBuilder query = new StringBuilder();
            Map<String, Object> parameters = new HashMap<>();
            for (int i = 0; i < shared.size(); i++) {
                query.append("CALL { UNWIND $ids").append(i).append(" AS id MATCH (n:").append(shared.get(i).label())
                        .append(" {id: id}) RETURN collect([id, elementId(n)]) AS found").append(i).append(" } ");
                parameters.put("ids" + i, shared.get(i).rows().stream().map(NodeRow::id).toList());
            }
            query.append("RETURN *");
            Record record = tx.run(KEEP_PLAN + query, parameters).single();
            Map<String, Map<String, String>> found = new HashMap<>();
            for (int i = 0; i < shared.size(); i++) {
                Map<String, String> ids = new HashMap<>();
                record.get("found" + i).asList(pair -> pair.asList(Value::asString))
                        .forEach(pair -> ids.put(pair.get(0), pair.get(1)));
                found.put(shared.get(i).label(), ids);
            }
            return found;
        }

        private void createNodes(NodeSet set, List<NodeRow> rows) {
            String label = set.label();
            Map<String, String> ids = elementIds.computeIfAbsent(label, l -> new HashMap<>());
            for (List<NodeRow> batch : batches(rows)) {
                List<Map<String, Object>> parameter = batch.stream().map(row -> Map.<String, Object>of(
                        "id", row.id(), "labels", labels(label, row), "props", props(set, row))).toList();
                List<Record> created = tx.run(CREATE_NODES, Map.of("rows", parameter)).list();
                if (created.size() != batch.size()) {
                    throw new IllegalStateException("created " + created.size() + " of " + batch.size() + " " + label
                            + " nodes");
                }
                created.forEach(r -> ids.put(r.get("id").asString(), r.get("node").asString()));
                add(nodes, label, new Change(created.size(), 0, 0, 0));
                listener.afterBatch(label, ++batches);
            }
        }

        private List<String> labels(String label, NodeRow row) {
            return GraphModel.TOPIC.equals(label) && "KEY".equals(row.props().get("importance"))
                    ? List.of(label, GraphModel.KEY_TOPIC) : List.of(label);
        }

        private Map<String, Object> props(NodeSet set, NodeRow row) {
            Map<String, Object> props = new HashMap<>(row.props());
            if (set.shared()) {
                props.put(GraphModel.ROADMAPS, List.of(roadmapId));
            }
            if (GraphModel.ROADMAP.equals(set.label())) {
                props.put(GraphModel.REVISION, UUID.randomUUID().toString());
            }
            return props;
        }

        private void createRelationships(RelSpec spec, List<RelRow> rows) {
            for (List<RelRow> batch : batches(rows)) {
                List<Map<String, Object>> parameter = batch.stream().map(row -> {
                    Map<String, Object> props = new HashMap<>(row.props());
                    if (spec.owner() == Owner.SHARED) {
                        props.put(GraphModel.ROADMAPS, List.of(roadmapId));
                    }
                    return Map.<String, Object>of("from", elementId(spec.from(), row.from()),
                            "to", elementId(spec.to(), row.to()), "props", props);
                }).toList();
                int total = tx.run(CREATE_RELATIONSHIPS, Map.of("rows", parameter, "type", spec.type())).single()
                        .get("total").asInt();
                if (total != batch.size()) {
                    throw new IllegalStateException("created " + total + " of " + batch.size() + " " + spec.type()
                            + " relationships: an end is missing");
                }
                add(relationships, spec.type(), new Change(total, 0, 0, 0));
                listener.afterBatch(spec.type(), ++batches);
            }
        }

        private String elementId(String label, String id) {
            String elementId = elementIds.getOrDefault(label, Map.of()).get(id);
            if (elementId == null) {
                throw new IllegalStateException("no " + label + " node '" + id + "' to connect");
            }
            return elementId;
        }
    }

    /** {@code rows} in consecutive slices of at most the batch size. */
    private <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += batchSize) {
            batches.add(rows.subList(start, Math.min(rows.size(), start + batchSize)));
        }
        return batches;
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
