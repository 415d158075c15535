package io.roadmapgraph.algorithms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NextTopicsTest {

    @Test
    void withNothingKnownTheNextTopicsAreThoseWithoutPrerequisites() {
        assertThat(NextTopics.of(ClosureTest.GRAPH, List.of())).containsExactly("python");
    }

    @Test
    void knowingATopicUnlocksWhatNeedsOnlyItAndItsPrerequisites() {
        assertThat(NextTopics.of(ClosureTest.GRAPH, List.of("vectors"))).containsExactly("bm25");
        assertThat(NextTopics.of(ClosureTest.GRAPH, List.of("python"))).containsExactly("embeddings", "bm25");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void matchesItsDefinitionBruteForce(long seed) {
        Random random = new Random(seed);
        PrerequisiteGraph graph = RandomDags.dag(random);
        Set<String> known = RandomDags.someOf(graph, random, 0.3);
        // K* by repeated relaxation: add prerequisites of known topics until nothing changes
        Set<String> kStar = new HashSet<>(known);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String t : List.copyOf(kStar)) {
                grew |= kStar.addAll(graph.requires(t));
            }
        }
        Set<String> expected = new HashSet<>();
        for (String t : graph.topics()) {
            if (!kStar.contains(t) && kStar.containsAll(graph.requires(t))) {
                expected.add(t);
            }
        }
        List<String> next = NextTopics.of(graph, known);
        assertThat(next).as("seed %d, known %s", seed, known)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected)
                .isSortedAccordingTo(graph.byKey());
    }
}
