package io.roadmapgraph.examples.jvm;

import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapGraph;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the example's {@code main} in its own JVM against a running Neo4j (the test kit's), as a user would, then
 * connects to that Neo4j and checks that what it printed is what the graph answers.
 */
class EmbeddingExampleIT {

    /** The module's directory: failsafe runs the tests there. */
    private static final Path EXAMPLE = Path.of("").toAbsolutePath();
    private static final String DEFAULT_URI = "bolt://127.0.0.1:7687";

    @Test
    void theExampleLoadsTheBundledRoadmapIntoANeo4jByUriAndPrintsALearningPathThatTheGraphConfirms()
            throws IOException, InterruptedException {
        URI neo4j = SharedNeo4j.boltUri();   // a running Neo4j the example reaches by URI, as it would any other
        SharedNeo4j.clear();

        List<String> output = runMain(List.of(neo4j.toString()));

        assertThat(output).contains("roadmap ai-engineer: Step-by-step plan: becoming an AI engineer");
        try (RoadmapGraph graph = RoadmapGraph.connect(neo4j, AuthTokens.none())) {
            // a long timeout: the first query on a cold database may be slow on a busy machine
            RoadmapQueries queries = new RoadmapQueries(graph.driver(), QueryOptions.DEFAULTS.withReadTimeout(
                    Duration.ofMinutes(1)));
            LearningPath path = queries.learningPath(List.of("fine-tuning"), List.of("python"));
            List<String> expected = new ArrayList<>();
            expected.add("learning path to fine-tuning, knowing python: " + path.steps().size() + " steps, "
                    + path.totalHours() + " hours");
            path.steps().forEach(s -> expected.add("  " + s.position() + ". " + s.topic().id() + " ("
                    + s.topic().estimatedHours() + " h)" + (s.goal() ? " goal" : "")));

            expected.add("rag needs: " + queries.prerequisites("rag", true).stream()
                    .map(r -> r.topic().id() + "@" + r.depth()).collect(Collectors.joining(", ")));
            expected.add("next after python: " + queries.nextTopics(List.of("python")).stream()
                    .map(TopicNode::id).collect(Collectors.joining(", ")));
            expected.add("projects covering rag or embeddings: "
                    + queries.projectsCovering(List.of("rag", "embeddings"), SkillMatch.ANY).stream()
                    .map(c -> c.project().id() + " " + c.covered().size() + "/2").collect(Collectors.joining(", ")));

            assertThat(output).containsSubsequence(expected);
            assertThat(path.steps()).isNotEmpty();
            // the goal, then its non-elective subtopics after it (the subtopic rule)
            assertThat(path.steps()).filteredOn(s -> s.goal()).extracting(s -> s.topic().id())
                    .containsExactly("fine-tuning");
            assertThat(expected).noneMatch(line -> line.endsWith(": "));   // every question had an answer
        }
    }

    @Test
    void theDocumentedExecCommandHandsTheUriAndTheNamedFilesToMain(@TempDir Path dir)
            throws IOException, InterruptedException {
        SharedNeo4j.clear();
        Path bundled = dir.resolve("ai-engineer.yaml");
        try (InputStream in = EmbeddingExample.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            Files.copy(in, bundled);
        }
        Path mine = dir.resolve("my-roadmap.json");
        SyntheticRoadmap.write(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(30, 7)), mine);
        String documented = documentedExampleArgs();
        assertThat(documented).startsWith(DEFAULT_URI + " ");

        // what exec:exec runs: the module's commandlineArgs with the documented example.args, URI and files ours
        List<String> arguments = new ArrayList<>();
        for (String word : commandlineArgs().split("\\s+")) {
            switch (word) {
                case "%classpath" -> arguments.add(System.getProperty("java.class.path"));
                case "${exec.mainClass}" -> arguments.add(EmbeddingExample.class.getName());
                case "${example.args}" -> {
                    arguments.add(SharedNeo4j.boltUri().toString());
                    arguments.add(bundled.toString());
                    arguments.add(mine.toString());
                }
                default -> arguments.add(word);
            }
        }
        assertThat(arguments.subList(0, 3)).containsExactly("-classpath", System.getProperty("java.class.path"),
                EmbeddingExample.class.getName());

        List<String> output = runMain(arguments.subList(3, arguments.size()));

        assertThat(output).contains("roadmap ai-engineer: Step-by-step plan: becoming an AI engineer")
                .anyMatch(line -> line.startsWith("roadmap synthetic-30: "));
    }

    /** The arguments of docs/embedding.md's second {@code exec:exec} command. */
    private static String documentedExampleArgs() throws IOException {
        Matcher command = Pattern.compile("exec:exec -Dexample\\.args=\"([^\"]+)\"")
                .matcher(Files.readString(EXAMPLE.resolve("../../docs/embedding.md")));
        assertThat(command.find()).as("docs/embedding.md runs exec:exec with -Dexample.args").isTrue();
        return command.group(1);
    }

    /** What this module's pom tells exec:exec to run. */
    private static String commandlineArgs() throws IOException {
        Matcher configured = Pattern.compile("<commandlineArgs>([^<]+)</commandlineArgs>")
                .matcher(Files.readString(EXAMPLE.resolve("pom.xml")));
        assertThat(configured.find()).as("the example's pom configures exec:exec's commandlineArgs").isTrue();
        assertThat(Files.readString(EXAMPLE.resolve("pom.xml")))
                .contains("<example.args>" + DEFAULT_URI + "</example.args>");
        return configured.group(1).strip();
    }

    /** The example's standard output; its stderr must not have SLF4J's "no providers" (or any other) notice. */
    private static List<String> runMain(List<String> mainArguments) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = Files.createTempFile("embedding-example-", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                    System.getProperty("java.class.path"), EmbeddingExample.class.getName()));
            command.addAll(mainArguments);
            Process process = new ProcessBuilder(command)
                    .redirectError(stderr.toFile())
                    .start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the example finishes").isTrue();
            String errors = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; output:%n%s%n%s", stdout, errors).isZero();
            assertThat(errors).as("the example's stderr").doesNotContain("SLF4J");
            return stdout.lines().toList();
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
