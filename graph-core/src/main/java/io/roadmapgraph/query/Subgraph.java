package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.model.Importance;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of the requires-graph one question needs, fetched in one query, as topics and a {@link PrerequisiteGraph}.
 *
 * @param byNumber the topics in the order of {@code graph.topics()}, for {@link Closure#from(PrerequisiteGraph, String,
 *                 PrerequisiteGraph.Direction, List, Closure.Reaching)}: an answer's topics read by number, not
 *                 looked up by id one by one
 */
record Subgraph(Map<String, TopicNode> topics, PrerequisiteGraph graph, List<TopicNode> byNumber) {

    Subgraph {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(byNumber, "byNumber");
    }

    /** {@code byNumber} made here: one lookup per topic, once per subgraph instead of once per reached topic. */
    Subgraph(Map<String, TopicNode> topics, PrerequisiteGraph graph) {
        this(topics, graph, graph.topics().stream().map(topics::get).toList());
    }

    static final Subgraph EMPTY = new Subgraph(Map.of(), PrerequisiteGraph.builder().build());

    /** Runs one of the {@code *_SUBGRAPH} queries from {@link Cypher} for the given start ids. */
    static Subgraph fetch(TransactionContext tx, String query, List<String> ids) {
        return ids.isEmpty() ? EMPTY : read(tx, query, Map.of("ids", ids));
    }

    /** Runs a query whose rows are a topic map {@code node} and its direct requirements' ids {@code requires}. */
    static Subgraph read(TransactionContext tx, String query, Map<String, Object> parameters) {
        Map<String, TopicNode> topics = new LinkedHashMap<>();
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        tx.run(query, parameters).forEachRemaining(r -> {
            TopicNode t = Rows.topic(r.get("node"));
            topics.put(t.id(), t);
            builder.topic(t.id(), t.orderKey(), t.estimatedHours(), r.get("requires").asList(Value::asString));
            subtopic(builder, t);
        });
        return new Subgraph(Collections.unmodifiableMap(topics), builder.build());
    }

    /** Records {@code t} as a subtopic of its parent, for the subtopic rule of the learner's questions. */
    static void subtopic(PrerequisiteGraph.Builder builder, TopicNode t) {
        t.parent().ifPresent(parent -> builder.subtopic(parent, t.id(), t.importance() == Importance.ELECTIVE));
    }

    /** Only the topics {@code roadmap} includes, and the requires-edges between them. */
    Subgraph within(String roadmap) {
        Map<String, TopicNode> kept = new LinkedHashMap<>();
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        topics.values().stream().filter(t -> t.roadmaps().contains(roadmap)).forEach(t -> {
            kept.put(t.id(), t);
            builder.topic(t.id(), graph.key(t.id()), graph.hours(t.id()), graph.requires(t.id()));
            subtopic(builder, t);
        });
        return new Subgraph(Collections.unmodifiableMap(kept), builder.build());
    }

    void requireAll(String what, Collection<String> ids) {
        RoadmapQueries.requireFound(what, ids, topics.keySet());
    }
}
