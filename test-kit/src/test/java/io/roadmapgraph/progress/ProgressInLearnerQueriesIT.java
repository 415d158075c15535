package io.roadmapgraph.progress;

import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.algorithms.ChoicePlanner.Pick;
import io.roadmapgraph.algorithms.ChoicePlanner.Rejected;
import io.roadmapgraph.algorithms.ChoicePlanner.Why;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.query.Choice;
import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.query.LearnerProgress.Entry;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.PlanRequest;
import io.roadmapgraph.query.QueryException;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.Scope;
import io.roadmapgraph.query.StudyPlan;
import io.roadmapgraph.query.StudyPlan.PlannedTopic;
import io.roadmapgraph.testkit.ChoosyRoadmap;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.roadmapgraph.testkit.SyntheticRoadmap.topicId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The learner queries of the JVM API with a learner's progress from the in-memory store: LEARNING topics count their
 * remaining hours in the plan and the learning path, and in the automatic picks among a group's options; and a
 * learner's own records are not held to the limit on ids that a caller's lists are.
 */
class ProgressInLearnerQueriesIT {

    private static final String ANN = "ann";
    private static final int HOURS_PER_WEEK = 10;

    private RoadmapLoader loader;
    private RoadmapQueries queries;
    private LearnerProgress progress;

    @BeforeEach
    void emptyGraph() {
        SharedNeo4j.clear();
        loader = new RoadmapLoader(SharedNeo4j.driver());
        loader.ensureSchema();
        queries = new RoadmapQueries(SharedNeo4j.driver(), QueryOptions.DEFAULTS);
        progress = new LearnerProgress(queries, new InMemoryProgressStore());
    }

    private static Roadmap synthetic(int topics) {
        return SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("synthetic", topics, 8, 2.0, 4, 3, 5, 11));
    }

    private static PlannedTopic planned(StudyPlan plan, String topic) {
        return plan.topics().stream().filter(t -> t.topic().id().equals(topic)).findFirst().orElseThrow();
    }

    @Test
    void aLearningTopicIsPlannedWithItsRemainingHoursInTheScheduleTotalsLowerBoundAndCriticalPath() {
        Roadmap roadmap = synthetic(40);
        loader.load(roadmap);
        // the goal is on every chain of its own plan (each planned topic is needed by it): on the critical path
        Topic goal = roadmap.topics().stream().filter(t -> t.estimatedHours() >= 3)
                .max(Comparator.comparingInt(t -> Integer.parseInt(t.id().substring(1)))).orElseThrow();
        int estimate = goal.estimatedHours();
        int spent = estimate - 2;
        PlanRequest request = PlanRequest.goals(List.of(goal.id())).withHoursPerWeek(HOURS_PER_WEEK);
        StudyPlan before = queries.plan(request);
        progress.set(ANN, goal.id(), ProgressStatus.LEARNING, spent, "");

        StudyPlan mine = progress.plan(ANN, Optional.empty(), request);

        assertThat(planned(before, goal.id()).hours()).isEqualTo(estimate);
        assertThat(planned(mine, goal.id()).hours()).isEqualTo(2);
        assertThat(mine.totalHours()).isEqualTo(before.totalHours() - spent);
        assertThat(mine.weeks().stream().mapToInt(StudyPlan.Week::hours).sum()).isEqualTo(mine.totalHours());
        assertThat(mine.criticalPath()).extracting(p -> p.topic().id()).endsWith(goal.id());
        assertThat(mine.criticalPathHours()).isEqualTo(before.criticalPathHours() - spent)
                .isEqualTo(mine.criticalPath().stream().mapToInt(PlannedTopic::hours).sum());
        assertThat(mine.lowerBoundWeeks()).isEqualTo(StudyScheduler.lowerBoundWeeks(mine.totalHours(),
                mine.criticalPathHours(), HOURS_PER_WEEK, mine.maxInProgress()));
        assertThat(progress.learningPath(ANN, Optional.empty(), List.of(goal.id()), List.of(), Scope.ALL)
                .totalHours()).isEqualTo(mine.totalHours());
    }

    @Test
    void aLearningTopicWhoseHoursSpentReachItsEstimateStillHasOneHourLeftUntilItIsDone() {
        Roadmap roadmap = synthetic(40);
        loader.load(roadmap);
        String goal = topicId(39);
        PlanRequest request = PlanRequest.goals(List.of(goal)).withHoursPerWeek(HOURS_PER_WEEK);
        int estimate = planned(queries.plan(request), goal).hours();
        progress.set(ANN, goal, ProgressStatus.LEARNING, estimate + 5, "");

        StudyPlan mine = progress.plan(ANN, Optional.empty(), request);
        progress.set(ANN, goal, ProgressStatus.DONE, estimate + 5, "");

        assertThat(planned(mine, goal).hours()).isEqualTo(1);
        assertThat(progress.plan(ANN, Optional.empty(), request).topics()).isEmpty();
    }

    @Test
    void aLearningTopicTwoRoadmapsEstimateDifferentlyIsPlannedWithTheAskedRoadmapsEstimateLessTheHoursSpent() {
        loader.load(RoadmapReader.aiEngineer());
        loader.load(ChoosyRoadmap.read());
        int aiEngineers = queries.topic("python").estimatedHours();
        int choosys = queries.topicsOfRoadmaps(List.of("choosy")).get("choosy").stream()
                .filter(t -> t.id().equals("python")).findFirst().orElseThrow().estimatedHours();
        int spent = choosys - 3;
        progress.set(ANN, "python", ProgressStatus.LEARNING, spent, "");

        for (String roadmap : List.of("choosy", "ai-engineer")) {
            Scope scope = Scope.roadmap(roadmap);
            StudyPlan plan = progress.plan(ANN, Optional.empty(), PlanRequest.goals(List.of("python")).within(scope)
                    .withHoursPerWeek(HOURS_PER_WEEK));
            var path = progress.learningPath(ANN, Optional.empty(), List.of("python"), List.of(), scope);

            assertThat(planned(plan, "python").hours()).as("python's hours left in %s's plan", roadmap)
                    .isEqualTo(path.remainingHours(path.steps().get(0)))
                    .isEqualTo((roadmap.equals("choosy") ? choosys : aiEngineers) - spent);
            assertThat(plan.totalHours()).isEqualTo(path.totalHours());
        }
        assertThat(aiEngineers).as("the two roadmaps' estimates of python").isNotEqualTo(choosys);
    }

    @Test
    void aPlanRequestsOwnRemainingHoursCountAndOneBelowAnHourIsRefused() {
        loader.load(synthetic(40));
        String goal = topicId(39);
        PlanRequest request = PlanRequest.goals(List.of(goal)).withHoursPerWeek(HOURS_PER_WEEK);

        StudyPlan plan = queries.plan(request.withRemainingHours(Map.of(goal, 1, "not-planned", 7)));

        assertThat(planned(plan, goal).hours()).isEqualTo(1);
        assertThatThrownBy(() -> queries.plan(request.withRemainingHours(Map.of(goal, 0))))
                .isInstanceOf(QueryException.class)
                .hasMessage("remaining hours of '" + goal + "' must be at least 1, was 0");
    }

    private static List<String> ids(LearningPath path) {
        return path.steps().stream().map(s -> s.topic().id()).toList();
    }

    /**
     * Choosy's rag needs statistics (10 h) and python (40 h) or two of javascript (20 h), typing (30 h) and statistics:
     * with 28 of typing's 30 h spent, typing has 2 h left, so the cheapest path takes it (10 + 2 + 25 h) rather than
     * javascript (10 + 20 + 25 h), and the picks' extra hours count what is left; the learning path, the same path
     * chosen by hand and the plan agree.
     */
    @Test
    void aGroupsOptionTheLearnerIsPartwayIntoIsPickedByItsHoursLeftAndThePicksCostWhatIsLeft() {
        loader.load(ChoosyRoadmap.read());
        Scope choosy = Scope.roadmap("choosy");
        progress.set(ANN, "typing", ProgressStatus.LEARNING, 28, "");

        LearningPath path = progress.learningPath(ANN, Optional.empty(), List.of("rag"), List.of(), choosy);
        LearningPath byHand = progress.learningPath(ANN, Optional.empty(), List.of("rag"), List.of(), choosy,
                List.of(new Choice("web-stack", List.of("typing"))));
        StudyPlan plan = progress.plan(ANN, Optional.empty(), PlanRequest.goals(List.of("rag")).within(choosy)
                .withHoursPerWeek(HOURS_PER_WEEK));

        assertThat(ids(path)).containsExactlyInAnyOrder("statistics", "typing", "rag");
        assertThat(path.totalHours()).isEqualTo(10 + 2 + 25).isEqualTo(byHand.totalHours())
                .isEqualTo(plan.totalHours());
        assertThat(path.picks().groups()).containsExactly(
                new Pick("programming-language", "rag", List.of("web-stack"), Why.CHEAPEST,
                        List.of(new Rejected("python", 40 - 2))),
                new Pick("web-stack", "rag", List.of("typing", "statistics"), Why.CHEAPEST,
                        List.of(new Rejected("javascript", 20 - 2))));
        assertThat(plan.topics()).extracting(t -> t.topic().id()).containsExactlyInAnyOrderElementsOf(ids(path));
        assertThat(plan.picks().groups()).isEqualTo(path.picks().groups());
    }

    /** Phase 2's electives take one of vision (8 h) and audio (6 h): with 7 h of vision spent, vision is cheaper. */
    @Test
    void anElectiveTheLearnerIsPartwayIntoIsPickedByItsHoursLeft() {
        loader.load(ChoosyRoadmap.read());
        progress.set(ANN, "vision", ProgressStatus.LEARNING, 7, "");

        StudyPlan plan = progress.plan(ANN, Optional.empty(), PlanRequest.roadmap("choosy").withPhase(2)
                .withHoursPerWeek(HOURS_PER_WEEK).withStartDate("2027-02-01"));

        assertThat(plan.topics()).extracting(t -> t.topic().id())
                .containsExactlyInAnyOrder("statistics", "javascript", "rag", "vision");
        assertThat(plan.totalHours()).isEqualTo(10 + 20 + 25 + 1);
        assertThat(plan.picks().groups()).filteredOn(p -> p.group().equals("specialisation")).singleElement()
                .isEqualTo(new Pick("specialisation", "choosy/phase-2", List.of("vision"), Why.CHEAPEST,
                        List.of(new Rejected("audio", 6 - 1))));
    }

    @Test
    void aLearnerWithMoreDoneTopicsThanTheLimitOnIdsGetsEveryLearnerQueryButACallersOwnListIsStillHeldToIt() {
        QueryOptions d = QueryOptions.DEFAULTS;
        int limit = d.maxIds();
        Roadmap roadmap = synthetic(limit + 120);
        loader.load(roadmap);
        String goal = topicId(limit + 119);
        List<String> done = IntStream.range(0, limit + 50).mapToObj(SyntheticRoadmap::topicId).toList();
        progress.importProgress(ANN, done.stream().map(t -> new Entry(t, "DONE", 1, "")).toList());
        List<String> tooMany = IntStream.range(0, limit + 1).mapToObj(SyntheticRoadmap::topicId).toList();

        LearnerProgress.Overview overview = progress.overview(ANN, Optional.empty());
        var path = progress.learningPath(ANN, Optional.empty(), List.of(goal), List.of(), Scope.ALL);
        var next = progress.nextTopics(ANN, Optional.empty(), List.of(), Scope.ALL);
        var buildable = progress.buildableProjects(ANN, Optional.empty(), List.of(), Scope.ALL);
        StudyPlan plan = progress.plan(ANN, Optional.empty(), PlanRequest.goals(List.of(goal))
                .withHoursPerWeek(HOURS_PER_WEEK));

        assertThat(overview.progress()).hasSize(limit + 50);
        assertThat(path.steps()).extracting(s -> s.topic().id()).doesNotContainAnyElementsOf(done).contains(goal);
        assertThat(next).extracting(t -> t.id()).doesNotContainAnyElementsOf(done);
        assertThat(buildable).isEqualTo(new RoadmapQueries(SharedNeo4j.driver(), new QueryOptions(d.database(),
                d.readTimeout(), limit + 50, d.snapshot(), d.snapshotMaxAge())).buildableProjects(done, Scope.ALL));
        assertThat(plan.topics()).extracting(t -> t.topic().id())
                .containsExactlyInAnyOrderElementsOf(path.steps().stream().map(s -> s.topic().id())
                        .collect(Collectors.toList()));
        assertThatThrownBy(() -> progress.nextTopics(ANN, Optional.empty(), tooMany, Scope.ALL))
                .isInstanceOf(QueryException.class)
                .hasMessage("known may name at most " + limit + " ids, was " + (limit + 1));
    }
}
