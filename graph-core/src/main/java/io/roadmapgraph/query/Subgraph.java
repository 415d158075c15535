package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.PrerequisiteGraph;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The part of the requires-graph one question needs, fetched in one query, as topics and a {@link PrerequisiteGraph}. */
record Subgraph(Map<String, TopicNode> topics, PrerequisiteGraph graph) {

    private static final Subgraph EMPTY = new Subgraph(Map.of(), PrerequisiteGraph.builder().build());

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
        });
        return new Subgraph(Collections.unmodifiableMap(topics), builder.build());
    }

    void requireAll(String what, Collection<String> ids) {
        RoadmapQueries.requireFound(what, ids, topics.keySet());
    }
}
