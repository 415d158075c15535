package io.roadmapgraph.docs;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.cli.GraphLoaderCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader commands of the docs' shell blocks ({@code java -jar graph-loader/target/graph-loader-cli.jar ...}), run
 * as written, one block after the other, each command in a JVM of its own (the CLI's main class on the test's class
 * path), with the environment the block's {@code export} lines set, against a real embedded Neo4j: the documented
 * local address ({@code 127.0.0.1:7687}, also the CLI's default) is the test's. Every command ends with exit code 0.
 * The working directory holds the bundled roadmap at its path in the repository and {@code my-roadmap.yaml}, a
 * roadmap whose id is {@code my-roadmap} (roadmap-format.md's short example, renamed). A command for another host
 * (Aura, a cluster's address) is not run; the test names those.
 */
class LoaderCommandsIT {

    private static final String CLI = "java -jar graph-loader/target/graph-loader-cli.jar";
    private static final String DOCUMENTED = "bolt://127.0.0.1:7687";
    private static final Pattern EXPORT = Pattern.compile("^export\\s+(.+)$");
    /** One {@code NAME=value} of an export line; a value in double quotes may hold spaces. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");
    /** An exported value read from a file, as the shell does: {@code "$(cat data/neo4j/neo4j-password)"}. */
    private static final Pattern FILE_VALUE = Pattern.compile("^\"\\$\\(cat (\\S+)\\)\"$");
    private static final String PASSWORD = "a-password-for-the-loader-commands";
    private static final Pattern URI_OF_ANOTHER_HOST = Pattern.compile("[a-z+]+://(?!127\\.0\\.0\\.1|localhost)\\S+");
    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    private static final String BUNDLED = "roadmap-model/src/main/resources/roadmaps/ai-engineer.yaml";

    @TempDir
    static Path work;
    private static EmbeddedNeo4j neo4j;
    private static URI bolt;

    @BeforeAll
    static void startNeo4jAndPutTheFilesInPlace() throws IOException {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary().withPassword(PASSWORD));
        bolt = URI.create("bolt://127.0.0.1:" + neo4j.boltUri().getPort());
        Path kept = work.resolve("data/neo4j/neo4j-password");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, PASSWORD + "\n"); // where README's server keeps it
        Path bundled = work.resolve(BUNDLED);
        Files.createDirectories(bundled.getParent());
        Files.copy(ROOT.resolve(BUNDLED), bundled);
        String example = MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve("roadmap-format.md")).stream()
                .filter(block -> block.code().contains("\nid: tiny-ai ")).findFirst().orElseThrow().code();
        Files.writeString(work.resolve("my-roadmap.yaml"), example.replace("\nid: tiny-ai ", "\nid: my-roadmap "));
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    /** One command: where it is, its arguments after the jar, and the environment the block exported before it. */
    record Command(String where, List<String> args, Map<String, String> environment) {

        String line() {
            return CLI + " " + String.join(" ", args);
        }

        boolean forAnotherHost() {
            return URI_OF_ANOTHER_HOST.matcher(line()).find()
                    || environment.values().stream().anyMatch(v -> URI_OF_ANOTHER_HOST.matcher(v).find());
        }
    }

    static Stream<Named<MarkdownBlocks.Block>> blocks() {
        return loaderBlocks().stream()
                .filter(block -> commands(block).stream().anyMatch(command -> !command.forAnotherHost()))
                .map(block -> Named.of(block.where(), block));
    }

    @Test
    void theCommandsNotRunAreOnlyThoseForAnotherHost() {
        List<String> notRun = loaderBlocks().stream().flatMap(block -> commands(block).stream())
                .filter(Command::forAnotherHost).map(Command::where).toList();

        assertThat(loaderBlocks()).extracting(MarkdownBlocks.Block::file).containsOnly("deployment.md",
                "graph-loader.md", "operations.md");
        // deployment.md's load is DeploymentIT's, over the routing scheme to a Neo4j in another process
        assertThat(notRun).containsExactly("deployment.md: load", "graph-loader.md: load");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyCommandOfTheBlockEndsWithExitCodeZero(MarkdownBlocks.Block block) throws Exception {
        List<Command> commands = commands(block).stream().filter(command -> !command.forAnotherHost()).toList();
        assertThat(commands).as(block.where()).isNotEmpty();
        for (Command command : commands) {
            Run run = run(command);
            assertThat(run.exit()).as("%s: %s%nout: %s%nerr: %s", command.where(), command.line(), run.out(),
                    run.err()).isZero();
        }
    }

    /**
     * roadmap-format.md's "Topics of other roadmaps": its file loads when named before the roadmap it uses ({@code
     * graph-loader load support-bots.yaml ai-engineer.yaml}), and with the topic misspelt in its line 16 the load is
     * refused with the message the page quotes. The roadmap is removed again, so that the page's commands may remove
     * the one it uses.
     */
    @Test
    void theFormatPagesRoadmapUsingAnotherLoadsNamedFirstAndAMisspeltTopicGetsTheQuotedMessage() throws Exception {
        String page = Files.readString(MarkdownBlocks.DOCS.resolve("roadmap-format.md"));
        String file = MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve("roadmap-format.md")).stream()
                .filter(block -> block.code().startsWith("id: support-bots\n")).findFirst().orElseThrow().code();
        Matcher quoted = Pattern.compile("with `ai-engineer:rga` in line (\\d+) of the file above: `([^`]+)`")
                .matcher(page.replaceAll("\\s+", " "));
        assertThat(quoted.find()).as("the page quotes the message of a misspelt topic").isTrue();
        List<String> lines = new ArrayList<>(file.lines().toList());
        int line = Integer.parseInt(quoted.group(1));
        lines.set(line - 1, lines.get(line - 1).replace("ai-engineer:rag", "ai-engineer:rga"));
        Path uses = Files.createDirectories(work.resolve("uses"));
        Files.writeString(uses.resolve("support-bots.yaml"), file);
        Path misspeltFile = Files.createDirectories(uses.resolve("misspelt")).resolve("support-bots.yaml");
        Files.writeString(misspeltFile, String.join("\n", lines) + "\n");
        Files.copy(ROOT.resolve(BUNDLED), uses.resolve("ai-engineer.yaml"));
        Map<String, String> password = Map.of("NEO4J_PASSWORD", PASSWORD);

        Run misspelt = run(new Command("misspelt", List.of("load", "uses/misspelt/support-bots.yaml",
                "uses/ai-engineer.yaml"), password));
        Run loaded = run(new Command("load", List.of("load", "uses/support-bots.yaml", "uses/ai-engineer.yaml"),
                password));
        Run removed = run(new Command("remove", List.of("remove", "support-bots"), password));

        assertThat(misspelt.exit()).as(misspelt.err()).isNotZero();
        assertThat(misspelt.err()).as("what the loader prints").contains(quoted.group(2));
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out().indexOf("Loading roadmap ai-engineer")).as(loaded.out()).isNotNegative()
                .isLessThan(loaded.out().indexOf("Loading roadmap support-bots"));
        assertThat(removed.exit()).as(removed.err()).isZero();
    }

    private static List<MarkdownBlocks.Block> loaderBlocks() {
        return Stream.of("bash", "shell", "sh").flatMap(language -> MarkdownBlocks.all(language).stream())
                .filter(block -> block.code().contains(CLI)).toList();
    }

    /** The block's loader commands, over their line continuations, without comments. */
    private static List<Command> commands(MarkdownBlocks.Block block) {
        List<Command> commands = new ArrayList<>();
        Map<String, String> environment = new HashMap<>();
        String joined = block.code().replace("\\\n", " ");
        for (String raw : joined.split("\n")) {
            String line = raw.replaceFirst("(^|\\s)#.*$", "").strip();
            Matcher export = EXPORT.matcher(line);
            if (export.matches()) {
                Matcher assignment = ASSIGNMENT.matcher(export.group(1));
                while (assignment.find()) {
                    environment.put(assignment.group(1), value(assignment.group(2)));
                }
            } else if (line.startsWith(CLI)) {
                List<String> args = Arrays.asList(line.substring(CLI.length()).strip().split("\\s+"));
                commands.add(new Command(block.file() + ": " + args.get(0), args, Map.copyOf(environment)));
            }
        }
        return commands;
    }

    /** The value an export line sets: the file's first line for {@code "$(cat FILE)"}, else the text itself. */
    private static String value(String written) {
        Matcher file = FILE_VALUE.matcher(written);
        if (!file.matches()) {
            return written;
        }
        try {
            return Files.readAllLines(work.resolve(file.group(1)), StandardCharsets.UTF_8).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(Command command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GraphLoaderCli.class.getName()));
        command.args().forEach(arg -> args.add(arg.replace(DOCUMENTED, bolt.toString())));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(args).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEO4J_"));
        builder.environment().putAll(command.environment());
        builder.environment().put("NEO4J_URI", command.environment().getOrDefault("NEO4J_URI", DOCUMENTED)
                .replace(DOCUMENTED, bolt.toString()));
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(command.line()).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
