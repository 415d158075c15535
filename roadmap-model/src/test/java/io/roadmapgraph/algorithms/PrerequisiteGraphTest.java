package io.roadmapgraph.algorithms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PrerequisiteGraphTest {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void theNumberedGraphsTopologicalOrderHoldsEveryTopicOnceAfterAllItRequires(long seed) {
        PrerequisiteGraph graph = RandomDags.dag(new Random(seed));
        PrerequisiteGraph.Numbered numbered = graph.numbered();

        int[] order = numbered.topological().orElseThrow();

        List<String> ids = Arrays.stream(order).mapToObj(numbered::id).toList();
        assertThat(ids).as("seed %d", seed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(graph.topics());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.subList(0, i)).as("seed %d: before %s", seed, ids.get(i))
                    .containsAll(graph.requires(ids.get(i)));
        }
    }

    @Test
    void aGraphWithACycleHasNoTopologicalOrder() {
        PrerequisiteGraph graph = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("c"))
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .topic("c", new OrderKey(1, 2), 1, List.of("b"))
                .topic("d", new OrderKey(1, 3), 1, List.of())
                .build();

        assertThat(graph.numbered().topological()).isEmpty();
    }
}
