package io.roadmapgraph.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.StagePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Route stages in weeks ("Week 1–2", "Weken 3-4", "Weeks 1-2"), imported, validated and exported back. */
class WeekRouteTest {

    private static final String DUTCH = """
            ## Fase 1: Basis (2-3 maanden)

            ### 1. Python
            - Syntax

            ### 2. Requests
            - HTTP

            ## Leerroute

            ### Week 1–2: Python

            - Leer Python

            ### Weken 3-4: API's

            - Leer Requests

            ### Maand 2-3: Bouwen

            - Bouw iets met API's
            """;

    private static final String ENGLISH = """
            ## Phase 1: Basics (2 months)

            ### 1. Python
            - Syntax

            ## Learning route

            | Week | Focus | Step |
            | --- | --- | --- |
            | 1-2 | Python | Learn Python |
            | 3-4 | More Python | Practise Python |
            """;

    @Test
    void dutchWeekHeadingsBecomeStagesInWeeksBesideMonthStages() {
        ImportResult result = MarkdownImporter.importText("weken.md", DUTCH, ImportOptions.defaults());

        assertThat(result.roadmap().route()).extracting(RouteStage::id, RouteStage::period, RouteStage::months)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("weeks-1-2", StagePeriod.weeks(1, 2), MonthRange.of(1, 1)),
                        org.assertj.core.groups.Tuple.tuple("weeks-3-4", StagePeriod.weeks(3, 4), MonthRange.of(1, 1)),
                        org.assertj.core.groups.Tuple.tuple("months-2-3", StagePeriod.months(2, 3),
                                MonthRange.of(2, 3)));
        assertThat(result.roadmap().route().get(1).steps()).singleElement()
                .satisfies(step -> assertThat(step.topics()).containsExactly("requests"));
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void englishWeeksFromATableAreWrittenAsWeeksInTheFile() {
        ImportResult result = MarkdownImporter.importText("weeks.md", ENGLISH, ImportOptions.defaults());

        assertThat(result.roadmap().route()).as(result.report().text()).extracting(RouteStage::period)
                .containsExactly(StagePeriod.weeks(1, 2), StagePeriod.weeks(3, 4));
        assertThat(result.yaml()).contains("""
                  - id: "weeks-1-2"
                    weeks:
                      from: 1
                      to: 2
                """).doesNotContain("months:");
        assertThat(RoadmapReader.read("weeks.yaml", result.yaml()).route()).isEqualTo(result.roadmap().route());
    }

    @Test
    void aWeekStageOverlappingTheStageBeforeStaysUnmapped() {
        String doc = DUTCH.replace("### Maand 2-3: Bouwen", "### Maand 1-2: Bouwen");
        ImportResult result = MarkdownImporter.importText("overlap.md", doc, ImportOptions.defaults());

        assertThat(result.roadmap().route()).extracting(RouteStage::id).containsExactly("weeks-1-2", "weeks-3-4");
        assertThat(result.report().unmapped()).extracting(ImportReport.LineUse::text).contains("### Maand 1-2: Bouwen");
    }

    @Test
    void aWeekTableFollowedByAWeekHeadingKeepsTheTablesStagesFirst() {
        String doc = """
                ## Fase 1: Basis (2 maanden)

                ### 1. Python
                - Syntax

                ### 2. Requests
                - HTTP

                ## Leerroute

                | Week | Focus | Stap |
                | --- | --- | --- |
                | 1-2 | Python | Leer Python |

                ### Weken 3-4: API's

                - Leer Requests
                """;

        ImportResult result = MarkdownImporter.importText("tabel-dan-kop.md", doc, ImportOptions.defaults());

        assertThat(result.roadmap().route()).as(result.report().text()).extracting(RouteStage::id, RouteStage::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weeks-1-2", StagePeriod.weeks(1, 2)),
                        org.assertj.core.groups.Tuple.tuple("weeks-3-4", StagePeriod.weeks(3, 4)));
        assertThat(result.roadmap().route().get(0).steps()).singleElement()
                .satisfies(step -> assertThat(step.topics()).containsExactly("python"));
        assertThat(result.report().lines()).filteredOn(line -> line.text().startsWith("| 1-2"))
                .singleElement().satisfies(line -> assertThat(line.use()).startsWith("route stage 'weeks-1-2'"));
    }

    @Test
    void aTableStageOverlappingTheHeadingStageBeforeItStaysOutOfTheRouteAndBecomesATip() {
        String doc = """
                ## Phase 1: Basics (2 months)

                ### 1. Python
                - Syntax

                ## Learning route

                ### Weeks 1-4: Python

                - Learn Python

                | Week | Focus |
                | --- | --- |
                | 3-4 | Overlap |
                | 5-6 | Next |
                """;

        ImportResult result = MarkdownImporter.importText("overlap-table.md", doc, ImportOptions.defaults());

        assertThat(result.roadmap().route()).as(result.report().text()).extracting(RouteStage::id)
                .containsExactly("weeks-1-4", "weeks-5-6");
        assertThat(result.report().lines()).filteredOn(line -> line.text().startsWith("| 3-4"))
                .singleElement().satisfies(line -> assertThat(line.use()).contains("table rule points"));
    }

    @Test
    void weekStagesExportAsWeekHeadingsAndImportBackTheSame() {
        for (String language : List.of("nl", "en")) {
            Roadmap roadmap = MarkdownImporter.importText("weken.md", DUTCH, ImportOptions.defaults()).roadmap();
            String markdown = MarkdownExporter.export(roadmap, language);

            assertThat(markdown).contains(language.equals("nl") ? "### Week 1-2: Python" : "### Weeks 1-2: Python");
            Roadmap again = MarkdownImporter.importText("again.md", markdown, ImportOptions.defaults()).roadmap();
            assertThat(again.route()).extracting(RouteStage::period)
                    .containsExactlyElementsOf(roadmap.route().stream().map(RouteStage::period).toList());
        }
    }
}
