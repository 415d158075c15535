package io.roadmapgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningPathTest {

    private static LearningStep step(int position, String id) {
        TopicNode topic = new TopicNode(id, new Text(id, id), new Text("a topic", "een onderwerp"), 1, "phase-1", position,
                Optional.empty(), Optional.empty(), Importance.CORE, false, 2, Origin.DOCUMENT, Optional.empty(),
                List.of(), List.of("roadmap"));
        return new LearningStep(position, topic, false, List.of(), List.of());
    }

    @Test
    void aPathsStepsArePlacedOneToNInOrder() {
        LearningPath path = new LearningPath(List.of(step(1, "a"), step(2, "b")), 4);
        assertEquals(List.of(1, 2), path.steps().stream().map(LearningStep::position).toList());
    }

    @Test
    void aStepOutOfPlaceIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LearningPath(List.of(step(1, "a"), step(3, "c")), 4));
        assertEquals("step 2 of the path (c) has position 3", refused.getMessage());
    }

    @Test
    void aStepNeedsItsTopicsWholeEstimateUnlessThePathSaysTheLearnerHasBegunIt() {
        LearningStep begun = step(1, "a");
        LearningStep untouched = step(2, "b");
        LearningPath path = new LearningPath(List.of(begun, untouched), 3, GroupPicks.NONE, java.util.Map.of("a", 1));

        assertEquals(1, path.remainingHours(begun));
        assertEquals(2, path.remainingHours(untouched));
        assertEquals(2, new LearningPath(List.of(begun, untouched), 4).remainingHours(begun));
    }
}
