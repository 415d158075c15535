package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.ChoosyRoadmap;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, the graph and the query library: a topic that requires "any of" some topics is planned, once loaded, through
 * the cheapest options, exactly as {@link ChoicePlanner} plans the roadmap file in memory, and is next once one option
 * is known.
 */
class ChoicesIT extends Neo4jTestSupport {

    private final RoadmapLoader loader = new RoadmapLoader(driver);
    private final RoadmapQueries queries = new RoadmapQueries(driver);
    private final Roadmap roadmap = ChoosyRoadmap.read();

    private static List<String> ids(LearningPath path) {
        return path.steps().stream().map(step -> step.topic().id()).toList();
    }

    @Test
    void theLearningPathTakesTheCheapestOptionsAsThePlannerDoesInMemory() {
        loader.load(roadmap);

        ChoicePlanner.Result expected = ChoicePlanner.plan(TopicGraphs.grouped(roadmap), List.of("rag"), List.of(),
                Map.of());
        for (Scope scope : List.of(Scope.ALL, Scope.roadmap("choosy"))) {
            LearningPath path = queries.learningPath(List.of("rag"), List.of(), scope);

            assertThat(ids(path)).as("%s", scope).containsExactlyElementsOf(expected.plan().topics())
                    .contains("javascript", "statistics", "rag").doesNotContain("python");
            assertThat(path.totalHours()).isEqualTo(expected.plan().totalHours()).isEqualTo(10 + 20 + 25);
        }
    }

    @Test
    void aReloadWithOtherGroupsIsPlannedWithTheNewGroupsNotThoseKeptForTheOldSnapshot() {
        loader.load(roadmap);
        for (Scope scope : List.of(Scope.ALL, Scope.roadmap("choosy"))) {
            assertThat(ids(queries.learningPath(List.of("rag"), List.of(), scope))).as("%s", scope)
                    .containsExactly("javascript", "statistics", "rag");
            assertThat(queries.nextTopics(List.of("statistics", "javascript"), scope)).extracting(TopicNode::id)
                    .as("%s", scope).contains("rag");
        }

        // the group offers python or typing now: the web stack is no way to rag any more
        loader.load(RoadmapReader.read(ChoosyRoadmap.FILE_NAME, ChoosyRoadmap.text().replace(
                "anyOf: [python, {id: web-stack, nOf: {n: 2, of: [javascript, typing, statistics]}}]",
                "anyOf: [python, typing]")));

        for (Scope scope : List.of(Scope.ALL, Scope.roadmap("choosy"))) {
            LearningPath path = queries.learningPath(List.of("rag"), List.of(), scope);
            assertThat(ids(path)).as("%s", scope).containsExactly("typing", "statistics", "rag");
            assertThat(path.totalHours()).isEqualTo(30 + 10 + 25);
            assertThat(queries.nextTopics(List.of("statistics", "javascript"), scope)).extracting(TopicNode::id)
                    .as("%s", scope).doesNotContain("rag");
        }
    }

    @Test
    void knowingAnyOptionSatisfiesTheGroup() {
        loader.load(roadmap);

        assertThat(ids(queries.learningPath(List.of("rag"), List.of("python", "statistics"))))
                .containsExactly("rag");
        assertThat(queries.nextTopics(List.of("python", "statistics"))).extracting(TopicNode::id).contains("rag");
        assertThat(queries.nextTopics(List.of("statistics"))).extracting(TopicNode::id).doesNotContain("rag");
        assertThat(queries.nextTopics(List.of("statistics", "javascript"), Scope.roadmap("choosy")))
                .as("two of the nested n-of").extracting(TopicNode::id)
                .containsExactly("python", "typing", "rag", "vision", "audio");
        assertThat(queries.nextTopics(List.of("statistics", "javascript", "typing"))).extracting(TopicNode::id)
                .containsExactly("python", "rag", "vision", "audio");
    }
}
