package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ints;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    @Test
    void roadmapsListsTheAiEngineerRoadmapWithItsPhases() {
        JsonNode response = ok(server.run("roadmaps"));
        assertThat(texts(response, "/data/roadmaps", "/id")).containsExactly("ai-engineer");
        assertThat(response.at("/data/roadmaps/0/title").asText()).isEqualTo(ROADMAP.title().preferred());
        assertThat(response.at("/data/roadmaps/0/titleNl").textValue()).isEqualTo(ROADMAP.title().nl().orElse(null));
        assertThat(ints(response, "/data/roadmaps/0/phases", "/number"))
                .containsExactlyElementsOf(ROADMAP.phases().stream().map(Phase::number).toList());
    }

    @Test
    void roadmapHasItsTopicsInItsOwnOrderAndEveryPart() {
        JsonNode response = ok(server.run("roadmap", Map.of("id", "ai-engineer")));
        JsonNode roadmap = response.at("/data/roadmap");
        assertThat(texts(roadmap, "/topics", "/id"))
                .containsExactlyElementsOf(ROADMAP.topics().stream().map(Topic::id).toList());
        assertThat(ints(roadmap, "/topics", "/order")).isSorted();
        assertThat(texts(roadmap, "/projects", "/id"))
                .containsExactlyElementsOf(ROADMAP.projects().stream().map(p -> p.id()).toList());
        assertThat(roadmap.at("/tools").size()).isEqualTo(ROADMAP.tools().size());
        assertThat(roadmap.at("/layers").size()).isEqualTo(ROADMAP.layers().size());
        for (Phase phase : ROADMAP.phases()) {
            JsonNode node = roadmap.at("/phases/" + (phase.number() - 1));
            assertThat(node.at("/title").asText()).isEqualTo(phase.title().preferred());
            assertThat(texts(node, "/topics", "/id")).as("topics of phase %d", phase.number())
                    .containsExactlyElementsOf(ROADMAP.topics().stream()
                            .filter(t -> t.phase() == phase.number()).map(Topic::id).toList());
        }
    }

    @Test
    void roadmapHasItsRoutePrinciplesCriteriaResourcesAndTips() {
        JsonNode roadmap = ok(server.run("roadmapParts", Map.of("id", "ai-engineer"))).at("/data/roadmap");
        assertThat(roadmap.at("/route").size()).isEqualTo(ROADMAP.route().size());
        assertThat(texts(roadmap, "/route", "/id")).allMatch(id -> id.startsWith("ai-engineer/"));
        assertThat(texts(roadmap, "/route", "/unit")).as("the bundled route is in months").containsOnly("MONTH");
        assertThat(ints(roadmap, "/route", "/fromMonth")).containsExactlyElementsOf(
                ROADMAP.route().stream().map(s -> s.months().min()).toList());
        assertThat(roadmap.at("/route/0/fromWeek").isNull()).as("a month stage has no weeks").isTrue();
        assertThat(roadmap.at("/route/0/steps").size()).isEqualTo(ROADMAP.route().get(0).steps().size());
        assertThat(texts(roadmap.at("/route/0/steps/0"), "/topics", "/id"))
                .containsExactlyInAnyOrderElementsOf(ROADMAP.route().get(0).steps().get(0).topics());
        assertThat(ints(roadmap, "/principles", "/number"))
                .containsExactlyElementsOf(ROADMAP.principles().stream().map(p -> p.number()).toList());
        assertThat(roadmap.at("/successCriteria").size()).isEqualTo(ROADMAP.successCriteria().size());
        assertThat(roadmap.at("/resources").size()).isEqualTo(ROADMAP.resources().size());
        assertThat(texts(roadmap, "/tips", "/text"))
                .containsExactlyElementsOf(ROADMAP.tips().stream().map(t -> t.text().preferred()).toList());
    }

    @Test
    void anUnknownRoadmapIsNotFoundAndNamed() {
        JsonNode response = server.run("roadmap", Map.of("id", "data-engineer"));
        error(response, "NOT_FOUND", "unknown roadmap 'data-engineer'");
        assertThat(response.at("/data/roadmap").isNull()).isTrue();
    }
}
