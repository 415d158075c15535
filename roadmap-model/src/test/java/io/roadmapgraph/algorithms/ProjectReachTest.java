package io.roadmapgraph.algorithms;

import io.roadmapgraph.algorithms.CoverageRanking.Candidate;
import io.roadmapgraph.algorithms.ProjectReach.Missing;
import io.roadmapgraph.algorithms.ProjectReach.Unlocking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectReachTest {

    /** python <- embeddings, bm25; embeddings <- vectors; vectors, bm25 <- hybrid (see {@link ClosureTest#GRAPH}). */
    private static final PrerequisiteGraph GRAPH = ClosureTest.GRAPH;
    private static final List<Candidate> PROJECTS = List.of(
            new Candidate("script", 1, List.of("python")),
            new Candidate("keyword-search", 2, List.of("bm25")),
            new Candidate("semantic-search", 3, List.of("vectors", "bm25")),
            new Candidate("hybrid-search", 4, List.of("hybrid")));

    @Test
    void aProjectIsBuildableWhenEveryTopicItExercisesIsKnown() {
        assertThat(ProjectReach.buildable(GRAPH, PROJECTS, List.of())).isEmpty();
        assertThat(ProjectReach.buildable(GRAPH, PROJECTS, List.of("bm25"))).containsExactly("script",
                "keyword-search");
        assertThat(ProjectReach.buildable(GRAPH, PROJECTS, List.of("hybrid"))).containsExactly("script",
                "keyword-search", "semantic-search", "hybrid-search");
    }

    @Test
    void almostBuildableNamesTheMissingTopicsInLearningOrderFewestHoursFirst() {
        List<Missing> almost = ProjectReach.almostBuildable(GRAPH, PROJECTS, List.of("python"), 23);

        assertThat(almost).containsExactly(
                new Missing("keyword-search", List.of("bm25"), 5, numbers("bm25")),
                new Missing("semantic-search", List.of("embeddings", "bm25", "vectors"), 23,
                        numbers("embeddings", "bm25", "vectors")));
    }

    /** The topics' positions in {@link #GRAPH}'s {@code topics()}. */
    private static List<Integer> numbers(String... topics) {
        List<String> all = List.copyOf(GRAPH.topics());
        return Stream.of(topics).map(all::indexOf).toList();
    }

    @Test
    void aMissingProjectHasOneTopicNumberPerTopicNoneNegative() {
        assertThatThrownBy(() -> new Missing("p", List.of("bm25", "python"), 6, List.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 topic numbers for 2 topics");
        assertThatThrownBy(() -> new Missing("p", List.of("bm25"), 5, List.of(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void almostBuildableAnswersAlikeWhenAskedAgainAfterOtherGraphsOfTheSameSizeAndOnAnotherThread() throws Exception {
        // the calls of one thread share their arrays by topic number: an earlier call's stamps must mark nothing
        PrerequisiteGraph other = PrerequisiteGraph.builder().topic("bm25", new OrderKey(1, 0), 1, List.of())
                .topic("python", new OrderKey(1, 1), 1, List.of())
                .topic("vectors", new OrderKey(1, 2), 1, List.of("python"))
                .topic("embeddings", new OrderKey(1, 3), 1, List.of("vectors"))
                .topic("hybrid", new OrderKey(1, 4), 1, List.of("embeddings", "bm25")).build();
        List<Candidate> otherProjects = List.of(new Candidate("all", 1, List.of("hybrid")));
        List<Missing> first = ProjectReach.almostBuildable(GRAPH, PROJECTS, List.of("python"), 23);
        List<Missing> otherFirst = ProjectReach.almostBuildable(other, otherProjects, List.of(), 100);

        for (int i = 0; i < 3; i++) {
            assertThat(ProjectReach.almostBuildable(GRAPH, PROJECTS, List.of("python"), 23)).isEqualTo(first);
            assertThat(ProjectReach.almostBuildable(other, otherProjects, List.of(), 100)).isEqualTo(otherFirst);
        }
        java.util.concurrent.FutureTask<List<Missing>> elsewhere = new java.util.concurrent.FutureTask<>(
                () -> ProjectReach.almostBuildable(GRAPH, PROJECTS, List.of("python"), 23));
        new Thread(elsewhere).start();
        assertThat(elsewhere.get()).isEqualTo(first);
        assertThat(otherFirst).singleElement().extracting(Missing::topics).asList()
                .containsExactly("bm25", "python", "vectors", "embeddings", "hybrid");
    }

    @Test
    void aNegativeMaximumIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> ProjectReach.almostBuildable(GRAPH, PROJECTS, List.of(), -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxMissingHours must be at least 0, was -3");
    }

    @Test
    void theNextTopicThatMakesMostBuildablePerHourComesFirst() {
        List<Unlocking> ranked = ProjectReach.unlocking(GRAPH, PROJECTS, List.of("python"), List.of());

        assertThat(ranked).extracting(Unlocking::topic).containsExactly("bm25", "embeddings");
        assertThat(ranked.get(0).projects()).containsExactly("keyword-search");
        assertThat(ranked.get(0).perHour()).isEqualTo(1.0 / 5);
        assertThat(ranked.get(1).projects()).isEmpty();
        assertThat(ranked.get(1).projectsNeeding()).containsExactly("semantic-search", "hybrid-search");
    }

    @Test
    void goalsCountWhenTheTopicIsOneOrMakesOneANextTopic() {
        List<Unlocking> ranked = ProjectReach.unlocking(GRAPH, List.of(), List.of("python", "bm25"),
                List.of("vectors", "embeddings"));

        assertThat(ranked).singleElement().satisfies(u -> {
            assertThat(u.topic()).isEqualTo("embeddings");
            assertThat(u.goals()).containsExactly("vectors", "embeddings");
            assertThat(u.goalsNeeding()).containsExactly("vectors", "embeddings");
        });
    }

    /** a <- b <- c <- a (a cycle), d requires a; e alone. */
    private static final PrerequisiteGraph CYCLIC = PrerequisiteGraph.builder()
            .topic("a", new OrderKey(1, 0), 1, List.of("c"))
            .topic("b", new OrderKey(1, 1), 1, List.of("a"))
            .topic("c", new OrderKey(1, 2), 1, List.of("b"))
            .topic("d", new OrderKey(1, 3), 2, List.of("a"))
            .topic("e", new OrderKey(1, 4), 4, List.of())
            .build();

    @Test
    void aCycleAmongTheKnownTopicsStillRanksTheNextTopics() {
        List<Unlocking> ranked = ProjectReach.unlocking(CYCLIC, List.of(new Candidate("p", 1, List.of("d", "e"))),
                List.of("a"), List.of("e"));

        assertThat(ranked).extracting(Unlocking::topic).containsExactly("e", "d");
        assertThat(ranked).allSatisfy(u -> assertThat(u.projectsNeeding()).containsExactly("p"));
        assertThat(ranked.get(0).goalsNeeding()).containsExactly("e");
    }

    @Test
    void aCycleAmongTheUnknownTopicsIsRejectedNamingIt() {
        assertThatThrownBy(() -> ProjectReach.unlocking(CYCLIC, List.of(new Candidate("p", 1, List.of("d"))),
                List.of("e"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the requires-edges between [a, b, c, d] form a cycle");
    }

    @Test
    void anIdOutsideTheGraphIsRejected() {
        assertThatThrownBy(() -> ProjectReach.buildable(GRAPH, PROJECTS, List.of("nope")))
                .hasMessage("topic 'nope' is not in the graph");
    }

    // ---- property tests on random DAGs with subtopics, against the definitions written out directly -----------------

    record Instance(RandomDags.WithSubtopics dag, List<Candidate> projects, Set<String> known, Set<String> goals) {

        static Instance random(Random random) {
            RandomDags.WithSubtopics dag = RandomDags.dagWithSubtopics(random);
            List<String> topics = List.copyOf(dag.graph().topics());
            List<Candidate> projects = new ArrayList<>();
            int count = random.nextInt(12);
            for (int p = 0; p < count; p++) {
                Set<String> exercised = new HashSet<>(RandomDags.someOf(dag.graph(), random, 0.15));
                exercised.add(topics.get(random.nextInt(topics.size())));
                projects.add(new Candidate("p" + p, random.nextInt(5), exercised));
            }
            return new Instance(dag, projects, RandomDags.someOf(dag.graph(), random, 0.25),
                    RandomDags.someOf(dag.graph(), random, 0.15));
        }

        PrerequisiteGraph graph() {
            return dag.graph();
        }

        /** K* by relaxation: add non-elective subtopics of the named ones, then prerequisites, until nothing changes. */
        Set<String> knownClosure(Set<String> named) {
            Set<String> widened = new HashSet<>();
            named.forEach(t -> widened.addAll(withSubtopics(t)));
            return prerequisiteClosure(widened);
        }

        /** The goal and its non-elective subtopics at any depth, by relaxation. */
        Set<String> withSubtopics(String goal) {
            Set<String> widened = new HashSet<>(Set.of(goal));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, String> e : dag.parents().entrySet()) {
                    if (widened.contains(e.getValue()) && !dag.elective().contains(e.getKey())) {
                        grew |= widened.add(e.getKey());
                    }
                }
            }
            return widened;
        }

        Set<String> prerequisiteClosure(Set<String> start) {
            Set<String> closure = new HashSet<>(start);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String t : List.copyOf(closure)) {
                    grew |= closure.addAll(graph().requires(t));
                }
            }
            return closure;
        }

        /**
         * The projects not buildable with {@code known} whose missing topics (what they need minus K*) take at most
         * {@code max} hours, each with those topics.
         */
        Map<String, Set<String>> almostBuildable(Set<String> known, int max) {
            Set<String> kStar = knownClosure(known);
            Map<String, Set<String>> expected = new java.util.HashMap<>();
            for (Candidate p : projects) {
                Set<String> missing = prerequisiteClosure(new HashSet<>(p.topics()));
                missing.removeAll(kStar);
                int hours = missing.stream().mapToInt(graph()::hours).sum();
                if (!missing.isEmpty() && hours <= max) {
                    expected.put(p.project(), missing);
                }
            }
            return expected;
        }

        Set<String> buildableWith(Set<String> knownClosure) {
            return projects.stream().filter(p -> knownClosure.containsAll(p.topics())).map(Candidate::project)
                    .collect(Collectors.toSet());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void buildableProjectsAreExactlyThoseWhoseTopicsAreAllKnown(long seed) {
        Instance instance = Instance.random(new Random(seed));
        Set<String> kStar = instance.knownClosure(instance.known());

        List<String> buildable = ProjectReach.buildable(instance.graph(), instance.projects(), instance.known());

        assertThat(buildable).as("seed %d", seed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(instance.buildableWith(kStar));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void almostBuildableProjectsMissExactlyWhatTheyNeedBeyondWhatIsKnown(long seed) {
        Random random = new Random(seed);
        Instance instance = Instance.random(random);
        int max = random.nextInt(120);
        Set<String> kStar = instance.knownClosure(instance.known());

        List<Missing> almost = ProjectReach.almostBuildable(instance.graph(), instance.projects(), instance.known(),
                max);

        String what = "seed " + seed + ", max " + max;
        Map<String, Set<String>> expected = instance.almostBuildable(instance.known(), max);
        assertThat(almost).extracting(Missing::project).as(what)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(almost).as(what).isSortedAccordingTo(Comparator.comparingInt(Missing::hours));
        for (Missing m : almost) {
            assertThat(m.topics()).as(what).containsExactlyInAnyOrderElementsOf(expected.get(m.project()));
            assertThat(m.hours()).as(what).isEqualTo(m.topics().stream().mapToInt(instance.graph()::hours).sum());
            List<String> all = List.copyOf(instance.graph().topics());
            assertThat(m.topicNumbers()).as(what + ": the topics' places in topics()")
                    .containsExactlyElementsOf(m.topics().stream().map(all::indexOf).toList());
            for (int i = 0; i < m.topics().size(); i++) {
                List<String> later = m.topics().subList(i + 1, m.topics().size());
                assertThat(instance.graph().requires(m.topics().get(i))).as(what + ": learning order")
                        .noneMatch(later::contains);
            }
            PrerequisiteGraph graph = instance.graph();
            assertThat(m.topics()).as(what + ": among the free ones, the graph's order")
                    .containsExactlyElementsOf(TopologicalSort.sort(m.topics(), graph::requires, graph::requiredBy,
                            graph.byKey()).order());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void projectsMadeReadyOnceAnswerEveryLearnerAsTheDefinitionsSay(long seed) {
        Random random = new Random(seed);
        Instance instance = Instance.random(random);
        ProjectReach.Projects ready = ProjectReach.Projects.of(instance.graph(), instance.projects());
        // the same projects without the rows of K* (as for a graph beyond their maximum): a walk per question
        ProjectReach.Projects walking = ProjectReach.Projects.of(instance.graph(), instance.projects(), 0);

        for (int learner = 0; learner < 5; learner++) {
            Set<String> known = RandomDags.someOf(instance.graph(), random, 0.3);
            int max = random.nextInt(120);
            String what = "seed " + seed + ", learner " + learner + ", max " + max;

            assertThat(ProjectReach.buildable(ready, known)).as(what).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(instance.buildableWith(instance.knownClosure(known)));
            Map<String, Set<String>> expected = instance.almostBuildable(known, max);
            List<Missing> almost = ProjectReach.almostBuildable(ready, known, max);
            assertThat(almost).extracting(Missing::project).as(what)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            almost.forEach(m -> assertThat(m.topics()).as(what)
                    .containsExactlyInAnyOrderElementsOf(expected.get(m.project())));
            assertThat(ProjectReach.unlocking(ready, known, instance.goals())).as(what)
                    .isEqualTo(ProjectReach.unlocking(instance.graph(), instance.projects(), known,
                            instance.goals()))
                    .isEqualTo(ProjectReach.unlocking(walking, known, instance.goals()));
            assertThat(almost).as(what + ", walking").isEqualTo(ProjectReach.almostBuildable(walking, known, max));
            assertThat(ProjectReach.buildable(ready, known)).as(what + ", walking")
                    .isEqualTo(ProjectReach.buildable(walking, known));
        }
    }

    @Test
    void projectsMadeReadyAreOrderedByNumberThenIdAndCheckedAgainstTheGraph() {
        ProjectReach.Projects ready = ProjectReach.Projects.of(GRAPH, List.of(PROJECTS.get(3), PROJECTS.get(1),
                new Candidate("another-script", 1, List.of("python")), PROJECTS.get(0)));

        assertThat(ready.ordered()).extracting(Candidate::project)
                .containsExactly("another-script", "script", "keyword-search", "hybrid-search");
        assertThatThrownBy(() -> ProjectReach.Projects.of(GRAPH, List.of(new Candidate("p", 1, List.of("nope")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic 'nope' is not in the graph");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void eachNextTopicBringsWithinReachWhatItsDefinitionSays(long seed) {
        Instance instance = Instance.random(new Random(seed));
        PrerequisiteGraph graph = instance.graph();
        Set<String> kStar = instance.knownClosure(instance.known());
        Set<String> before = instance.buildableWith(kStar);

        List<Unlocking> ranked = ProjectReach.unlocking(graph, instance.projects(), instance.known(),
                instance.goals());

        String what = "seed " + seed;
        assertThat(ranked).extracting(Unlocking::topic).as(what)
                .containsExactlyInAnyOrderElementsOf(NextTopics.of(graph, instance.known()));
        for (Unlocking u : ranked) {
            Set<String> after = new HashSet<>(kStar);
            after.add(u.topic());
            Set<String> made = instance.buildableWith(after);
            made.removeAll(before);
            assertThat(u.projects()).as(what).containsExactlyInAnyOrderElementsOf(made);
            Set<String> reachedGoals = instance.goals().stream().filter(g -> !kStar.contains(g))
                    .filter(g -> g.equals(u.topic()) || !after.contains(g) && after.containsAll(graph.requires(g))
                            && !kStar.containsAll(graph.requires(g)))
                    .collect(Collectors.toSet());
            assertThat(u.goals()).as(what).containsExactlyInAnyOrderElementsOf(reachedGoals);
            // who needs it: the projects by number, then id, and the goals in the order asked, each once
            assertThat(u.projectsNeeding()).as(what).containsExactlyElementsOf(instance.projects().stream()
                    .sorted(Comparator.comparingInt(Candidate::number).thenComparing(Candidate::project))
                    .filter(p -> instance.prerequisiteClosure(new HashSet<>(p.topics())).contains(u.topic()))
                    .map(Candidate::project).toList());
            assertThat(u.goalsNeeding()).as(what).containsExactlyElementsOf(instance.goals().stream().distinct()
                    .filter(g -> !kStar.contains(g))
                    .filter(g -> instance.prerequisiteClosure(instance.withSubtopics(g)).contains(u.topic()))
                    .toList());
            assertThat(u.hours()).isEqualTo(graph.hours(u.topic()));
            assertThat(u.topicNumber()).as(what).isEqualTo(List.copyOf(graph.topics()).indexOf(u.topic()));
            assertThat(u.perHour()).as(what)
                    .isEqualTo((double) (u.projects().size() + u.goals().size()) / graph.hours(u.topic()));
        }
        assertThat(ranked).as(what).isSortedAccordingTo(Comparator.comparingDouble(Unlocking::perHour).reversed());
        // the whole ranking: a stable sort of the next topics (by ordering key) on both keys, highest first
        Map<String, Unlocking> byTopic = ranked.stream().collect(Collectors.toMap(Unlocking::topic, u -> u));
        List<Unlocking> sortedByDefinition = new ArrayList<>(NextTopics.of(graph, instance.known()).stream()
                .map(byTopic::get).toList());
        sortedByDefinition.sort(Comparator.comparingDouble(Unlocking::perHour).reversed()
                .thenComparing(Comparator.comparingDouble(Unlocking::neededPerHour).reversed()));
        assertThat(ranked).as(what).containsExactlyElementsOf(sortedByDefinition);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void theRankedOrderIsAStableSortOnBothKeysHighestFirst(long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(600);
        // few distinct values, so that most keys tie on the first key, many on both
        double[] values = {0.0, 0.25, 1.0 / 3, 0.5, 1.0, 2.0, 7.0};
        double[] first = new double[n];
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            first[i] = random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : 0.0;
            second[i] = values[random.nextInt(values.length)];
        }
        List<Integer> expected = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
        expected.sort(Comparator.<Integer>comparingDouble(i -> first[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingDouble(i -> second[i]).reversed()));

        assertThat(ProjectReach.rankedOrder(first, second)).as("seed " + seed)
                .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void theRankingsLongKeysOrderAsDoubleCompareOrdersTheDoubles() {
        double[] values = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -7.5, -1.0, -Double.MIN_NORMAL,
                -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0 / 3, 0.5, 1.0, 7.5,
                Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L)};
        for (double a : values) {
            for (double b : values) {
                assertThat(Long.signum(Long.compare(ProjectReach.ordered(a), ProjectReach.ordered(b))))
                        .as("%s against %s", a, b).isEqualTo(Integer.signum(Double.compare(a, b)));
            }
        }
    }
}
