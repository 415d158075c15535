package io.roadmapgraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.roadmapgraph.algorithms.ChoicePlanner.Pick;
import io.roadmapgraph.algorithms.ChoicePlanner.Rejected;
import io.roadmapgraph.algorithms.ChoicePlanner.Result;
import io.roadmapgraph.algorithms.ChoicePlanner.Why;
import io.roadmapgraph.algorithms.RandomAndOrDags.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Options that need their group's own topic (what the default view of several roadmaps can have): the planner never
 * picks them, says so in the rejections, and fails only when a group has too few options left, naming the cycle.
 */
class ChoicePlannerCyclesTest {

    /** goal needs any of a (1 h) or b (9 h); a requires goal (as another roadmap may make it). */
    private static GroupedGraph cheapOptionNeedsTheGoal(boolean bToo) {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("goal"))
                .topic("b", new OrderKey(1, 1), 9, bToo ? List.of("goal") : List.of())
                .topic("goal", new OrderKey(1, 2), 5, List.of())
                .build();
        return GroupedGraph.of(plain, Map.of("goal", List.of(new Requirement.Group("g", 1, List.of(
                new Requirement.OnTopic("a"), new Requirement.OnTopic("b"))))));
    }

    @Test
    void anOptionThatNeedsItsOwnTopicIsNotPickedAndIsRejectedWithItsCycle() {
        GroupedGraph graph = cheapOptionNeedsTheGoal(false);

        Result result = ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of());

        assertThat(graph.cycle("g", "a")).contains(List.of("goal", "a"));
        assertThat(graph.cycle("g", "b")).isEmpty();
        assertThat(result.plan().topics()).containsExactly("b", "goal");
        assertThat(result.picks()).extracting(Pick::group, Pick::picked, Pick::why, Pick::rejected)
                .containsExactly(tuple("g", List.of("b"), Why.CHEAPEST, List.of(new Rejected("a", 0,
                        List.of("goal", "a")))));
    }

    @Test
    void aGroupWhoseOptionsAllNeedItsTopicFailsNamingTheCycle() {
        GroupedGraph graph = cheapOptionNeedsTheGoal(true);

        assertThatThrownBy(() -> ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of()))
                .isInstanceOfSatisfying(PrerequisiteCycleException.class,
                        e -> assertThat(e.topics()).containsExactly("goal", "a"));
    }

    @Test
    void aGraphWithoutSuchOptionsHasNoCycles() {
        assertThat(RandomAndOrDags.graph(new Random(3)).hasCycles()).isFalse();
        assertThat(cheapOptionNeedsTheGoal(false).hasCycles()).isTrue();
    }

    /**
     * Random AND/OR DAGs with one random back edge from a group's option to a later topic (often the group's owner),
     * the plain requires kept acyclic: the path has no cycle, every group of its topics is satisfied by options that
     * can be picked, and the planner fails only when no such choice exists (by trying every pick).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void withABackEdgeThePathHasNoCycleUsesOnlyPickableOptionsAndFailsOnlyWithoutAValidChoice(long seed) {
        Query base = Query.of(seed);
        GroupedGraph graph = withBackEdge(base.graph(), base.random());
        Set<String> knownClosure = Subtopics.knownClosure(graph.plain(), base.known());
        boolean validChoiceExists = RandomAndOrDags.everyPick(graph, knownClosure).stream()
                .anyMatch(picks -> pickable(graph, RandomAndOrDags.path(graph, base.goals(), knownClosure, picks),
                        knownClosure, picks));

        Result result;
        try {
            result = ChoicePlanner.plan(graph, base.goals(), base.known(), Map.of());
        } catch (PrerequisiteCycleException e) {
            assertThat(validChoiceExists).as("seed %d: failed with %s although a valid choice exists", seed,
                    e.topics()).isFalse();
            assertThat(e.topics()).as("seed %d", seed).isNotEmpty();
            return;
        }
        List<String> order = result.plan().topics();
        for (Pick pick : result.picks()) {
            if (pick.why() != Why.ALREADY_KNOWN) { // that lists the known options, which may be any
                assertThat(pick.picked()).as("seed %d, %s %s", seed, pick.group(), pick.why())
                        .allMatch(o -> graph.cycle(pick.group(), o).isEmpty());
            }
            assertThat(pick.rejected()).as("seed %d, %s", seed, pick.group())
                    .allMatch(r -> r.cycle().isEmpty() || r.extraHours() == 0);
        }
        Set<String> learned = Query.learned(result.plan());
        for (String topic : order) {
            assertThat(graph.plain().requires(topic)).as("seed %d, before %s", seed, topic)
                    .allMatch(r -> learned.contains(r) && (!order.contains(r) || order.indexOf(r) < order.indexOf(topic)));
            assertThat(graph.groups(topic)).as("seed %d, groups of %s", seed, topic)
                    .allMatch(g -> GroupedGraph.satisfied(g, learned));
        }
        result.picks().stream().filter(p -> p.why() != Why.ALREADY_KNOWN).forEach(p -> p.picked().stream()
                .filter(order::contains).forEach(o -> assertThat(order.indexOf(o)).as("seed %d, %s before %s", seed,
                        o, graph.owner(p.group())).isLessThan(order.indexOf(graph.owner(p.group())))));
    }

    /** Whether every group of the path's topics picks only options that can be picked (nested groups as picked). */
    private static boolean pickable(GroupedGraph graph, Set<String> path, Set<String> known,
                                    Map<String, List<String>> picks) {
        return path.stream().filter(t -> !known.contains(t)).flatMap(t -> graph.groups(t).stream())
                .allMatch(g -> pickable(graph, g, picks));
    }

    private static boolean pickable(GroupedGraph graph, Requirement.Group group, Map<String, List<String>> picks) {
        for (Requirement option : group.options()) {
            if (picks.getOrDefault(group.id(), List.of()).contains(option.id())) {
                boolean ok = option instanceof Requirement.Group nested ? pickable(graph, nested, picks)
                        : graph.cycle(group.id(), option.id()).isEmpty();
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The graph with one more plain requires-edge: from a topic option of a random group to its owner or to a random
     * topic, unless that would make a cycle of plain requires (then the graph as it was).
     */
    private static GroupedGraph withBackEdge(GroupedGraph graph, Random random) {
        PrerequisiteGraph plain = graph.plain();
        Map<String, List<Requirement.Group>> groups = new LinkedHashMap<>();
        List<String[]> candidates = new ArrayList<>();
        for (String owner : plain.topics()) {
            if (!graph.groups(owner).isEmpty()) {
                groups.put(owner, graph.groups(owner));
                graph.groups(owner).stream().flatMap(Requirement.Group::withNested).flatMap(g -> g.options().stream())
                        .filter(Requirement.OnTopic.class::isInstance)
                        .forEach(o -> candidates.add(new String[] {o.id(), owner}));
            }
        }
        if (candidates.isEmpty()) {
            return graph;
        }
        String[] edge = candidates.get(random.nextInt(candidates.size()));
        List<String> topics = List.copyOf(plain.topics());
        String to = random.nextBoolean() ? edge[1] : topics.get(random.nextInt(topics.size()));
        if (to.equals(edge[0]) || plain.requires(edge[0]).contains(to)) {
            return graph;
        }
        PrerequisiteGraph more = plain.withRequires(Map.of(edge[0], List.of(to)));
        if (DependencyGraph.of(more.topics(), more::requires).hasCycle()) {
            return graph;
        }
        return GroupedGraph.of(more, groups);
    }

    @Test
    void theRandomBackEdgesMakeOptionsThatCannotBePickedAndGroupsThatCannotBeSatisfied() {
        long withCycles = RandomDags.seeds().filter(seed -> {
            Query q = Query.of(seed);
            return withBackEdge(q.graph(), q.random()).hasCycles();
        }).count();

        assertThat(withCycles).as("graphs of 200 with an option that cannot be picked").isGreaterThan(20);
    }
}
