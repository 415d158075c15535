package io.roadmapgraph.model;

import java.util.Objects;

/** One of the roadmap's closing tips ("Begin met bouwen, niet met perfectie"). */
public record Tip(int number, Text text) {

    public Tip {
        Ids.positive(number, "tip number");
        Objects.requireNonNull(text, "text");
    }
}
