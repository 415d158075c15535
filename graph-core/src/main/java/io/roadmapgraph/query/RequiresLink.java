package io.roadmapgraph.query;

import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Text;

import java.util.Objects;

/**
 * One requires-edge seen from one end: the topic at the other end, why the requirement exists, and where the
 * requirement comes from (written for the file, or inferred by a named rule).
 */
public record RequiresLink(TopicNode topic, Text reason, Origin origin) {
    public RequiresLink {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
    }

    /** A requirement written for the file ({@link Origin#AUTHORED}). */
    public RequiresLink(TopicNode topic, Text reason) {
        this(topic, reason, Origin.AUTHORED);
    }
}
