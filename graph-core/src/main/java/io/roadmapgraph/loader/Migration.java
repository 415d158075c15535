package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.RoadmapRows.NodeRow;
import io.roadmapgraph.loader.RoadmapRows.Owner;
import io.roadmapgraph.loader.RoadmapRows.RelRow;
import io.roadmapgraph.loader.RoadmapRows.RelSpec;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Roadmap;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries a graph of model version 1 (one node per id shared by all roadmaps, no revisions) to version 2
 * (docs/graph-model.md, "Model version"). Each roadmap of version 1 becomes a revision of version 2: the roadmap's
 * file when the caller knows it (it is loaded again), else the roadmap's part of the version-1 graph read back (a
 * shared topic has the properties of the roadmap loaded last there: version 1 kept only those). Readers see each
 * roadmap again once its revision is switched to; at the end the version-1 nodes and constraints are deleted. A
 * migration cut short is finished by the next one.
 */
final class Migration {

    private static final Logger LOG = LoggerFactory.getLogger(Migration.class);
    /** The version-1 properties of a {@code Roadmap} node that version 2 keeps on it. */
    private static final Set<String> HEAD_PROPERTIES = Set.of(GraphModel.ID, GraphModel.REVISION, GraphModel.PREVIOUS,
            GraphModel.LOAD_ORDER, GraphModel.MODEL_VERSION, GraphModel.BUNDLED_HASH);

    private final GraphWriter.Transactions db;
    private final int batchSize;

    Migration(GraphWriter.Transactions db, int batchSize) {
        this.db = db;
        this.batchSize = batchSize;
    }

    /** The version-1 uniqueness constraints ({@code topic_id}, ...): one node per id, which version 2 no longer has. */
    static List<String> version1Constraints() {
        return GraphModel.LABELS.stream()
                .filter(label -> !label.equals(GraphModel.ROADMAP) && !label.equals(GraphModel.REVISION_LABEL))
                .map(label -> label.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + "_id")
                .toList();
    }

    /** True when the graph has anything of version 1: a roadmap of an older model, or a version-1 constraint. */
    boolean needed() {
        return db.read(tx -> !oldRoadmaps(tx).isEmpty() || !existingVersion1Constraints(tx).isEmpty());
    }

    /**
     * Migrates every roadmap of version 1, in id order with {@code first} (the bundled one) first, so that it is the
     * roadmap loaded first of the default view.
     *
     * @param known the files of roadmaps whose source the caller knows, by id: loaded again rather than converted
     * @return one line per roadmap saying what was done
     */
    List<String> migrate(Map<String, Roadmap> known, Optional<String> first, Runnable schema) {
        List<String> dropped = db.read(Migration::existingVersion1Constraints);
        if (!dropped.isEmpty()) {
            db.write(tx -> {
                dropped.forEach(name -> tx.run("DROP CONSTRAINT " + name + " IF EXISTS").consume());
                return null;
            });
        }
        schema.run();
        List<String> ids = new ArrayList<>(db.read(Migration::oldRoadmaps));
        first.filter(ids::remove).ifPresent(id -> ids.add(0, id));
        List<String> done = new ArrayList<>();
        for (String id : ids) {
            Roadmap file = known.get(id);
            RoadmapRows rows = file != null ? RoadmapLoader.rowsOf(file) : readVersion1(id);
            new GraphWriter(db, id, batchSize, GraphWriter.BatchListener.NONE).load(rows, false);
            String how = file != null ? "loaded again from its file" : "converted from the graph (a topic it"
                    + " shared with another roadmap has the properties of the roadmap loaded last in version 1)";
            LOG.info("graph model 1 -> {}: roadmap {} {}", GraphModel.CURRENT_MODEL_VERSION, id, how);
            done.add("roadmap " + id + " " + how);
        }
        deleteVersion1Nodes();
        return done;
    }

    private static List<String> oldRoadmaps(TransactionContext tx) {
        return tx.run(GraphModel.cypher("MATCH (r:{Roadmap}) WHERE coalesce(r.modelVersion, 0) < $version"
                        + " RETURN r.id AS id ORDER BY id"), Map.of("version", GraphModel.CURRENT_MODEL_VERSION))
                .list(r -> r.get("id").asString());
    }

    private static List<String> existingVersion1Constraints(TransactionContext tx) {
        List<String> old = version1Constraints();
        return tx.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString()).stream()
                .filter(old::contains).toList();
    }

    /** A roadmap's part of a version-1 graph, as the rows the loader would write for it. */
    private RoadmapRows readVersion1(String roadmapId) {
        RoadmapRows rows = db.read(tx -> {
            Map<String, List<NodeRow>> nodes = new LinkedHashMap<>();
            for (String label : GraphModel.LABELS) {
                nodes.put(label, label.equals(GraphModel.ROADMAP) ? List.of() : nodesOf(tx, label, roadmapId));
            }
            Map<RelSpec, List<RelRow>> relationships = new LinkedHashMap<>();
            RoadmapRows.REL_SPECS.forEach(spec -> relationships.put(spec, relationshipsOf(tx, spec, roadmapId)));
            withVersion2Properties(nodes, relationships);
            withSubtopicRule(roadmapId, relationships);
            return RoadmapRows.of(roadmapId, nodes, relationships);
        });
        List<String> problems = rows.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("roadmap " + roadmapId + " of graph model 1 cannot be converted: "
                    + String.join("; ", problems) + ". Remove it (graph-loader remove " + roadmapId
                    + ") or load its file");
        }
        return rows;
    }

    /**
     * The properties a load of the roadmap's file writes today where an older graph has others. Origins came with
     * graph model 2, so an older graph has none, and its files had none either: each part gets the origin a file
     * without origins gets from the reader (docs/roadmap-format.md, "Conventions"): texts {@code document}; a topic's
     * hours, a requirement and its reason {@code authored}; the requirement of a subtopic on its parent that the
     * version-1 reader added (its words, along a {@code SUBTOPIC_OF}) {@code inferred:subtopic-requires-parent}.
     * Without them every one would read as {@code document}. Graph model 0 kept a missing Dutch text as {@code ""}
     * (points without Dutch: a list of {@code ""}), which a load writes as no property (read as null).
     */
    private static void withVersion2Properties(Map<String, List<NodeRow>> nodes,
                                               Map<RelSpec, List<RelRow>> relationships) {
        nodes.replaceAll((label, rows) -> rows.stream().map(row -> {
            Map<String, Object> props = withoutEmptyDutch(row.props());
            GraphModel.TEXT_PROPERTIES.stream().filter(key -> !key.equals(GraphModel.POINTS))
                    .filter(props::containsKey)
                    .forEach(key -> props.putIfAbsent(GraphModel.origin(key), Origin.DOCUMENT.toString()));
            if (label.equals(GraphModel.TOPIC) && props.containsKey(GraphModel.ESTIMATED_HOURS)) {
                props.putIfAbsent(GraphModel.HOURS_ORIGIN, Origin.AUTHORED.toString());
            }
            return new NodeRow(row.id(), props);
        }).toList());
        Set<String> subtopics = relationships.entrySet().stream()
                .filter(e -> e.getKey().type().equals(GraphModel.SUBTOPIC_OF)).flatMap(e -> e.getValue().stream())
                .map(rel -> rel.from() + "\n" + rel.to()).collect(Collectors.toSet());
        relationships.replaceAll((spec, rows) -> !spec.type().equals(GraphModel.REQUIRES) ? rows
                : rows.stream().map(rel -> {
                    Map<String, Object> props = withoutEmptyDutch(rel.props());
                    boolean rule = subtopics.contains(rel.from() + "\n" + rel.to())
                            && Set.of(Origin.SUBTOPIC_RULE_REASON, Origin.SUBTOPIC_RULE_REASON_NL)
                            .contains(props.get(GraphModel.REASON));
                    String origin = (rule ? Origin.inferred(Origin.SUBTOPIC_RULE) : Origin.AUTHORED).toString();
                    props.putIfAbsent(GraphModel.ORIGIN, origin);
                    if (props.containsKey(GraphModel.REASON)) {
                        props.putIfAbsent(GraphModel.origin(GraphModel.REASON), origin);
                    }
                    return new RelRow(rel.from(), rel.to(), props);
                }).toList());
    }

    private static Map<String, Object> withoutEmptyDutch(Map<String, Object> properties) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        GraphModel.TEXT_PROPERTIES.stream().map(GraphModel::dutch)
                .filter(key -> "".equals(props.get(key))
                        || props.get(key) instanceof List<?> texts && texts.stream().allMatch(""::equals))
                .forEach(props::remove);
        return props;
    }

    /**
     * The reader of graph model 0 (before {@code modelVersion}) had no subtopic rule: a subtopic whose file did not
     * require its parent has no requirement on it in such a graph. It gets the one the reader adds today, so that a
     * path to the subtopic goes through its parent, as a load of its file gives.
     */
    private static void withSubtopicRule(String roadmapId, Map<RelSpec, List<RelRow>> relationships) {
        RelSpec requires = RoadmapRows.REL_SPECS.stream().filter(spec -> spec.type().equals(GraphModel.REQUIRES))
                .findFirst().orElseThrow();
        Set<String> required = relationships.get(requires).stream().map(rel -> rel.from() + "\n" + rel.to())
                .collect(Collectors.toSet());
        List<RelRow> added = relationships.entrySet().stream()
                .filter(e -> e.getKey().type().equals(GraphModel.SUBTOPIC_OF)).flatMap(e -> e.getValue().stream())
                .filter(rel -> !required.contains(rel.from() + "\n" + rel.to()))
                .map(rel -> {
                    String rule = Origin.inferred(Origin.SUBTOPIC_RULE).toString();
                    Map<String, Object> props = new LinkedHashMap<>();
                    props.put(GraphModel.REASON, Origin.SUBTOPIC_RULE_REASON);
                    props.put(GraphModel.dutch(GraphModel.REASON), Origin.SUBTOPIC_RULE_REASON_NL);
                    props.put(GraphModel.origin(GraphModel.REASON), rule);
                    props.put(GraphModel.ORIGIN, rule);
                    props.put(GraphModel.ROADMAPS, List.of(roadmapId));
                    return new RelRow(rel.from(), rel.to(), props);
                }).toList();
        if (!added.isEmpty()) {
            List<RelRow> all = new ArrayList<>(relationships.get(requires));
            all.addAll(added);
            relationships.put(requires, all);
            LOG.info("graph model 0 -> {}: roadmap {}: {} subtopics require their parent (the subtopic rule)",
                    GraphModel.CURRENT_MODEL_VERSION, roadmapId, added.size());
        }
    }

    private static List<NodeRow> nodesOf(TransactionContext tx, String label, String roadmapId) {
        boolean shared = RoadmapRows.SHARED_LABELS.contains(label);
        String match = label.equals(GraphModel.REVISION_LABEL)
                ? "MATCH (n:" + GraphModel.ROADMAP + " {id: $roadmap})"
                : shared ? "MATCH (n:" + label + ") WHERE n.rev IS NULL AND $roadmap IN coalesce(n.roadmaps, [])"
                : "MATCH (n:" + label + " {roadmap: $roadmap}) WHERE n.rev IS NULL";
        return tx.run(match + " RETURN n.id AS id, properties(n) AS p", Map.of("roadmap", roadmapId)).list(r -> {
            Map<String, Object> props = new LinkedHashMap<>(r.get("p").asMap());
            if (label.equals(GraphModel.REVISION_LABEL)) {
                HEAD_PROPERTIES.stream().filter(p -> !p.equals(GraphModel.ID)).forEach(props::remove);
            }
            if (shared) {
                props.put(GraphModel.ROADMAP_ID, roadmapId);
                props.put(GraphModel.ROADMAPS, List.of(roadmapId));
            }
            return new NodeRow(r.get("id").asString(), props);
        });
    }

    private static List<RelRow> relationshipsOf(TransactionContext tx, RelSpec spec, String roadmapId) {
        String from = spec.from().equals(GraphModel.REVISION_LABEL) ? GraphModel.ROADMAP : spec.from();
        String pattern = "MATCH (a:" + from + ")-[r:" + spec.type() + "]->(b:" + spec.to() + ") WHERE a.rev IS NULL"
                + " AND b.rev IS NULL AND ";
        String owner = spec.owner() == Owner.SHARED ? "$roadmap IN coalesce(r.roadmaps, [])"
                : spec.owner() == Owner.TO ? "b.roadmap = $roadmap"
                : from.equals(GraphModel.ROADMAP) ? "a.id = $roadmap" : "a.roadmap = $roadmap";
        Function<Map<String, Object>, Map<String, Object>> props = p -> {
            Map<String, Object> copy = new LinkedHashMap<>(p);
            if (spec.owner() == Owner.SHARED) {
                copy.put(GraphModel.ROADMAPS, List.of(roadmapId));
            }
            return copy;
        };
        return tx.run(pattern + owner + " RETURN a.id AS from, b.id AS to, properties(r) AS p",
                Map.of("roadmap", roadmapId)).list(r -> new RelRow(r.get("from").asString(), r.get("to").asString(),
                props.apply(r.get("p").asMap())));
    }

    /**
     * Deletes what is left of version 1: every roadmap node without a revision but the {@code Roadmap} nodes, which keep
     * only their version-2 properties (and lose a {@code previous} that names no revision).
     */
    private void deleteVersion1Nodes() {
        // roadmap labels only: the learner subgraph has no rev either, and a migration must never touch it
        String query = "MATCH (n) WHERE n.rev IS NULL AND NOT n:" + GraphModel.ROADMAP + " AND any(l IN labels(n)"
                + " WHERE l IN $labels) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted";
        int deleted;
        do {
            deleted = db.write(tx -> tx.run(query, Map.of("limit", batchSize, "labels", GraphModel.LABELS)).single()
                    .get("deleted").asInt());
        } while (deleted == batchSize);
        db.write(tx -> tx.run(GraphModel.cypher("""
                MATCH (h:{Roadmap})
                OPTIONAL MATCH (p:{Revision} {id: h.previous})
                WITH h, p
                SET h = {id: h.id, revision: h.revision, loadOrder: h.loadOrder, modelVersion: h.modelVersion,
                         bundledHash: h.bundledHash, previous: CASE WHEN p IS NULL THEN null ELSE h.previous END}
                RETURN count(*)""")).consume());
    }
}
