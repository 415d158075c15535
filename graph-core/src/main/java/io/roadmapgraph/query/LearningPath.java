package io.roadmapgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * The order in which to learn towards some goals, its total estimated hours, and the picks it took on requirement
 * groups and tool alternatives ({@link GroupPicks#NONE} when there were none).
 */
public record LearningPath(List<LearningStep> steps, int totalHours, GroupPicks picks) {
    public LearningPath {
        steps = List.copyOf(steps);
        Objects.requireNonNull(picks, "picks");
    }

    /** A path that met no requirement group and no choice. */
    public LearningPath(List<LearningStep> steps, int totalHours) {
        this(steps, totalHours, GroupPicks.NONE);
    }
}
