package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.algorithms.ChoicePlanner.Pick;
import io.roadmapgraph.algorithms.ChoicePlanner.Rejected;
import io.roadmapgraph.algorithms.ChoicePlanner.Why;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.ChoosyRoadmap;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 16, the query library: a learner's choices force a group's picks, in learning paths and plans alike; the
 * answers carry every pick with why and what each rejected option would have cost; a chosen tool alternative adds no
 * step and shows its pick instead of the rejected tools; a bad choice is BAD_USER_INPUT naming the group and value.
 */
class LearnerChoicesIT extends Neo4jTestSupport {


    private final RoadmapLoader loader = new RoadmapLoader(driver);
    private final RoadmapQueries queries = new RoadmapQueries(driver);
    private final Roadmap roadmap = ChoosyRoadmap.read();

    private static List<String> ids(LearningPath path) {
        return path.steps().stream().map(step -> step.topic().id()).toList();
    }

    private LearningPath pathToRag(Choice... choices) {
        return queries.learningPath(List.of("rag"), List.of(), Scope.ALL, Arrays.asList(choices));
    }

    @Test
    void withoutChoicesThePathSaysWhatItPickedAndWhatTheRejectedOptionWouldHaveCost() {
        loader.load(roadmap);

        LearningPath path = pathToRag();

        assertThat(ids(path)).containsExactlyInAnyOrder("statistics", "javascript", "rag");
        assertThat(path.picks().groups()).containsExactly(
                new Pick("programming-language", "rag", List.of("web-stack"), Why.CHEAPEST,
                        List.of(new Rejected("python", 40 - 20))),
                new Pick("web-stack", "rag", List.of("javascript", "statistics"), Why.CHEAPEST,
                        List.of(new Rejected("typing", 30 - 20))));
        assertThat(path.picks().exact()).isTrue();
        assertThat(path.picks().toolsInsteadOf()).isEmpty();
    }

    @Test
    void aChosenPickIsHonouredAndReportedAsChosen() {
        loader.load(roadmap);

        LearningPath path = pathToRag(new Choice("programming-language", List.of("python")));

        assertThat(ids(path)).containsExactlyInAnyOrder("statistics", "python", "rag");
        assertThat(path.totalHours()).isEqualTo(10 + 40 + 25);
        assertThat(path.picks().groups()).singleElement().satisfies(pick -> {
            assertThat(pick.why()).isEqualTo(Why.CHOSEN);
            assertThat(pick.picked()).containsExactly("python");
            assertThat(pick.rejected()).containsExactly(new Rejected("web-stack", 20 - 40));
        });
        ChoicePlanner.Result inMemory = ChoicePlanner.plan(TopicGraphs.grouped(roadmap), List.of("rag"), List.of(),
                Map.of("programming-language", List.of("python")));
        assertThat(ids(path)).containsExactlyElementsOf(inMemory.plan().topics());
    }

    @Test
    void aChosenToolAddsNoStepAndIsShownInsteadOfTheRejectedOnes() {
        loader.load(roadmap);

        LearningPath path = pathToRag(new Choice("vector-database", List.of("faiss")));

        assertThat(ids(path)).containsExactlyElementsOf(ids(pathToRag()));
        assertThat(path.totalHours()).isEqualTo(pathToRag().totalHours());
        assertThat(path.picks().groups()).last().isEqualTo(new Pick("vector-database", "choosy", List.of("faiss"),
                Why.CHOSEN, List.of(new Rejected("chroma", 0))));
        assertThat(path.picks().toolsInsteadOf()).containsExactly(Map.entry("chroma", List.of("faiss")));
        assertThat(path.picks().tools(List.of("chroma", "faiss", "numpy"))).containsExactly("faiss", "numpy");
        assertThat(path.picks().tools(List.of("chroma", "numpy"))).containsExactly("faiss", "numpy");
    }

    @Test
    void thePlanSchedulesTheChosenPathAndCarriesItsPicks() {
        loader.load(roadmap);
        List<Choice> choices = List.of(new Choice("programming-language", List.of("python")),
                new Choice("vector-database", List.of("faiss")));

        StudyPlan plan = queries.plan(PlanRequest.goals(List.of("rag")).withHoursPerWeek(10)
                .withStartDate("2027-02-01").withChoices(choices));

        assertThat(plan.topics()).extracting(t -> t.topic().id())
                .containsExactlyElementsOf(ids(queries.learningPath(List.of("rag"), List.of(), Scope.ALL, choices)));
        assertThat(plan.totalHours()).isEqualTo(10 + 40 + 25);
        assertThat(plan.picks().groups()).extracting(Pick::group, Pick::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("programming-language", Why.CHOSEN),
                org.assertj.core.groups.Tuple.tuple("vector-database", Why.CHOSEN));
        assertThat(plan.picks().toolsInsteadOf()).containsOnlyKeys("chroma");
    }

    @Test
    void knowingAnOptionReportsTheGroupAsAlreadyKnown() {
        loader.load(roadmap);

        LearningPath path = queries.learningPath(List.of("rag"), List.of("python"), Scope.roadmap("choosy"),
                List.of());

        assertThat(ids(path)).containsExactlyInAnyOrder("statistics", "rag");
        assertThat(path.picks().groups()).extracting(Pick::group, Pick::why, Pick::picked)
                .contains(org.assertj.core.groups.Tuple.tuple("programming-language", Why.ALREADY_KNOWN,
                        List.of("python")));
    }

    private StudyPlan planOfPhaseTwo(List<String> known, Choice... choices) {
        return queries.plan(PlanRequest.roadmap("choosy").withPhase(2).withKnown(known).withHoursPerWeek(10)
                .withStartDate("2027-02-01").withChoices(Arrays.asList(choices)));
    }

    @Test
    void aPlanOfAPhaseLearnsTheCheapestOfItsElectivesAndSaysWhatTheOtherCostsExtra() {
        loader.load(roadmap);

        StudyPlan plan = planOfPhaseTwo(List.of());

        assertThat(plan.topics()).extracting(t -> t.topic().id())
                .containsExactlyInAnyOrder("statistics", "javascript", "rag", "audio");
        assertThat(plan.totalHours()).isEqualTo(10 + 20 + 25 + 6);
        assertThat(plan.picks().groups()).filteredOn(p -> p.group().equals("specialisation")).singleElement()
                .isEqualTo(new Pick("specialisation", "choosy/phase-2", List.of("audio"), Why.CHEAPEST,
                        List.of(new Rejected("vision", 8 - 6))));
    }

    @Test
    void aPlanOfAPhaseLearnsTheChosenElectiveInstead() {
        loader.load(roadmap);

        StudyPlan plan = planOfPhaseTwo(List.of(), new Choice("specialisation", List.of("vision")));

        assertThat(plan.topics()).extracting(t -> t.topic().id()).contains("vision").doesNotContain("audio");
        assertThat(plan.totalHours()).isEqualTo(10 + 20 + 25 + 8);
        assertThat(plan.picks().groups()).filteredOn(p -> p.group().equals("specialisation")).singleElement()
                .isEqualTo(new Pick("specialisation", "choosy/phase-2", List.of("vision"), Why.CHOSEN,
                        List.of(new Rejected("audio", 6 - 8))));
    }

    @Test
    void aPlanOfTheWholeRoadmapLearnsOneElectiveAndEveryOtherTopic() {
        loader.load(roadmap);

        StudyPlan plan = queries.plan(PlanRequest.roadmap("choosy").withHoursPerWeek(10)
                .withStartDate("2027-02-01"));

        assertThat(plan.topics()).extracting(t -> t.topic().id()).containsExactlyInAnyOrder("python", "javascript",
                "typing", "statistics", "rag", "audio");
        assertThat(plan.picks().groups()).extracting(Pick::group).contains("specialisation");
    }

    @Test
    void knowingAnElectiveSatisfiesThePhasesElectives() {
        loader.load(roadmap);

        StudyPlan plan = planOfPhaseTwo(List.of("vision"));

        assertThat(plan.topics()).extracting(t -> t.topic().id())
                .containsExactlyInAnyOrder("statistics", "javascript", "rag");
        assertThat(plan.picks().groups()).filteredOn(p -> p.group().equals("specialisation"))
                .extracting(Pick::picked, Pick::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("vision"), Why.ALREADY_KNOWN));
    }

    @Test
    void goalsThatNameElectivesKeepThem() {
        loader.load(roadmap);

        StudyPlan plan = queries.plan(PlanRequest.goals(List.of("vision", "audio")).within(Scope.roadmap("choosy"))
                .withHoursPerWeek(10).withStartDate("2027-02-01"));

        assertThat(plan.topics()).extracting(t -> t.topic().id()).containsExactlyInAnyOrder("vision", "audio");
        assertThat(plan.picks().groups()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            specialisation     | rag                | 'rag' is not an option of group 'specialisation'; its options are vision, audio
            specialisation     | vision audio       | group 'specialisation' takes 1 option, but 2 were picked: vision, audio
            """)
    void aBadChoiceOfElectivesIsBadUserInputNamingTheGroupAndTheValue(String group, String picks, String message) {
        loader.load(roadmap);

        QueryException e = catchThrowableOfType(() -> planOfPhaseTwo(List.of(), new Choice(group,
                List.of(picks.split(" ")))), QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).startsWith(message);
    }

    @Test
    void electivesOfAPhaseThePlanDoesNotCoverCannotBeChosen() {
        loader.load(roadmap);

        QueryException e = catchThrowableOfType(() -> queries.plan(PlanRequest.roadmap("choosy").withPhase(1)
                .withHoursPerWeek(10).withChoices(List.of(new Choice("specialisation", List.of("vision"))))),
                QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).startsWith("group 'specialisation' is the electives of a phase, chosen only in a"
                + " plan of the whole roadmap or of that phase");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            databases          | chroma             | unknown group 'databases'; the groups are programming-language, specialisation, vector-database, web-stack
            vector-database    | pinecone           | 'pinecone' is not an option of group 'vector-database'; its options are chroma, faiss
            vector-database    | chroma faiss       | group 'vector-database' takes 1 option, but 2 were picked: chroma, faiss
            programming-language | python web-stack | group 'programming-language' takes 1 option, but 2 were picked: python, web-stack
            specialisation     | vision             | group 'specialisation' is the electives of a phase
            web-stack          | rag                | 'rag' is not an option of group 'web-stack'; its options are javascript, typing, statistics
            """)
    void aBadChoiceIsBadUserInputNamingTheGroupAndTheValue(String group, String picks, String message) {
        loader.load(roadmap);

        QueryException e = catchThrowableOfType(() -> pathToRag(new Choice(group, List.of(picks.split(" ")))),
                QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).startsWith(message);
    }

    @Test
    void aChoiceOfAGroupOutsideTheScopeIsUnknownThere() {
        loader.load(roadmap);
        loader.load(RoadmapReader.read("other.yaml", OTHER));

        QueryException e = catchThrowableOfType(() -> queries.learningPath(List.of("deploy"), List.of(),
                Scope.roadmap("other"), List.of(new Choice("vector-database", List.of("faiss")))),
                QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).isEqualTo("unknown group 'vector-database' in roadmap 'other'; the groups are none");
    }

    /** A second roadmap in which python requires rag: over both roadmaps, picking python for rag makes a cycle. */
    static final String OTHER = """
            id: other
            title: Other
            summary: Python after RAG
            source: {document: other.md, language: en, basedOn: Nothing}
            phases:
              - {number: 1, title: All, goal: All}
            topics:
              - {id: rag, title: RAG, summary: Retrieval, phase: 1, importance: core, estimatedHours: 25}
              - id: python
                title: Python
                summary: Python
                phase: 1
                importance: core
                estimatedHours: 40
                requires: [{topic: rag, reason: Examples}]
              - {id: deploy, title: Deploy, summary: Ship, phase: 1, importance: core, estimatedHours: 5}
            """;

    @Test
    void aPickThatMakesACycleIsBadUserInputNamingTheGroupAndThePick() {
        loader.load(roadmap);
        loader.load(RoadmapReader.read("other.yaml", OTHER));

        assertThat(ids(pathToRag())).as("the cheapest picks avoid the cycle").doesNotContain("python");
        QueryException e = catchThrowableOfType(() -> pathToRag(new Choice("programming-language",
                List.of("python"))), QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).contains("programming-language").contains("python").contains("cycle");
    }

    @Test
    void aChoiceMustPickSomething() {
        QueryException e = catchThrowableOfType(() -> new Choice("vector-database", List.of()), QueryException.class);

        assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThat(e.getMessage()).contains("'vector-database' picks nothing");
    }
}
