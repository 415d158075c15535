package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.ProjectReach;
import io.roadmapgraph.algorithms.ProjectSetCover;
import io.roadmapgraph.model.Hours;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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

/** buildableProjects, almostBuildable, unlockingTopics and projectSetCovering over HTTP, on the bundled roadmap. */
class ProjectsForLearnerIT {

    private final GraphQLHarness server = GraphQLHarness.server();
    private final List<CoverageRanking.Candidate> candidates = ROADMAP.projects().stream()
            .map(p -> new CoverageRanking.Candidate(p.id(), p.number(), p.topics())).toList();
    private final List<ProjectSetCover.Option> options = ROADMAP.projects().stream()
            .map(p -> new ProjectSetCover.Option(p.id(), p.number(), hours(p), p.topics())).toList();

    private static int hours(Project project) {
        return project.estimatedHours().map(Hours::value).orElse(0);
    }

    @Test
    void afterEveryTopicTheBuildableProjectsAreTheAlgorithmsAndCarryTheirHours() {
        for (Topic topic : ROADMAP.topics()) {
            List<String> known = List.of(topic.id());
            JsonNode response = ok(server.run("buildableProjects", Map.of("known", known)));
            List<String> expected = ProjectReach.buildable(GRAPH, candidates, known);
            assertThat(texts(response, "/data/buildableProjects", "/id")).as("buildable with %s", known)
                    .containsExactlyElementsOf(expected);
            assertThat(ints(response, "/data/buildableProjects", "/estimatedHours"))
                    .containsExactlyElementsOf(expected.stream().map(this::hoursOf).toList());
        }
    }

    @Test
    void knowingRagAndAiInterfacesBuildsTheChatbotAndBothRagProjects() {
        JsonNode response = ok(server.run("buildableProjects", Map.of("known", List.of("rag", "ai-interfaces"))));

        assertThat(texts(response, "/data/buildableProjects", "/id"))
                .containsExactly("chatbot-with-personality", "faq-bot", "document-qa-system");
    }

    @Test
    void afterEveryTopicTheAlmostBuildableProjectsNameTheirMissingTopicsAndHours() {
        for (Topic topic : ROADMAP.topics()) {
            List<String> known = List.of(topic.id());
            JsonNode response = ok(server.run("almostBuildable", Map.of("known", known, "maxMissingHours", 30)));
            List<ProjectReach.Missing> expected = ProjectReach.almostBuildable(GRAPH, candidates, known, 30);
            assertThat(texts(response, "/data/almostBuildable", "/project/id")).as("almost buildable with %s", known)
                    .containsExactlyElementsOf(expected.stream().map(ProjectReach.Missing::project).toList());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode row = response.at("/data/almostBuildable/" + i);
                assertThat(texts(row, "/missing", "/id")).containsExactlyElementsOf(expected.get(i).topics());
                assertThat(row.at("/missingHours").asInt()).isEqualTo(expected.get(i).hours())
                        .isEqualTo(ints(row, "/missing", "/estimatedHours").stream().mapToInt(Integer::intValue).sum());
            }
        }
    }

    @Test
    void withPromptEngineeringKnownTheTextSummarizerIsEighteenHoursAway() {
        JsonNode response = ok(server.run("almostBuildable", Map.of("known", List.of("prompt-engineering"),
                "maxMissingHours", 18)));

        assertThat(texts(response, "/data/almostBuildable", "/project/id"))
                .containsExactly("text-summarizer", "code-assistant");
        assertThat(texts(response, "/data/almostBuildable/0/missing", "/id"))
                .containsExactly("model-serving", "api-integration");
    }

    @Test
    void unlockingTopicsAreRankedAsTheAlgorithmRanksThem() {
        for (List<String> known : List.of(List.<String>of(), List.of("prompt-engineering"), List.of("rag"))) {
            List<String> goals = List.of("fine-tuning", "agents");
            JsonNode response = ok(server.run("unlockingTopics", Map.of("known", known, "goals", goals)));
            List<ProjectReach.Unlocking> expected = ProjectReach.unlocking(GRAPH, candidates, known, goals);
            assertThat(texts(response, "/data/unlockingTopics", "/topic/id")).as("unlocking after %s", known)
                    .containsExactlyElementsOf(expected.stream().map(ProjectReach.Unlocking::topic).toList());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode row = response.at("/data/unlockingTopics/" + i);
                ProjectReach.Unlocking u = expected.get(i);
                assertThat(row.at("/hours").asInt()).isEqualTo(u.hours());
                assertThat(texts(row, "/projects", "/id")).containsExactlyElementsOf(u.projects());
                assertThat(texts(row, "/goals", "/id")).containsExactlyElementsOf(u.goals());
                assertThat(texts(row, "/projectsNeeding", "/id")).containsExactlyElementsOf(u.projectsNeeding());
                assertThat(texts(row, "/goalsNeeding", "/id")).containsExactlyElementsOf(u.goalsNeeding());
                assertThat(row.at("/perHour").asDouble()).isEqualTo(u.perHour());
            }
        }
    }

    @Test
    void withoutGoalsOnlyProjectsCount() {
        JsonNode response = ok(server.run("unlockingTopics", Map.of("known", List.of("rag"))));

        response.at("/data/unlockingTopics").forEach(row -> {
            assertThat(row.at("/goals").size()).isZero();
            assertThat(row.at("/goalsNeeding").size()).isZero();
        });
    }

    @Test
    void theCoveringSetForEachProjectsSkillsAndPythonIsTheAlgorithms() {
        for (Project project : ROADMAP.projects()) {
            List<String> skills = new ArrayList<>(project.topics());
            skills.add("python");
            JsonNode set = ok(server.run("projectSetCovering", Map.of("skills", skills)))
                    .at("/data/projectSetCovering");
            ProjectSetCover.Cover expected = ProjectSetCover.of(options, skills);
            assertThat(texts(set, "/projects", "/id")).as("covering %s", skills)
                    .containsExactlyElementsOf(expected.projects()).hasSize(1);
            assertThat(set.at("/totalHours").asInt()).isEqualTo(expected.hours());
            assertThat(texts(set, "/covered", "/id")).containsExactlyElementsOf(project.topics());
            assertThat(texts(set, "/uncoverable", "/id")).containsExactly("python");
            assertThat(set.at("/exact").asBoolean()).isTrue();
            assertThat(set.at("/gap").asInt()).isZero();
        }
    }

    @Test
    void ragAgentsAndFineTuningTakeOnlyTheAiPlatform() {
        JsonNode set = ok(server.run("projectSetCovering", Map.of("skills", List.of("rag", "agents",
                "fine-tuning")))).at("/data/projectSetCovering");

        assertThat(texts(set, "/projects", "/id")).containsExactly("ai-platform");
        assertThat(set.at("/totalHours").asInt()).isEqualTo(120);
        assertThat(set.at("/lowerBound").asInt()).isEqualTo(1);
    }

    @Test
    void withItsRoadmapNamedTheAnswersAreTheSame() {
        for (String operation : List.of("buildableProjects", "almostBuildable", "unlockingTopics",
                "projectSetCovering")) {
            Map<String, Object> variables = new HashMap<>(Map.of("known", List.of("rag"), "maxMissingHours", 20,
                    "goals", List.of("agents"), "skills", List.of("rag", "agents")));
            JsonNode all = ok(server.run(operation, variables)).at("/data/" + operation);
            variables.put("roadmap", "ai-engineer");
            assertThat(ok(server.run(operation, variables)).at("/data/" + operation)).as(operation).isEqualTo(all);
        }
    }

    @Test
    void unknownIdsAreNotFoundWithASuggestion() {
        error(server.run("buildableProjects", Map.of("known", List.of("python", "ragg"))), "NOT_FOUND",
                "unknown topic 'ragg'; did you mean 'rag'?");
        error(server.run("almostBuildable", Map.of("known", List.of("pyhton"), "maxMissingHours", 10)), "NOT_FOUND",
                "unknown topic 'pyhton'; did you mean 'python'?");
        error(server.run("unlockingTopics", Map.of("known", List.of(), "goals", List.of("fine-tunning"))),
                "NOT_FOUND", "unknown topic 'fine-tunning'; did you mean 'fine-tuning'?");
        error(server.run("projectSetCovering", Map.of("skills", List.of("faq-bot"))), "NOT_FOUND",
                "'faq-bot' is a project, not a topic");
        error(server.run("projectSetCovering", Map.of("skills", List.of("rag"), "roadmap", "ai")), "NOT_FOUND",
                "unknown roadmap 'ai'; the loaded roadmaps are 'ai-engineer'");
    }

    @Test
    void aNegativeMaximumAndNoSkillsAreBadUserInputNamingTheValue() {
        error(server.run("almostBuildable", Map.of("known", List.of("python"), "maxMissingHours", -5)),
                "BAD_USER_INPUT", "maxMissingHours must be at least 0, was -5");
        error(server.run("projectSetCovering", Map.of("skills", List.of())), "BAD_USER_INPUT",
                "skills must name at least one topic");
    }

    private int hoursOf(String projectId) {
        return ROADMAP.projects().stream().filter(p -> p.id().equals(projectId)).findFirst()
                .map(ProjectsForLearnerIT::hours).orElseThrow();
    }
}
