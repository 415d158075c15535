package io.roadmapgraph.algorithms;

import io.roadmapgraph.algorithms.Closure.Reached;
import io.roadmapgraph.algorithms.PrerequisiteGraph.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosureTest {

    /**
     * hybrid -> bm25, vectors; vectors -> embeddings; embeddings -> python; bm25 -> python. Python is reachable by two
     * paths of different length from hybrid: depth must be the shorter (2, via bm25).
     */
    static final PrerequisiteGraph GRAPH = PrerequisiteGraph.builder()
            .topic("python", new OrderKey(1, 0), 40, List.of())
            .topic("embeddings", new OrderKey(2, 1), 10, List.of("python"))
            .topic("bm25", new OrderKey(2, 2), 5, List.of("python"))
            .topic("vectors", new OrderKey(2, 3), 8, List.of("embeddings"))
            .topic("hybrid", new OrderKey(3, 4), 6, List.of("vectors", "bm25"))
            .build();

    @Test
    void transitivePrerequisitesCarryTheShortestDistance() {
        assertThat(Closure.from(GRAPH, "hybrid", Direction.PREREQUISITES, true)).containsExactly(
                new Reached("bm25", 1), new Reached("vectors", 1),
                new Reached("python", 2), new Reached("embeddings", 2));
    }

    @Test
    void directPrerequisitesAreDepthOneOnly() {
        assertThat(Closure.from(GRAPH, "hybrid", Direction.PREREQUISITES, false))
                .containsExactly(new Reached("bm25", 1), new Reached("vectors", 1));
    }

    @Test
    void dependentsWalkTheEdgesBackwards() {
        assertThat(Closure.from(GRAPH, "python", Direction.DEPENDENTS, true)).containsExactly(
                new Reached("embeddings", 1), new Reached("bm25", 1),
                new Reached("vectors", 2), new Reached("hybrid", 2));
    }

    @Test
    void aTopicWithoutPrerequisitesReachesNothing() {
        assertThat(Closure.from(GRAPH, "python", Direction.PREREQUISITES, true)).isEmpty();
    }

    @Test
    void rejectsAStartThatIsNotInTheGraphAndNamesIt() {
        assertThatThrownBy(() -> Closure.from(GRAPH, "ragg", Direction.PREREQUISITES, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic 'ragg' is not in the graph");
    }

    @Test
    void dropsEdgesToTopicsOutsideTheGraph() {
        PrerequisiteGraph g = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("elsewhere")).build();
        assertThat(g.requires("a")).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void depthsEqualFloydWarshallDistancesInBothDirections(long seed) {
        PrerequisiteGraph graph = RandomDags.dag(new Random(seed));
        List<String> ids = new ArrayList<>(graph.topics());
        int[][] d = RandomDags.distances(graph, ids);
        int inf = Integer.MAX_VALUE / 2;
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Integer> prerequisites = new HashMap<>();
            Map<String, Integer> dependents = new HashMap<>();
            for (int j = 0; j < ids.size(); j++) {
                if (i != j && d[i][j] < inf) {
                    prerequisites.put(ids.get(j), d[i][j]);
                }
                if (i != j && d[j][i] < inf) {
                    dependents.put(ids.get(j), d[j][i]);
                }
            }
            assertThat(asMap(Closure.from(graph, ids.get(i), Direction.PREREQUISITES, true)))
                    .as("seed %d, prerequisites of %s", seed, ids.get(i)).isEqualTo(prerequisites);
            assertThat(asMap(Closure.from(graph, ids.get(i), Direction.DEPENDENTS, true)))
                    .as("seed %d, dependents of %s", seed, ids.get(i)).isEqualTo(dependents);
            assertThat(Closure.from(graph, ids.get(i), Direction.PREREQUISITES, false))
                    .as("seed %d, direct prerequisites of %s", seed, ids.get(i))
                    .extracting(Reached::topic).containsExactlyInAnyOrderElementsOf(graph.requires(ids.get(i)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void directTopicsAreTheTransitiveWalksDepthOneTopicsInTheSameOrder(long seed) {
        PrerequisiteGraph graph = RandomDags.dag(new Random(seed));
        for (String id : graph.topics()) {
            for (Direction direction : Direction.values()) {
                assertThat(Closure.from(graph, id, direction, false))
                        .as("seed %d, direct %s of %s", seed, direction, id)
                        .isEqualTo(Closure.from(graph, id, direction, true).stream()
                                .filter(r -> r.depth() == 1).toList());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void reachedTopicsAreSortedByDepthThenOrderingKey(long seed) {
        PrerequisiteGraph graph = RandomDags.dag(new Random(seed));
        for (String id : graph.topics()) {
            List<Reached> reached = Closure.from(graph, id, Direction.DEPENDENTS, true);
            for (int k = 1; k < reached.size(); k++) {
                Reached a = reached.get(k - 1);
                Reached b = reached.get(k);
                assertThat(a.depth() < b.depth()
                        || a.depth() == b.depth() && graph.byKey().compare(a.topic(), b.topic()) < 0)
                        .as("seed %d, %s before %s", seed, a, b).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void valuesByNumberAreTheCallersValuesOfTheReachedTopicsInTheWalksOrder(long seed) {
        PrerequisiteGraph graph = RandomDags.dag(new Random(seed));
        // a value per topic that is not its id: its place in topics(), as text
        List<String> topics = new ArrayList<>(graph.topics());
        List<String> places = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            places.add("#" + i);
        }
        for (String id : topics) {
            for (Direction direction : Direction.values()) {
                assertThat(Closure.from(graph, id, direction, places, Reached::new))
                        .as("seed %d, %s of %s by number", seed, direction, id)
                        .isEqualTo(Closure.from(graph, id, direction, true).stream()
                                .map(r -> new Reached("#" + topics.indexOf(r.topic()), r.depth())).toList());
            }
        }
    }

    @Test
    void rejectsValuesByNumberThatAreNotOnePerTopic() {
        assertThatThrownBy(() -> Closure.from(GRAPH, "hybrid", Direction.PREREQUISITES, List.of("a", "b"),
                Reached::new))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("one value per topic expected: 5 topics, 2 values");
    }

    private static Map<String, Integer> asMap(List<Reached> reached) {
        Map<String, Integer> map = new HashMap<>();
        reached.forEach(r -> assertThat(map.put(r.topic(), r.depth())).as("%s reached twice", r.topic()).isNull());
        return map;
    }
}
