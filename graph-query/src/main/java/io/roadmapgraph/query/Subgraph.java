package io.roadmapgraph.query;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The part of the requires-graph one question needs, fetched in one query, as topics and a {@link PrerequisiteGraph}. */
record Subgraph(Map<String, TopicNode> topics, PrerequisiteGraph graph) {

    /** Runs one of the {@code *_SUBGRAPH} queries from {@link Cypher} for the given start ids. */
    static Subgraph fetch(TransactionContext tx, String query, List<String> ids) {
        Map<String, TopicNode> topics = new LinkedHashMap<>();
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        if (!ids.isEmpty()) {
            tx.run(query, Map.of("ids", ids)).forEachRemaining(r -> {
                TopicNode t = Rows.topic(r.get("node"));
                topics.put(t.id(), t);
                builder.topic(t.id(), t.orderKey(), t.estimatedHours(), r.get("requires").asList(Value::asString));
            });
        }
        return new Subgraph(topics, builder.build());
    }

    void requireAll(String what, Collection<String> ids) {
        RoadmapQueries.requireFound(what, ids, topics.keySet());
    }
}
