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
 * @param notes    tips and notes the source attaches to the phase ("Waarom beide?")
 */
public record Phase(int number, Text title, Text goal, Optional<MonthRange> duration, java.util.List<Note> notes) {

    public Phase(int number, Text title, Text goal, Optional<MonthRange> duration) {
        this(number, title, goal, duration, java.util.List.of());
    }

    public Phase {
        Ids.positive(number, "phase number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(duration, "duration");
        notes = java.util.List.copyOf(notes);
        duration.ifPresent(d -> Ids.positive(d.min(), "phase " + number + " minimum months"));
    }

    public boolean ongoing() {
        return duration.isEmpty();
    }
}
