package io.roadmapgraph.docs;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/embedding.md's Java example ("Connect, load, ask, close") as a reader copies it: the block, with the imports
 * the page names under it, compiled against graph-core alone and run against a Neo4j with a password by a
 * {@code neo4j://} URI. It prints the learning path the page says it prints (before, it printed
 * {@code Optional[...]} for every title: {@code Text.en()} is an {@code Optional}).
 */
class EmbeddingJavaExampleIT {

    private static final String PASSWORD = "a-password-for-the-example";
    private static final String DOCUMENTED_URI = "neo4j://localhost:7687";

    @Test
    void theConnectLoadAskExampleCompilesWithTheNamedImportsAndPrintsTheLearningPathsTitles(@TempDir Path dir)
            throws Exception {
        Path page = MarkdownBlocks.DOCS.resolve("embedding.md");
        List<MarkdownBlocks.Block> java = MarkdownBlocks.of(page).stream()
                .filter(b -> b.language().equals("java")).toList();
        assertThat(java).as("docs/embedding.md's Java blocks").hasSize(1);
        String example = java.get(0).code();
        assertThat(example).contains('"' + DOCUMENTED_URI + '"');

        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary().withPassword(PASSWORD))) {
            String uri = "neo4j://127.0.0.1:" + neo4j.boltUri().getPort();
            Class<?> compiled = compile(dir, imports(Files.readString(page)), example.replace(DOCUMENTED_URI, uri));

            String printed = run(compiled);

            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, PASSWORD))) {
                List<String> expected = new RoadmapQueries(driver, QueryOptions.DEFAULTS)
                        .learningPath(List.of("fine-tuning"), List.of("python")).steps().stream()
                        .map(s -> s.position() + ". " + s.topic().title().preferred()).toList();
                assertThat(expected).hasSizeGreaterThan(5);
                // the library's log lines may share standard output with what the example prints
                assertThat(printed.lines().filter(l -> l.matches("\\d+\\. .*")).toList())
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /** The imports the page lists under the example: the backquoted names after "Its imports:". */
    private static List<String> imports(String page) {
        Matcher names = Pattern.compile("Its imports: ((?:`[^`]+`[,\\s]*)+)").matcher(page);
        assertThat(names.find()).as("docs/embedding.md names the example's imports").isTrue();
        return Pattern.compile("`([^`]+)`").matcher(names.group(1)).results().map(m -> m.group(1)).toList();
    }

    /** The example as the body of {@code Example.run(String password)}, compiled against the test's classpath. */
    private static Class<?> compile(Path dir, List<String> imports, String body) throws IOException,
            ClassNotFoundException {
        StringBuilder source = new StringBuilder("package example;\n\n");
        imports.forEach(name -> source.append("import ").append(name).append(";\n"));
        source.append("\npublic final class Example {\n    public static void run(String password) throws Exception {\n")
                .append(body).append("    }\n}\n");
        Path file = dir.resolve("src/example/Example.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "--release", "17", "-proc:none",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), file.toString());
        assertThat(status).as("compiling the example:\n%s\n%s", source, diagnostics).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                EmbeddingJavaExampleIT.class.getClassLoader());
        return loader.loadClass("example.Example");
    }

    /** Runs the example and returns what it printed on standard output. */
    private static String run(Class<?> example) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            example.getMethod("run", String.class).invoke(null, PASSWORD);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
