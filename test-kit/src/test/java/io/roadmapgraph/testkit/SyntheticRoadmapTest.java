package io.roadmapgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.model.Prerequisite;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.Topic;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticRoadmapTest {

    @Test
    void theSameSeedGivesTheSameFile() {
        String first = SyntheticRoadmap.toJson(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(500, 7)));
        String second = SyntheticRoadmap.toJson(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(500, 7)));
        String otherSeed = SyntheticRoadmap.toJson(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(500, 8)));

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1_000})
    void theGeneratedFileValidatesAndReadsBackToTheSameRoadmap(long seed) {
        Roadmap generated = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(1_000, seed));
        String json = SyntheticRoadmap.toJson(generated);

        assertThat(RoadmapReader.validate("synthetic.json", json)).as("problems for seed %d", seed).isEmpty();
        assertThat(RoadmapReader.read("synthetic.json", json)).as("seed %d", seed).isEqualTo(generated);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void groupsAreAnOptionThatLeavesThePlainRoadmapAsItWasAndReadsBack(long seed) {
        Roadmap plain = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(1_000, seed));
        Roadmap grouped = SyntheticRoadmap.withGroups(plain, 0.2, seed);
        String json = SyntheticRoadmap.toJson(grouped);

        assertThat(grouped.topics()).isEqualTo(plain.topics());
        assertThat(grouped.groups()).hasSizeBetween(150, 250);
        assertThat(SyntheticRoadmap.toJson(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(1_000, seed))))
                .isEqualTo(SyntheticRoadmap.toJson(plain)).doesNotContain("anyOf");
        assertThat(RoadmapReader.validate("synthetic.json", json)).as("problems for seed %d", seed).isEmpty();
        assertThat(RoadmapReader.read("synthetic.json", json)).isEqualTo(grouped);
    }

    @ParameterizedTest(name = "{0} topics, depth {1}, seed {2}")
    @CsvSource(textBlock = """
            1000,   10, 1
            1000,   40, 2
            5000,   25, 3
            40,     40, 4
            """)
    void theLongestPrerequisiteChainHasExactlyTheAskedDepth(int topics, int depth, long seed) {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, seed).withDepth(depth));

        assertThat(longestChain(roadmap)).as("seed %d", seed).isEqualTo(depth);
        assertThat(SyntheticRoadmap.depth(roadmap)).as("seed %d", seed).isEqualTo(depth);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void theDefaultShapeHasRealisticDepthAndAboutFiveRequirementsPerTopic(long seed) {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(2_000, seed));
        double edges = roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum();

        assertThat(longestChain(roadmap)).as("seed %d", seed).isBetween(10, 40);
        assertThat(edges / roadmap.topics().size()).as("seed %d", seed).isBetween(4.5, 5.5);
        assertThat(roadmap.tools()).hasSize(40);
        assertThat(roadmap.projects()).hasSize(100);
    }

    @Test
    void aTopicNeverRequiresATopicOfALaterPhase() {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(3_000, 5));
        Map<String, Integer> phase = new HashMap<>();
        roadmap.topics().forEach(t -> phase.put(t.id(), t.phase()));

        for (Topic topic : roadmap.topics()) {
            for (Prerequisite p : topic.requires()) {
                assertThat(phase.get(p.topic())).as("%s requires %s", topic.id(), p.topic())
                        .isLessThanOrEqualTo(topic.phase());
            }
        }
    }

    @Test
    void refusesADepthLargerThanTheNumberOfTopics() {
        assertThatThrownBy(() -> SyntheticRoadmap.Spec.of(5, 1).withDepth(6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 1 <= depth <= topics, got depth 6 and 5 topics");
    }

    /** Longest chain by relaxing over the file order, independent of SyntheticRoadmap.depth. */
    private static int longestChain(Roadmap roadmap) {
        Map<String, Integer> longest = new HashMap<>();
        int best = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Topic topic : roadmap.topics()) {
                int value = 1 + topic.requires().stream().mapToInt(p -> longest.getOrDefault(p.topic(), 1)).max()
                        .orElse(0);
                if (longest.getOrDefault(topic.id(), 0) != value) {
                    longest.put(topic.id(), value);
                    changed = true;
                }
                best = Math.max(best, value);
            }
        }
        return best;
    }
}
