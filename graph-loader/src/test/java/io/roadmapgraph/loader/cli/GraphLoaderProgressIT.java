package io.roadmapgraph.loader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.testkit.Neo4jTestSupport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI shows what it is doing on a terminal (one status line on stderr, rewritten in place), says nothing of it in
 * a pipe or with {@code --quiet}, and always says where the time went.
 */
class GraphLoaderProgressIT extends Neo4jTestSupport {

    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path dir;

    private Path small;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void writeTheFile() throws IOException {
        small = Files.writeString(dir.resolve("small.yaml"), SMALL_YAML);
    }

    private static Run run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err), terminal, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void onATerminalTheStatusLineNamesEachPhaseAndIsClearedAtTheEnd() {
        Run run = run(true, "load", "--uri", neo4j.boltUri().toString(), small.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains(Progress.CLEAR_LINE + "reading and validating 1 file  ",
                Progress.CLEAR_LINE + "connecting to " + neo4j.boltUri() + "  ",
                Progress.CLEAR_LINE + "schema (constraints and indexes)  ")
                .containsPattern("\r\033\\[Kwriting roadmap small \\(1 of 1, \\d+ rows\\)  \\d+\\.\\d\\d s")
                .endsWith(Progress.CLEAR_LINE)
                .doesNotContain("\n");
    }

    @Test
    void whileWritingTheStatusLineCountsTheRowsWrittenBatchByBatch() {
        Run run = run(true, "load", "--batch-size", "2", "--uri", neo4j.boltUri().toString(), small.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Matcher written = Pattern.compile("writing roadmap small \\(1 of 1, (\\d+) rows\\): (\\d+)/(\\d+) rows written")
                .matcher(run.err());
        List<Integer> counts = new ArrayList<>();
        String total = null;
        while (written.find()) {
            counts.add(Integer.parseInt(written.group(2)));
            assertThat(written.group(3)).as("the total is the rows the line names").isEqualTo(written.group(1));
            total = written.group(3);
        }
        // each batch draws its count at once; the line is also redrawn with its running time in between
        List<Integer> distinct = counts.stream().distinct().toList();
        assertThat(counts).as(run.err()).isSorted();
        assertThat(distinct).hasSizeGreaterThan(2).allMatch(count -> count > 0);
        assertThat(distinct.get(distinct.size() - 1)).isEqualTo(Integer.parseInt(total));
        List<Integer> steps = new ArrayList<>(List.of(distinct.get(0)));
        for (int i = 1; i < distinct.size(); i++) {
            steps.add(distinct.get(i) - distinct.get(i - 1));
        }
        assertThat(steps).as("rows per batch, with --batch-size 2").allMatch(step -> step >= 1 && step <= 2);
    }

    @Test
    void quietShowsNoStatusLineEvenOnATerminal() {
        Run run = run(true, "load", "--quiet", "--uri", neo4j.boltUri().toString(), small.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("Done.\n");
    }

    @Test
    void theOutputSaysWhereTheTimeWentInEveryCase() {
        Run run = run(false, "load", "--uri", neo4j.boltUri().toString(), small.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("\nTime: reading and validating \\d+\\.\\d\\d s, connecting \\d+\\.\\d\\d s,"
                + " schema \\d+\\.\\d\\d s, writing \\d+\\.\\d\\d s \\(total \\d+\\.\\d\\d s\\)\nDone\\.\n$");
    }

    @Test
    void aFailureClearsTheStatusLineBeforeItsMessage() {
        Path broken = dir.resolve("missing.yaml");

        Run run = run(true, "load", "--uri", neo4j.boltUri().toString(), broken.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(Progress.CLEAR_LINE + "reading and validating 1 file  ")
                .contains(Progress.CLEAR_LINE + "graph-loader: ");
    }

    @Test
    void aRealTerminalGetsTheStatusLineAndAPipeDoesNot() throws Exception {
        assertThat(Files.isExecutable(SCRIPT)).as("%s (util-linux) runs the CLI on a pseudo-terminal", SCRIPT)
                .isTrue();
        List<String> cli = cli("load", "--uri", neo4j.boltUri().toString(), small.toString());

        // script(1) gives the command a pseudo-terminal and copies everything it writes there to its own stdout
        String onTerminal = exec(List.of(SCRIPT.toString(), "-qefc", String.join(" ", cli.stream()
                .map(GraphLoaderProgressIT::quoted).toList()), "/dev/null"), false);
        String inPipe = exec(cli, true);

        assertThat(onTerminal).contains("\033[Kwriting roadmap small (1 of 1, ").contains("Done.");
        assertThat(inPipe).doesNotContain("\033[K", "writing roadmap").contains("Done.");
    }

    private static List<String> cli(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), GraphLoaderCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** stdout and stderr together; {@code pipe}: both are pipes, not the terminal of the test run. */
    private String exec(List<String> command, boolean pipe) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "cli-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("TERM", "xterm");
        builder.environment().remove("NEO4J_URI");
        if (!pipe) {
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the CLI finished").isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    private static String quoted(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
