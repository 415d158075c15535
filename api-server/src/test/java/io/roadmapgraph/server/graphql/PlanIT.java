package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.query.PlanRequest;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.StudyPlan;
import io.roadmapgraph.testkit.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ints;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code Query.plan} over real HTTP against a real Neo4j holding the AI Engineer roadmap. */
class PlanIT {

    private static final Map<String, Object> WORKED = Map.of("goals", List.of("fine-tuning", "agents"),
            "known", List.of("python"), "hoursPerWeek", 10, "startDate", "2027-02-01");

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void theWorkedExampleKeepsTheBudgetAndStartsEveryTopicAfterItsPrerequisites() {
        JsonNode plan = ok(server.run("plan", WORKED)).at("/data/plan");

        assertThat(ints(plan, "/weeks", "/hours")).isNotEmpty().allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(10));
        Map<String, JsonNode> byId = new HashMap<>();
        plan.at("/topics").forEach(t -> byId.put(t.at("/topic/id").asText(), t));
        assertThat(byId).doesNotContainKey("python").containsKeys("fine-tuning", "agents");
        byId.values().forEach(t -> t.at("/topic/requires").forEach(r -> {
            JsonNode before = byId.get(r.at("/topic/id").asText());
            if (before != null) {
                assertThat(t.at("/startWeek").asInt()).as("%s after %s", t.at("/topic/id"), r)
                        .isGreaterThan(before.at("/finishWeek").asInt());
            }
        }));
        assertThat(plan.at("/weekCount").asInt()).isGreaterThanOrEqualTo(plan.at("/lowerBoundWeeks").asInt())
                .isEqualTo(plan.at("/weeks").size());
        assertThat(plan.at("/gapWeeks").asInt())
                .isEqualTo(plan.at("/weekCount").asInt() - plan.at("/lowerBoundWeeks").asInt());
        assertThat(plan.at("/startDate").asText()).isEqualTo("2027-02-01");
        assertThat(plan.at("/months/0/month").asText()).isEqualTo("2027-02");
        assertThat(plan.at("/hoursSource").asText()).isEqualTo("ASKED");
        assertThat(plan.at("/routeRoadmap/id").asText()).isEqualTo("ai-engineer");
    }

    @Test
    void theApiAnswersWhatTheJvmApiAnswers() {
        JsonNode plan = ok(server.run("plan", WORKED)).at("/data/plan");
        StudyPlan jvm = new RoadmapQueries(SharedNeo4j.driver()).plan(PlanRequest.goals(List.of("fine-tuning",
                "agents")).withKnown(List.of("python")).withHoursPerWeek(10).withStartDate("2027-02-01"));

        assertThat(texts(plan, "/topics", "/topic/id"))
                .containsExactlyElementsOf(jvm.topics().stream().map(t -> t.topic().id()).toList());
        assertThat(ints(plan, "/topics", "/finishWeek"))
                .containsExactlyElementsOf(jvm.topics().stream().map(StudyPlan.PlannedTopic::finishWeek).toList());
        assertThat(texts(plan, "/projects", "/project/id"))
                .containsExactlyElementsOf(jvm.projects().stream().map(p -> p.project().id()).toList());
        assertThat(plan.at("/finishDate").asText()).isEqualTo(jvm.finishDate().orElseThrow().toString());
        assertThat(texts(plan, "/criticalPath", "/topic/id"))
                .containsExactlyElementsOf(jvm.criticalPath().stream().map(t -> t.topic().id()).toList());
    }

    @Test
    void withoutHoursTheRoadmapsStudyHoursPerWeekAreTheBudget() {
        JsonNode plan = ok(server.run("plan", Map.of("goals", List.of("agents"), "startDate", "2027-02-01")))
                .at("/data/plan");

        assertThat(plan.at("/hoursPerWeek").asInt()).isEqualTo(Responses.ROADMAP.studyHoursPerWeek().orElseThrow()
                .value());
        assertThat(plan.at("/hoursSource").asText()).isEqualTo("ROADMAP");
    }

    @Test
    void goalsThatAreAllKnownGiveAnEmptyPlan() {
        JsonNode plan = ok(server.run("plan", Map.of("goals", List.of("python"), "known", List.of("python"),
                "hoursPerWeek", 10))).at("/data/plan");

        assertThat(plan.at("/weeks").size()).isZero();
        assertThat(plan.at("/weekCount").asInt()).isZero();
        assertThat(plan.at("/finishDate").isNull()).isTrue();
    }

    @Test
    void thePlanComesAsICalendarAndAsMarkdown() {
        JsonNode plan = ok(server.run("planAsText", WORKED)).at("/data/plan");

        assertThat(plan.at("/icalendar").asText()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n")
                .contains("DTSTART;VALUE=DATE:20270201\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(plan.at("/markdown").asText()).startsWith("# Study plan\n").contains("\n## February 2027\n");
        assertThat(plan.at("/markdown").asText().lines().filter(l -> l.startsWith("## ")).count())
                .isEqualTo(plan.at("/months").size());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hoursPerWeek  | 0             | BAD_USER_INPUT | hoursPerWeek must be between 1 and 80, was 0
            hoursPerWeek  | 81            | BAD_USER_INPUT | hoursPerWeek must be between 1 and 80, was 81
            maxInProgress | 6             | BAD_USER_INPUT | maxInProgress must be between 1 and 5, was 6
            startDate     | 1 Feb 2027    | BAD_USER_INPUT | startDate '1 Feb 2027' is not a date like 2027-02-01
            startDate     | +10000-01-01  | BAD_USER_INPUT | startDate '+10000-01-01' is not a date like 2027-02-01
            startDate     | 9999-06-01    | BAD_USER_INPUT | the plan's 34 weeks from 9999-06-01 would end after 9999-12-31; start earlier or plan more hours a week
            deadline      | 2027-01-15    | BAD_USER_INPUT | deadline 2027-01-15 is before the start date 2027-02-01
            goals         | fine-tunng    | NOT_FOUND      | unknown topic 'fine-tunng'; did you mean 'fine-tuning'?
            known         | pyton         | NOT_FOUND      | unknown topic 'pyton'; did you mean 'python'?
            roadmap       | ai-enginer    | NOT_FOUND      | unknown roadmap 'ai-enginer'; the loaded roadmaps are 'ai-engineer'
            """)
    void badInputIsAnErrorNamingTheValueAndNothingElseIsAnswered(String argument, String value, String code,
                                                                  String message) {
        Map<String, Object> variables = new LinkedHashMap<>(Map.of("goals", List.of("agents"),
                "startDate", "2027-02-01"));
        if (!argument.equals("deadline")) {
            variables.put("hoursPerWeek", 10);
        }
        variables.put(argument, switch (argument) {
            case "hoursPerWeek", "maxInProgress" -> Integer.parseInt(value);
            case "goals", "known" -> List.of(value);
            default -> value;
        });

        JsonNode response = server.run("plan", variables);

        error(response, code, message);
        assertThat(response.at("/data").isNull()).as("no data in %s", response).isTrue();
    }

    @Test
    void aDeadlineNoBudgetMeetsNamesTheChainThatMakesItImpossible() {
        JsonNode response = server.run("plan", Map.of("goals", List.of("agents"), "startDate", "2027-02-01",
                "deadline", "2027-02-14"));

        assertThat(response.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.at("/errors/0/message").asText())
                .startsWith("no budget up to 80 hours a week finishes by 2027-02-14: the chain python → ")
                .contains(" → agents → ")
                .endsWith(", and only 2 whole weeks fit between 2027-02-01 and 2027-02-14");
    }
}
