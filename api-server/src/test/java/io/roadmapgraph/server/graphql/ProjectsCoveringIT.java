package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.SkillMatch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.ROADMAP;
import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectsCoveringIT {

    private final GraphQLHarness server = GraphQLHarness.server();
    private final List<CoverageRanking.Candidate> candidates = ROADMAP.projects().stream()
            .map(p -> new CoverageRanking.Candidate(p.id(), p.number(), p.topics())).toList();

    @Test
    void allAndAnyRankProjectsAsTheRoadmapFileSays() {
        for (Project project : ROADMAP.projects()) {
            List<String> skills = new ArrayList<>(project.topics());
            skills.add("python");
            for (SkillMatch match : SkillMatch.values()) {
                JsonNode response = ok(server.run("projectsCovering", Map.of("skills", skills, "match", match.name())));
                List<CoverageRanking.Coverage> expected = CoverageRanking.rank(candidates, skills, match);
                assertThat(texts(response, "/data/projectsCovering", "/project/id")).as("%s %s", match, skills)
                        .containsExactlyElementsOf(expected.stream().map(CoverageRanking.Coverage::project).toList());
                for (int i = 0; i < expected.size(); i++) {
                    JsonNode row = response.at("/data/projectsCovering/" + i);
                    assertThat(texts(row, "/covered", "/id")).containsExactlyElementsOf(expected.get(i).covered());
                    assertThat(texts(row, "/missing", "/id")).containsExactlyElementsOf(expected.get(i).missing());
                    assertThat(row.at("/coverage").asDouble()).isEqualTo(expected.get(i).coverage());
                }
            }
        }
    }

    @Test
    void matchDefaultsToAll() {
        List<String> skills = ROADMAP.projects().get(0).topics();
        JsonNode response = ok(server.run("projectsCovering", Map.of("skills", skills)));
        response.at("/data/projectsCovering").forEach(row -> assertThat(row.at("/missing").size()).isZero());
        assertThat(texts(response, "/data/projectsCovering", "/project/id"))
                .contains(ROADMAP.projects().get(0).id());
    }

    @Test
    void noSkillsIsBadUserInputAndAnUnknownSkillIsNotFound() {
        error(server.run("projectsCovering", Map.of("skills", List.of())), "BAD_USER_INPUT",
                "skills must name at least one topic");
        error(server.run("projectsCovering", Map.of("skills", List.of("rag", "ragg"))), "NOT_FOUND",
                "unknown topic 'ragg'; did you mean 'rag'?");
    }
}
