package io.roadmapgraph.loader.cli;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** graph-loader import and export, run in-process with captured output; no database. */
class MarkdownCommandsTest {

    @TempDir
    Path dir;

    private Path seed;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copyTheSeed() throws IOException {
        seed = dir.resolve("stappenplan_AI_Engineer.md");
        try (InputStream in = getClass().getResourceAsStream("/markdown/stappenplan_AI_Engineer.md")) {
            Files.copy(in, seed);
        }
    }

    @Test
    void importWritesAValidRoadmapBesideTheDocumentAndPrintsTheCoverage() {
        Run run = run("import", seed.toString(), "--id", "ai-engineer-imported");

        assertThat(run.code()).as(run.err()).isZero();
        Path written = dir.resolve("stappenplan_AI_Engineer.yaml");
        Roadmap roadmap = RoadmapReader.read(written);
        assertThat(roadmap.id()).isEqualTo("ai-engineer-imported");
        assertThat(roadmap.languages()).containsExactly("nl");
        assertThat(run.out()).startsWith("imported " + seed + " -> " + written + ": roadmap ai-engineer-imported: 4 phases, ")
                .containsPattern("mapped (\\d+) of \\1 lines \\(100%\\)\\n$");
    }

    @Test
    void importWritesTheOutputAndTheReportWhereTold() throws IOException {
        Path output = dir.resolve("out.yaml");
        Path report = dir.resolve("report.txt");
        Run run = run("import", seed.toString(), "-o", output.toString(), "--report", report.toString(),
                "--language", "nl");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(RoadmapReader.validate(output)).isEmpty();
        assertThat(Files.readString(report)).contains("## Ids chosen", "## Inferred values (review them)",
                "  15  mapped   topic 'python'", "inferred:numbered-topic-order");
    }

    @Test
    void importPrintsEachNoticeWithItsLineBeforeTheLinesItDidNotUse() throws IOException {
        Path document = dir.resolve("web.md");
        Files.writeString(document, """
                # Gap

                ## Phase 1: Basics (1 month)

                ### Python
                - Syntax

                ## Phase 3: Web (1 month, ~40 hours)

                ### HTML
                - Forms

                ## Notes

                Written later.
                """);
        Path report = dir.resolve("gap.txt");

        Run run = run("import", document.toString(), "--report", report.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1)).containsExactly(
                document + ":8: notice: the heading numbers this phase 3; it is phase 2, its place among the phase "
                        + "headings (the roadmap numbers its phases 1, 2, 3 ... in order)",
                document + ":8: notice: phase 2 states \"~40 hours\" in its title, which the import keeps as text and "
                        + "does not read as hours: it proposes 43 hours for the phase (1 month x 52/12 weeks x 10 "
                        + "hours a week), spread over its topics",
                document + ":13: not used: ## Notes",
                document + ":15: not used: Written later.",
                "mapped 7 of 9 lines (77%)");
        assertThat(Files.readString(report)).contains("## Notices (what the import decided: check it)\n"
                + "line    8  the heading numbers this phase 3;");
    }

    @ParameterizedTest(name = "-o {0} is written as {1}")
    @CsvSource(textBlock = """
            roadmap.yaml, id: "ai-engineer"
            roadmap.yml,  id: "ai-engineer"
            roadmap.json, "id" : "ai-engineer"
            """)
    void importWritesYamlOrJsonByTheOutputsNameThatTheReaderReadsAsTheSameRoadmap(String name, String start)
            throws IOException {
        Path output = dir.resolve(name);
        Run run = run("import", seed.toString(), "-o", output.toString(), "--id", "ai-engineer");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(output)).contains(start);
        Path reference = dir.resolve("reference.yaml");
        assertThat(run("import", seed.toString(), "-o", reference.toString(), "--id", "ai-engineer").code()).isZero();
        assertThat(RoadmapReader.read(output)).isEqualTo(RoadmapReader.read(reference));
    }

    @Test
    void aProblemInAnImportedJsonFileIsReportedAtItsJsonLine() throws IOException {
        Path output = dir.resolve("roadmap.json");
        assertThat(run("import", seed.toString(), "-o", output.toString()).code()).isZero();
        java.util.List<String> lines = Files.readAllLines(output);
        int line = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains("\"estimatedHours\"")).findFirst().orElseThrow();
        lines.set(line, lines.get(line).replaceFirst(": \\d+", ": 0"));
        Files.write(output, lines);

        assertThat(RoadmapReader.validate(output)).first()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(line + 1))
                .satisfies(problem -> assertThat(problem.message()).contains("estimatedHours"));
    }

    @Test
    void importListsTheLinesItDidNotUse() throws IOException {
        Path document = Files.writeString(dir.resolve("plan.md"), """
                # Plan

                ## Phase 1: Basics (1-2 months)

                ### **Python**
                - Variables

                <div align="center">
                some markup
                </div>
                """);
        Run run = run("import", document.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(document + ":8: not used: <div align=\"center\">",
                        document + ":9: not used: some markup")
                .endsWith("mapped 4 of 7 lines (57%)\n");
    }

    @Test
    void aFiftyMegabyteDocumentIsRefusedQuicklyWithExitCodeOneAndWritesNothing() throws IOException {
        Path document = dir.resolve("huge.md");
        String chunk = "## Fase 1: Basis (2 maanden)\n\n### **Python**\n- variabelen en loops\n".repeat(1000);
        try (java.io.Writer out = Files.newBufferedWriter(document, StandardCharsets.UTF_8)) {
            while (Files.size(document) < 50L * 1024 * 1024) {
                out.write(chunk);
                out.flush();
            }
        }
        long start = System.nanoTime();
        Run run = run("import", document.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("huge.md: the file is larger than 5000000 bytes").endsWith("nothing was written\n");
        assertThat(dir.resolve("huge.yaml")).doesNotExist();
        // only the first 5,000,001 bytes are read: time and memory do not grow with the file
        assertThat(millis).as("milliseconds to refuse a 50 MB file").isLessThan(10_000);
    }

    @Test
    void headingsFiftyDeepImportWithTheDeeperOnesListedAsNotUsed() throws IOException {
        StringBuilder doc = new StringBuilder("## Fase 1: Basis (2 maanden)\n\n### **Python**\n- loops\n\n");
        for (int level = 1; level <= 50; level++) {
            doc.append("#".repeat(level)).append(" kop ").append(level).append("\n\n");
        }
        Path document = Files.writeString(dir.resolve("deep.md"), doc.toString());

        Run run = run("import", document.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("deep.yaml")).exists();
        // CommonMark has six heading levels: "####### kop 7" and deeper are paragraphs, read as text
        assertThat(run.out()).contains("deep.md:").containsPattern("mapped \\d+ of 53 lines");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing file      | no such file; give the path of a Markdown document
            empty file        | the document is empty; write a Markdown roadmap with phase headings
            binary file       | not a Markdown document: it holds binary data (a NUL character)
            latin-1 file      | not UTF-8 text
            no phase or topic | nothing recognised: no phase heading
            too large         | the file is larger than 5000000 bytes
            invalid profile   | unknown entry 'phaseHeadings'
            """)
    void importRefusesBadInputWithExitCodeOneAndWritesNothing(String kind, String message) throws IOException {
        Path document = dir.resolve("bad.md");
        Path profile = dir.resolve("profile.yaml");
        switch (kind) {
            case "missing file" -> { }
            case "empty file" -> Files.writeString(document, "\n  \n");
            case "binary file" -> Files.write(document, new byte[]{'#', ' ', 'a', 0, 1, 2, '\n'});
            case "latin-1 file" -> Files.write(document, "# Fase 1: Caf\u00e9 (2 maanden)\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            case "no phase or topic" -> Files.writeString(document, "# Notes\n\nJust some text.\n\n- a list\n");
            case "too large" -> Files.write(document, new byte[5_000_001]);
            case "invalid profile" -> {
                Files.writeString(document, "## Phase 1: A (1 month)\n\n### **T**\n- p\n");
                Files.writeString(profile, "phaseHeadings: 'x'\n");
            }
            default -> throw new IllegalArgumentException(kind);
        }
        Run run = kind.equals("invalid profile")
                ? run("import", document.toString(), "--profile", profile.toString())
                : run("import", document.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains(message).endsWith("nothing was written\n");
        assertThat(dir.resolve("bad.yaml")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --language de           | --language 'de' is not supported; use nl or en
            --id Not_Kebab          | --id 'Not_Kebab' is not kebab-case
            """)
    void importRefusesBadOptionsWithExitCodeTwo(String option, String message) {
        String[] parts = option.split(" ");
        Run run = run("import", seed.toString(), parts[0], parts[1]);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(message);
    }

    @Test
    void importDoesNotReplaceAnExistingFileUnlessForced() throws IOException {
        Path existing = Files.writeString(dir.resolve("stappenplan_AI_Engineer.yaml"), "id: mine\n");

        Run refused = run("import", seed.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(existing + " exists; give --force to replace it, or -o another file");
        assertThat(Files.readString(existing)).isEqualTo("id: mine\n");

        Run forced = run("import", seed.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(RoadmapReader.validate(existing)).isEmpty();
    }

    @Test
    void exportWritesMarkdownThatImportsBackIntoTheSamePhasesAndTopics() throws IOException {
        Path yaml = dir.resolve("ai-engineer.yaml");
        try (InputStream bundled = RoadmapReader.class.getClassLoader()
                .getResourceAsStream(RoadmapReader.AI_ENGINEER_RESOURCE)) {
            Files.copy(bundled, yaml);
        }
        Path markdown = dir.resolve("ai-engineer-en.md");
        Run export = run("export", yaml.toString(), "-o", markdown.toString(), "--language", "en");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("exported " + yaml + " -> " + markdown + ": roadmap ai-engineer: ");
        assertThat(Files.readString(markdown)).startsWith("# Step-by-step plan: becoming an AI engineer\n")
                .contains("\n## Phase 1: Fundamental programming skills (2-3 months)\n");

        Path back = dir.resolve("back.yaml");
        Run reimport = run("import", markdown.toString(), "-o", back.toString(), "--language", "en");
        assertThat(reimport.code()).as(reimport.err()).isZero();
        Roadmap original = RoadmapReader.aiEngineer();
        Roadmap imported = RoadmapReader.read(back);
        assertThat(imported.phases()).extracting(p -> p.title().preferred())
                .containsExactlyElementsOf(original.phases().stream().map(p -> p.title().en().orElseThrow()).toList());
        assertThat(imported.topics()).extracting(t -> t.title().preferred())
                .containsExactlyInAnyOrderElementsOf(original.topics().stream().map(t -> t.title().en().orElseThrow())
                        .toList());
    }

    @Test
    void exportPrintsToStandardOutputInTheRoadmapsMainLanguage() {
        Path yaml = dir.resolve("ai-engineer.yaml");
        Run imported = run("import", seed.toString(), "-o", yaml.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        Run export = run("export", yaml.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("# Stappenplan: AI Engineer Worden\n")
                .contains("## Fase 3: De Drie Lagen van AI Engineering (6-8 maanden)\n")
                .contains("### Laag 1: Application Development (Start hier!)\n");
    }

    @Test
    void exportOfAnInvalidRoadmapExitsOneWithItsProblems() throws IOException {
        Path yaml = Files.writeString(dir.resolve("broken.yaml"), "id: broken\n");
        Path markdown = dir.resolve("broken.md");

        Run run = run("export", yaml.toString(), "-o", markdown.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("broken.yaml:1:1: missing field 'title'").endsWith("nothing was written\n");
        assertThat(markdown).doesNotExist();
    }

    @Test
    void anImportWhoseReportCannotBeWrittenWritesNeitherFileAndNamesTheReportAndWhy() {
        Path yaml = dir.resolve("imported.yaml");
        Path report = dir.resolve("missing").resolve("report.txt");

        Run run = run("import", seed.toString(), "-o", yaml.toString(), "--report", report.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("graph-loader: cannot write " + report + ": the directory "
                + report.toAbsolutePath().getParent() + " does not exist; nothing was written\n");
        assertThat(yaml).doesNotExist();
    }

    @Test
    void anImportIntoADirectoryThatIsNotThereSaysSoWithoutATemporaryFilesName() {
        Path yaml = dir.resolve("missing").resolve("imported.yaml");

        Run run = run("import", seed.toString(), "-o", yaml.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("graph-loader: cannot write " + yaml + ": the directory "
                + yaml.toAbsolutePath().getParent() + " does not exist; nothing was written\n");
    }

    @Test
    void anImportWhoseOutputIsADirectoryEvenWithForceSaysSoAndWritesNothing() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("imported.yaml"));

        Run run = run("import", seed.toString(), "-o", directory.toString(), "--force");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("graph-loader: cannot write " + directory
                + ": it is a directory; nothing was written\n");
        assertThat(directory).isEmptyDirectory();
    }
}
