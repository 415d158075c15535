package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
