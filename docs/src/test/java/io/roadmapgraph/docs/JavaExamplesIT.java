package io.roadmapgraph.docs;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.model.RoadmapReader;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of the docs, as a reader copies it: the block, with the imports the page names under it
 * ("Its imports: `a.B`, ..."), compiled by the JDK's compiler against the docs module's class path and run in a JVM
 * of its own, whose working directory holds the page's {@code <!-- example: NAME -->} files and the bundled roadmap as
 * {@code ai-engineer.yaml}. A block that names the documented Neo4j ({@code bolt://} or {@code neo4j://} on
 * {@code 127.0.0.1:7687} or {@code localhost:7687}) runs against a real embedded Neo4j of the test, whose password is
 * in the environment variable {@code NEO4J_PASSWORD} and the variable {@code password}; any other {@code 7687}
 * becomes a free port. Each line
 * that prints with a comment after it ({@code System.out.println(x); // what it prints}) must have printed that line
 * (a trailing {@code , ...} says more lines follow).
 */
class JavaExamplesIT {

    private static final String PASSWORD = "a-password-for-the-examples";
    /** The one Java block that is not a program: ServerArchitectureTest's rules, quoted (ArchitectureDocTest). */
    private static final String QUOTED_RULES = "architecture.md";
    private static final Pattern DOCUMENTED_NEO4J =
            Pattern.compile("(bolt|neo4j)://(?:127\\.0\\.0\\.1|localhost):7687");
    private static final Pattern IMPORTS = Pattern.compile("^Its imports: ((?:`[^`]+`[,\\s]*)+)", Pattern.MULTILINE);
    private static final Pattern PRINTS = Pattern.compile("System\\.out\\.println\\(.*\\);\\s*// (.+)$",
            Pattern.MULTILINE);
    private static final String EXAMPLE = "<!-- example: ";

    static Stream<Named<MarkdownBlocks.Block>> programs() {
        return blocks().map(block -> Named.of(block.where(), block));
    }

    private static Stream<MarkdownBlocks.Block> blocks() {
        return MarkdownBlocks.all("java").stream().filter(block -> !block.file().equals(QUOTED_RULES));
    }

    @Test
    void everyPageWithJavaHasItsBlocksRunHere() {
        assertThat(blocks().map(MarkdownBlocks.Block::file).distinct())
                .containsExactlyInAnyOrder("embedding.md", "graph-loader.md", "markdown-import.md",
                        "roadmap-format.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void theBlockCompilesWithTheNamedImportsRunsAndPrintsWhatItsCommentsSay(MarkdownBlocks.Block block,
            @TempDir Path dir) throws Exception {
        Path page = MarkdownBlocks.DOCS.resolve(block.file());
        Path work = Files.createDirectories(dir.resolve("work"));
        writeThePagesExampleFiles(page, work);
        try (InputStream bundled = RoadmapReader.class.getResourceAsStream("/" + RoadmapReader.AI_ENGINEER_RESOURCE)) {
            Files.copy(bundled, work.resolve("ai-engineer.yaml"));
        }

        Optional<EmbeddedNeo4j> neo4j = DOCUMENTED_NEO4J.matcher(block.code()).find()
                ? Optional.of(EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary().withPassword(PASSWORD)))
                : Optional.empty();
        try {
            String code = neo4j.map(n -> DOCUMENTED_NEO4J.matcher(block.code())
                    .replaceAll("$1://127.0.0.1:" + n.boltUri().getPort())).orElse(block.code())
                    .replace("7687", Integer.toString(freePort()));
            Path classes = compile(dir, block, importsUnder(page, block), code);

            String printed = run(classes, work, block);

            List<String> promised = PRINTS.matcher(block.code()).results()
                    .map(m -> m.group(1).strip().replaceFirst(",? ?\\.\\.\\.$", "")).toList();
            assertThat(printed.lines()).as("what %s printed", block.where()).containsAll(promised);
        } finally {
            neo4j.ifPresent(EmbeddedNeo4j::close);
        }
    }

    /** The backquoted names after "Its imports:" between the block and the next one. */
    private static List<String> importsUnder(Path page, MarkdownBlocks.Block block) throws IOException {
        List<String> lines = Files.readAllLines(page);
        StringBuilder after = new StringBuilder();
        for (int i = block.line() + (int) block.code().lines().count() + 1;
             i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
            after.append(lines.get(i)).append('\n');
        }
        Matcher names = IMPORTS.matcher(after);
        assertThat(names.find()).as("%s names the block's imports under it (Its imports: `...`)", block.where())
                .isTrue();
        return Pattern.compile("`([^`]+)`").matcher(names.group(1)).results().map(m -> m.group(1)).toList();
    }

    /** Each {@code <!-- example: NAME -->} block of the page, written as NAME into the working directory. */
    private static void writeThePagesExampleFiles(Path page, Path work) throws IOException {
        List<String> lines = Files.readAllLines(page);
        for (MarkdownBlocks.Block block : MarkdownBlocks.of(page)) {
            String marker = block.line() >= 2 ? lines.get(block.line() - 2).strip() : "";
            if (marker.startsWith(EXAMPLE)) {
                Files.writeString(work.resolve(marker.substring(EXAMPLE.length(), marker.length() - 4).strip()),
                        block.code());
            }
        }
    }

    /** The block as the body of {@code Example.main}, with {@code password} declared; returns the class directory. */
    private static Path compile(Path dir, MarkdownBlocks.Block block, List<String> imports, String body)
            throws IOException {
        StringBuilder source = new StringBuilder("package example;\n\n");
        imports.forEach(name -> source.append("import ").append(name).append(";\n"));
        source.append("\npublic final class Example {\n    public static void main(String[] args) throws Exception {\n")
                .append("        String password = System.getenv(\"NEO4J_PASSWORD\");\n")
                .append(body).append("    }\n}\n");
        Path file = dir.resolve("src/example/Example.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "--release", "17", "-proc:none",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), file.toString());
        assertThat(status).as("compiling %s:\n%s\n%s", block.where(), source, diagnostics).isZero();
        return classes;
    }

    /** Runs the example in its own JVM in {@code work}; returns what it printed on standard output. */
    private static String run(Path classes, Path work, MarkdownBlocks.Block block) throws Exception {
        Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = classes.resolveSibling("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(jvm.toString(), "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"), "example.Example")
                .directory(work.toFile()).redirectError(errors.toFile());
        builder.environment().put("NEO4J_PASSWORD", PASSWORD);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("%s ends", block.where()).isTrue();
        String printed = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; it printed:\n%s\nand on stderr:\n%s", block.where(),
                printed, Files.readString(errors)).isZero();
        return printed;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
