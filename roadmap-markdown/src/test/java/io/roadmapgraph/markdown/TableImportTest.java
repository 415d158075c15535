package io.roadmapgraph.markdown;

import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static io.roadmapgraph.markdown.ImportTest.topic;
import static org.assertj.core.api.Assertions.assertThat;

class TableImportTest {

    @TempDir
    Path dir;

    static ImportResult imported(String name) {
        return MarkdownImporter.importFile(Path.of("src/test/resources/documents/" + name), ImportOptions.defaults());
    }

    static String use(ImportReport report, String text) {
        return report.lines().stream().filter(l -> l.text().startsWith(text)).findFirst().orElseThrow().use();
    }

    @Test
    void anEnglishDocumentWithToolPhaseAndRouteTablesIsReadWhole() {
        ImportResult result = imported("tables-en.md");
        Roadmap roadmap = result.roadmap();
        ImportReport report = result.report();

        assertThat(report.unmapped()).isEmpty();
        assertThat(roadmap.phases()).extracting(p -> p.title().preferred() + " " + p.duration())
                .containsExactly("Foundations " + Optional.of(MonthRange.of(2, 2)),
                        "Delivery " + Optional.of(MonthRange.of(3, 4)));
        assertThat(roadmap.phases().get(1).goal().preferred()).contains("Automate delivery for many teams");
        assertThat(roadmap.tools()).extracting(t -> t.name() + ": " + t.description().preferred())
                .contains("Docker: building container images", "Terraform: infrastructure as code");
        assertThat(roadmap.route()).extracting(s -> s.id() + " " + s.title().preferred() + " " + s.steps().size())
                .containsExactly("months-1-2 Linux and networking 1", "months-3-6 Containers and delivery 1");
        assertThat(topic(roadmap, "networking").points()).extracting(p -> p.text().preferred())
                .contains("Subnets — Isolation between services", "Ports — What a firewall opens");
        assertThat(use(report, "| `Docker`")).isEqualTo("tool 'Docker' (table rule tools)");
        assertThat(use(report, "| 2 | 3-4 months")).isEqualTo("phase 2 (table rule phases)");
        assertThat(use(report, "| 1-2 |")).isEqualTo("route stage 'months-1-2' (table rule route)");
        assertThat(use(report, "| Subnets")).isEqualTo("point of topic 'networking' (table rule points)");
        assertThat(use(report, "|-------|----------|")).isEqualTo("table header");
    }

    @Test
    void aDutchDocumentWithTablesIsReadWholeAndValidates() {
        ImportResult result = imported("tabellen-nl.md");
        Roadmap roadmap = result.roadmap();

        assertThat(result.report().unmapped()).isEmpty();
        assertThat(roadmap.languages()).containsExactly("nl");
        assertThat(roadmap.phases()).extracting(p -> p.duration())
                .containsExactly(Optional.of(MonthRange.of(2, 2)), Optional.of(MonthRange.of(2, 3)));
        assertThat(roadmap.tools()).extracting(t -> t.name()).contains("PostgreSQL", "Tableau");
        assertThat(roadmap.route()).extracting(s -> s.id()).containsExactly("months-1-2", "months-3-5");
        assertThat(topic(roadmap, "visualisatie").points()).extracting(p -> p.text().preferred())
                .contains("Staafdiagram — Categorieën vergelijken");
    }

    @Test
    void aTableNoRuleNamesOutsideATopicKeepsItsRowsAsTipsAndAProfileCanNameIt() throws IOException {
        String doc = """
                # Roadmap

                ## Phase 1: Basics (2 months)

                ### **Python**
                - Syntax

                ## Learning route

                | Quarter | Focus |
                |---------|-------|
                | Q1 | Python |
                """;
        Path file = Files.writeString(dir.resolve("doc.md"), doc);
        ImportResult plain = MarkdownImporter.importFile(file, ImportOptions.defaults());
        assertThat(plain.roadmap().tips()).extracting(t -> t.text().preferred()).containsExactly("Q1 — Python");
        assertThat(use(plain.report(), "| Q1")).isEqualTo("tip (table rule points)");

        Path profile = Files.writeString(dir.resolve("profile.yaml"), """
                tables:
                  tools: [quarter]
                """);
        ImportResult named = MarkdownImporter.importFile(file, ImportOptions.defaults().withProfile(
                MappingProfile.withOverrides(profile)));
        assertThat(named.roadmap().tools()).extracting(t -> t.name()).contains("Q1");
        assertThat(use(named.report(), "| Q1")).isEqualTo("tool 'Q1' (table rule tools)");
    }
}
