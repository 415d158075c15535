package io.roadmapgraph.docs;

import io.roadmapgraph.loader.cli.GraphLoaderCli;
import io.roadmapgraph.model.RoadmapReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of docs/markdown-import.md are run: each {@code <!-- example: NAME -->} block is written as a file,
 * each {@code <!-- output of: graph-loader ARGS -->} block is what the command prints for those files, and the roadmap
 * it writes is valid.
 */
class MarkdownImportDocTest {

    private static final Path DOC = MarkdownBlocks.DOCS.resolve("markdown-import.md");
    private static final String EXAMPLE = "<!-- example: ";
    private static final String OUTPUT = "<!-- output of: graph-loader ";

    @TempDir
    Path dir;

    @Test
    void theDocumentedImportsPrintWhatThePageShowsAndWriteValidRoadmaps() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<String> commands = new ArrayList<>();
        for (MarkdownBlocks.Block block : MarkdownBlocks.of(DOC)) {
            String marker = block.line() >= 2 ? lines.get(block.line() - 2).strip() : "";
            if (marker.startsWith(EXAMPLE)) {
                Files.writeString(dir.resolve(marker.substring(EXAMPLE.length(), marker.length() - 4).strip()),
                        block.code());
            } else if (marker.startsWith(OUTPUT)) {
                String command = marker.substring(OUTPUT.length(), marker.length() - 4).strip();
                commands.add(command);
                assertThat(run(command)).as("output of graph-loader %s at %s", command, block.where())
                        .isEqualTo(block.code());
            }
        }
        assertThat(commands).as("documented commands").hasSize(5);
        try (var files = Files.list(dir)) {
            List<Path> written = files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("profile.yaml"))
                    .toList();
            assertThat(written).hasSize(5).allSatisfy(file -> assertThat(RoadmapReader.validate(file)).isEmpty());
        }
        Matcher title = Pattern.compile("The second phase's title is \"([^\"]+)\"")
                .matcher(Files.readString(DOC).replaceAll("\\s+", " "));
        assertThat(title.find()).as("the page names the title the notices' example keeps").isTrue();
        assertThat(RoadmapReader.read(dir.resolve("notices.yaml")).phases().get(1).title().preferred())
                .isEqualTo(title.group(1));
    }

    /** "The report": its example lines are lines of the report on the shipped document, which maps all its lines. */
    @Test
    void theReportsExampleLinesAreInTheReportOnTheShippedDocument() throws IOException {
        String page = Files.readString(DOC);
        MarkdownBlocks.Block example = MarkdownBlocks.of(DOC).stream()
                .filter(block -> block.code().contains("  mapped   ")).findFirst().orElseThrow();
        Matcher counted = Pattern.compile("The shipped AI Engineer document maps all of its (\\d+) counted lines\\.")
                .matcher(page.replaceAll("\\s+", " "));
        assertThat(counted.find()).isTrue();
        Path shipped = MarkdownBlocks.DOCS.resolveSibling("roadmap-markdown")
                .resolve("src/test/resources/documents/stappenplan_AI_Engineer.md");
        Path copy = Files.copy(shipped, dir.resolve(shipped.getFileName()));

        String printed = run("import " + copy.getFileName() + " --report report.txt");

        assertThat(printed).endsWith("mapped " + counted.group(1) + " of " + counted.group(1) + " lines (100%)\n");
        assertThat(Files.readAllLines(dir.resolve("report.txt"))).as("the report").containsAll(
                example.code().lines().toList());
    }

    private String run(String command) {
        List<String> args = new ArrayList<>();
        for (String arg : command.split(" ")) {
            args.add(arg.endsWith(".md") || arg.endsWith(".yaml") || arg.endsWith(".txt") ? dir.resolve(arg).toString() : arg);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(code).as("exit code of graph-loader %s: %s", command, err).isZero();
        return out.toString().replace(dir + "/", "");
    }
}
