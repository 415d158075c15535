package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class TopicIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void everyTopicAnswersWhatTheRoadmapSaysOfIt() {
        for (int i = 0; i < ROADMAP.topics().size(); i++) {
            Topic expected = ROADMAP.topics().get(i);
            JsonNode topic = ok(server.run("topic", Map.of("id", expected.id()))).at("/data/topic");
            assertThat(topic.at("/title").asText()).isEqualTo(expected.title().preferred());
            assertThat(topic.at("/titleNl").textValue()).isEqualTo(expected.title().nl().orElse(null));
            assertThat(topic.at("/summaryNl").textValue()).isEqualTo(expected.summary().nl().orElse(null));
            assertThat(topic.at("/phase/number").asInt()).isEqualTo(expected.phase());
            assertThat(topic.at("/order").asInt()).isEqualTo(i);
            assertThat(topic.at("/importance").asText()).isEqualTo(expected.importance().name());
            assertThat(topic.at("/startHere").asBoolean()).isEqualTo(expected.startHere());
            assertThat(topic.at("/estimatedHours").asInt()).isEqualTo(expected.estimatedHours());
            assertThat(topic.at("/whenToUse").isNull()).isEqualTo(expected.whenToUse().isEmpty());
            assertThat(topic.at("/points").size()).isEqualTo(expected.pointTexts().size());
            expected.pointTexts().stream().findFirst().map(Text::preferred)
                    .ifPresent(p -> assertThat(topic.at("/points/0").asText()).isEqualTo(p));
            assertThat(texts(topic, "/requires", "/topic/id"))
                    .containsExactlyInAnyOrderElementsOf(expected.requiredTopicIds());
            assertThat(texts(topic, "/requiredBy", "/id")).containsExactlyInAnyOrderElementsOf(
                    ROADMAP.topics().stream().filter(t -> t.requiredTopicIds().contains(expected.id()))
                            .map(Topic::id).toList());
            assertThat(texts(topic, "/tools", "/id")).containsExactlyInAnyOrderElementsOf(expected.tools());
            assertThat(topic.at("/parent/id").asText(null)).isEqualTo(expected.parent().orElse(null));
            assertThat(texts(topic, "/roadmaps", "")).containsExactly("ai-engineer");
            assertThat(origin(topic.at("/titleOrigin"))).isEqualTo(expected.title().origin().toString());
            assertThat(origin(topic.at("/summaryOrigin"))).isEqualTo(expected.summary().origin().toString());
            assertThat(origin(topic.at("/hoursOrigin"))).isEqualTo(expected.hoursOrigin().toString());
            for (JsonNode requirement : topic.at("/requires")) {
                var written = expected.requires().stream()
                        .filter(r -> r.topic().equals(requirement.at("/topic/id").asText())).findFirst().orElseThrow();
                assertThat(origin(requirement.at("/origin"))).as("origin of %s requires %s", expected.id(),
                        written.topic()).isEqualTo(written.origin().toString());
                assertThat(origin(requirement.at("/reasonOrigin"))).isEqualTo(written.reason().origin().toString());
            }
        }
    }

    @Test
    void aRequirementTheSubtopicRuleAddedSaysSoInItsOrigin() {
        Topic subtopic = ROADMAP.topics().stream().filter(t -> t.requires().stream()
                .anyMatch(r -> r.origin().kind() == io.roadmapgraph.model.Origin.Kind.INFERRED)).findFirst()
                .orElseThrow();
        JsonNode topic = ok(server.run("topic", Map.of("id", subtopic.id()))).at("/data/topic");

        assertThat(topic.at("/requires").findValues("origin")).extracting(o -> o.at("/kind").asText() + ":"
                + o.at("/rule").asText("")).contains("INFERRED:subtopic-requires-parent");
    }

    /** An {@code Origin} of the API as a roadmap file writes it: {@code authored}, {@code inferred:<rule>}. */
    private static String origin(JsonNode origin) {
        return origin.at("/kind").asText().toLowerCase(java.util.Locale.ROOT)
                + (origin.at("/rule").isNull() || origin.at("/rule").isMissingNode() ? "" : ":" + origin.at("/rule").asText());
    }

    @Test
    void aToolAndAProjectAnswerWithTheirTopics() {
        var project = ROADMAP.projects().get(0);
        var tool = ROADMAP.tools().get(0);
        JsonNode response = ok(server.run("toolAndProject", Map.of("tool", tool.id(), "project", project.id())));
        assertThat(response.at("/data/tool/name").asText()).isEqualTo(tool.name());
        assertThat(response.at("/data/tool/category").asText()).isEqualTo(tool.category().name());
        assertThat(texts(response, "/data/project/topics", "/id")).containsExactlyInAnyOrderElementsOf(project.topics());
        assertThat(texts(response, "/data/project/tools", "/id")).containsExactlyInAnyOrderElementsOf(project.tools());
    }

    @Test
    void anUnknownTopicIsNotFoundAndNamed() {
        JsonNode response = server.run("topic", Map.of("id", "ragg"));
        JsonNode error = error(response, "NOT_FOUND", "unknown topic 'ragg'; did you mean 'rag'?");
        assertThat(error.at("/path/0").asText()).isEqualTo("topic");
        assertThat(response.at("/data/topic").isNull()).isTrue();
    }
}
