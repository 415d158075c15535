package io.roadmapgraph.algorithms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static List<String> ids(PrerequisiteGraph graph, int[] numbers) {
        return Arrays.stream(numbers).mapToObj(graph.numbered()::id).toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void extraRequiresEdgesComeLastInTheListsOfTheirEndsAndLeaveTheGraphAsItWas(long seed) {
        Random random = new Random(seed);
        PrerequisiteGraph graph = RandomDags.dag(random);
        List<String> order = Arrays.stream(graph.numbered().topological().orElseThrow())
                .mapToObj(graph.numbered()::id).toList();
        // edges from later topics to earlier ones in a topological order: the graph stays acyclic
        java.util.Map<String, java.util.Set<String>> extra = new java.util.LinkedHashMap<>();
        for (int i = 1; i < order.size(); i++) {
            if (random.nextInt(3) == 0) {
                extra.put(order.get(i), new java.util.LinkedHashSet<>(List.of(order.get(random.nextInt(i)),
                        order.get(random.nextInt(i)))));
            }
        }
        java.util.Map<String, List<String>> requiresBefore = new java.util.HashMap<>();
        java.util.Map<String, List<String>> requiredByBefore = new java.util.HashMap<>();
        graph.topics().forEach(t -> {
            requiresBefore.put(t, graph.requires(t));
            requiredByBefore.put(t, graph.requiredBy(t));
        });

        PrerequisiteGraph with = graph.withRequires(extra);

        java.util.Map<String, List<String>> requiredBy = new java.util.HashMap<>();
        graph.topics().forEach(t -> requiredBy.put(t, new java.util.ArrayList<>(graph.requiredBy(t))));
        for (String t : graph.topics()) {
            List<String> requires = new java.util.ArrayList<>(graph.requires(t));
            for (String r : extra.getOrDefault(t, java.util.Set.of())) {
                if (!requires.contains(r)) {
                    requires.add(r);
                }
            }
            assertThat(with.requires(t)).as("seed %d: requires of %s", seed, t).containsExactlyElementsOf(requires);
        }
        extra.forEach((t, more) -> more.stream().filter(r -> !graph.requires(t).contains(r)).distinct()
                .forEach(r -> requiredBy.get(r).add(t)));
        for (String t : graph.topics()) {
            assertThat(with.requiredBy(t)).as("seed %d: required by of %s", seed, t)
                    .containsExactlyElementsOf(requiredBy.get(t));
            assertThat(graph.requires(t)).containsExactlyElementsOf(requiresBefore.get(t));
            assertThat(graph.requiredBy(t)).containsExactlyElementsOf(requiredByBefore.get(t));
            // the new graph's numbering (made from the old one's) has its edges both ways, and the old ranks
            int number = with.numbered().number(t);
            assertThat(ids(with, with.numbered().requires(number))).containsExactlyElementsOf(with.requires(t));
            assertThat(ids(with, with.numbered().neighbours(number, PrerequisiteGraph.Direction.DEPENDENTS)))
                    .containsExactlyElementsOf(with.requiredBy(t));
            assertThat(with.numbered().rank(number)).isEqualTo(graph.numbered().rank(graph.numbered().number(t)));
            // the numbered graph of the new one walks the extra edges too
            assertThat(Closure.from(with, t, PrerequisiteGraph.Direction.PREREQUISITES, true).stream()
                    .map(Closure.Reached::topic).toList()).as("seed %d: closure of %s", seed, t)
                    .containsExactlyInAnyOrderElementsOf(Closure.all(with, List.of(t),
                            PrerequisiteGraph.Direction.PREREQUISITES).stream().filter(x -> !x.equals(t)).toList());
        }
    }

    @Test
    void edgesAddedToAGraphWithAddedEdgesComeAfterThoseAndTheNumberedOrderSeesThemAll() {
        PrerequisiteGraph graph = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of())
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .topic("c", new OrderKey(1, 2), 1, List.of())
                .topic("d", new OrderKey(1, 3), 1, List.of())
                .build();

        PrerequisiteGraph once = graph.withRequires(java.util.Map.of("d", List.of("b", "b")));
        java.util.Map<String, List<String>> more = new java.util.LinkedHashMap<>();
        more.put("d", List.of("c", "b"));
        more.put("a", List.of("c"));
        PrerequisiteGraph twice = once.withRequires(more);

        assertThat(twice.requires("d")).containsExactly("b", "c");
        assertThat(twice.requires("a")).containsExactly("c");
        assertThat(twice.requiredBy("b")).containsExactly("d");
        assertThat(twice.requiredBy("c")).containsExactly("d", "a");
        assertThat(once.requires("d")).containsExactly("b");
        assertThat(once.requiredBy("c")).isEmpty();
        assertThat(ids(twice, twice.numbered().topological().orElseThrow()))
                .as("made on first use from the added edges").containsExactly("c", "a", "b", "d");
        assertThat(twice.numbered().flat().allIn(twice.numbered().number("d"),
                Closure.reach(twice, List.of("b", "c"), PrerequisiteGraph.Direction.PREREQUISITES))).isTrue();
        assertThat(twice.numbered().flat().allIn(twice.numbered().number("d"),
                Closure.reach(twice, List.of("a"), PrerequisiteGraph.Direction.PREREQUISITES))).isFalse();
    }

    @Test
    void anAddedEdgeThatClosesACycleLeavesTheNewGraphWithoutATopologicalOrder() {
        PrerequisiteGraph graph = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of())
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .build();

        PrerequisiteGraph with = graph.withRequires(java.util.Map.of("a", List.of("b")));

        assertThat(with.numbered().topological()).isEmpty();
        assertThat(graph.numbered().topological()).isPresent();
    }

    @Test
    void anAddedEdgeToATopicNotInTheGraphIsRefusedAndNamesIt() {
        PrerequisiteGraph graph = PrerequisiteGraph.builder().topic("a", new OrderKey(1, 0), 1, List.of()).build();

        assertThatThrownBy(() -> graph.withRequires(java.util.Map.of("a", List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("topic 'x' is not in the graph");
        assertThatThrownBy(() -> graph.withRequires(java.util.Map.of("y", List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("topic 'y' is not in the graph");
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
