package io.roadmapgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link LearningPath}.
 *
 * @param position      1-based
 * @param goal          whether the topic is one of the goals asked for
 * @param neededByGoals the goals that need it (a goal needs itself)
 * @param neededBySteps positions of the later steps that directly require it
 */
public record LearningStep(int position, TopicNode topic, boolean goal, List<String> neededByGoals,
                           List<Integer> neededBySteps) {
    public LearningStep {
        Objects.requireNonNull(topic, "topic");
        neededByGoals = List.copyOf(neededByGoals);
        neededBySteps = List.copyOf(neededBySteps);
    }
}
