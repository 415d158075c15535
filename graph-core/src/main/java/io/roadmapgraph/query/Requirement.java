package io.roadmapgraph.query;

import java.util.Objects;

/**
 * A topic reached along requires-edges: a prerequisite (or, for dependents, a topic it unlocks).
 *
 * @param depth the shortest number of requires-edges between the two topics; 1 = direct
 */
public record Requirement(TopicNode topic, int depth) {
    public Requirement {
        Objects.requireNonNull(topic, "topic");
    }
}
