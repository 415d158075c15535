package io.roadmapgraph.model;

import java.util.Objects;

/**
 * A layer within a phase: the document's three layers of AI engineering in phase 3
 * (application development, model development, infrastructure &amp; production).
 *
 * @param startHere true where the source says to start with this layer ("Start hier!")
 */
public record Layer(String id, int number, Text title, int phase, Text summary, boolean startHere) {

    public Layer(String id, int number, Text title, int phase, Text summary) {
        this(id, number, title, phase, summary, false);
    }

    public Layer {
        Ids.require(id, "layer id");
        Ids.positive(number, "layer number");
        Objects.requireNonNull(title, "title");
        Ids.positive(phase, "layer phase");
        Objects.requireNonNull(summary, "summary");
    }
}
