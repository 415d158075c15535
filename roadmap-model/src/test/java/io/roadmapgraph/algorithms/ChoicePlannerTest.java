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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChoicePlannerTest {

    /**
     * goal needs any of {faiss, pinecone} and any of {langchain, llamaindex}. faiss (5 h) and llamaindex (5 h) both
     * need numpy (20 h); pinecone takes 10 h, langchain 15 h. Cheapest: pinecone + langchain (26 h with the goal).
     * With faiss instead, llamaindex shares its numpy: 31 h, so faiss costs 5 h extra (not the 15 h of swapping it
     * in alone); likewise llamaindex costs 5 h extra (with faiss).
     */
    private static GroupedGraph vectorStores() {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("numpy", new OrderKey(1, 0), 20, List.of())
                .topic("faiss", new OrderKey(1, 1), 5, List.of("numpy"))
                .topic("pinecone", new OrderKey(1, 2), 10, List.of())
                .topic("llamaindex", new OrderKey(1, 3), 5, List.of("numpy"))
                .topic("langchain", new OrderKey(1, 4), 15, List.of())
                .topic("goal", new OrderKey(2, 5), 1, List.of())
                .topic("after", new OrderKey(2, 6), 1, List.of("goal"))
                .build();
        return GroupedGraph.of(plain, Map.of("goal", List.of(
                any("vector-database", "faiss", "pinecone"), any("orchestration", "langchain", "llamaindex"))));
    }

    private static Requirement.Group any(String id, String... options) {
        return new Requirement.Group(id, 1, java.util.Arrays.stream(options)
                .<Requirement>map(Requirement.OnTopic::new).toList());
    }

    @Test
    void picksTheCheapestOptionOfEachGroupAndSaysWhatTheOthersCostExtra() {
        Result result = ChoicePlanner.plan(vectorStores(), List.of("goal"), List.of(), Map.of());

        assertThat(result.plan().topics()).containsExactly("pinecone", "langchain", "goal");
        assertThat(result.plan().totalHours()).isEqualTo(26);
        assertThat(result.exact()).isTrue();
        assertThat(result.picks()).extracting(Pick::group, Pick::picked, Pick::why, Pick::rejected).containsExactly(
                tuple("vector-database", List.of("pinecone"), Why.CHEAPEST, List.of(new Rejected("faiss", 5))),
                tuple("orchestration", List.of("langchain"), Why.CHEAPEST, List.of(new Rejected("llamaindex", 5))));
    }

    /**
     * With numpy all but learned (1 h left of 20), faiss and llamaindex share it for 12 h left in all against 26 h:
     * they are picked, and each rejected option's extra hours count numpy's hour left. The plan's total is still the
     * steps' estimates.
     */
    @Test
    void hoursLeftOfATopicPartwayLearnedDecideThePicksAndTheirExtraCosts() {
        Result result = ChoicePlanner.plan(vectorStores(), List.of("goal"), List.of(), List.of(), Map.of(),
                Map.of("numpy", 1));

        assertThat(result.plan().topics()).containsExactlyInAnyOrder("numpy", "faiss", "llamaindex", "goal");
        assertThat(result.plan().totalHours()).isEqualTo(20 + 5 + 5 + 1);
        assertThat(result.picks()).extracting(Pick::group, Pick::picked, Pick::why, Pick::rejected).containsExactly(
                tuple("vector-database", List.of("faiss"), Why.CHEAPEST, List.of(new Rejected("pinecone", 10 - 5))),
                tuple("orchestration", List.of("llamaindex"), Why.CHEAPEST,
                        List.of(new Rejected("langchain", 15 - 5))));
    }

    @Test
    void hoursLeftBelowZeroAreRefusedNamingTheTopic() {
        assertThatThrownBy(() -> ChoicePlanner.plan(vectorStores(), List.of("goal"), List.of(), List.of(), Map.of(),
                Map.of("numpy", -1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours left of 'numpy' must be at least 0, was -1");
    }

    @Test
    void sharedPrerequisitesBeatTheGreedyPick() {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("numpy", new OrderKey(1, 0), 20, List.of())
                .topic("faiss", new OrderKey(1, 1), 1, List.of("numpy"))
                .topic("pinecone", new OrderKey(1, 2), 12, List.of())
                .topic("pandas", new OrderKey(1, 3), 1, List.of("numpy"))
                .topic("goal", new OrderKey(2, 4), 1, List.of("pandas"))
                .build();
        GroupedGraph graph = GroupedGraph.of(plain, Map.of("goal", List.of(any("vector-database", "pinecone",
                "faiss"))));

        Result result = ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of());

        assertThat(result.picks().get(0).picked()).containsExactly("faiss");
        assertThat(result.plan().totalHours()).isEqualTo(23);
        assertThat(result.picks().get(0).rejected()).containsExactly(new Rejected("pinecone", 11));
    }

    @Test
    void aLearnersChoiceIsHonouredAndItsAlternativesMayCostLess() {
        Result result = ChoicePlanner.plan(vectorStores(), List.of("goal"), List.of(),
                Map.of("vector-database", List.of("faiss")));

        assertThat(result.plan().topics()).containsExactly("numpy", "faiss", "llamaindex", "goal");
        assertThat(result.picks()).extracting(Pick::group, Pick::why, Pick::rejected).containsExactly(
                tuple("vector-database", Why.CHOSEN, List.of(new Rejected("pinecone", -5))),
                tuple("orchestration", Why.CHEAPEST, List.of(new Rejected("langchain", 10))));
    }

    @Test
    void knowingAnyOptionSatisfiesTheGroup() {
        Result result = ChoicePlanner.plan(vectorStores(), List.of("goal"), List.of("faiss"), Map.of());

        assertThat(result.plan().topics()).containsExactly("llamaindex", "goal");
        assertThat(result.picks().get(0)).isEqualTo(new Pick("vector-database", "goal", List.of("faiss"),
                Why.ALREADY_KNOWN, List.of()));
    }

    @Test
    void knowingTheTopicThatRequiresAGroupSatisfiesItForDependentsButMarksNoOptionKnown() {
        GroupedGraph graph = vectorStores();

        Result result = ChoicePlanner.plan(graph, List.of("after", "faiss"), List.of("goal"), Map.of());

        assertThat(result.plan().topics()).containsExactly("numpy", "faiss", "after");
        assertThat(result.picks()).isEmpty();
        assertThat(graph.nextTopics(List.of("goal"))).containsExactly("numpy", "pinecone", "langchain", "after");
    }

    @Test
    void aTopicIsNextOnlyWhenEachOfItsGroupsIsSatisfied() {
        GroupedGraph graph = vectorStores();

        assertThat(graph.nextTopics(List.of("pinecone"))).doesNotContain("goal");
        assertThat(graph.nextTopics(List.of("pinecone", "langchain"))).contains("goal");
    }

    @Test
    void tiesGoToFewerTopicsThenToTheGroupsOwnOrder() {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("a1", new OrderKey(1, 0), 5, List.of())
                .topic("a2", new OrderKey(1, 1), 5, List.of("a1"))
                .topic("b", new OrderKey(1, 2), 10, List.of())
                .topic("c", new OrderKey(1, 3), 10, List.of())
                .topic("goal", new OrderKey(2, 4), 1, List.of())
                .build();
        GroupedGraph graph = GroupedGraph.of(plain, Map.of("goal", List.of(any("g", "a2", "c", "b"))));

        Result result = ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of());

        assertThat(result.picks().get(0).picked()).containsExactly("c");
    }

    @Test
    void aBadChoiceIsRejectedNamingTheGroupAndTheValue() {
        GroupedGraph graph = vectorStores();

        assertThatThrownBy(() -> ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of("vector-db",
                List.of("faiss")))).hasMessage("unknown group 'vector-db'; choose a group of the roadmap");
        assertThatThrownBy(() -> ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of("vector-database",
                List.of("chroma")))).hasMessage("'chroma' is not an option of group 'vector-database'; its options"
                + " are [faiss, pinecone]");
        assertThatThrownBy(() -> ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of("vector-database",
                List.of("faiss", "pinecone")))).hasMessage("group 'vector-database' takes 1 option, but 2 were"
                + " picked: [faiss, pinecone]");
    }

    @Test
    void aPickThatMakesACycleIsRejectedNamingThePick() {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("a", new OrderKey(1, 0), 1, List.of("goal"))
                .topic("b", new OrderKey(1, 1), 1, List.of())
                .topic("goal", new OrderKey(1, 2), 1, List.of())
                .build();
        GroupedGraph graph = GroupedGraph.of(plain, Map.of("goal", List.of(any("g", "a", "b"))));

        assertThatThrownBy(() -> ChoicePlanner.plan(graph, List.of("goal"), List.of(), Map.of("g", List.of("a"))))
                .isNotInstanceOf(PrerequisiteCycleException.class)
                .hasMessage("option 'a' of group 'g' cannot be picked: it makes a cycle, goal → a → goal, as it needs"
                        + " 'goal' itself; pick another option");
    }

    /** 80 topics, each but the first needing two of four earlier topics: far more picks than the budget. */
    private static GroupedGraph manyChoices(Random random) {
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        Map<String, List<Requirement.Group>> groups = new LinkedHashMap<>();
        for (int i = 0; i < 80; i++) {
            builder.topic("t" + i, new OrderKey(1, i), 1 + random.nextInt(40), List.of());
            if (i >= 4) {
                List<String> options = new ArrayList<>();
                for (int j = i - 4; j < i; j++) {
                    options.add("t" + j);
                }
                java.util.Collections.shuffle(options, random);
                groups.put("t" + i, List.of(new Requirement.Group("g" + i, 2, options.stream()
                        .<Requirement>map(Requirement.OnTopic::new).toList())));
            }
        }
        return GroupedGraph.of(builder.build(), groups);
    }

    @Test
    void beyondTheBudgetTheSearchStopsWithAValidPathAndSaysItIsNotProvenExact() {
        GroupedGraph graph = manyChoices(new Random(7));
        PrerequisiteGraph plain = graph.plain();

        Result result = ChoicePlanner.plan(graph, List.of("t79"), List.of(), Map.of());

        assertThat(result.exact()).isFalse();
        Set<String> learned = Query.learned(result.plan());
        assertThat(result.plan().topics()).allMatch(t -> graph.groups(t).stream()
                .allMatch(g -> GroupedGraph.satisfied(g, learned)));
        assertThat(result.plan().topics()).contains("t79").hasSizeLessThan(plain.topics().size());
    }

    static java.util.stream.LongStream seeds() {
        return RandomDags.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPathSatisfiesEveryGroupOfItsTopics(long seed) {
        Query q = Query.of(seed);
        GroupedGraph graph = q.graph();

        Result result = ChoicePlanner.plan(graph, q.goals(), q.known(), Map.of());

        Set<String> learned = Query.learned(result.plan());
        for (String topic : result.plan().topics()) {
            assertThat(graph.groups(topic)).as("groups of %s", topic)
                    .allMatch(g -> GroupedGraph.satisfied(g, learned));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onSmallGraphsTheHoursAreThoseOfTheBestOfEveryPossiblePick(long seed) {
        Query q = Query.of(seed);
        GroupedGraph graph = q.graph();
        Set<String> knownClosure = Subtopics.knownClosure(graph.plain(), q.known());
        List<Map<String, List<String>>> every = RandomAndOrDags.everyPick(graph, knownClosure);

        Result result = ChoicePlanner.plan(graph, q.goals(), q.known(), Map.of());

        Comparator<Set<String>> cost = Comparator.<Set<String>>comparingInt(p -> RandomAndOrDags.hours(graph.plain(),
                p)).thenComparingInt(Set::size);
        every.stream().map(picks -> RandomAndOrDags.path(graph, q.goals(), knownClosure, picks)).min(cost)
                .ifPresent(bestPath -> {
                    assertThat(result.plan().totalHours()).isEqualTo(RandomAndOrDags.hours(graph.plain(), bestPath));
                    assertThat(result.plan().steps()).hasSameSizeAs(bestPath);
                });
        assertThat(result.exact()).isTrue();
    }

    /**
     * Graphs of separate blocks, whose groups are decided block by block unless a shared prerequisite joins them: the
     * hours are the exhaustive minimum, and each rejected option's extra hours are the exhaustive minimum with that
     * option picked, minus the best.
     */
    @Test
    void groupsDecidedApartGiveTheExhaustiveMinimumAndTheExactExtraCostOfEachRejectedOption() {
        Compared compared = comparedWithEveryPick((graph, random) -> Map.of());

        assertThat(compared.graphs()).as("graphs small enough to compare").isGreaterThan(200);
    }

    /**
     * The same with random topics' hours left below their estimates (a learner's LEARNING topics): the minimum and
     * each rejected option's extra hours count those; and they make the planner pick otherwise on some graphs.
     */
    @Test
    void withHoursLeftThePicksAndTheExtraCostOfEachRejectedOptionAreTheExhaustiveOnesOfTheHoursLeft() {
        Compared compared = comparedWithEveryPick((graph, random) -> RandomAndOrDags.hoursLeft(graph.plain(), random));

        assertThat(compared.graphs()).as("graphs small enough to compare").isGreaterThan(200);
        assertThat(compared.changedByHoursLeft()).as("graphs whose picks (or their costs) the hours left changed")
                .isGreaterThan(10);
    }

    /**
     * For seeds 0..299 of {@link RandomAndOrDags#blocks}, with random goals, known topics and {@code hoursLeft}:
     * checks the plan against every possible pick.
     */
    private static Compared comparedWithEveryPick(
            java.util.function.BiFunction<GroupedGraph, Random, Map<String, Integer>> hoursLeft) {
        int compared = 0;
        int changed = 0;
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            GroupedGraph graph = RandomAndOrDags.blocks(random);
            Set<String> goals = RandomDags.someOf(graph.plain(), random, 0.35);
            Set<String> known = RandomDags.someOf(graph.plain(), random, 0.1);
            Map<String, Integer> left = hoursLeft.apply(graph, random);
            Set<String> knownClosure = Subtopics.knownClosure(graph.plain(), known);
            List<Map<String, List<String>>> every = RandomAndOrDags.everyPick(graph, knownClosure);
            if (every.isEmpty()) {
                continue;
            }
            compared++;
            java.util.function.ToIntFunction<Map<String, List<String>>> hours = picks -> RandomAndOrDags.hours(
                    graph.plain(), RandomAndOrDags.path(graph, goals, knownClosure, picks), left);
            int least = every.stream().mapToInt(hours).min().orElseThrow();

            Result result = ChoicePlanner.plan(graph, goals, List.of(), known, Map.of(), left);

            assertThat(result.exact()).as("seed %d", seed).isTrue();
            assertThat(RandomAndOrDags.hours(graph.plain(), result.plan().topics(), left)).as("seed %d", seed)
                    .isEqualTo(least);
            assertThat(result.plan().totalHours()).as("seed %d: the steps' estimates", seed)
                    .isEqualTo(RandomAndOrDags.hours(graph.plain(), result.plan().topics()));
            for (Pick pick : result.picks()) {
                for (Rejected rejected : pick.rejected()) {
                    int with = every.stream().filter(p -> p.get(pick.group()).contains(rejected.option()))
                            .mapToInt(hours).min().orElseThrow();
                    assertThat(rejected.extraHours()).as("seed %d, %s instead in %s", seed, rejected.option(),
                            pick.group()).isEqualTo(with - least);
                }
            }
            if (!left.isEmpty() && !result.picks().equals(ChoicePlanner.plan(graph, goals, known, Map.of()).picks())) {
                changed++;
            }
        }
        return new Compared(compared, changed);
    }

    /** How many graphs were small enough to compare, and in how many the hours left changed the picks or costs. */
    private record Compared(int graphs, int changedByHoursLeft) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aForcedPickIsAlwaysHonoured(long seed) {
        Query q = Query.of(seed);
        GroupedGraph graph = q.graph();
        Random random = q.random();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        graph.plain().topics().stream().flatMap(t -> graph.groups(t).stream()).flatMap(Requirement.Group::withNested)
                .filter(g -> random.nextDouble() < 0.5).forEach(g -> {
                    List<String> options = new ArrayList<>(g.options().stream().map(Requirement::id).toList());
                    java.util.Collections.shuffle(options, random);
                    choices.put(g.id(), List.copyOf(options.subList(0, 1 + random.nextInt(g.n()))));
                });

        Result result = ChoicePlanner.plan(graph, q.goals(), q.known(), choices);

        Set<String> learned = Query.learned(result.plan());
        for (Pick pick : result.picks()) {
            if (choices.containsKey(pick.group())) {
                assertThat(pick.why()).isEqualTo(Why.CHOSEN);
                assertThat(pick.picked()).containsAll(choices.get(pick.group()));
                Requirement.Group group = graph.group(pick.group()).orElseThrow();
                assertThat(group.options()).filteredOn(o -> pick.picked().contains(o.id()))
                        .allMatch(o -> GroupedGraph.satisfied(o, learned));
            }
        }
        for (String topic : result.plan().topics()) {
            assertThat(graph.groups(topic)).allMatch(g -> result.picks().stream()
                    .anyMatch(p -> p.group().equals(g.id())));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutGroupsThePathIsExactlyThePlainPlannersPath(long seed) {
        Random random = new Random(seed);
        PrerequisiteGraph plain = RandomDags.dagWithSubtopics(random).graph();
        Set<String> goals = RandomDags.someOf(plain, random, 0.2);
        Set<String> known = RandomDags.someOf(plain, random, 0.15);

        Result result = ChoicePlanner.plan(GroupedGraph.plain(plain), goals, known, Map.of());

        assertThat(result.plan()).isEqualTo(LearningPathPlanner.plan(plain, goals, known));
        assertThat(result.picks()).isEmpty();
        assertThat(GroupedGraph.plain(plain).nextTopics(known)).isEqualTo(NextTopics.of(plain, known));
    }
}
