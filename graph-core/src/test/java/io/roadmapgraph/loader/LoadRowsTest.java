package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.roadmapgraph.loader.RoadmapFixture.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadRowsTest {

    private final LoadRows rows = LoadRows.of(roadmap("demo")
            .topic("python", 1).topic("rag", 2).requires("rag", "python")
            .tool("openai", "rag").project("bot", "rag").build());

    @Test
    void areTheLoadersRowsWithTheRoadmapsOfSharedNodesAndRelationshipsFilledIn() {
        assertThat(rows.nodes()).filteredOn(node -> List.of("Topic", "Tool", "Project").contains(node.label()))
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.properties()).containsEntry(GraphModel.ROADMAPS, List.of("demo")));
        assertThat(rows.nodes()).filteredOn(node -> node.label().equals("Phase"))
                .extracting(LoadRows.Node::id).containsExactly("demo/phase-1", "demo/phase-2");
        assertThat(rows.nodes()).filteredOn(node -> node.label().equals("Phase"))
                .allSatisfy(node -> assertThat(node.properties()).doesNotContainKey(GraphModel.ROADMAPS)
                        .containsEntry(GraphModel.ROADMAP_ID, "demo"));
        assertThat(rows.relationships()).filteredOn(rel -> rel.type().equals("REQUIRES")).singleElement()
                .satisfies(rel -> {
                    assertThat(rel.from() + "->" + rel.to()).isEqualTo("rag->python");
                    assertThat(rel.properties()).containsEntry(GraphModel.ROADMAPS, List.of("demo"));
                });
        assertThat(rows.nodes().get(0).label()).as("the roadmap's texts: its revision").isEqualTo("Revision");
        assertThat(rows.nodes().get(0).properties()).containsEntry(GraphModel.ID, "demo")
                .doesNotContainKey(GraphModel.MODEL_VERSION);
        assertThat(rows.count()).isEqualTo(rows.nodes().size() + rows.relationships().size());
    }

    @Test
    void refusesARoadmapWhoseRowsWouldBeInconsistentAndSaysWhy() {
        assertThatThrownBy(() -> LoadRows.of(roadmap("broken").topic("python", 1).project("bot", "rag").build()))
                .isInstanceOf(GraphLoadException.class)
                .hasMessageContaining("EXERCISES from Project 'bot' to Topic 'rag' refers to Topic 'rag', which it does not have");
    }
}
