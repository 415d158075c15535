package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.server.testing.TestTokens;
import io.roadmapgraph.testkit.ChoosyRoadmap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 over real HTTP on a roadmap whose topic requires groups (test-kit's {@code ChoosyRoadmap}: rag needs python
 * or two of javascript, typing and statistics), in a server with its own embedded Neo4j (the shared graph keeps the
 * AI Engineer roadmap alone): the cheapest picks with what each rejected option costs extra, a learner's pick
 * honoured in learningPath and plan, with useProgress the picks counting a learner's hours left, and the groups shown
 * as groups in topic and prerequisites answers.
 */
class ChoicesOwnGraphIT {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path files;

    private static TestServer api;

    @BeforeAll
    static void startAServerWithTheChoosyRoadmapOnly() throws Exception {
        api = OwnGraphServer.start(dataDir, ChoosyRoadmap.writeTo(files), "choosy", TestTokens.serverSettings());
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static JsonNode run(String operation, Map<String, ?> variables) {
        return api.graphql(operation, variables).json();
    }

    @Test
    void thePathTakesTheCheapestOptionsAndSaysWhatTheOthersWouldHaveCost() {
        JsonNode path = ok(run("learningPathWithChoices", Map.of("goals", List.of("rag")))).at("/data/learningPath");

        assertThat(texts(path, "/steps", "/topic/id")).containsExactlyInAnyOrder("statistics", "javascript", "rag");
        assertThat(path.at("/totalHours").asInt()).isEqualTo(10 + 20 + 25);
        assertThat(texts(path, "/picks", "/group")).containsExactly("programming-language", "web-stack");
        assertThat(texts(path, "/picks", "/why")).containsOnly("CHEAPEST");
        assertThat(texts(path.at("/picks/0"), "/picked", "")).containsExactly("web-stack");
        assertThat(path.at("/picks/0/rejected/0/option").asText()).isEqualTo("python");
        assertThat(path.at("/picks/0/rejected/0/extraHours").asInt()).isEqualTo(40 - 20);
        assertThat(path.at("/picks/1/rejected/0/option").asText()).isEqualTo("typing");
        assertThat(path.at("/picks/1/rejected/0/extraHours").asInt()).isEqualTo(30 - 20);
        assertThat(path.at("/picks/0/rejected/0/cycle").isArray()).as("one roadmap: no option closes a cycle").isTrue();
        assertThat(path.at("/picks/0/rejected/0/cycle")).isEmpty();
        assertThat(path.at("/picks/0/requirementGroup/kind").asText()).isEqualTo("ANY");
        assertThat(path.at("/picks/1/requirementGroup/kind").asText()).isEqualTo("N_OF");
        assertThat(path.at("/picks/1/requirementGroup/n").asInt()).isEqualTo(2);
        assertThat(path.at("/picksExact").asBoolean()).isTrue();
    }

    @Test
    void aLearnersPickIsHonouredInThePathAndInThePlan() {
        List<Map<String, Object>> python = List.of(Map.of("group", "programming-language", "pick",
                List.of("python")));

        JsonNode path = ok(run("learningPathWithChoices", Map.of("goals", List.of("rag"), "choices", python)))
                .at("/data/learningPath");
        JsonNode plan = ok(run("planWithChoices", Map.of("goals", List.of("rag"), "choices", python)))
                .at("/data/plan");

        assertThat(texts(path, "/steps", "/topic/id")).containsExactlyInAnyOrder("statistics", "python", "rag");
        assertThat(path.at("/picks/0/why").asText()).isEqualTo("CHOSEN");
        assertThat(path.at("/picks/0/rejected/0/extraHours").asInt()).isEqualTo(20 - 40);
        assertThat(texts(plan, "/topics", "/topic/id")).containsExactlyElementsOf(texts(path, "/steps", "/topic/id"));
        assertThat(plan.at("/totalHours").asInt()).isEqualTo(10 + 40 + 25);
        assertThat(texts(plan, "/picks", "/why")).containsExactly("CHOSEN");
    }

    private static JsonNode runAs(String learner, String operation, Map<String, ?> variables) {
        return api.query(TestServer.operation(operation), variables,
                Map.of("Authorization", "Bearer " + TestTokens.token(learner))).json();
    }

    /**
     * With 28 of typing's 30 h spent, the cheapest path to rag takes typing (2 h left) rather than javascript (20 h):
     * 10 + 2 + 25 h, as the same path chosen by hand and the plan say; the rejected options' extra hours count what is
     * left, and a learner partway into an elective (vision: 1 h left of 8) gets it rather than audio (6 h).
     */
    @Test
    void withUseProgressThePicksCountTheLearnersHoursLeft() {
        String learner = "partway";
        ok(runAs(learner, "setProgress", Map.of("topic", "typing", "status", "LEARNING", "hours", 28)));
        ok(runAs(learner, "setProgress", Map.of("topic", "vision", "status", "LEARNING", "hours", 7)));
        Map<String, Object> toRag = Map.of("goals", List.of("rag"), "roadmap", "choosy", "useProgress", true);

        JsonNode path = ok(runAs(learner, "learningPathWithChoices", toRag)).at("/data/learningPath");
        JsonNode byHand = ok(runAs(learner, "learningPathWithChoices", Map.of("goals", List.of("rag"), "roadmap",
                "choosy", "useProgress", true, "choices", List.of(Map.of("group", "web-stack", "pick",
                        List.of("typing")))))).at("/data/learningPath");
        JsonNode plan = ok(runAs(learner, "planWithChoices", toRag)).at("/data/plan");
        JsonNode phase2 = ok(runAs(learner, "planWithChoices", Map.of("roadmap", "choosy", "phase", 2,
                "useProgress", true))).at("/data/plan");

        assertThat(texts(path, "/steps", "/topic/id")).containsExactlyInAnyOrder("statistics", "typing", "rag");
        assertThat(path.at("/totalHours").asInt()).isEqualTo(10 + 2 + 25)
                .isEqualTo(byHand.at("/totalHours").asInt()).isEqualTo(plan.at("/totalHours").asInt());
        assertThat(texts(path, "/picks", "/why")).containsOnly("CHEAPEST");
        assertThat(texts(path.at("/picks/1"), "/picked", "")).containsExactly("typing", "statistics");
        assertThat(path.at("/picks/0/rejected/0/option").asText()).isEqualTo("python");
        assertThat(path.at("/picks/0/rejected/0/extraHours").asInt()).isEqualTo(40 - 2);
        assertThat(path.at("/picks/1/rejected/0/option").asText()).isEqualTo("javascript");
        assertThat(path.at("/picks/1/rejected/0/extraHours").asInt()).isEqualTo(20 - 2);
        assertThat(texts(plan, "/topics", "/topic/id")).containsExactlyInAnyOrderElementsOf(
                texts(path, "/steps", "/topic/id"));
        assertThat(texts(phase2, "/topics", "/topic/id")).contains("vision").doesNotContain("audio");
        assertThat(phase2.at("/totalHours").asInt()).isEqualTo(10 + 2 + 25 + 1);
        assertThat(texts(phase2, "/picks", "/group")).contains("specialisation");
    }

    @Test
    void aTopicsGroupsAreShownAsGroupsNotFlattenedIntoItsPrerequisites() {
        JsonNode response = ok(run("requirementGroups", Map.of("topic", "rag", "tool", "faiss")));

        JsonNode group = response.at("/data/topic/requirementGroups/0");
        assertThat(response.at("/data/topic/requirementGroups").size()).as("nested groups are options").isEqualTo(1);
        assertThat(group.at("/id").asText()).isEqualTo("programming-language");
        assertThat(group.at("/reason").asText()).isEqualTo("One language with its types");
        assertThat(group.at("/owner/id").asText()).isEqualTo("rag");
        assertThat(texts(group, "/options", "/__typename")).containsExactly("Topic", "RequirementGroup");
        assertThat(group.at("/options/1/id").asText()).isEqualTo("web-stack");
        assertThat(texts(group.at("/options/1"), "/optionIds", "")).containsExactly("javascript", "typing",
                "statistics");
        assertThat(texts(response, "/data/prerequisites", "/topic/id")).containsExactly("statistics");
        assertThat(texts(response, "/data/tool/optionOf", "/id")).containsExactly("vector-database");
    }

    @Test
    void aPickThatIsNoOptionOfTheNestedGroupIsBadUserInput() {
        JsonNode response = run("learningPathWithChoices", Map.of("goals", List.of("rag"), "choices",
                List.of(Map.of("group", "web-stack", "pick", List.of("python")))));

        error(response, "BAD_USER_INPUT", "'python' is not an option of group 'web-stack'; its options are"
                + " javascript, typing, statistics");
    }
}
