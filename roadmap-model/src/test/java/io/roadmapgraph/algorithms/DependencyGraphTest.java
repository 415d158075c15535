package io.roadmapgraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DependencyGraphTest {

    private static DependencyGraph<String> graph(Map<String, List<String>> dependencies, String... order) {
        return DependencyGraph.of(List.of(order), n -> dependencies.getOrDefault(n, List.of()));
    }

    @Test
    void ordersEveryNodeAfterItsDependenciesAndOtherwiseKeepsTheGivenOrder() {
        DependencyGraph<String> graph = graph(Map.of("rag", List.of("prompting", "python"), "prompting",
                List.of("python")), "rag", "agents", "prompting", "python");

        assertThat(graph.topologicalOrder()).contains(List.of("agents", "python", "prompting", "rag"));
        assertThat(graph.cycles(10)).isEmpty();
        assertThat(graph.hasCycle()).isFalse();
    }

    @Test
    void hasNoOrderWhenThereIsACycle() {
        DependencyGraph<String> graph = graph(Map.of("a", List.of("b"), "b", List.of("a")), "a", "b");

        assertThat(graph.topologicalOrder()).isEmpty();
        assertThat(graph.hasCycle()).isTrue();
    }

    @Test
    void listsEachElementaryCycleOnceFromItsEarliestNode() {
        // two cycles through c: c → a → c and c → b → c, and a self-loop on d
        DependencyGraph<String> graph = graph(Map.of("a", List.of("c"), "b", List.of("c"), "c", List.of("a", "b"),
                "d", List.of("d")), "a", "b", "c", "d");

        assertThat(graph.cycles(10)).containsExactly(List.of("a", "c"), List.of("b", "c"), List.of("d"));
    }

    @Test
    void findsEveryCycleOfACompleteGraph() {
        // a complete directed graph on 4 nodes has 6 + 8 + 6 = 20 elementary cycles of length 2, 3 and 4
        List<String> nodes = List.of("a", "b", "c", "d");
        DependencyGraph<String> graph = DependencyGraph.of(nodes,
                n -> nodes.stream().filter(m -> !m.equals(n)).toList());

        List<List<String>> cycles = graph.cycles(100);

        assertThat(cycles).hasSize(20).doesNotHaveDuplicates();
        assertThat(cycles).allSatisfy(cycle -> assertThat(cycle).doesNotHaveDuplicates());
    }

    @Test
    void stopsAtTheLimit() {
        List<String> nodes = List.of("a", "b", "c", "d");
        DependencyGraph<String> graph = DependencyGraph.of(nodes,
                n -> nodes.stream().filter(m -> !m.equals(n)).toList());

        assertThat(graph.cycles(3)).hasSize(3);
    }

    @Test
    void leavesOutDependenciesOnUnknownNodesAndRepeatedOnes() {
        DependencyGraph<String> graph = graph(Map.of("a", List.of("b", "b", "nowhere")), "a", "b");

        assertThat(graph.topologicalOrder()).contains(List.of("b", "a"));
    }

    @Test
    void handlesALongChainWithoutRunningOutOfStack() {
        int n = 200_000;
        List<Integer> nodes = java.util.stream.IntStream.range(0, n).boxed().toList();
        DependencyGraph<Integer> chain = DependencyGraph.of(nodes, i -> List.of((i + 1) % n));

        List<List<Integer>> cycles = chain.cycles(10);

        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0)).hasSize(n).startsWith(0, 1, 2);
    }

    @Test
    void describesACycleClosingOnItsFirstNode() {
        assertThat(DependencyGraph.describe(List.of("a", "b", "c"))).isEqualTo("a → b → c → a");
        assertThat(DependencyGraph.describe(List.of("a"))).isEqualTo("a → a");
    }

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void listsExactlyTheCyclesABruteForceSearchFinds(int seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(7);
        List<List<Integer>> edges = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<Integer> out = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                if (random.nextInt(10) < 3) {
                    out.add(w);
                }
            }
            edges.add(out);
        }
        List<Integer> nodes = IntStream.range(0, n).boxed().toList();
        DependencyGraph<Integer> graph = DependencyGraph.of(nodes, edges::get);

        List<List<Integer>> expected = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            extend(new ArrayList<>(List.of(start)), edges, expected);
        }

        assertThat(graph.cycles(1_000)).as("seed %d, edges %s", seed, edges)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(graph.hasCycle()).as("seed %d, edges %s", seed, edges).isEqualTo(!expected.isEmpty());
    }

    /** Every simple path from path[0] through larger nodes only, closed by an edge back to path[0]. */
    private static void extend(List<Integer> path, List<List<Integer>> edges, List<List<Integer>> cycles) {
        int start = path.get(0);
        for (int next : edges.get(path.get(path.size() - 1))) {
            if (next == start) {
                cycles.add(List.copyOf(path));
            } else if (next > start && !path.contains(next)) {
                path.add(next);
                extend(path, edges, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
