package io.roadmapgraph.model;

import java.util.Objects;

/**
 * A layer within a phase: the seed's three layers of AI engineering in phase 3
 * (application development, model development, infrastructure &amp; production).
 */
public record Layer(String id, int number, Text title, int phase, Text summary) {

    public Layer {
        Ids.require(id, "layer id");
        Ids.positive(number, "layer number");
        Objects.requireNonNull(title, "title");
        Ids.positive(phase, "layer phase");
        Objects.requireNonNull(summary, "summary");
    }
}
