package io.roadmapgraph.algorithms;

import io.roadmapgraph.algorithms.LearningPathPlanner.Plan;
import io.roadmapgraph.algorithms.LearningPathPlanner.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearningPathPlannerTest {

    private static final PrerequisiteGraph GRAPH = ClosureTest.GRAPH;

    @Test
    void learningPathPutsPrerequisitesFirstAndBreaksTiesByPhaseThenOrder() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("hybrid"), List.of());
        assertThat(plan.topics()).containsExactly("python", "embeddings", "bm25", "vectors", "hybrid");
        assertThat(plan.totalHours()).isEqualTo(40 + 10 + 5 + 8 + 6);
    }

    @Test
    void knowingATopicImpliesKnowingItsPrerequisites() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("hybrid"), List.of("vectors"));
        assertThat(plan.topics()).containsExactly("bm25", "hybrid");
        assertThat(plan.known()).containsExactlyInAnyOrder("vectors", "embeddings", "python");
        assertThat(plan.totalHours()).isEqualTo(11);
    }

    @Test
    void eachStepSaysWhichGoalsAndLaterStepsNeedIt() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("hybrid", "bm25"), List.of());
        Step python = plan.steps().get(0);
        assertThat(python.topic()).isEqualTo("python");
        assertThat(python.neededByGoals()).containsExactly("hybrid", "bm25");
        assertThat(python.neededBySteps()).containsExactly(2, 3);
        Step bm25 = plan.steps().get(2);
        assertThat(bm25.topic()).isEqualTo("bm25");
        assertThat(bm25.goal()).isTrue();
        assertThat(bm25.neededByGoals()).containsExactly("hybrid", "bm25");
        Step hybrid = plan.steps().get(4);
        assertThat(hybrid.goal()).isTrue();
        assertThat(hybrid.neededBySteps()).isEmpty();
    }

    @Test
    void aKnownGoalGivesAnEmptyPath() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("embeddings"), List.of("hybrid"));
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.totalHours()).isZero();
    }

    @Test
    void rejectsACycleAndNamesIt() {
        PrerequisiteGraph cyclic = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("b"))
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .topic("c", new OrderKey(1, 2), 1, List.of("a"))
                .build();
        assertThatThrownBy(() -> LearningPathPlanner.plan(cyclic, List.of("c"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the requires-edges between [c, a, b] form a cycle");
    }

    @Test
    void namesACycleWithoutTheKnownTopicsOfTheGoalsClosure() {
        PrerequisiteGraph cyclic = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("b"))
                .topic("b", new OrderKey(1, 1), 1, List.of("a"))
                .topic("e", new OrderKey(1, 2), 1, List.of())
                .topic("c", new OrderKey(1, 3), 1, List.of("e", "a"))
                .build();
        assertThatThrownBy(() -> LearningPathPlanner.plan(cyclic, List.of("c"), List.of("e")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the requires-edges between [c, a, b] form a cycle");
    }

    @Test
    void rejectsAGoalThatIsNotInTheGraph() {
        assertThatThrownBy(() -> LearningPathPlanner.plan(GRAPH, List.of("ragg"), List.of()))
                .hasMessage("topic 'ragg' is not in the graph");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void onRandomDagsThePathIsAValidPrunedOrderThatFollowsTheTieBreak(long seed) {
        Random random = new Random(seed);
        PrerequisiteGraph graph = RandomDags.dag(random);
        Set<String> goals = RandomDags.someOf(graph, random, 0.2);
        if (goals.isEmpty()) {
            goals = Set.of(graph.topics().iterator().next());
        }
        Set<String> known = RandomDags.someOf(graph, random, 0.15);
        Plan plan = LearningPathPlanner.plan(graph, goals, known);
        List<String> path = plan.topics();
        String because = "seed " + seed + ", goals " + goals + ", known " + known + ", path " + path;

        // K* and the expected set, from Floyd–Warshall reachability
        List<String> ids = new ArrayList<>(graph.topics());
        int[][] d = RandomDags.distances(graph, ids);
        Set<String> kStar = reachableFrom(known, ids, d);
        Set<String> expected = reachableFrom(goals, ids, d);
        expected.removeAll(kStar);

        assertThat(new HashSet<>(path)).as(because).hasSameSizeAs(path).isEqualTo(expected);
        assertThat(plan.known()).as(because).isEqualTo(kStar);
        for (String goal : goals) {
            assertThat(path.contains(goal) || kStar.contains(goal)).as(because + ": goal " + goal).isTrue();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            position.put(path.get(i), i);
        }
        for (String step : path) {
            for (String prerequisite : graph.requires(step)) {
                assertThat(kStar.contains(prerequisite) || position.get(prerequisite) < position.get(step))
                        .as(because + ": " + prerequisite + " before " + step).isTrue();
            }
        }
        // tie-break: each step is the smallest (phase, order) among the topics free at that moment
        Set<String> done = new HashSet<>(kStar);
        for (String step : path) {
            String smallestFree = expected.stream()
                    .filter(t -> !done.contains(t) && done.containsAll(graph.requires(t)))
                    .min(graph.byKey()).orElseThrow();
            assertThat(step).as(because + ": the smallest free topic").isEqualTo(smallestFree);
            done.add(step);
        }
        assertThat(plan.totalHours()).as(because).isEqualTo(path.stream().mapToInt(graph::hours).sum());
        List<String> goalOrder = List.copyOf(goals);
        for (Step s : plan.steps()) {
            List<Integer> requiringSteps = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                if (graph.requires(path.get(i)).contains(s.topic())) {
                    requiringSteps.add(i + 1);
                }
            }
            assertThat(s.neededBySteps()).as(because + ": the steps requiring " + s.topic())
                    .isEqualTo(requiringSteps).allMatch(later -> later > s.position());
            assertThat(s.neededByGoals()).as(because + ": the goals needing " + s.topic())
                    .isEqualTo(goalOrder.stream()
                            .filter(goal -> reachableFrom(Set.of(goal), ids, d).contains(s.topic())).toList());
            assertThat(s.goal()).as(because).isEqualTo(goals.contains(s.topic()));
            assertThat(s.hours()).as(because).isEqualTo(graph.hours(s.topic()));
        }
    }

    private static Set<String> reachableFrom(Set<String> starts, List<String> ids, int[][] d) {
        Set<String> result = new HashSet<>();
        for (String s : starts) {
            int i = ids.indexOf(s);
            for (int j = 0; j < ids.size(); j++) {
                if (d[i][j] < Integer.MAX_VALUE / 2) {
                    result.add(ids.get(j));
                }
            }
        }
        return result;
    }
}
