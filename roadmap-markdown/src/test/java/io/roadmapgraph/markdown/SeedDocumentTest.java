package io.roadmapgraph.markdown;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDocumentTest {

    static final Path SEED = Path.of("src/test/resources/documents/stappenplan_AI_Engineer.md");

    @Test
    void theSeedDocumentImportsIntoAValidRoadmap() {
        ImportResult result = MarkdownImporter.importFile(SEED, ImportOptions.defaults());
        System.out.println(result.yaml());
        System.out.println(result.report().text());
        assertThat(result.roadmap().phases()).hasSize(4);
    }
}
