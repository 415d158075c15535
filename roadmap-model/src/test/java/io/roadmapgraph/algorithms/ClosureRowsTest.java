package io.roadmapgraph.algorithms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosureRowsTest {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void onRandomGraphsTheRowsReachWhatTheWalkReachesInTheSameOrder(long seed) {
        Random random = new Random(seed);
        PrerequisiteGraph graph = RandomDags.dag(random);
        ClosureRows rows = ClosureRows.of(graph, ClosureRows.MAX_TOPICS).orElseThrow();

        for (int ask = 0; ask < 5; ask++) {
            Set<String> starts = RandomDags.someOf(graph, random, 0.2 * ask);
            Closure.Reach walked = Closure.reach(graph, starts, PrerequisiteGraph.Direction.PREREQUISITES);

            Closure.Reach fromRows = rows.reach(starts);

            String what = "seed " + seed + ", starts " + starts;
            assertThat(new ArrayList<>(fromRows)).as(what).containsExactlyElementsOf(new ArrayList<>(walked))
                    .containsExactlyInAnyOrderElementsOf(
                            Closure.all(graph, starts, PrerequisiteGraph.Direction.PREREQUISITES));
            assertThat(fromRows).as(what).hasSize(walked.size());
            for (String topic : graph.topics()) {
                int number = graph.numbered().number(topic);
                assertThat(fromRows.has(number)).as(what + ", " + topic).isEqualTo(walked.has(number));
            }
            assertThat(fromRows.contains("not-a-topic")).isFalse();
        }
    }

    @Test
    void rowsOverWordBoundariesHoldEveryPrerequisiteOnce() {
        // a chain of 130 topics: t129 requires t128 ... requires t0, so the rows span three words
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        for (int i = 0; i < 130; i++) {
            builder.topic("t" + i, new OrderKey(1, i), 1, i == 0 ? List.of() : List.of("t" + (i - 1)));
        }
        ClosureRows rows = ClosureRows.of(builder.build(), ClosureRows.MAX_TOPICS).orElseThrow();

        assertThat(rows.reach(List.of("t129"))).hasSize(130).startsWith("t0", "t1").endsWith("t128", "t129");
        assertThat(rows.reach(List.of("t64", "t63"))).hasSize(65).endsWith("t63", "t64");
        assertThat(rows.reach(List.of())).isEmpty();
    }

    @Test
    void noRowsForAGraphWithACycleOrMoreTopicsThanTheMaximum() {
        PrerequisiteGraph cyclic = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("b"))
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .build();
        PrerequisiteGraph three = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of())
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .topic("c", new OrderKey(1, 2), 1, List.of("b"))
                .build();

        assertThat(ClosureRows.of(cyclic, ClosureRows.MAX_TOPICS)).isEmpty();
        assertThat(ClosureRows.of(three, 2)).isEmpty();
        assertThat(ClosureRows.of(three, 3)).isPresent();
    }

    @Test
    void aStartOutsideTheGraphIsRejectedNamingIt() {
        PrerequisiteGraph graph = PrerequisiteGraph.builder().topic("a", new OrderKey(1, 0), 1, List.of()).build();
        ClosureRows rows = ClosureRows.of(graph, ClosureRows.MAX_TOPICS).orElseThrow();

        assertThatThrownBy(() -> rows.reach(List.of("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}
