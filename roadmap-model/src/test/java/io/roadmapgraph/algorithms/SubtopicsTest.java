package io.roadmapgraph.algorithms;

import io.roadmapgraph.algorithms.LearningPathPlanner.Plan;
import io.roadmapgraph.algorithms.LearningPathPlanner.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The subtopic rule in the learner's questions: a goal brings its subtopics, knowing a parent knows them. */
class SubtopicsTest {

    /**
     * fine-tuning (parent) with subtopics lora (needs linear-algebra), dataset-engineering and the elective rlhf;
     * lora has the subtopic qlora. Every subtopic requires its parent.
     */
    static final PrerequisiteGraph GRAPH = PrerequisiteGraph.builder()
            .topic("python", new OrderKey(1, 0), 40, List.of())
            .topic("linear-algebra", new OrderKey(1, 1), 20, List.of())
            .topic("fine-tuning", new OrderKey(3, 2), 10, List.of("python"))
            .topic("lora", new OrderKey(3, 3), 8, List.of("fine-tuning", "linear-algebra"))
            .topic("qlora", new OrderKey(3, 4), 4, List.of("lora"))
            .topic("dataset-engineering", new OrderKey(3, 5), 6, List.of("fine-tuning"))
            .topic("rlhf", new OrderKey(4, 6), 12, List.of("fine-tuning"))
            .topic("model-merging", new OrderKey(4, 7), 5, List.of("fine-tuning"))
            .subtopic("fine-tuning", "lora", false)
            .subtopic("lora", "qlora", false)
            .subtopic("fine-tuning", "dataset-engineering", false)
            .subtopic("fine-tuning", "rlhf", true)
            .build();

    @Test
    void aGoalThatIsAParentBringsItsNonElectiveSubtopicsAfterIt() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("fine-tuning"), List.of("python"));
        assertThat(plan.topics()).containsExactly("linear-algebra", "fine-tuning", "lora", "qlora",
                "dataset-engineering");
        assertThat(plan.totalHours()).isEqualTo(20 + 10 + 8 + 4 + 6);
    }

    @Test
    void aBroughtSubtopicIsNotAGoalButSaysWhichGoalBroughtIt() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("fine-tuning"), List.of("python"));
        Step lora = plan.steps().get(2);
        assertThat(lora.topic()).isEqualTo("lora");
        assertThat(lora.goal()).isFalse();
        assertThat(lora.neededByGoals()).containsExactly("fine-tuning");
        assertThat(plan.steps().get(0).neededByGoals()).as("linear-algebra, a prerequisite of lora")
                .containsExactly("fine-tuning");
    }

    @Test
    void aParentReachedAsAPrerequisiteDoesNotBringItsSubtopics() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("model-merging"), List.of("python"));
        assertThat(plan.topics()).containsExactly("fine-tuning", "model-merging");
    }

    @Test
    void knowingAParentMeansKnowingItsNonElectiveSubtopics() {
        assertThat(Subtopics.knownClosure(GRAPH, List.of("fine-tuning"))).containsExactlyInAnyOrder(
                "fine-tuning", "python", "lora", "qlora", "linear-algebra", "dataset-engineering");
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("qlora"), List.of("fine-tuning"));
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void knowingASubtopicDoesNotMeanKnowingItsSiblings() {
        Plan plan = LearningPathPlanner.plan(GRAPH, List.of("fine-tuning"), List.of("dataset-engineering"));
        assertThat(plan.topics()).containsExactly("linear-algebra", "lora", "qlora");
    }

    @Test
    void theNextTopicsAfterAParentAreWhatItsSubtopicsUnlockAndItsElectiveSubtopics() {
        assertThat(NextTopics.of(GRAPH, List.of("fine-tuning"))).containsExactly("rlhf", "model-merging");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void onRandomGraphsThePathHoldsTheGoalsTheirSubtopicsAndPrerequisitesMinusWhatIsKnown(long seed) {
        Random random = new Random(seed);
        RandomDags.WithSubtopics sample = RandomDags.dagWithSubtopics(random);
        PrerequisiteGraph graph = sample.graph();
        Set<String> goals = RandomDags.someOf(graph, random, 0.2);
        if (goals.isEmpty()) {
            goals = Set.of(graph.topics().iterator().next());
        }
        Set<String> known = RandomDags.someOf(graph, random, 0.15);
        Plan plan = LearningPathPlanner.plan(graph, goals, known);
        List<String> path = plan.topics();
        String because = "seed " + seed + ", parents " + sample.parents() + ", elective " + sample.elective()
                + ", goals " + goals + ", known " + known + ", path " + path;

        Set<String> kStar = prerequisites(graph, withSubtopics(sample, known));
        Set<String> expected = prerequisites(graph, withSubtopics(sample, goals));
        expected.removeAll(kStar);

        assertThat(plan.known()).as(because).isEqualTo(kStar);
        assertThat(path).as(because).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        for (String step : path) {
            for (String prerequisite : graph.requires(step)) {
                assertThat(kStar.contains(prerequisite) || path.indexOf(prerequisite) < path.indexOf(step))
                        .as(because + ": " + prerequisite + " before " + step).isTrue();
            }
            String parent = sample.parents().get(step);
            if (parent != null && path.contains(parent)) {
                assertThat(path.indexOf(parent)).as(because + ": parent of " + step).isLessThan(path.indexOf(step));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void onRandomGraphsNoNextTopicIsKnownOrASubtopicOfAKnownParent(long seed) {
        Random random = new Random(seed);
        RandomDags.WithSubtopics sample = RandomDags.dagWithSubtopics(random);
        PrerequisiteGraph graph = sample.graph();
        Set<String> known = RandomDags.someOf(graph, random, 0.3);
        Set<String> kStar = prerequisites(graph, withSubtopics(sample, known));
        Set<String> expected = new HashSet<>();
        for (String t : graph.topics()) {
            if (!kStar.contains(t) && kStar.containsAll(graph.requires(t))) {
                expected.add(t);
            }
        }
        assertThat(NextTopics.of(graph, known)).as("seed %d, parents %s, elective %s, known %s", seed,
                        sample.parents(), sample.elective(), known)
                .containsExactlyInAnyOrderElementsOf(expected)
                .isSortedAccordingTo(graph.byKey());
    }

    /** Brute force: add non-elective subtopics of anything in the set until nothing changes. */
    private static Set<String> withSubtopics(RandomDags.WithSubtopics sample, Set<String> start) {
        Set<String> result = new HashSet<>(start);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : sample.parents().entrySet()) {
                if (result.contains(e.getValue()) && !sample.elective().contains(e.getKey())) {
                    grew |= result.add(e.getKey());
                }
            }
        }
        return result;
    }

    /** Brute force: add prerequisites until nothing changes. */
    private static Set<String> prerequisites(PrerequisiteGraph graph, Set<String> start) {
        Set<String> result = new HashSet<>(start);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String t : List.copyOf(result)) {
                grew |= result.addAll(graph.requires(t));
            }
        }
        return result;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void theKnownClosureAsFlagsHoldsExactlyTheTopicsOfTheKnownClosure(long seed) {
        Random random = new Random(seed);
        RandomDags.WithSubtopics dag = RandomDags.dagWithSubtopics(random);
        Set<String> known = RandomDags.someOf(dag.graph(), random, 0.2);

        Closure.Reach reach = Subtopics.knownReach(dag.graph(), known);

        Set<String> expected = Subtopics.knownClosure(dag.graph(), known);
        assertThat(reach).as("seed %d", seed).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        for (String topic : dag.graph().topics()) {
            assertThat(reach.contains(topic)).as("seed %d, %s", seed, topic).isEqualTo(expected.contains(topic));
        }
        assertThat(reach.contains("not-a-topic")).isFalse();
        assertThat(Subtopics.knownSet(dag.graph(), known)).as("the public view, seed %d", seed).isEqualTo(expected);
    }
}
