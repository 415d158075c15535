package io.roadmapgraph.model;

import java.util.Objects;

/**
 * One requirement of a topic: the topic it needs first, and why in one line.
 *
 * @param topic  the id of the required topic
 * @param reason why it is needed first
 * @param origin where the requirement comes from: written for the file, or inferred by a named rule
 */
public record Prerequisite(String topic, Text reason, Origin origin) {

    public Prerequisite {
        Ids.require(topic, "required topic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
    }

    /** A requirement written for the file. */
    public Prerequisite(String topic, Text reason) {
        this(topic, reason, Origin.AUTHORED);
    }
}
