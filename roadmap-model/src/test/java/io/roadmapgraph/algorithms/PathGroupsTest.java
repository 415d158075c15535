package io.roadmapgraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.roadmapgraph.algorithms.ChoicePlanner.PathGroup;
import io.roadmapgraph.algorithms.ChoicePlanner.Pick;
import io.roadmapgraph.algorithms.ChoicePlanner.Rejected;
import io.roadmapgraph.algorithms.ChoicePlanner.Result;
import io.roadmapgraph.algorithms.ChoicePlanner.Why;
import io.roadmapgraph.algorithms.RandomAndOrDags.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A phase's electives as a group of the path itself: n of them are learned, the cheapest unless chosen. */
class PathGroupsTest {

    /**
     * A phase: basics (10 h), then the electives vision (4 h, with its subtopic cnn, 16 h, and needing linear-algebra,
     * 20 h), architectures (4 h, needing basics) and research (40 h). Take one: architectures costs 4 h beyond the
     * basics, vision 40 h, research 40 h.
     */
    private static GroupedGraph phase() {
        PrerequisiteGraph plain = PrerequisiteGraph.builder()
                .topic("basics", new OrderKey(3, 0), 10, List.of())
                .topic("linear-algebra", new OrderKey(3, 1), 20, List.of())
                .topic("vision", new OrderKey(4, 0), 4, List.of("linear-algebra"))
                .topic("cnn", new OrderKey(4, 1), 16, List.of("vision"))
                .topic("architectures", new OrderKey(4, 2), 4, List.of("basics"))
                .topic("research", new OrderKey(4, 3), 40, List.of())
                .build();
        return GroupedGraph.plain(plain);
    }

    private static PathGroup electives(int n) {
        return new PathGroup("phase-4", new Requirement.Group("phase-4~electives", n, List.of(
                new Requirement.OnTopic("vision"), new Requirement.OnTopic("architectures"),
                new Requirement.OnTopic("research"))), Map.of("vision", List.of("vision", "cnn")));
    }

    @Test
    void thePathHoldsTheCheapestElectiveWithWhatItBringsAndSaysWhatTheOthersCostExtra() {
        Result result = ChoicePlanner.plan(phase(), List.of("basics"), List.of(electives(1)), List.of(), Map.of());

        assertThat(result.plan().topics()).containsExactly("basics", "architectures");
        assertThat(result.plan().totalHours()).isEqualTo(14);
        assertThat(result.picks()).extracting(Pick::group, Pick::owner, Pick::picked, Pick::why, Pick::rejected)
                .containsExactly(tuple("phase-4~electives", "phase-4", List.of("architectures"), Why.CHEAPEST,
                        List.of(new Rejected("vision", 36), new Rejected("research", 36))));
        assertThat(result.exact()).isTrue();
    }

    @Test
    void aChosenElectiveBringsItsBundleAndTheRestOfNIsCheapest() {
        Result result = ChoicePlanner.plan(phase(), List.of("basics"), List.of(electives(2)), List.of(),
                Map.of("phase-4~electives", List.of("vision")));

        assertThat(result.plan().topics()).containsExactlyInAnyOrder("basics", "linear-algebra", "vision", "cnn",
                "architectures");
        assertThat(result.picks()).extracting(Pick::picked, Pick::why)
                .containsExactly(tuple(List.of("vision", "architectures"), Why.CHOSEN));
    }

    @Test
    void knowingNElectivesSatisfiesTheGroupAndPicksNothing() {
        Result result = ChoicePlanner.plan(phase(), List.of("basics"), List.of(electives(1)), List.of("research"),
                Map.of());

        assertThat(result.plan().topics()).containsExactly("basics");
        assertThat(result.picks()).extracting(Pick::picked, Pick::why)
                .containsExactly(tuple(List.of("research"), Why.ALREADY_KNOWN));
    }

    @Test
    void anElectiveAGoalNeedsCostsNothingAndIsTheOnePicked() {
        Result result = ChoicePlanner.plan(phase(), List.of("cnn"), List.of(electives(1)), List.of(), Map.of());

        assertThat(result.plan().topics()).containsExactly("linear-algebra", "vision", "cnn");
        assertThat(result.picks()).extracting(Pick::picked).containsExactly(List.of("vision"));
    }

    @Test
    void aChoiceOfAnElectiveNotInTheGroupOrOfMoreThanNIsRejectedNamingGroupAndValue() {
        assertThatThrownBy(() -> ChoicePlanner.plan(phase(), List.of("basics"), List.of(electives(1)), List.of(),
                Map.of("phase-4~electives", List.of("basics"))))
                .hasMessageContaining("'basics' is not an option of group 'phase-4~electives'");
        assertThatThrownBy(() -> ChoicePlanner.plan(phase(), List.of("basics"), List.of(electives(1)), List.of(),
                Map.of("phase-4~electives", List.of("vision", "research"))))
                .hasMessageContaining("group 'phase-4~electives' takes 1 option, but 2 were picked");
    }

    // ---- random roadmaps with electives -----------------------------------------------------------------------------

    /** A random AND/OR graph and query with an electives group of 2..4 topics, each bringing 0..2 more topics. */
    private record WithElectives(Query query, PathGroup electives) {
        static WithElectives of(long seed) {
            Query q = Query.of(seed);
            Random random = q.random();
            List<String> topics = new ArrayList<>(q.graph().plain().topics());
            Collections.shuffle(topics, random);
            List<String> options = topics.subList(0, Math.min(topics.size(), 2 + random.nextInt(3)));
            Map<String, List<String>> bundles = new LinkedHashMap<>();
            for (String option : options) {
                List<String> bundle = new ArrayList<>(List.of(option));
                for (int i = random.nextInt(3); i > 0; i--) {
                    bundle.add(topics.get(random.nextInt(topics.size())));
                }
                bundles.put(option, bundle);
            }
            Requirement.Group group = new Requirement.Group("electives", 1 + random.nextInt(options.size()),
                    options.stream().<Requirement>map(Requirement.OnTopic::new).toList());
            return new WithElectives(q, new PathGroup("phase", group, bundles));
        }

        Result plan(Map<String, List<String>> choices) {
            return ChoicePlanner.plan(query.graph(), query.goals(), List.of(electives), query.known(), choices);
        }

        /** Whether an elective is learned after the path: it and every topic it brings. */
        boolean learned(String option, Set<String> learned) {
            return learned.containsAll(electives.bundles().get(option));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void everyPathHoldsExactlyNElectivesOrKnowsThemAndSatisfiesEveryGroup(long seed) {
        WithElectives w = WithElectives.of(seed);
        GroupedGraph graph = w.query().graph();
        Requirement.Group group = w.electives().group();
        Set<String> knownClosure = Subtopics.knownClosure(graph.plain(), w.query().known());

        Result result = w.plan(Map.of());

        Set<String> learned = Query.learned(result.plan());
        Pick pick = result.picks().stream().filter(p -> p.group().equals("electives")).findFirst().orElseThrow();
        long known = group.options().stream().filter(o -> knownClosure.contains(o.id())).count();
        String because = "seed " + seed + ", electives " + group + ", known " + knownClosure;
        if (known >= group.n()) {
            assertThat(pick.why()).as(because).isEqualTo(Why.ALREADY_KNOWN);
            assertThat(pick.picked()).as(because).hasSize((int) known);
        } else {
            assertThat(pick.why()).as(because).isEqualTo(Why.CHEAPEST);
            assertThat(pick.picked()).as(because).hasSize(group.n() - (int) known)
                    .allMatch(o -> w.learned(o, learned)).noneMatch(knownClosure::contains);
        }
        for (String topic : result.plan().topics()) {
            assertThat(graph.groups(topic)).as(because).allMatch(g -> GroupedGraph.satisfied(g, learned));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void onSmallRoadmapsTheHoursAreTheLeastOfEveryChoiceOfElectivesAndOfEveryOtherPick(long seed) {
        WithElectives w = WithElectives.of(seed);
        GroupedGraph graph = w.query().graph();
        Set<String> knownClosure = Subtopics.knownClosure(graph.plain(), w.query().known());
        List<Map<String, List<String>>> every = RandomAndOrDags.everyPick(graph, knownClosure);
        Requirement.Group group = w.electives().group();

        Result result = w.plan(Map.of());

        int least = Integer.MAX_VALUE;
        for (List<String> electives : RandomAndOrDags.combos(group, knownClosure)) {
            Set<String> goals = new LinkedHashSet<>(w.query().goals());
            electives.forEach(e -> goals.addAll(w.electives().bundles().get(e)));
            for (Map<String, List<String>> picks : every) {
                least = Math.min(least, RandomAndOrDags.hours(graph.plain(),
                        RandomAndOrDags.path(graph, goals, knownClosure, picks)));
            }
        }
        if (!every.isEmpty()) {
            assertThat(result.plan().totalHours()).as("seed %d, electives %s", seed, group).isEqualTo(least);
        }
        assertThat(result.exact()).as("seed %d", seed).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void aForcedElectiveIsAlwaysHonoured(long seed) {
        WithElectives w = WithElectives.of(seed);
        Requirement.Group group = w.electives().group();
        List<String> options = new ArrayList<>(group.options().stream().map(Requirement::id).toList());
        Collections.shuffle(options, new Random(seed));
        List<String> chosen = List.copyOf(options.subList(0, 1 + new Random(seed).nextInt(group.n())));

        Result result = w.plan(Map.of("electives", chosen));

        Set<String> learned = Query.learned(result.plan());
        Pick pick = result.picks().stream().filter(p -> p.group().equals("electives")).findFirst().orElseThrow();
        assertThat(pick.why()).isEqualTo(Why.CHOSEN);
        assertThat(pick.picked()).containsAll(chosen).hasSizeLessThanOrEqualTo(group.n());
        assertThat(chosen).as("seed %d", seed).allMatch(o -> w.learned(o, learned));
        assertThat(new HashSet<>(pick.picked())).as("seed %d", seed)
                .allMatch(o -> w.learned(o, learned) || result.plan().known().contains(o));
    }
}
