package io.roadmapgraph.embedded;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.query.SnapshotRows;

import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows of a query snapshot read through the embedded Neo4j's Java API in one read transaction: the same rows as
 * the Cypher statements of graph-core give over Bolt (see {@link SnapshotRows}), without planning or running Cypher
 * and without Bolt, which is what a server spends most of a large snapshot read on, and all of a small first one.
 * Nodes are found by label and {@code rev} (the schema's {@code <label>_rev} indexes), their neighbours by
 * relationship type and direction, as the statements' patterns name them.
 */
final class EmbeddedSnapshotRows implements SnapshotRows {

    private static final Label ROADMAP = Label.label(GraphModel.ROADMAP);
    private static final Label REVISION = Label.label(GraphModel.REVISION_LABEL);
    private static final Label TOPIC = Label.label(GraphModel.TOPIC);
    private static final Label PHASE = Label.label(GraphModel.PHASE);
    private static final Label LAYER = Label.label(GraphModel.LAYER);
    private static final Label PROJECT = Label.label(GraphModel.PROJECT);
    private static final Label TOOL = Label.label(GraphModel.TOOL);
    private static final Label GROUP = Label.label(GraphModel.REQUIREMENT_GROUP);
    private static final Label ROUTE_STAGE = Label.label(GraphModel.ROUTE_STAGE);
    private static final Label ROUTE_STEP = Label.label(GraphModel.ROUTE_STEP);
    private static final RelationshipType IN_PHASE = RelationshipType.withName(GraphModel.IN_PHASE);
    private static final RelationshipType INCLUDES = RelationshipType.withName(GraphModel.INCLUDES);
    private static final RelationshipType IN_LAYER = RelationshipType.withName(GraphModel.IN_LAYER);
    private static final RelationshipType SUBTOPIC_OF = RelationshipType.withName(GraphModel.SUBTOPIC_OF);
    private static final RelationshipType REQUIRES = RelationshipType.withName(GraphModel.REQUIRES);
    private static final RelationshipType EXERCISES = RelationshipType.withName(GraphModel.EXERCISES);
    private static final RelationshipType REQUIRES_GROUP = RelationshipType.withName(GraphModel.REQUIRES_GROUP);
    private static final RelationshipType OPTION = RelationshipType.withName(GraphModel.OPTION);
    private static final RelationshipType HAS_STAGE = RelationshipType.withName(GraphModel.HAS_STAGE);
    private static final RelationshipType HAS_STEP = RelationshipType.withName(GraphModel.HAS_STEP);
    private static final RelationshipType COVERS = RelationshipType.withName(GraphModel.COVERS);
    private static final RelationshipType BUILDS = RelationshipType.withName(GraphModel.BUILDS);
    private static final String REASON_NL = GraphModel.dutch(GraphModel.REASON);
    private static final String REASON_ORIGIN = GraphModel.origin(GraphModel.REASON);

    private final Transaction tx;

    private EmbeddedSnapshotRows(Transaction tx) {
        this.tx = tx;
    }

    /** Runs {@code work} over the rows of one read transaction of {@code database}, stopped after {@code timeout}. */
    static <T> T read(GraphDatabaseService database, Duration timeout, Function<SnapshotRows, T> work) {
        try (Transaction tx = timeout.isZero() ? database.beginTx()
                : database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return work.apply(new EmbeddedSnapshotRows(tx));
        }
    }

    @Override
    public List<String> currentRevisions() {
        List<Node> roadmaps = new ArrayList<>();
        try (ResourceIterator<Node> found = tx.findNodes(ROADMAP)) {
            found.forEachRemaining(r -> {
                if (r.getProperty(GraphModel.REVISION, null) != null) {
                    roadmaps.add(r);
                }
            });
        }
        roadmaps.sort(Comparator.<Node>comparingLong(r -> r.getProperty(GraphModel.LOAD_ORDER, 0L) instanceof Number n
                        ? n.longValue() : 0L)
                .thenComparing(r -> String.valueOf(r.getProperty(GraphModel.ID, ""))));
        return roadmaps.stream().map(r -> r.getProperty(GraphModel.REVISION).toString()).toList();
    }

    /**
     * Every topic copy, read in two threads at once: this one (the transaction's) reads the store and hands the raw
     * rows on in batches, a second one turns them into rows and gives them to {@code row}, in the order read, one at
     * a time, all before this returns. At 100k topics reading the store and building the snapshot from the rows each
     * take about half of a read's CPU, so on two cores the first snapshot is ready sooner.
     */
    @Override
    public void topics(List<String> revisions, Consumer<MapAccessor> row) {
        try (Handoff<Map<String, Object>> handoff = new Handoff<>("snapshot-topics",
                raw -> row.accept(Values.value(raw)))) {
            each(TOPIC, revisions, t -> handoff.put(topic(t)));
            handoff.finish();
        }
    }

    /** One topic copy as {@link io.roadmapgraph.query.Cypher#SNAPSHOT_TOPICS} gives it: plain Java values. */
    private static Map<String, Object> topic(Node t) {
        Map<String, Object> node = t.getAllProperties();
        List<Object> phases = new ArrayList<>();
        List<Object> layers = new ArrayList<>();
        List<Object> parents = new ArrayList<>();
        List<Object> reasons = new ArrayList<>();
        for (Relationship r : t.getRelationships(Direction.OUTGOING, IN_PHASE, IN_LAYER, SUBTOPIC_OF, REQUIRES)) {
            Node end = r.getEndNode();
            if (r.isType(IN_PHASE) && end.hasLabel(PHASE)) {
                Map<String, Object> phase = new HashMap<>();
                phase.put(GraphModel.ID, end.getProperty(GraphModel.ID, null));
                phase.put(GraphModel.NUMBER, end.getProperty(GraphModel.NUMBER, null));
                phases.add(phase);
            } else if (r.isType(IN_LAYER) && end.hasLabel(LAYER)) {
                layers.add(end.getProperty(GraphModel.ID, null));
            } else if (r.isType(SUBTOPIC_OF) && end.hasLabel(TOPIC)) {
                parents.add(end.getProperty(GraphModel.ID, null));
            } else if (r.isType(REQUIRES) && end.hasLabel(TOPIC)) {
                Map<String, Object> reason = new HashMap<>();
                reason.put(GraphModel.ID, end.getProperty(GraphModel.ID, null));
                reason.put(GraphModel.REASON, r.getProperty(GraphModel.REASON, null));
                reason.put(REASON_NL, r.getProperty(REASON_NL, null));
                reason.put(REASON_ORIGIN, r.getProperty(REASON_ORIGIN, null));
                reason.put(GraphModel.ORIGIN, r.getProperty(GraphModel.ORIGIN, null));
                reasons.add(reason);
            }
        }
        List<Object> orders = new ArrayList<>();
        for (Relationship r : t.getRelationships(Direction.INCOMING, INCLUDES)) {
            if (r.getStartNode().hasLabel(REVISION)) {
                orders.add(r.getProperty(GraphModel.ORDER, null));
            }
        }
        node.put("phases", phases);
        node.put("orders", orders);
        node.put("layers", layers);
        node.put("parents", parents);
        return Map.of("node", node, "reasons", reasons);
    }

    @Override
    public void phases(List<String> revisions, Consumer<MapAccessor> row) {
        each(PHASE, revisions, x -> row.accept(Values.value(Map.of("node", x.getAllProperties()))));
    }

    @Override
    public void projects(List<String> revisions, Consumer<MapAccessor> row) {
        each(PROJECT, revisions, x -> {
            List<Object> exercises = new ArrayList<>();
            for (Relationship r : x.getRelationships(Direction.OUTGOING, EXERCISES)) {
                if (r.getEndNode().hasLabel(TOPIC)) {
                    exercises.add(r.getEndNode().getProperty(GraphModel.ID, null));
                }
            }
            row.accept(Values.value(Map.of("node", x.getAllProperties(), "exercises", exercises)));
        });
    }

    @Override
    public void tools(List<String> revisions, Consumer<MapAccessor> row) {
        each(TOOL, revisions, x -> row.accept(Values.value(Map.of("node", x.getAllProperties()))));
    }

    @Override
    public void groups(List<String> revisions, Consumer<MapAccessor> row) {
        each(GROUP, revisions, g -> {
            if (!"REQUIRES".equals(g.getProperty(GraphModel.SCOPE, null))) {
                return;
            }
            List<Object> options = new ArrayList<>();
            for (Relationship o : g.getRelationships(Direction.OUTGOING, OPTION)) {
                Node x = o.getEndNode();
                Map<String, Object> option = new HashMap<>();
                option.put(GraphModel.ORDER, o.getProperty(GraphModel.ORDER, null));
                Object key = x.getProperty(GraphModel.KEY, null);
                option.put(GraphModel.ID, key != null ? key : x.getProperty(GraphModel.ID, null));
                option.put("nested", x.hasLabel(GROUP));
                options.add(option);
            }
            List<Object> owners = new ArrayList<>();
            for (Relationship r : g.getRelationships(Direction.INCOMING, REQUIRES_GROUP)) {
                if (r.getStartNode().hasLabel(TOPIC)) {
                    owners.add(r.getStartNode().getProperty(GraphModel.ID, null));
                }
            }
            if (owners.isEmpty()) {
                owners.add(null); // OPTIONAL MATCH: a nested group has no owner
            }
            for (Object owner : owners) {
                Map<String, Object> values = new HashMap<>();
                values.put("roadmap", g.getProperty(GraphModel.ROADMAP_ID, null));
                values.put("key", g.getProperty(GraphModel.KEY, null));
                values.put("n", g.getProperty(GraphModel.N, null));
                values.put("owner", owner);
                values.put("options", options);
                row.accept(Values.value(values));
            }
        });
    }

    @Override
    public void roadmaps(Consumer<MapAccessor> row) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        try (ResourceIterator<Node> found = tx.findNodes(ROADMAP)) {
            found.forEachRemaining(r -> revision(r).ifPresent(v -> {
                Map<String, Object> node = v.getAllProperties();
                node.put(GraphModel.ID, r.getProperty(GraphModel.ID, null));
                nodes.add(node);
            }));
        }
        nodes.sort(Comparator.comparing(n -> String.valueOf(n.get(GraphModel.ID))));
        nodes.forEach(node -> row.accept(Values.value(Map.of("node", node))));
    }

    @Override
    public void routes(List<String> roadmaps, Consumer<MapAccessor> row) {
        List<Map<String, Object>> stages = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String id : roadmaps) {
            Node roadmap = tx.findNode(ROADMAP, GraphModel.ID, id);
            if (roadmap == null) {
                continue;
            }
            revision(roadmap).ifPresent(v -> {
                for (Relationship s : v.getRelationships(Direction.OUTGOING, HAS_STAGE)) {
                    Node x = s.getEndNode();
                    if (x.hasLabel(ROUTE_STAGE)) {
                        Map<String, Object> stage = x.getAllProperties();
                        stage.put("steps", steps(x));
                        stages.add(stage);
                        owners.add(id);
                    }
                }
            });
        }
        // ORDER BY x.fromMonth, coalesce(x.fromWeek, 0), x.toMonth, x.id (a missing value last, as in Cypher)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Object>comparing(i -> stages.get(i).get(GraphModel.FROM_MONTH), EmbeddedSnapshotRows::compare)
                .thenComparing(i -> stages.get(i).getOrDefault(GraphModel.FROM_WEEK, 0L), EmbeddedSnapshotRows::compare)
                .thenComparing(i -> stages.get(i).get(GraphModel.TO_MONTH), EmbeddedSnapshotRows::compare)
                .thenComparing(i -> stages.get(i).get(GraphModel.ID), EmbeddedSnapshotRows::compare));
        order.forEach(i -> row.accept(Values.value(Map.of("owner", owners.get(i), "node", stages.get(i)))));
    }

    private static List<Object> steps(Node stage) {
        List<Object> steps = new ArrayList<>();
        for (Relationship r : stage.getRelationships(Direction.OUTGOING, HAS_STEP)) {
            Node s = r.getEndNode();
            if (!s.hasLabel(ROUTE_STEP)) {
                continue;
            }
            Map<String, Object> step = s.getAllProperties();
            step.put("topics", ends(s, COVERS, TOPIC));
            step.put("projects", ends(s, BUILDS, PROJECT));
            steps.add(step);
        }
        return steps;
    }

    private static List<Object> ends(Node node, RelationshipType type, Label label) {
        List<Object> ids = new ArrayList<>();
        for (Relationship r : node.getRelationships(Direction.OUTGOING, type)) {
            if (r.getEndNode().hasLabel(label)) {
                ids.add(r.getEndNode().getProperty(GraphModel.ID, null));
            }
        }
        return ids;
    }

    /** A roadmap's current revision node ({@code MATCH (v:Revision {id: r.revision})}). */
    private java.util.Optional<Node> revision(Node roadmap) {
        Object revision = roadmap.getProperty(GraphModel.REVISION, null);
        return revision == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(tx.findNode(REVISION, GraphModel.ID, revision));
    }

    /** Every node with {@code label} of each of {@code revisions}, found by the {@code rev} index. */
    private void each(Label label, List<String> revisions, Consumer<Node> node) {
        for (String rev : revisions) {
            try (ResourceIterator<Node> found = tx.findNodes(label, GraphModel.REV, rev)) {
                found.forEachRemaining(node);
            }
        }
    }

    /** Cypher's ascending order of two property values of one kind: numbers by value, a missing one last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable c && a.getClass().equals(b.getClass())) {
            return c.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
