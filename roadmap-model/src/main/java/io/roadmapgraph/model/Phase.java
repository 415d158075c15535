package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A phase of a roadmap, numbered from 1 in learning order.
 *
 * @param number   1, 2, ... in order
 * @param title    the phase's title
 * @param goal     what the phase is for
 * @param duration how long it takes in months; empty for a phase without an end ("Ongoing")
 */
public record Phase(int number, Text title, Text goal, Optional<MonthRange> duration) {

    public Phase {
        Ids.positive(number, "phase number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(duration, "duration");
        duration.ifPresent(d -> Ids.positive(d.min(), "phase " + number + " minimum months"));
    }

    public boolean ongoing() {
        return duration.isEmpty();
    }
}
