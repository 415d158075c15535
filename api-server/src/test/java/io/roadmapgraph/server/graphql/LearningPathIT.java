package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.algorithms.LearningPathPlanner;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.GRAPH;
import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ints;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class LearningPathIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void thePathToFineTuningStartsWithPythonAndPutsPromptingBeforeRagBeforeFineTuning() {
        JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of("fine-tuning"))));
        List<String> path = texts(response, "/data/learningPath/steps", "/topic/id");
        assertThat(path.get(0)).isEqualTo("python");
        assertThat(path).containsSubsequence("prompt-engineering", "rag", "fine-tuning").doesNotHaveDuplicates();
        assertThat(ints(response, "/data/learningPath/steps", "/position"))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, path.size()).boxed().toList());
        int hours = ints(response, "/data/learningPath/steps", "/topic/estimatedHours").stream()
                .mapToInt(Integer::intValue).sum();
        assertThat(response.at("/data/learningPath/totalHours").asInt()).isEqualTo(hours);
    }

    @Test
    void everyStepComesAfterItsPrerequisitesAndSaysWhoNeedsIt() {
        JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of("hybrid-search", "agents"),
                "known", List.of("python"))));
        JsonNode steps = response.at("/data/learningPath/steps");
        Map<String, Integer> position = new HashMap<>();
        steps.forEach(s -> position.put(s.at("/topic/id").asText(), s.at("/position").asInt()));
        assertThat(position).doesNotContainKey("python");
        steps.forEach(step -> {
            int at = step.at("/position").asInt();
            step.at("/topic/requires").forEach(r -> {
                Integer before = position.get(r.at("/topic/id").asText());
                assertThat(before == null || before < at).as("%s before step %d", r, at).isTrue();
            });
            step.at("/neededBySteps").forEach(later -> assertThat(later.asInt()).isGreaterThan(at));
            assertThat(step.at("/neededByGoals").size()).isPositive();
        });
        assertThat(texts(response, "/data/learningPath/steps", "/topic/id")).contains("hybrid-search", "agents");
        steps.forEach(step -> assertThat(step.at("/goal").asBoolean())
                .isEqualTo(List.of("hybrid-search", "agents").contains(step.at("/topic/id").asText())));
    }

    @Test
    void theStepsOfEveryTopicsPathMatchThePlainPlannerKnowingItsFirstPrerequisite() {
        for (Topic topic : ROADMAP.topics()) {
            List<String> known = topic.requiredTopicIds().stream().limit(1).toList();
            JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of(topic.id()), "known", known)));
            LearningPathPlanner.Plan plan = LearningPathPlanner.plan(GRAPH, List.of(topic.id()), known);
            assertThat(texts(response, "/data/learningPath/steps", "/topic/id"))
                    .as("path to %s knowing %s", topic.id(), known).containsExactlyElementsOf(plan.topics());
            assertThat(response.at("/data/learningPath/totalHours").asInt()).isEqualTo(plan.totalHours());
        }
    }

    @Test
    void aGoalThatIsAParentBringsItsNonElectiveSubtopicsAfterIt() {
        JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of("fine-tuning"),
                "known", List.of("python"))));
        List<String> path = texts(response, "/data/learningPath/steps", "/topic/id");
        assertThat(path).containsSubsequence("fine-tuning", "peft", "lora")
                .contains("adapter-methods", "prefix-tuning");
        JsonNode lora = response.at("/data/learningPath/steps/" + path.indexOf("lora"));
        assertThat(lora.at("/goal").asBoolean()).isFalse();
        assertThat(texts(lora, "/neededByGoals", "/id")).containsExactly("fine-tuning");
    }

    @Test
    void thePathToFineTuningCuratesItsTrainingDatasetBeforeFineTuning() {
        JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of("fine-tuning"),
                "known", List.of("python"))));
        assertThat(texts(response, "/data/learningPath/steps", "/topic/id"))
                .containsSubsequence("supervised-fine-tuning", "dataset-engineering", "fine-tuning");
    }

    @Test
    void aGoalKnownAsAPrerequisiteStillBringsItsSubtopics() {
        JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of("python"), "known",
                List.of("fine-tuning"))));
        assertThat(texts(response, "/data/learningPath/steps", "/topic/id"))
                .containsExactly("async-programming", "error-handling");
    }

    @Test
    void aKnownGoalGivesAnEmptyPath() {
        JsonNode response = ok(server.run("learningPath", Map.of("goals", List.of("python", "async-programming"),
                "known", List.of("python"))));
        assertThat(response.at("/data/learningPath/steps").size()).isZero();
        assertThat(response.at("/data/learningPath/totalHours").asInt()).isZero();
    }

    @Test
    void noGoalsIsBadUserInput() {
        error(server.run("learningPath", Map.of("goals", List.of())), "BAD_USER_INPUT",
                "goals must name at least one topic");
    }

    @Test
    void unknownGoalsAndKnownTopicsAreNotFoundAndNamed() {
        error(server.run("learningPath", Map.of("goals", List.of("rag", "ragg"), "known", List.of("pyhton"))),
                "NOT_FOUND", "unknown topics 'ragg', 'pyhton'; did you mean 'rag' for 'ragg', 'python' for 'pyhton'?");
    }

    @Test
    void aToolGivenAsAGoalSaysItIsATool() {
        error(server.run("learningPath", Map.of("goals", List.of("pinecone"))), "NOT_FOUND",
                "'pinecone' is a tool, not a topic");
    }

    @Test
    void withItsRoadmapNamedThePathIsTheSame() {
        Map<String, Object> variables = Map.of("goals", List.of("fine-tuning"), "known", List.of("python"));
        Map<String, Object> scoped = new HashMap<>(variables);
        scoped.put("roadmap", "ai-engineer");
        assertThat(ok(server.run("learningPath", scoped)).at("/data/learningPath"))
                .isEqualTo(ok(server.run("learningPath", variables)).at("/data/learningPath"));
    }

    @Test
    void anUnknownRoadmapIsNotFoundAndTheLoadedOnesAreNamed() {
        error(server.run("learningPath", Map.of("goals", List.of("rag"), "roadmap", "ai")), "NOT_FOUND",
                "unknown roadmap 'ai'; the loaded roadmaps are 'ai-engineer'");
    }
}
