package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 over real HTTP on the AI Engineer roadmap: {@code choices} on learningPath and plan, the picks in the
 * answer, a chosen tool alternative shown instead of the rejected tools under the path or plan (and nowhere else),
 * the groups as {@code RequirementGroup}s, and bad choices as BAD_USER_INPUT naming the group and the value.
 */
class ChoicesHttpIT {

    private static final List<String> GOALS = List.of("vector-databases", "rag");
    private static final Map<String, Object> FAISS = Map.of("group", "vector-database", "pick", List.of("faiss"));
    private static final Set<String> REJECTED = Set.of("pinecone", "weaviate", "chroma");

    private final GraphQLHarness server = GraphQLHarness.server();

    private JsonNode path(List<?> choices) {
        return ok(server.run("learningPathWithChoices", Map.of("goals", GOALS, "choices", choices)));
    }

    /** The tools a topic or project lists, as the choice of FAISS shows them: a rejected database becomes FAISS. */
    private static List<String> withFaiss(List<String> tools) {
        Set<String> shown = new LinkedHashSet<>();
        tools.forEach(t -> shown.add(REJECTED.contains(t) ? "faiss" : t));
        return new ArrayList<>(shown);
    }

    private static List<List<String>> tools(JsonNode items, String owner) {
        List<List<String>> all = new ArrayList<>();
        items.forEach(item -> all.add(texts(item, owner + "/tools", "/id")));
        return all;
    }

    @Test
    void aChosenVectorDatabaseIsReportedAddsNoStepAndIsShownInsteadOfTheOthers() {
        JsonNode plain = path(List.of());
        JsonNode chosen = path(List.of(FAISS));

        assertThat(plain.at("/data/learningPath/picks").size()).as("no requirement group on this path").isZero();
        assertThat(texts(chosen, "/data/learningPath/steps", "/topic/id"))
                .containsExactlyElementsOf(texts(plain, "/data/learningPath/steps", "/topic/id"));
        assertThat(chosen.at("/data/learningPath/totalHours")).isEqualTo(plain.at("/data/learningPath/totalHours"));
        JsonNode pick = chosen.at("/data/learningPath/picks/0");
        assertThat(chosen.at("/data/learningPath/picks").size()).isEqualTo(1);
        assertThat(pick.at("/group").asText()).isEqualTo("vector-database");
        assertThat(pick.at("/owner").asText()).isEqualTo("ai-engineer");
        assertThat(texts(pick, "/picked", "")).containsExactly("faiss");
        assertThat(pick.at("/why").asText()).isEqualTo("CHOSEN");
        assertThat(texts(pick, "/rejected", "/option")).containsExactly("pinecone", "weaviate", "chroma");
        pick.at("/rejected").forEach(r -> assertThat(r.at("/extraHours").asInt()).isZero());
        assertThat(pick.at("/requirementGroup/scope").asText()).isEqualTo("TOOLS");
        assertThat(chosen.at("/data/learningPath/picksExact").asBoolean()).isTrue();

        List<List<String>> before = tools(plain.at("/data/learningPath/steps"), "/topic");
        assertThat(before).as("some step lists a rejected database")
                .anySatisfy(list -> assertThat(list).containsAnyElementsOf(REJECTED));
        assertThat(tools(chosen.at("/data/learningPath/steps"), "/topic"))
                .containsExactlyElementsOf(before.stream().map(ChoicesHttpIT::withFaiss).toList());
    }

    @Test
    void thePlanShowsTheChosenToolForItsTopicsAndProjectsAndOffersTheSameProjects() {
        Map<String, Object> goals = Map.of("goals", List.of("vector-search", "vector-databases", "rag", "chunking",
                "rag-evaluation"));
        JsonNode plain = ok(server.run("planWithChoices", goals));
        Map<String, Object> withChoice = new java.util.HashMap<>(goals);
        withChoice.put("choices", List.of(FAISS));
        JsonNode chosen = ok(server.run("planWithChoices", withChoice));

        assertThat(texts(chosen, "/data/plan/projects", "/project/id"))
                .containsExactlyElementsOf(texts(plain, "/data/plan/projects", "/project/id"))
                .contains("document-qa-system");
        List<List<String>> projectTools = tools(plain.at("/data/plan/projects"), "/project");
        assertThat(projectTools).anySatisfy(list -> assertThat(list).contains("chroma"));
        assertThat(tools(chosen.at("/data/plan/projects"), "/project"))
                .containsExactlyElementsOf(projectTools.stream().map(ChoicesHttpIT::withFaiss).toList());
        assertThat(tools(chosen.at("/data/plan/topics"), "/topic")).containsExactlyElementsOf(
                tools(plain.at("/data/plan/topics"), "/topic").stream().map(ChoicesHttpIT::withFaiss).toList());
        assertThat(texts(chosen, "/data/plan/picks", "/group")).containsExactly("vector-database");
        assertThat(chosen.at("/data/plan/totalHours")).isEqualTo(plain.at("/data/plan/totalHours"));
    }

    @Test
    void theToolsOfATopicAskedOutsideAPathAreTheRoadmapsOwn() {
        JsonNode response = ok(server.run("requirementGroups", Map.of("topic", "vector-databases", "tool", "faiss")));

        JsonNode group = response.at("/data/tool/optionOf/0");
        assertThat(response.at("/data/tool/optionOf").size()).isEqualTo(1);
        assertThat(group.at("/id").asText()).isEqualTo("vector-database");
        assertThat(group.at("/kind").asText()).isEqualTo("ANY");
        assertThat(group.at("/default").asText()).isEqualTo("pinecone");
        assertThat(group.at("/owner/__typename").asText()).isEqualTo("Roadmap");
        assertThat(group.at("/owner/id").asText()).isEqualTo("ai-engineer");
        assertThat(texts(group, "/options", "/__typename")).containsOnly("Tool");
        assertThat(texts(group, "/options", "/id")).containsExactly("pinecone", "weaviate", "chroma", "faiss");
        assertThat(response.at("/data/topic/requirementGroups").size()).isZero();
    }

    @Test
    void aPhasesElectivesAreAGroupOwnedByThePhase() {
        JsonNode response = ok(server.run("requirementGroups", Map.of("topic", "computer-vision-ai",
                "tool", "langchain")));

        JsonNode electives = response.at("/data/topic/optionOf/0");
        assertThat(response.at("/data/topic/optionOf").size()).isEqualTo(1);
        assertThat(electives.at("/scope").asText()).isEqualTo("ELECTIVES");
        assertThat(electives.at("/owner/__typename").asText()).isEqualTo("Phase");
        assertThat(electives.at("/owner/number").asInt()).isEqualTo(4);
        assertThat(texts(electives, "/options", "/id"))
                .containsExactly("computer-vision-ai", "advanced-architectures", "research-skills");
        assertThat(texts(response, "/data/tool/optionOf", "/id")).containsExactly("orchestration-framework");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vector-databases | faiss         | unknown group 'vector-databases'; the groups are monitoring-tool, orchestration-framework, phase-4~electives, ui-framework, vector-database
            vector-database  | langchain     | 'langchain' is not an option of group 'vector-database'; its options are pinecone, weaviate, chroma, faiss
            vector-database  | faiss chroma  | group 'vector-database' takes 1 option, but 2 were picked: faiss, chroma
            """)
    void aBadChoiceIsBadUserInputNamingTheGroupAndTheValueAndNothingElseIsAnswered(String group, String pick,
                                                                                   String message) {
        for (String operation : List.of("learningPathWithChoices", "planWithChoices")) {
            JsonNode response = server.run(operation, Map.of("goals", GOALS, "choices",
                    List.of(Map.of("group", group, "pick", List.of(pick.split(" "))))));

            error(response, "BAD_USER_INPUT", message);
            assertThat(response.path("data").isNull()).as("%s answers nothing: %s", operation, response).isTrue();
        }
    }

    private static final List<String> ELECTIVES = List.of("computer-vision-ai", "advanced-architectures",
            "research-skills");

    private JsonNode planOfPhaseFour(Map<String, ?> variables) {
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.put("phase", 4);
        return ok(server.run("planWithElectives", all)).at("/data/plan");
    }

    private static JsonNode electivesPick(JsonNode plan) {
        List<JsonNode> picks = new ArrayList<>();
        plan.at("/picks").forEach(p -> {
            if (p.at("/group").asText().equals("phase-4~electives")) {
                picks.add(p);
            }
        });
        assertThat(picks).as("the electives' pick in %s", plan).hasSize(1);
        return picks.get(0);
    }

    @Test
    void aPlanOfPhaseFourLearnsItsCheapestElectiveAndSaysWhatTheOthersCostExtra() {
        JsonNode plan = planOfPhaseFour(Map.of());

        JsonNode pick = electivesPick(plan);
        assertThat(pick.at("/why").asText()).isEqualTo("CHEAPEST");
        assertThat(pick.at("/owner").asText()).isEqualTo("ai-engineer/phase-4");
        assertThat(pick.at("/requirementGroup/scope").asText()).isEqualTo("ELECTIVES");
        assertThat(pick.at("/requirementGroup/owner/number").asInt()).isEqualTo(4);
        List<String> picked = texts(pick, "/picked", "");
        assertThat(picked).hasSize(1).isSubsetOf(ELECTIVES);
        assertThat(texts(pick, "/rejected", "/option")).containsExactlyElementsOf(ELECTIVES.stream()
                .filter(e -> !picked.contains(e)).toList());
        pick.at("/rejected").forEach(r -> assertThat(r.at("/extraHours").asInt()).isNotNegative());
        List<String> topics = texts(plan, "/topics", "/topic/id");
        assertThat(topics).containsAll(picked).doesNotContainAnyElementsOf(texts(pick, "/rejected", "/option"));
        assertThat(plan.at("/picksExact").asBoolean()).isTrue();
    }

    @Test
    void aPlanOfPhaseFourLearnsTheChosenElectiveAtTheExtraHoursTheDefaultAnswerGaveIt() {
        JsonNode cheapest = planOfPhaseFour(Map.of());
        String other = texts(electivesPick(cheapest), "/rejected", "/option").get(0);
        int extra = electivesPick(cheapest).at("/rejected/0/extraHours").asInt();

        JsonNode chosen = planOfPhaseFour(Map.of("choices", List.of(Map.of("group", "phase-4~electives",
                "pick", List.of(other)))));

        JsonNode pick = electivesPick(chosen);
        assertThat(pick.at("/why").asText()).isEqualTo("CHOSEN");
        assertThat(texts(pick, "/picked", "")).containsExactly(other);
        assertThat(texts(chosen, "/topics", "/topic/id")).contains(other)
                .doesNotContainAnyElementsOf(texts(electivesPick(cheapest), "/picked", ""));
        assertThat(chosen.at("/totalHours").asInt()).isEqualTo(cheapest.at("/totalHours").asInt() + extra);
    }

    @Test
    void knowingAnElectiveSatisfiesPhaseFoursElectives() {
        JsonNode plan = planOfPhaseFour(Map.of("known", List.of("research-skills")));

        JsonNode pick = electivesPick(plan);
        assertThat(pick.at("/why").asText()).isEqualTo("ALREADY_KNOWN");
        assertThat(texts(pick, "/picked", "")).containsExactly("research-skills");
        assertThat(texts(plan, "/topics", "/topic/id")).doesNotContainAnyElementsOf(ELECTIVES);
    }

    @ParameterizedTest(name = "phase {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4 | rag                                | 'rag' is not an option of group 'phase-4~electives'; its options are computer-vision-ai, advanced-architectures, research-skills
            4 | research-skills computer-vision-ai | group 'phase-4~electives' takes 1 option, but 2 were picked: research-skills, computer-vision-ai
            3 | research-skills                    | group 'phase-4~electives' is the electives of a phase, chosen only in a plan of the whole roadmap or of that phase (without goals): here, name the electives you want as goals instead of choosing research-skills
            """)
    void aBadChoiceOfElectivesIsBadUserInputNamingTheGroupAndTheValue(int phase, String pick, String message) {
        JsonNode response = server.run("planWithElectives", Map.of("phase", phase, "choices",
                List.of(Map.of("group", "phase-4~electives", "pick", List.of(pick.split(" "))))));

        error(response, "BAD_USER_INPUT", message);
    }

    @Test
    void choosingAPhasesElectivesBesideGoalsIsBadUserInput() {
        JsonNode response = server.run("learningPathWithChoices", Map.of("goals", GOALS, "choices",
                List.of(Map.of("group", "phase-4~electives", "pick", List.of("research-skills")))));

        error(response, "BAD_USER_INPUT", "group 'phase-4~electives' is the electives of a phase, chosen only in a"
                + " plan of the whole roadmap or of that phase (without goals): here, name the electives you want as"
                + " goals instead of choosing research-skills");
    }

    @Test
    void aChoiceThatPicksNothingIsBadUserInput() {
        JsonNode response = server.run("learningPathWithChoices", Map.of("goals", GOALS, "choices",
                List.of(Map.of("group", "vector-database", "pick", List.of()))));

        error(response, "BAD_USER_INPUT", "the choice of group 'vector-database' picks nothing: name at least one"
                + " of its options");
    }
}
