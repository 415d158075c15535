package io.roadmapgraph.query;

import io.roadmapgraph.model.Text;

import java.util.Objects;

/** One requires-edge seen from one end: the topic at the other end and why the requirement exists. */
public record RequiresLink(TopicNode topic, Text reason) {
    public RequiresLink {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
    }
}
