package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Prerequisite;
import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Suggestions;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.model.TopicReference;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves a roadmap's requirements on other roadmaps' topics ({@code roadmap:topic}) against the graph, when it is
 * loaded: each required topic gets a <em>reference copy</em> in the loading roadmap's revision, taken from the other
 * roadmap's current revision (its title, summary, hours, importance and their origins; its points, tools and
 * requirements stay that roadmap's), marked {@link GraphModel#REFERENCE_OF}, in the loading roadmap's first phase.
 * So relationships never leave a revision, the copy is part of the content hash (loading the roadmap again after the
 * other one changed takes the change), and removing the loading roadmap removes the copy with it. Why a copy and not a
 * relationship to the other revision: docs/design/graph-model-2.md, "Topics of other roadmaps".
 */
final class ReferenceCopies {

    private static final String CURRENT_TOPICS = GraphModel.cypher("""
            MATCH (r:{Roadmap} {id: $roadmap}) WHERE r.revision IS NOT NULL
            OPTIONAL MATCH (t:{Topic} {rev: r.revision})
            RETURN collect(t {.*}) AS topics""");
    private static final String USED_BY = GraphModel.cypher("""
            MATCH (r:{Roadmap}) WHERE r.id <> $roadmap AND r.revision IS NOT NULL
            MATCH (v:{Revision} {id: r.revision}) WHERE $roadmap IN coalesce(v.usesRoadmaps, [])
            RETURN r.id AS id ORDER BY id""");

    private ReferenceCopies() {
    }

    /**
     * The roadmap with a reference copy of every topic it requires of another roadmap, and those requirements as
     * plain ones; the roadmap itself when it requires none.
     *
     * @throws GraphLoadException (invalid input, with the line) when a used roadmap is not loaded or lacks the topic
     */
    static Roadmap resolve(Roadmap roadmap, GraphWriter.Transactions db) {
        if (roadmap.references().isEmpty()) {
            return roadmap;
        }
        Map<String, Map<String, Value>> loaded = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Topic> copies = new LinkedHashMap<>();
        int phase = roadmap.phases().stream().mapToInt(p -> p.number()).min().orElse(1);
        for (TopicReference reference : roadmap.references()) {
            Map<String, Value> topics = loaded.computeIfAbsent(reference.roadmap(), id -> currentTopics(db, id));
            Value topic = topics.get(reference.required());
            if (topic == null) {
                problems.add(new Problem("roadmap " + roadmap.id(), reference.line(), 0, missing(roadmap, reference,
                        topics)));
            } else {
                copies.putIfAbsent(reference.required(), copy(topic, phase));
            }
        }
        if (!problems.isEmpty()) {
            // the message names each problem, as a file's validation problems are named: a caller that prints only
            // the message (the CLI, the server's log) shows which requirement, where, and the likely topic
            throw new GraphLoadException("roadmap " + roadmap.id() + " requires topics of other roadmaps that the"
                    + " graph does not have:\n" + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")), problems, null);
        }
        List<Topic> topics = new ArrayList<>(roadmap.topics().stream().map(t -> withReferences(t, roadmap)).toList());
        topics.addAll(copies.values());
        return roadmap.withTopics(topics);
    }

    /**
     * The roadmaps in the order given, except that each comes after those of the list that it uses (a loop of uses is
     * left in the order given: loading names the roadmap that is not loaded yet).
     */
    static List<Roadmap> usedFirst(List<Roadmap> roadmaps) {
        java.util.Set<String> given = new java.util.HashSet<>(roadmaps.stream().map(Roadmap::id).toList());
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<Roadmap> ordered = new ArrayList<>();
        while (ordered.size() < roadmaps.size()) {
            int before = ordered.size();
            for (Roadmap roadmap : roadmaps) {
                if (!placed.contains(roadmap.id()) && roadmap.uses().stream().filter(given::contains)
                        .allMatch(placed::contains)) {
                    ordered.add(roadmap);
                    placed.add(roadmap.id());
                }
            }
            if (ordered.size() == before) {
                roadmaps.stream().filter(r -> !placed.contains(r.id())).forEach(ordered::add);
                break;
            }
        }
        return List.copyOf(ordered);
    }

    /** The ids of the loaded roadmaps whose current revision uses {@code roadmapId}. */
    static List<String> usedBy(String roadmapId, GraphWriter.Transactions db) {
        return db.read(tx -> tx.run(USED_BY, Map.of("roadmap", roadmapId)).list(r -> r.get("id").asString()));
    }

    private static Map<String, Value> currentTopics(GraphWriter.Transactions db, String roadmapId) {
        Map<String, Value> topics = new HashMap<>();
        db.read(tx -> tx.run(CURRENT_TOPICS, Map.of("roadmap", roadmapId)).list()).forEach(record ->
                record.get("topics").values().forEach(t -> topics.put(t.get(GraphModel.ID).asString(), t)));
        return topics;
    }

    private static String missing(Roadmap roadmap, TopicReference reference, Map<String, Value> topics) {
        String where = "requirement '" + reference.qualifiedId() + "' of topic '" + reference.topic() + "'";
        if (topics.isEmpty()) {
            return where + ": roadmap '" + reference.roadmap() + "' (in uses) is not loaded; load it before roadmap '"
                    + roadmap.id() + "'";
        }
        return where + ": roadmap '" + reference.roadmap() + "' has no topic '" + reference.required() + "'"
                + Suggestions.forTypedId(reference.required(), topics.keySet())
                .map(s -> "; did you mean '" + reference.roadmap() + TopicReference.SEPARATOR + s + "'?").orElse("");
    }

    /** A topic of this roadmap with its requirements on other roadmaps' topics as plain requirements. */
    private static Topic withReferences(Topic topic, Roadmap roadmap) {
        List<Prerequisite> requires = new ArrayList<>(topic.requires());
        roadmap.references().stream().filter(r -> r.topic().equals(topic.id()))
                .forEach(r -> requires.add(new Prerequisite(r.required(), r.reason(), r.origin())));
        if (requires.size() == topic.requires().size()) {
            return topic;
        }
        return new Topic(topic.id(), topic.formerIds(), topic.title(), topic.summary(), topic.phase(), topic.layer(),
                topic.parent(), topic.importance(), topic.startHere(), topic.estimatedHours(), topic.hoursOrigin(),
                topic.weight(), topic.whenToUse(), topic.points(), topic.notes(), requires, topic.tools());
    }

    private static Topic copy(Value t, int phase) {
        return new Topic(t.get(GraphModel.ID).asString(), List.of(), text(t, GraphModel.TITLE),
                text(t, GraphModel.SUMMARY), phase, Optional.empty(), Optional.empty(),
                Importance.valueOf(t.get(GraphModel.IMPORTANCE).asString(Importance.CORE.name())),
                t.get(GraphModel.START_HERE).asBoolean(false), t.get(GraphModel.ESTIMATED_HOURS).asInt(1),
                Origin.parse(t.get(GraphModel.HOURS_ORIGIN).asString("")).orElse(Origin.AUTHORED), Optional.empty(),
                t.get(GraphModel.WHEN_TO_USE).isNull() ? Optional.empty()
                        : Optional.of(text(t, GraphModel.WHEN_TO_USE)),
                List.of(), List.of(), List.of(), List.of());
    }

    private static Text text(Value t, String key) {
        Text text = new Text(t.get(key).asString(""), t.get(GraphModel.dutch(key)).asString(""));
        return Origin.parse(t.get(GraphModel.origin(key)).asString("")).map(text::withOrigin).orElse(text);
    }
}
