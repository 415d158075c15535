package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.algorithms.Subtopics;
import io.roadmapgraph.model.Hours;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.query.StudyPlan.PlannedProject;
import io.roadmapgraph.query.StudyPlan.PlannedTopic;
import io.roadmapgraph.query.StudyPlan.RouteDifference;
import io.roadmapgraph.query.StudyPlan.TopicHours;
import io.roadmapgraph.query.StudyPlan.Week;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link RoadmapQueries#plan} on the AI Engineer roadmap, from the snapshot and from the database alike. */
class StudyPlanIT {

    private static final List<String> GOALS = List.of("fine-tuning", "agents");
    private static final String START = "2027-02-01";

    private static TestNeo4j neo4j;
    private static Roadmap roadmap;
    private static PrerequisiteGraph graph;

    @BeforeAll
    static void loadTheAiEngineerRoadmap() {
        neo4j = TestNeo4j.start();
        roadmap = RoadmapReader.aiEngineer();
        neo4j.loader().load(roadmap);
        graph = TopicGraphs.prerequisites(roadmap);
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    private static final Map<Boolean, RoadmapQueries> QUERIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** One service per mode for the class, so the snapshot is read once. */
    private static RoadmapQueries queries(boolean snapshot) {
        return QUERIES.computeIfAbsent(snapshot, s -> new RoadmapQueries(neo4j.driver(),
                QueryOptions.DEFAULTS.withSnapshot(s)));
    }

    private static PlanRequest worked() {
        return PlanRequest.goals(GOALS).withKnown(List.of("python")).withHoursPerWeek(10).withStartDate(START);
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void aPlanStudiesTheLearningPathWithinTheBudgetAfterThePrerequisites(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        StudyPlan plan = queries.plan(worked());
        LearningPath path = queries.learningPath(GOALS, List.of("python"));

        assertThat(plan.topics()).extracting(p -> p.topic().id())
                .containsExactlyElementsOf(path.steps().stream().map(s -> s.topic().id()).toList());
        assertThat(plan.totalHours()).isEqualTo(path.totalHours());
        assertThat(plan.weeks()).allSatisfy(w -> assertThat(w.hours()).isLessThanOrEqualTo(10));
        Map<String, PlannedTopic> byId = new HashMap<>();
        plan.topics().forEach(p -> byId.put(p.topic().id(), p));
        for (PlannedTopic topic : plan.topics()) {
            graph.requires(topic.topic().id()).stream().filter(byId::containsKey).forEach(r ->
                    assertThat(topic.startWeek()).as("%s starts after %s", topic.topic().id(), r)
                            .isGreaterThan(byId.get(r).finishWeek()));
            int studied = plan.weeks().stream().flatMap(w -> w.topics().stream())
                    .filter(t -> t.topic().id().equals(topic.topic().id())).mapToInt(TopicHours::hours).sum();
            assertThat(studied).as("hours of %s", topic.topic().id()).isEqualTo(topic.topic().estimatedHours());
        }
        assertThat(plan.weekCount()).isGreaterThanOrEqualTo(plan.lowerBoundWeeks());
        assertThat(plan.lowerBoundWeeks()).isEqualTo(StudyScheduler.lowerBoundWeeks(plan.totalHours(),
                plan.criticalPathHours(), 10, 2));
        assertThat(plan.criticalPath()).allSatisfy(p -> assertThat(p.critical()).isTrue());
        assertThat(plan.criticalPath().stream().mapToInt(PlannedTopic::hours).sum())
                .isEqualTo(plan.criticalPathHours());
        assertThat(plan.finishDate()).contains(LocalDate.parse(START).plusDays(7L * plan.weekCount() - 1));
        assertThat(plan.hoursSource()).isEqualTo(StudyPlan.HoursSource.ASKED);
    }

    @Test
    void aWeekBelongsToTheCalendarMonthItStartsIn() {
        StudyPlan plan = queries(true).plan(worked());

        assertThat(plan.months()).allSatisfy(m -> {
            for (int n = m.firstWeek(); n <= m.lastWeek(); n++) {
                assertThat(YearMonth.from(plan.weeks().get(n - 1).start())).isEqualTo(m.month());
            }
        });
        assertThat(plan.months().get(0).month()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(plan.months().stream().mapToInt(StudyPlan.Month::hours).sum()).isEqualTo(plan.totalHours());
    }

    @Test
    void aProjectIsPlacedInTheFirstWeekEverythingItExercisesIsDoneWithTheRoadmapsHours() {
        StudyPlan plan = queries(true).plan(worked());
        Map<String, PlannedTopic> byId = new HashMap<>();
        plan.topics().forEach(p -> byId.put(p.topic().id(), p));
        Set<String> known = Subtopics.knownClosure(graph, List.of("python"));

        List<String> expected = roadmap.projects().stream()
                .filter(p -> p.topics().stream().anyMatch(byId::containsKey))
                .filter(p -> p.topics().stream().allMatch(t -> byId.containsKey(t) || known.contains(t)))
                .map(Project::id).sorted().toList();
        assertThat(plan.projects()).extracting(p -> p.project().id()).containsExactlyInAnyOrderElementsOf(expected)
                .isNotEmpty();
        for (PlannedProject placed : plan.projects()) {
            Project project = roadmap.project(placed.project().id()).orElseThrow();
            assertThat(placed.week()).isEqualTo(project.topics().stream().filter(byId::containsKey)
                    .mapToInt(t -> byId.get(t).finishWeek()).max().orElseThrow());
            assertThat(placed.hours()).isEqualTo(project.estimatedHours().map(Hours::value));
        }
    }

    @Test
    void withoutHoursOrDeadlineTheBudgetIsTheRoadmapsStudyHoursPerWeek() {
        StudyPlan plan = queries(true).plan(PlanRequest.goals(GOALS).withStartDate(START));

        assertThat(plan.hoursPerWeek()).isEqualTo(roadmap.studyHoursPerWeek().orElseThrow().value());
        assertThat(plan.hoursSource()).isEqualTo(StudyPlan.HoursSource.ROADMAP);
    }

    @Test
    void withADeadlineThePlanAnswersTheFewestHoursAWeekThatMeetIt() {
        RoadmapQueries queries = queries(true);
        StudyPlan atTen = queries.plan(worked());
        LocalDate deadline = atTen.finishDate().orElseThrow();

        StudyPlan plan = queries.plan(PlanRequest.goals(GOALS).withKnown(List.of("python")).withStartDate(START)
                .withDeadline(deadline.toString()));

        assertThat(plan.hoursSource()).isEqualTo(StudyPlan.HoursSource.DEADLINE);
        assertThat(plan.hoursPerWeek()).isBetween(1, 10);
        assertThat(plan.finishDate().orElseThrow()).isBeforeOrEqualTo(deadline);
        for (int fewer = 1; fewer < plan.hoursPerWeek(); fewer++) {
            assertThat(queries.plan(worked().withHoursPerWeek(fewer)).finishDate().orElseThrow())
                    .as("%d hours a week", fewer).isAfter(deadline);
        }
    }

    @Test
    void goalsThatAreAllKnownGiveAnEmptyPlan() {
        StudyPlan plan = queries(true).plan(PlanRequest.goals(List.of("embeddings"))
                .withKnown(List.of("embeddings")).withHoursPerWeek(10).withStartDate(START));

        assertThat(plan.weeks()).isEmpty();
        assertThat(plan.months()).isEmpty();
        assertThat(plan.finishDate()).isEmpty();
        assertThat(plan.projects()).isEmpty();
        assertThat(plan.lowerBoundWeeks()).isZero();
        assertThat(plan.markdown()).contains("Nothing to learn");
    }

    @Test
    void withoutGoalsAPhaseOfTheRoadmapIsPlanned() {
        RoadmapQueries queries = queries(true);
        List<String> phaseOne = roadmap.topics().stream().filter(t -> t.phase() == 1).map(t -> t.id()).toList();

        StudyPlan plan = queries.plan(PlanRequest.roadmap("ai-engineer").withPhase(1).withHoursPerWeek(10)
                .withStartDate(START));

        assertThat(plan.topics()).extracting(p -> p.topic().id()).containsExactlyElementsOf(
                queries.learningPath(phaseOne, List.of(), Scope.roadmap("ai-engineer")).steps().stream()
                        .map(s -> s.topic().id()).toList());
    }

    @Test
    void theRouteComparisonSaysTheDocumentQaProjectWaitsForVectorSearch() {
        StudyPlan plan = queries(true).plan(PlanRequest.roadmap("ai-engineer").withHoursPerWeek(10)
                .withStartDate(START));

        assertThat(plan.routeRoadmap()).contains("ai-engineer");
        RouteDifference qa = plan.route().stream().filter(d -> d.id().equals("document-qa-system")).findFirst()
                .orElseThrow();
        PlannedTopic lastExercised = plan.topics().stream()
                .filter(t -> roadmap.project("document-qa-system").orElseThrow().topics().contains(t.topic().id()))
                .max(java.util.Comparator.comparingInt(PlannedTopic::finishWeek)).orElseThrow();
        assertThat(qa.fromMonth()).isEqualTo(4);
        assertThat(qa.reason()).startsWith("it exercises " + lastExercised.topic().id() + ", done in month ");
        assertThat(plan.route()).extracting(RouteDifference::timing).contains(StudyPlan.Timing.LATER);
        assertThat(plan.route()).allSatisfy(d -> assertThat(d.timing()).isEqualTo(
                d.planMonth() < d.fromMonth() ? StudyPlan.Timing.EARLIER
                        : d.planMonth() > d.toMonth() ? StudyPlan.Timing.LATER : StudyPlan.Timing.WITHIN));
    }

    @Test
    void theCalendarHasOneEventPerTopicPerWeekInFoldedLines() {
        StudyPlan plan = queries(true).plan(worked());
        String ics = plan.icalendar();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(1 + plan.weeks().stream().mapToInt(w -> w.topics().size())
                .sum());
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Week first = plan.weeks().get(0);
        assertThat(ics).contains("DTSTART;VALUE=DATE:20270201\r\nDTEND;VALUE=DATE:20270208\r\nSUMMARY:"
                + first.topics().get(0).topic().title().preferred());
    }

    @Test
    void theMarkdownHasAHeadingPerMonthAndTheProjects() {
        StudyPlan plan = queries(true).plan(worked());
        String markdown = plan.markdown();

        assertThat(markdown.lines().filter(l -> l.startsWith("## "))).hasSize(plan.months().size())
                .startsWith("## February 2027");
        plan.projects().forEach(p -> assertThat(markdown).contains("Build **" + p.project().title().preferred()
                + "**"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hours 0          | hoursPerWeek must be between 1 and 80, was 0
            hours 81         | hoursPerWeek must be between 1 and 80, was 81
            in progress 6    | maxInProgress must be between 1 and 5, was 6
            in progress 0    | maxInProgress must be between 1 and 5, was 0
            bad start        | startDate '2027-02-30' is not a date like 2027-02-01
            signed start     | startDate '+10000-01-01' is not a date like 2027-02-01
            end past 9999    | the plan's 32 weeks from 9999-06-01 would end after 9999-12-31; start earlier or plan more hours a week
            bad deadline     | deadline 'next year' is not a date like 2027-02-01
            deadline early   | deadline 2027-01-31 is before the start date 2027-02-01
            both             | give hoursPerWeek or a deadline, not both: with a deadline the plan answers the hours per week it needs
            no goals         | goals must name at least one topic, or give a roadmap (and a phase) to plan all its topics
            """)
    void badInputIsRejectedNamingTheValue(String kase, String message) {
        Map<String, UnaryOperator<PlanRequest>> cases = Map.ofEntries(
                Map.entry("hours 0", r -> r.withHoursPerWeek(0)),
                Map.entry("hours 81", r -> r.withHoursPerWeek(81)),
                Map.entry("in progress 6", r -> r.withMaxInProgress(6)),
                Map.entry("in progress 0", r -> r.withMaxInProgress(0)),
                Map.entry("bad start", r -> r.withStartDate("2027-02-30")),
                Map.entry("signed start", r -> r.withStartDate("+10000-01-01")),
                Map.entry("end past 9999", r -> r.withStartDate("9999-06-01")),
                Map.entry("bad deadline", r -> PlanRequest.goals(GOALS).withDeadline("next year")),
                Map.entry("deadline early", r -> PlanRequest.goals(GOALS).withStartDate(START)
                        .withDeadline("2027-01-31")),
                Map.entry("both", r -> r.withDeadline("2028-01-01")),
                Map.entry("no goals", r -> PlanRequest.goals(List.of()).withHoursPerWeek(10)));

        assertThatThrownBy(() -> queries(true).plan(cases.get(kase).apply(worked())))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.kind())
                        .isEqualTo(QueryException.Kind.BAD_USER_INPUT))
                .hasMessage(message);
    }

    @Test
    void aDeadlineNoBudgetMeetsIsRejectedNamingTheChain() {
        String lead = "no budget up to 80 hours a week finishes by 2027-02-21: the chain ";
        String tail = ", and only 3 whole weeks fit between 2027-02-01 and 2027-02-21";

        QueryException e = catchThrowableOfType(() -> queries(true).plan(PlanRequest.goals(GOALS)
                .withStartDate(START).withDeadline("2027-02-21")), QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).startsWith(lead).endsWith(tail);
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(.+) takes at least (\\d+) weeks \\(a topic "
                + "starts after its prerequisites are finished and gets at most 80/2 hours a week\\)")
                .matcher(e.getMessage().substring(lead.length(), e.getMessage().length() - tail.length()));
        assertThat(parts.matches()).as(e.getMessage()).isTrue();
        List<String> chain = List.of(parts.group(1).split(" → "));
        for (int i = 1; i < chain.size(); i++) {
            assertThat(graph.requires(chain.get(i))).as("%s requires %s", chain.get(i), chain.get(i - 1))
                    .contains(chain.get(i - 1));
        }
        assertThat(chain.stream().mapToInt(t -> StudyScheduler.minimumWeeks(graph.hours(t), 80, 2)).sum())
                .isEqualTo(Integer.parseInt(parts.group(2))).isGreaterThan(3);
    }

    @Test
    void unknownIdsAreNotFoundWithASuggestion() {
        assertThatThrownBy(() -> queries(true).plan(PlanRequest.goals(List.of("fine-tunng")).withHoursPerWeek(10)))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.kind())
                        .isEqualTo(QueryException.Kind.NOT_FOUND))
                .hasMessage("unknown topic 'fine-tunng'; did you mean 'fine-tuning'?");
        assertThatThrownBy(() -> queries(true).plan(PlanRequest.roadmap("ai-enginer").withHoursPerWeek(10)))
                .hasMessage("unknown roadmap 'ai-enginer'; the loaded roadmaps are 'ai-engineer'");
        assertThatThrownBy(() -> queries(true).plan(PlanRequest.roadmap("ai-engineer").withPhase(9)
                .withHoursPerWeek(10)))
                .hasMessage("roadmap 'ai-engineer' has no phase 9; its phases are 1, 2, 3, 4");
    }

    @Test
    void slackIsNeverNegativeAndZeroSomewhereOnEveryPlan() {
        StudyPlan plan = queries(true).plan(worked());
        Set<Integer> slacks = new HashSet<>();
        plan.topics().forEach(t -> slacks.add(t.slackWeeks()));

        assertThat(slacks).allSatisfy(s -> assertThat(s).isNotNegative()).contains(0);
    }

    @Test
    void aWholeRoadmapIsPlannedWhateverTheLimitOnIdsWhileTheRequestsOwnListsStayLimited() {
        int limit = 5;
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver(), new QueryOptions(java.util.Optional.empty(),
                java.time.Duration.ofSeconds(5), limit, true, java.time.Duration.ZERO));

        StudyPlan whole = queries.plan(PlanRequest.roadmap(roadmap.id()).withHoursPerWeek(10).withStartDate(START));

        assertThat(whole.topics()).as("more topics planned than one list may name").hasSizeGreaterThan(limit);
        assertThat(whole.topics()).extracting(p -> p.topic().id()).containsExactlyInAnyOrderElementsOf(
                queries(true).plan(PlanRequest.roadmap(roadmap.id()).withHoursPerWeek(10).withStartDate(START))
                        .topics().stream().map(p -> p.topic().id()).toList());
        List<String> tooMany = roadmap.topics().stream().limit(limit + 1).map(t -> t.id()).toList();
        assertThatThrownBy(() -> queries.plan(PlanRequest.goals(tooMany).withHoursPerWeek(10)))
                .isInstanceOf(QueryException.class).hasMessage("goals may name at most 5 ids, was 6");
    }
}
