package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphRowsTest {

    private final Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(200, 3));

    @Test
    void hasOneNodePerRoadmapPhaseTopicToolAndProjectAndTheRelationshipsOfTheGraphModel() {
        GraphRows rows = GraphRows.of(roadmap);
        int requires = roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum();
        int topicTools = roadmap.topics().stream().mapToInt(t -> t.tools().size()).sum();
        int exercises = roadmap.projects().stream().mapToInt(p -> p.topics().size()).sum();
        int projectTools = roadmap.projects().stream().mapToInt(p -> p.tools().size()).sum();
        int topics = roadmap.topics().size();
        int phases = roadmap.phases().size();

        assertThat(rows.nodes).hasSize(1 + phases + topics + roadmap.tools().size() + roadmap.projects().size());
        assertThat(rows.rels).hasSize(phases + (phases - 1) + 2 * topics + requires + topicTools
                + roadmap.tools().size() + roadmap.projects().size() + exercises + projectTools);
        assertThat(rows.records()).isEqualTo(rows.nodes.size() + rows.rels.size());
    }

    @Test
    void writesOneCsvFilePerLabelAndRelationshipKindWithTypedHeaders(@TempDir Path dir) throws Exception {
        List<String> arguments = AdminImport.writeCsv(GraphRows.of(roadmap), dir);

        assertThat(arguments).contains("--nodes=Topic=" + dir.resolve("nodes-Topic.csv"),
                "--relationships=REQUIRES=" + dir.resolve("rels-REQUIRES.Topic.Topic.csv"));
        String topics = Files.readString(dir.resolve("nodes-Topic.csv"));
        assertThat(topics.lines().findFirst().orElseThrow()).startsWith("id:ID(Topic),title,titleNl,summary")
                .contains("estimatedHours:long", "startHere:boolean", "roadmaps:string[]");
        assertThat(topics.lines().count()).isEqualTo(1 + roadmap.topics().size());
        String requires = Files.readString(dir.resolve("rels-REQUIRES.Topic.Topic.csv"));
        assertThat(requires.lines().findFirst().orElseThrow())
                .isEqualTo(":START_ID(Topic),:END_ID(Topic),reason,reasonNl,roadmaps:string[]");
    }
}
