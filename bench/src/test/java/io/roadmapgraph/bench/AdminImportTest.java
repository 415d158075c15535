package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.loader.LoadRows;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminImportTest {

    private final Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(200, 3));

    @Test
    void writesOneCsvFilePerLabelAndRelationshipKindWithTypedHeaders(@TempDir Path dir) throws Exception {
        List<String> arguments = AdminImport.writeCsv(LoadRows.of(roadmap), dir);

        assertThat(arguments).contains("--nodes=Topic=" + dir.resolve("nodes-Topic.csv"),
                "--relationships=REQUIRES=" + dir.resolve("rels-REQUIRES.Topic.Topic.csv"));
        String topics = Files.readString(dir.resolve("nodes-Topic.csv"));
        assertThat(topics.lines().findFirst().orElseThrow()).startsWith("id:ID(Topic),title,")
                .contains("estimatedHours:long", "startHere:boolean", "roadmaps:string[]");
        assertThat(topics.lines().count()).isEqualTo(1 + roadmap.topics().size());
        String requires = Files.readString(dir.resolve("rels-REQUIRES.Topic.Topic.csv"));
        assertThat(requires.lines().findFirst().orElseThrow())
                .startsWith(":START_ID(Topic),:END_ID(Topic),reason").endsWith("roadmaps:string[]");
    }
}
