package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.SkillMatch;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.RoadmapLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-process Java API end to end, as another JVM app uses it with the one dependency
 * {@code io.roadmapgraph:graph-core}: start (or connect to) the graph, load a roadmap file, ask typed questions.
 * No HTTP in between; the GraphQL API calls this same {@link RoadmapQueries}, so the two answer alike.
 */
class EmbeddingExampleIT {

    @Test
    void startsTheGraphLoadsARoadmapFileAndAsksForALearningPath(@TempDir Path dir) throws IOException {
        Path file = copyOfTheBundledRoadmap(dir);

        // --- the example -------------------------------------------------------------------------------------
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(dir.resolve("graph"), 0));
             Driver driver = neo4j.openDriver()) {   // or GraphDatabase.driver("neo4j://host:7687", auth)
            RoadmapLoader loader = new RoadmapLoader(driver);
            loader.ensureSchema();
            loader.load(file);

            RoadmapQueries queries = new RoadmapQueries(driver);
            LearningPath path = queries.learningPath(List.of("rag"), List.of("python"));
            List<Requirement> needs = queries.prerequisites("hybrid-search", true);
            List<TopicNode> next = queries.nextTopics(List.of("python"));
            List<ProjectCoverage> projects = queries.projectsCovering(List.of("rag", "embeddings"), SkillMatch.ANY);
            // ---------------------------------------------------------------------------------------------------

            List<String> order = path.steps().stream().map(s -> s.topic().id()).toList();
            // a goal that is a parent brings its subtopics, after it (docs/graphql.md, the subtopic rule)
            assertThat(order).contains("rag", "bm25").doesNotContain("python");
            assertThat(order.indexOf("rag")).isLessThan(order.indexOf("bm25"));
            assertThat(path.totalHours()).isEqualTo(path.steps().stream().mapToInt(s -> s.topic().estimatedHours()).sum());
            assertThat(needs).extracting(r -> r.topic().id()).contains("bm25", "embeddings");
            assertThat(next).extracting(TopicNode::id).doesNotContain("python").isNotEmpty();
            assertThat(projects).isNotEmpty().allSatisfy(c -> assertThat(c.covered()).isNotEmpty());
        }
    }

    private static Path copyOfTheBundledRoadmap(Path dir) throws IOException {
        Path file = dir.resolve("ai-engineer.yaml");
        try (InputStream in = EmbeddingExampleIT.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            Files.copy(in, file);
        }
        return file;
    }
}
