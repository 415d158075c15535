package io.roadmapgraph.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order in which to learn towards some goals, its total estimated hours, and the picks it took on requirement
 * groups and tool alternatives ({@link GroupPicks#NONE} when there were none). The steps' positions are their places
 * in {@code steps}, 1 to n, so that a position finds its step by index.
 *
 * @param remainingHours by topic id, the hours still needed for the topics the learner has begun (LEARNING, on a path
 *                       with the learner's progress: the estimate minus the hours spent, at least 1); empty on a
 *                       plain path. The steps' {@link #remainingHours(LearningStep)} add up to {@code totalHours}
 */
public record LearningPath(List<LearningStep> steps, int totalHours, GroupPicks picks,
                           Map<String, Integer> remainingHours) {
    public LearningPath {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).position() != i + 1) {
                throw new IllegalArgumentException("step " + (i + 1) + " of the path (" + steps.get(i).topic().id()
                        + ") has position " + steps.get(i).position());
            }
        }
        Objects.requireNonNull(picks, "picks");
        remainingHours = Map.copyOf(remainingHours);
    }

    /** A path whose steps need their topics' whole estimates. */
    public LearningPath(List<LearningStep> steps, int totalHours, GroupPicks picks) {
        this(steps, totalHours, picks, Map.of());
    }

    /** A path that met no requirement group and no choice. */
    public LearningPath(List<LearningStep> steps, int totalHours) {
        this(steps, totalHours, GroupPicks.NONE);
    }

    /** The hours one of the steps still needs: its topic's estimate, or less for a topic the learner has begun. */
    public int remainingHours(LearningStep step) {
        return remainingHours.getOrDefault(step.topic().id(), step.topic().estimatedHours());
    }
}
