package io.roadmapgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * The order in which to learn towards some goals, its total estimated hours, and the picks it took on requirement
 * groups and tool alternatives ({@link GroupPicks#NONE} when there were none). The steps' positions are their places
 * in {@code steps}, 1 to n, so that a position finds its step by index.
 */
public record LearningPath(List<LearningStep> steps, int totalHours, GroupPicks picks) {
    public LearningPath {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).position() != i + 1) {
                throw new IllegalArgumentException("step " + (i + 1) + " of the path (" + steps.get(i).topic().id()
                        + ") has position " + steps.get(i).position());
            }
        }
        Objects.requireNonNull(picks, "picks");
    }

    /** A path that met no requirement group and no choice. */
    public LearningPath(List<LearningStep> steps, int totalHours) {
        this(steps, totalHours, GroupPicks.NONE);
    }
}
