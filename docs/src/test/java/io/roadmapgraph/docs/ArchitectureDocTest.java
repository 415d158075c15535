package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/architecture.md quotes every rule of the ArchUnit tests, so a documented rule is a tested rule. */
class ArchitectureDocTest {

    private static final Path DOC = Path.of("architecture.md");
    private static final String MARK = "// rule: ";

    static Stream<String> rules() throws IOException {
        List<Path> tests = List.of(
                Path.of("../roadmap-model/src/test/java/io/roadmapgraph/algorithms/RoadmapModelArchitectureTest.java"),
                Path.of("../graph-core/src/test/java/io/roadmapgraph/graph/GraphCoreArchitectureTest.java"),
                Path.of("../neo4j-embedded/src/test/java/io/roadmapgraph/embedded/EmbeddedArchitectureTest.java"),
                Path.of("../roadmap-markdown/src/test/java/io/roadmapgraph/markdown/MarkdownArchitectureTest.java"));
        Stream<String> rules = Stream.empty();
        for (Path test : tests) {
            rules = Stream.concat(rules, Files.readAllLines(test).stream().map(String::trim)
                    .filter(line -> line.startsWith(MARK)).map(line -> line.substring(MARK.length())).toList()
                    .stream());
        }
        return rules;
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theArchitecturePageQuotesTheRule(String rule) throws IOException {
        assertThat(Files.readString(DOC)).contains("- " + rule + "\n");
    }

    @Test
    void findsTheRulesOfAllFourArchitectureTests() throws IOException {
        assertThat(rules()).hasSize(9).doesNotHaveDuplicates();
    }

    /**
     * The page's Java block quotes ServerArchitectureTest's rules: each statement is in the test, with the package
     * prefix written {@code ..graphql.}, without {@code check(...)}, and {@code ...} where the page leaves out a part.
     */
    @Test
    void theJavaBlockQuotesEveryRuleOfServerArchitectureTest() throws IOException {
        List<MarkdownBlocks.Block> java = MarkdownBlocks.of(DOC.toAbsolutePath()).stream()
                .filter(block -> block.language().equals("java")).toList();
        assertThat(java).hasSize(1);
        MarkdownBlocks.Block quoted = java.get(0);
        String source = Files.readString(
                Path.of("../api-server/src/test/java/io/roadmapgraph/server/architecture/ServerArchitectureTest.java"));
        String test = normalized(source.replace("GRAPHQL + \"", "\"io.roadmapgraph.server.graphql")
                .replace("DescribedPredicate.", "").replace(".check(SERVER)", ""));
        List<String> statements = Stream.of(normalized(quoted.code().replaceAll("(?m)^\\s*//.*$", "")).split(";"))
                .filter(statement -> !statement.isEmpty()).toList();

        assertThat(statements).as(quoted.where()).hasSize(source.split("@Test", -1).length - 1)
                .allSatisfy(statement -> assertThat(test).as(quoted.where()).containsPattern(
                        Stream.of(statement.split("\\.\\.\\.(?=\\))", -1)).map(Pattern::quote)
                                .collect(Collectors.joining(".*?"))));
    }

    /** "Adding a field to a type": every line the page's diff adds or keeps is a line of the file it names. */
    @Test
    void theDiffsAddedAndKeptLinesAreLinesOfTheFilesItNames() throws IOException {
        List<MarkdownBlocks.Block> diffs = MarkdownBlocks.of(DOC.toAbsolutePath()).stream()
                .filter(block -> block.language().equals("diff")).toList();
        assertThat(diffs).hasSize(1);
        List<String> file = List.of();
        int checked = 0;
        for (String line : diffs.get(0).code().lines().toList()) {
            if (line.startsWith("--- ")) {
                file = Files.readAllLines(Path.of("..", line.substring(4).strip())).stream().map(String::strip)
                        .toList();
            } else if (!line.startsWith("-") && !line.strip().equals("...")) {
                assertThat(file).as("%s: %s", diffs.get(0).where(), line).contains(line.substring(1).strip());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** Without whitespace, and with the server's GraphQL package as the page writes it. */
    private static String normalized(String java) {
        return java.replaceAll("\\s+", "").replace("\"io.roadmapgraph.server.graphql.", "\"..graphql.");
    }
}
