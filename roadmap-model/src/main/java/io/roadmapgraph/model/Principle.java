package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A principle of the roadmap's mindset ("Start simpel, schaal op").
 *
 * @param number its place, from 1
 * @param title  its name
 * @param quote  the quote the source gives for it, if any (the source's quotes are English)
 * @param points what it asks, point by point
 */
public record Principle(int number, Text title, Optional<Text> quote, List<Text> points) {

    public Principle {
        Ids.positive(number, "principle number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(quote, "quote");
        points = List.copyOf(points);
    }
}
