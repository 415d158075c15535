package io.roadmapgraph.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicGraphsTest {

    private final Roadmap roadmap = RoadmapReader.read(Path.of("src/test/resources/examples/valid/complete.yaml"));

    @Test
    void buildsTheDependencyGraphOfARoadmapInPrerequisiteOrder() {
        assertThat(TopicGraphs.dependencies(roadmap).topologicalOrder())
                .contains(List.of("python", "prompt-engineering", "rag", "bm25"));
    }

    @Test
    void buildsThePrerequisiteGraphWithPhaseAndFilePositionAsOrderingKey() {
        var graph = TopicGraphs.prerequisites(roadmap);

        assertThat(graph.topics()).containsExactly("python", "prompt-engineering", "rag", "bm25");
        assertThat(graph.requires("rag")).contains("prompt-engineering");
        assertThat(graph.key("python").order()).isZero();
    }

    @Test
    void buildsTheGroupedGraphWithTheTopicsGroupsNestedAsWritten() {
        var graph = TopicGraphs.grouped(RoadmapReader.read(Path.of("src/test/resources/examples/valid/choices.yaml")));

        assertThat(graph.groups("vision")).extracting(g -> g.id()).containsExactly("programming-language", "vision~2");
        assertThat(graph.group("vision~2.2").orElseThrow().options()).extracting(o -> o.id())
                .containsExactly("statistics", "python");
        assertThat(graph.nextTopics(List.of("statistics"))).doesNotContain("vision");
        assertThat(graph.nextTopics(List.of("statistics", "javascript"))).contains("vision");
    }
}
