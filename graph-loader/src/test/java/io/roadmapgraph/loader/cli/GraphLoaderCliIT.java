package io.roadmapgraph.loader.cli;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.TwoTopicRoadmap;
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
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI run in-process, with captured output, against an embedded Neo4j. */
class GraphLoaderCliIT extends Neo4jTestSupport {

    @TempDir
    Path dir;

    private Path aiEngineer;
    private Path small;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void writeTheFiles() throws IOException {
        aiEngineer = dir.resolve("ai-engineer.yaml");
        try (InputStream bundled = RoadmapReader.class.getClassLoader()
                .getResourceAsStream(RoadmapReader.AI_ENGINEER_RESOURCE)) {
            Files.copy(bundled, aiEngineer);
        }
        small = Files.writeString(dir.resolve("small.yaml"), SMALL_YAML);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run load(String... args) {
        List<String> all = new ArrayList<>(List.of("load", "--uri", neo4j.boltUri().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static long nodeCount() {
        return driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().get(0).get(0).asLong();
    }

    @Test
    void validatesTheBundledRoadmap() {
        Run run = run("validate", aiEngineer.toString(), small.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid    " + aiEngineer + ": roadmap ai-engineer: ")
                .contains("valid    " + small + ": roadmap small: 1 phase, 1 topic, 0 tools, 0 projects")
                .endsWith("2 files valid\n");
    }

    @Test
    void validatePrintsTheWarningsOfAValidFileAndStillExitsZero() {
        Run run = run("validate", aiEngineer.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("; 5 warnings").endsWith("1 file valid\n");
        assertThat(run.err().lines()).hasSize(5).allMatch(line -> line.startsWith(aiEngineer + ":"))
                .anyMatch(line -> line.contains(": warning: step #2 of route stage 'months-4-6' (months 4-6) builds"
                        + " project 'document-qa-system', which exercises 'vector-search'"));
    }

    @Test
    void validateReportsEveryProblemWithItsPlaceAndExitsOne() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), SMALL_YAML.replace("phase: 1, importance: core",
                "phase: 1, importance: crucial"));

        Run run = run("validate", small.toString(), broken.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("INVALID  " + broken + ": 1 problem").endsWith("1 of 2 files invalid\n");
        assertThat(run.err()).startsWith(broken + ":8:").contains("crucial");
    }

    @Test
    void loadsTheBundledRoadmapWithEveryLabelAndTypeOfTheGraphModelAndASecondLoadChangesNothing() {
        Run first = load(aiEngineer.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Validated 1 file.", "Loading roadmap ai-engineer from " + aiEngineer,
                ":Topic", "[:REQUIRES]", "changed: nodes ").endsWith("Done.\n");
        Set<String> labels = new TreeSet<>(driver.executableQuery("CALL db.labels()").execute().records().stream()
                .map(r -> r.get(0).asString()).toList());
        Set<String> types = new TreeSet<>(driver.executableQuery("CALL db.relationshipTypes()").execute().records()
                .stream().map(r -> r.get(0).asString()).toList());
        assertThat(labels).containsExactlyInAnyOrderElementsOf(
                Stream.concat(GraphModel.LABELS.stream(), Stream.of(GraphModel.KEY_TOPIC)).toList());
        // no topic of the bundled roadmap requires a group (its header says why): every other type is there
        assertThat(types).containsExactlyInAnyOrderElementsOf(GraphModel.RELATIONSHIP_TYPES.stream()
                .filter(type -> !type.equals(GraphModel.REQUIRES_GROUP)).toList());
        long nodes = nodeCount();

        Run second = load(aiEngineer.toString());

        assertThat(second.code()).as(second.err()).isZero();
        // the summary counts the roadmap's content; the Roadmap node that names its current revision is not part of it
        assertThat(second.out()).contains("  no changes: " + (nodes - 1) + " nodes and ");
        assertThat(nodeCount()).isEqualTo(nodes);
    }

    @Test
    void withOneInvalidFileLoadsNothingAndExitsOne() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), SMALL_YAML.replace("id: small", "id: Not Kebab"));

        Run run = load(aiEngineer.toString(), broken.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("graph-loader: 1 problem in roadmap file:\n" + broken + ":1:");
        assertThat(nodeCount()).isZero();
    }

    @Test
    void aDryRunWritesNothing() {
        Run run = load("--dry-run", small.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("dry run: nothing will be written", "Checking roadmap small",
                "would change: nodes 3 created").endsWith("Dry run done: nothing was written.\n");
        assertThat(nodeCount()).isZero();
    }

    @Test
    void loadingARoadmapThatOrdersALoadedOnesTopicsTheOtherWayRoundWarnsWithTheCycleAndStillLoads() throws IOException {
        Path alpha = Files.writeString(dir.resolve("alpha.yaml"), TwoTopicRoadmap.yaml("alpha", "sql", "pandas"));
        Path beta = Files.writeString(dir.resolve("beta.yaml"), TwoTopicRoadmap.yaml("beta", "pandas", "sql"));
        Run first = load(alpha.toString());

        Run second = load(beta.toString());

        assertThat(first.err()).as("one roadmap").doesNotContain("warning");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Loading roadmap beta", "Done.");
        assertThat(second.err()).contains("graph-loader: warning: the requires of roadmaps alpha, beta together form a"
                + " cycle, ", " (each roadmap alone has none): learningPath, plan and unlockingTopics without a roadmap"
                + " argument answer BAD_USER_INPUT");
    }

    /** A roadmap that requires the topic {@code required} of ai-engineer, in its line 17. */
    private Path supportBots(String required) throws IOException {
        return Files.writeString(dir.resolve("support-bots.yaml"), """
                id: support-bots
                languages: [en]
                title: Support bots
                summary: Bots that answer questions
                source: {document: support-bots.md, language: en, basedOn: A test}
                uses: [ai-engineer]
                phases:
                  - {number: 1, title: Answers, goal: Answer questions}
                topics:
                  - id: faq-answering
                    title: FAQ answering
                    summary: Answers from a knowledge base
                    phase: 1
                    importance: core
                    estimatedHours: 8
                    requires:
                      - {topic: "ai-engineer:%s", reason: The answers are retrieved with RAG}
                """.formatted(required));
    }

    @Test
    void aRoadmapNamedBeforeTheOneItUsesIsLoadedAfterIt() throws IOException {
        Path supportBots = supportBots("rag");

        Run run = load(supportBots.toString(), aiEngineer.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().indexOf("Loading roadmap ai-engineer from " + aiEngineer)).isNotNegative()
                .isLessThan(run.out().indexOf("Loading roadmap support-bots from " + supportBots));
    }

    @Test
    void aRequiredTopicTheUsedRoadmapDoesNotHaveIsPrintedWithItsLineAndTheLikelyTopic() throws IOException {
        Path supportBots = supportBots("rga");

        Run run = load(supportBots.toString(), aiEngineer.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                graph-loader: roadmap support-bots requires topics of other roadmaps that the graph does not have:
                roadmap support-bots:17:0: requirement 'ai-engineer:rga' of topic 'faq-answering': roadmap \
                'ai-engineer' has no topic 'rga'; did you mean 'ai-engineer:rag'?
                """);
    }

    @Test
    void removesARoadmapAndKeepsWhatAnotherStillHas() {
        assertThat(load(aiEngineer.toString(), small.toString()).code()).isZero();

        Run run = run("remove", "--uri", neo4j.boltUri().toString(), "small");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Removing roadmap small", ":Roadmap", "changed: nodes 0 created, 0 updated, 3 removed");
        assertThat(driver.executableQuery("MATCH (t:Topic {id: 'python'}) RETURN collect(t.roadmap)").execute()
                .records().get(0).get(0).asList()).as("ai-engineer keeps its own python").containsExactly("ai-engineer");
    }

    @Test
    void removingAnUnknownRoadmapExitsFiveListsTheLoadedOnesAndRemovesNothing() {
        assertThat(load(aiEngineer.toString(), small.toString()).code()).isZero();
        long nodes = nodeCount();

        Run run = run("remove", "--uri", neo4j.boltUri().toString(), "small", "nope-roadmap");

        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("graph-loader: no roadmap 'nope-roadmap' is in the graph; nothing was removed"
                + " (the graph holds 2 roadmaps: ai-engineer, small)\n");
        assertThat(run.out()).doesNotContain("Removing");
        assertThat(nodeCount()).isEqualTo(nodes);
    }

    @Test
    void removingFromAnEmptyGraphSaysItHoldsNoRoadmap() {
        Run run = run("remove", "--uri", neo4j.boltUri().toString(), "nope", "other");

        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("graph-loader: no roadmaps 'nope', 'other' are in the graph; nothing was"
                + " removed (the graph holds no roadmap)\n");
    }

    @Test
    void loadsThroughTheRoutingSchemeAsAClusterClientWould() {
        String routing = neo4j.boltUri().toString().replace("bolt://", "neo4j://");

        Run run = run("load", "--uri", routing, small.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Connected to " + routing);
        assertThat(nodeCount()).as("the Roadmap node, its revision, a phase, a topic").isEqualTo(4);
    }

    @Test
    void anUnreachableDatabaseExitsThreeWithinSeconds() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();

        Run run = run("load", "--uri", "bolt://127.0.0.1:" + port, "--connect-timeout", "2", small.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("graph-loader: Neo4j is not reachable while connecting (")
                .contains("check the URI and that Neo4j is running")
                .endsWith("  (URI bolt://127.0.0.1:" + port + ", user none (no password given))\n");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(10);
    }

    @Test
    void aClusterUriToAnUnknownHostExitsThreeWithOneClearLine() {
        // docs/graph-loader.md's Aura example with a made-up host: the driver's routing path fails differently
        Run run = run("load", "--uri", "neo4j://nonexistent.invalid:7687", "--connect-timeout", "2", small.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("graph-loader: Neo4j is not reachable while connecting (unknown host"
                + " nonexistent.invalid): check the URI and that Neo4j is running\n"
                + "  (URI neo4j://nonexistent.invalid:7687, user none (no password given))\n");
    }

    @Test
    void aClusterUriToAClosedPortExitsThree() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Run run = run("load", "--uri", "neo4j://127.0.0.1:" + port, "--connect-timeout", "2", small.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("graph-loader: Neo4j is not reachable while connecting (")
                .contains("check the URI and that Neo4j is running");
    }

    @Test
    void anUnknownDatabaseExitsThree() {
        Run run = load("--database", "nosuchdb", small.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("graph-loader: the database does not exist while creating the schema")
                .contains("check the database name");
    }

    @Test
    void aLoadTheDatabaseRejectsExitsFourAndIsRolledBack() {
        // someone else's schema: topic titles unique, and a topic "Python" under another id
        driver.executableQuery("CREATE CONSTRAINT unique_title FOR (t:Topic) REQUIRE t.title IS UNIQUE").execute();
        try {
            driver.executableQuery("CREATE (:Topic {id: 'py', title: 'Python'})").execute();

            Run run = load(small.toString());

            assertThat(run.code()).isEqualTo(4);
            assertThat(run.err()).startsWith("graph-loader: loading roadmap small failed and was rolled back: "
                    + "[Neo.ClientError.Schema.ConstraintValidationFailed] ");
            assertThat(nodeCount()).isEqualTo(1);
        } finally {
            driver.executableQuery("DROP CONSTRAINT unique_title").execute();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            load --no-such-option x.yaml    | Unknown option: '--no-such-option'
            load                            | Missing required parameter: 'FILE'
            load --uri http://host:7474 x   | invalid --uri 'http://host:7474': use bolt://, neo4j://, or their +s / +ssc variants
            load --batch-size 0 x           | --batch-size must be at least 1, was 0
            frobnicate                      | Unmatched argument at index 0: 'frobnicate'
            ''                              | Missing command: validate, load, remove, import or export
            """)
    void usageErrorsExitTwoWithTheReason(String args, String message) throws IOException {
        Files.writeString(Path.of("x.yaml").toAbsolutePath(), SMALL_YAML);
        try {
            Run run = run(args.isBlank() ? new String[0] : args.trim().split("\\s+"));

            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith(message);
        } finally {
            Files.deleteIfExists(Path.of("x.yaml"));
        }
    }

    @Test
    void helpAndVersionDocumentTheExitCodes() {
        Run help = run("load", "--help");
        Run version = run("--version");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Exit codes:", "0   done", "1   invalid input", "2   usage error",
                "3   database unreachable", "4   load failed", "5   unknown roadmap", "NEO4J_URI", "NEO4J_PASSWORD");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("graph-loader ");
    }
}
