package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportTest {

    static final Path SEED = Path.of("src/test/resources/documents/stappenplan_AI_Engineer.md");
    static final Path ENGLISH = Path.of("src/test/resources/documents/english-roadmap.md");

    @TempDir
    Path dir;

    static Topic topic(Roadmap roadmap, String id) {
        return roadmap.topics().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSeedMapsEveryCountedLineAndSaysSo() {
        ImportReport report = MarkdownImporter.importFile(SEED, ImportOptions.defaults()).report();

        assertThat(report.unmapped()).isEmpty();
        assertThat(report.notices()).as("its phases are numbered 1 to 4 and state no hours").isEmpty();
        assertThat(report.summaryLine()).isEqualTo("mapped " + report.countedLines() + " of "
                + report.countedLines() + " lines (100%)");
        // blank lines and horizontal rules are not counted
        assertThat(report.lines()).extracting(ImportReport.LineUse::text).doesNotContain("---", "");
        assertThat(report.lines()).filteredOn(l -> l.line() == 103).extracting(ImportReport.LineUse::use)
                .containsExactly("when-to-use of topic 'rag'");
    }

    @Test
    void anEnglishDocumentOfTheSameFamilyImportsWithItsEnglishWords() {
        ImportResult result = MarkdownImporter.importFile(ENGLISH, ImportOptions.defaults());
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.languages()).containsExactly("en");
        assertThat(roadmap.phases()).extracting(p -> p.title().preferred() + " " + p.duration())
                .containsExactly("Foundations " + Optional.of(MonthRange.of(1, 2)),
                        "Pipelines " + Optional.of(MonthRange.of(3, 4)), "Specialisation " + Optional.empty());
        assertThat(roadmap.layers()).extracting(l -> l.id() + " " + l.startHere())
                .containsExactly("batch true", "streaming false");
        Topic sql = topic(roadmap, "sql");
        assertThat(sql.importance()).isEqualTo(Importance.KEY);
        assertThat(sql.weight()).contains(60);
        assertThat(topic(roadmap, "orchestration").whenToUse().orElseThrow().preferred())
                .isEqualTo("for jobs that depend on each other");
        assertThat(topic(roadmap, "orchestration").notes()).extracting(n -> n.text().preferred())
                .containsExactly("Start with one daily job before you build many.");
        assertThat(topic(roadmap, "lakehouse-formats").importance()).isEqualTo(Importance.ELECTIVE);
        assertThat(topic(roadmap, "python").tools()).containsExactly("pandas", "pyarrow");
        assertThat(roadmap.tools()).extracting(t -> t.name() + " " + t.category())
                .contains("Airflow ORCHESTRATION", "Dagster ORCHESTRATION", "AWS CLOUD_PLATFORM", "Azure CLOUD_PLATFORM");
        assertThat(roadmap.projects()).extracting(p -> p.title().preferred() + " " + p.level() + " " + p.topics())
                .containsExactly("CSV Loader BEGINNER [python, sql]",
                        "Daily Pipeline INTERMEDIATE [orchestration]",
                        "Streaming Dashboard ADVANCED [event-streams]");
        assertThat(roadmap.route()).extracting(s -> s.id() + " " + s.steps().size())
                .containsExactly("months-1-2 2", "months-3-6 2");
        assertThat(roadmap.successCriteriaLeadIn().orElseThrow().preferred())
                .isEqualTo("You are a competent data engineer when you:");
        assertThat(roadmap.motto().orElseThrow().preferred()).isEqualTo("Data you cannot trust is worse than no data");
        assertThat(roadmap.resources()).extracting(r -> r.kind() + " " + r.mustRead())
                .containsExactly("BOOK true", "COMMUNITY false");
        assertThat(result.report().mappedLines() * 100).isGreaterThanOrEqualTo(95 * result.report().countedLines());
    }

    @Test
    void aLooserDutchDocumentOfTheSameFamilyIsReadWhole() {
        ImportResult result = MarkdownImporter.importFile(Path.of("src/test/resources/documents/variant-nl.md"),
                ImportOptions.defaults());
        Roadmap roadmap = result.roadmap();

        assertThat(result.report().unmapped()).isEmpty();
        assertThat(roadmap.languages()).containsExactly("nl");
        assertThat(roadmap.phases()).extracting(p -> p.title().preferred() + " " + p.duration())
                .containsExactly("Basis " + Optional.of(MonthRange.of(2, 2)),
                        "Verdieping " + Optional.of(MonthRange.of(2, 3)));
        assertThat(roadmap.phases().get(0).goal().nl()).contains("Leer de gereedschappen waarmee elke analist werkt.");
        assertThat(topic(roadmap, "spreadsheets").startHere()).isTrue();
        assertThat(topic(roadmap, "sql").importance()).isEqualTo(Importance.KEY);
        assertThat(topic(roadmap, "visualisatie").tools()).containsExactly("tableau", "power-bi");
        assertThat(roadmap.tools()).extracting(t -> t.name() + " " + t.category())
                .contains("PostgreSQL DEV_TOOL", "Tableau DEV_TOOL");
        assertThat(roadmap.route()).extracting(s -> s.id() + " " + s.steps().size())
                .containsExactly("months-1-2 2", "months-3-4 1");
        assertThat(roadmap.projects()).extracting(p -> p.title().preferred() + " " + p.level() + " " + p.topics())
                .containsExactly("Budgetoverzicht BEGINNER [spreadsheets]",
                        "Verkoopdashboard ADVANCED [visualisatie, sql]");
        assertThat(roadmap.tips()).extracting(t -> t.text().preferred())
                .containsExactly("Begin klein en laat elke week iets zien.");
    }

    @Test
    void introductionAndPrerequisiteSectionsMakeTheSummaryAndPlainHeadingsInAPhaseAreTopics() {
        String doc = """
                # AI Engineer Roadmap

                ## What is AI engineering?

                AI engineering builds products on top of foundation models.

                ## Prerequisites

                - Basic programming
                - Curiosity

                ## Phase 1: Basics (2 months)

                ### Python
                - Syntax

                ## Phase 2: Models (3 months)

                ### Prompting ⭐
                - Few-shot
                """;
        ImportResult result = MarkdownImporter.importText("intro.md", doc, ImportOptions.defaults());

        assertThat(result.roadmap().summary().en()).contains("AI engineering builds products on top of foundation "
                + "models. Prerequisites: Basic programming; Curiosity.");
        assertThat(result.roadmap().topics()).extracting(t -> t.id() + " " + t.importance())
                .containsExactly("python CORE", "prompting KEY");
        assertThat(result.report().summaryLine()).isEqualTo("mapped 12 of 12 lines (100%)");
    }

    @Test
    void aDurationLabelUnderThePhaseAndPrinciplesAsAListAreRead() {
        String doc = """
                ## Fase 1: Basis

                **Duur:** 3-5 maanden

                ### **Python**
                - Syntax

                ## Principes

                1. **Start simpel**
                   - Eerst prompting
                   - Dan RAG
                """;
        ImportResult result = MarkdownImporter.importText("duur.md", doc, ImportOptions.defaults());

        assertThat(result.roadmap().phases().get(0).duration()).contains(MonthRange.of(3, 5));
        assertThat(result.roadmap().principles()).extracting(p -> p.title().preferred() + " "
                        + p.points().stream().map(t -> t.preferred()).toList())
                .containsExactly("Start simpel [Eerst prompting, Dan RAG]");
        assertThat(result.report().unmapped()).isEmpty();
    }

    @Test
    void importedTextsAreTheDocumentsAndProposedValuesNameTheirRule() {
        Roadmap roadmap = MarkdownImporter.importFile(SEED, ImportOptions.defaults()).roadmap();

        Topic python = topic(roadmap, "python");
        assertThat(python.title().origin()).isEqualTo(Origin.DOCUMENT);
        assertThat(python.summary().nl()).contains("Hoogste prioriteit - 80% van AI werk");
        assertThat(python.hoursOrigin()).isEqualTo(Origin.inferred("phase-hours-by-weight"));
        Topic tokenization = topic(roadmap, "tokenization");
        assertThat(tokenization.summary().origin()).isEqualTo(Origin.inferred("summary-from-points"));
        assertThat(tokenization.requires()).extracting(r -> r.topic() + " " + r.origin())
                .containsExactly("python inferred:key-topics-of-previous-phase");
        assertThat(topic(roadmap, "context-construction").requires()).extracting(r -> r.topic() + " " + r.origin())
                .containsExactly("prompt-engineering inferred:numbered-topic-order");
        // phase 1 lasts 2-3 months at 10 hours a week: about 108 hours, 80 % of them Python's
        assertThat(python.estimatedHours()).isEqualTo((int) Math.round(Math.round(2.5 * 52 / 12 * 10) * 0.8));
        assertThat(roadmap.tools()).filteredOn(t -> t.id().equals("numpy"))
                .extracting(t -> t.url() + " " + t.category() + " " + t.description().preferred())
                .containsExactly("https://duckduckgo.com/?q=numpy PYTHON_LIBRARY numerieke berekeningen");
    }

    @Test
    void idsAreKebabCaseStableAndDeduplicated() {
        String doc = """
                ## Phase 1: One (1 month)

                ### **Prompt Engineering**
                - a

                ### **Prompt engineering!**
                - b

                ### **RAG (Retrieval-Augmented Generation)**
                - c
                """;
        ImportResult first = MarkdownImporter.importText("ids.md", doc, ImportOptions.defaults());
        ImportResult second = MarkdownImporter.importText("ids.md", doc, ImportOptions.defaults());

        assertThat(first.roadmap().topics()).extracting(Topic::id)
                .containsExactly("prompt-engineering", "prompt-engineering-2", "rag");
        assertThat(first.yaml()).isEqualTo(second.yaml());
        assertThat(first.report().ids()).extracting(id -> id.kind() + " " + id.id() + " " + id.line())
                .contains("topic prompt-engineering 3", "topic prompt-engineering-2 6", "topic rag 9");
    }

    @Test
    void aProfileFileReadsAnotherDocumentStyle() throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), """
                phaseHeading: '^module\\s+(\\d+)\\s*[:.-]?\\s*(.*)$'
                sections:
                  projects: [opdrachten]
                levels:
                  beginner: [instap]
                  intermediate: [midden]
                  advanced: [top]
                studyHoursPerWeek: 4
                """);
        String doc = """
                # Cursus

                ## Module 1: Basis (2 maanden)

                ### **Variabelen**
                - Namen kiezen

                ## Opdrachten

                ### Instap
                1. **Rekenmachine** - Variabelen oefenen
                """;
        Roadmap roadmap = MarkdownImporter.importText("cursus.md", doc,
                ImportOptions.defaults().withProfile(MappingProfile.withOverrides(profile))).roadmap();

        assertThat(roadmap.phases()).extracting(p -> p.title().preferred()).containsExactly("Basis");
        assertThat(roadmap.projects()).extracting(p -> p.level() + " " + p.topics())
                .containsExactly(Level.BEGINNER + " [variabelen]");
        assertThat(topic(roadmap, "variabelen").estimatedHours()).isEqualTo((int) Math.round(2 * 52 / 12.0 * 4));
    }

    static final String PARTS = """
            ## Phase 1: Retrieval (1 month)

            ### **RAG** ⭐
            - **When:** for facts
            - **Components:**
              - Retrieval algorithms:
                - Term-based (BM25) - **start here!**
                - Hybrid search
              - Reranking
            - **Evaluation:**
              - Retrieval quality
            - Chunking sizes
            - **Libraries:**
              - `faiss` - vector index
            """;

    @Test
    void nestedBulletsAndTheItemsOfAGroupLabelBecomeSubtopicsByTheProfilesRule() {
        ImportResult result = MarkdownImporter.importText("parts.md", PARTS, ImportOptions.defaults());
        Roadmap roadmap = result.roadmap();

        assertThat(roadmap.topics()).extracting(t -> t.id() + " < " + t.parent().orElse("-") + (t.startHere()
                        ? " start here" : ""))
                .containsExactly("rag < -", "retrieval-algorithms < rag", "term-based < retrieval-algorithms start here",
                        "hybrid-search < retrieval-algorithms", "reranking < rag", "evaluation < rag",
                        "retrieval-quality < evaluation");
        assertThat(topic(roadmap, "rag").points()).extracting(p -> p.text().preferred())
                .containsExactly("Chunking sizes", "Libraries:");
        assertThat(topic(roadmap, "rag").whenToUse()).isPresent();
        assertThat(roadmap.tools()).extracting(t -> t.name()).containsExactly("faiss");
        assertThat(topic(roadmap, "term-based").title().preferred()).isEqualTo("Term-based (BM25)");
        assertThat(result.report().lines()).extracting(l -> l.line() + " " + l.use())
                .contains("5 group label of the subtopics of topic 'rag'", "6 subtopic 'retrieval-algorithms' (a bullet)",
                        "12 point of topic 'rag'");
        assertThat(result.report().summaryLine()).startsWith("mapped 13 of 13 lines");
    }

    @Test
    void aProfileCanKeepEveryBulletAPoint(@TempDir Path profiles) throws IOException {
        Path profile = Files.writeString(profiles.resolve("points.yaml"), "subtopicsFromBullets: false\n");
        Roadmap roadmap = MarkdownImporter.importText("parts.md", PARTS,
                ImportOptions.defaults().withProfile(MappingProfile.withOverrides(profile))).roadmap();

        assertThat(roadmap.topics()).extracting(Topic::id).containsExactly("rag");
        assertThat(topic(roadmap, "rag").points()).extracting(p -> p.text().preferred())
                .containsExactly("Components:", "Evaluation:", "Chunking sizes", "Libraries:");
    }

    @Test
    void taskListItemsArePointsAndCriteriaWithoutTheirBoxes() {
        String doc = """
                ## Phase 1: Basics (1 month)

                ### **Python**
                - [ ] Loops
                - [x] Functions

                ## Success criteria

                - [ ] You can write a loop
                """;
        ImportResult result = MarkdownImporter.importText("tasks.md", doc, ImportOptions.defaults());

        assertThat(topic(result.roadmap(), "python").points()).extracting(p -> p.text().preferred())
                .containsExactly("Loops", "Functions");
        assertThat(result.roadmap().successCriteria()).extracting(c -> c.text().preferred())
                .containsExactly("You can write a loop");
        assertThat(result.report().lines()).extracting(l -> l.line() + " " + l.use())
                .contains("4 task, point of topic 'python'", "9 task, success criterion 1");
    }

    @Test
    void aWrongProfileIsRefusedWithWhatToFix() throws IOException {
        Path unknownValue = Files.writeString(dir.resolve("a.yaml"), "defaultToolCategory: hammer\n");
        Path badPattern = Files.writeString(dir.resolve("b.yaml"), "phaseHeading: '(fase'\n");
        Path unknownSection = Files.writeString(dir.resolve("c.yaml"), "sections:\n  glossary: [woorden]\n");

        assertThatThrownBy(() -> MappingProfile.withOverrides(unknownValue)).isInstanceOf(MarkdownImportException.class)
                .hasMessageContaining("unknown value 'hammer' in 'defaultToolCategory'; use one of llm-api, ");
        assertThatThrownBy(() -> MappingProfile.withOverrides(badPattern))
                .hasMessageContaining("'phaseHeading' is not a valid regular expression");
        assertThatThrownBy(() -> MappingProfile.withOverrides(unknownSection))
                .hasMessageContaining("unknown section kind 'glossary'; the kinds are overview, projects, ");
    }

    @Test
    void aRoadmapThatDoesNotValidatePointsAtTheDocumentsLines() throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), "toolUrl: 'ftp://tools/{name}'\n");
        String doc = """
                ## Phase 1: One (1 month)

                ### **Python**
                - `numpy` - arrays
                """;

        assertThatThrownBy(() -> MarkdownImporter.importText("plan.md", doc,
                ImportOptions.defaults().withProfile(MappingProfile.withOverrides(profile))))
                .isInstanceOf(MarkdownImportException.class)
                .hasMessageStartingWith("plan.md: the roadmap made from the document is not valid (1 problem)")
                .hasMessageContaining("\n  plan.md:4: field 'url' of tool 'numpy' must be an http(s) address");
    }

    @Test
    void nestingFiftyDeepIsReadWithoutCrashing() {
        StringBuilder doc = new StringBuilder("## Phase 1: Deep (1 month)\n\n### **Topic**\n");
        for (int depth = 0; depth < 50; depth++) {
            doc.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        doc.append("\n").append(">".repeat(50)).append(" quoted\n");
        for (int level = 1; level <= 50; level++) {
            doc.append("#".repeat(Math.min(level, 6))).append(" heading ").append(level).append('\n');
        }
        ImportResult result = MarkdownImporter.importText("deep.md", doc.toString(), ImportOptions.defaults());

        assertThat(result.roadmap().topics()).isNotEmpty();
        assertThat(result.report().countedLines()).isEqualTo(2 + 50 + 1 + 50);
    }
}
