package io.roadmapgraph.model;

import java.util.Objects;

/**
 * One requirement of a topic: the topic it needs first, and why in one line.
 *
 * @param topic  the id of the required topic
 * @param reason why it is needed first
 */
public record Prerequisite(String topic, Text reason) {

    public Prerequisite {
        Ids.require(topic, "required topic");
        Objects.requireNonNull(reason, "reason");
    }
}
