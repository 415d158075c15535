package io.roadmapgraph.query;

import java.util.List;

/** The order in which to learn towards some goals, and its total estimated hours. */
public record LearningPath(List<LearningStep> steps, int totalHours) {
    public LearningPath {
        steps = List.copyOf(steps);
    }
}
