package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.roadmapgraph.model.RequirementGroup.Kind;
import io.roadmapgraph.model.RequirementGroup.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Any-of / n-of requirements, phase electives and tool alternatives as the reader reads and checks them. */
class RequirementGroupsTest {

    private static final String HEAD = """
            id: choices
            title: Choices
            summary: Groups
            source: {document: c.md, language: en, basedOn: Nothing}
            phases:
              - {number: 1, title: One, goal: First}
            tools:
              - {id: chroma, name: Chroma, category: vector-database, url: "https://trychroma.com", description: C}
              - {id: faiss, name: FAISS, category: vector-database, url: "https://faiss.ai", description: F}
            topics:
              - {id: a, title: A, summary: A, phase: 1, importance: core, estimatedHours: 1}
              - {id: b, title: B, summary: B, phase: 1, importance: core, estimatedHours: 2}
              - {id: c, title: C, summary: C, phase: 1, importance: core, estimatedHours: 3}
            """;

    private static String withTopic(String requires) {
        return HEAD + "  - {id: goal, title: G, summary: G, phase: 1, importance: core, estimatedHours: 1, requires: "
                + requires + "}\n";
    }

    @Test
    void readsNestedGroupsBesidePlainRequirementsWithDerivedIds() {
        Roadmap roadmap = RoadmapReader.read("g.yaml", withTopic("[{topic: a, reason: A first},"
                + " {anyOf: [b, {nOf: {n: 2, of: [a, b, c]}}], reason: Either}]"));

        assertThat(roadmap.topic("goal").orElseThrow().requiredTopicIds()).containsExactly("a");
        RequirementGroup group = roadmap.groupsOf("goal").get(0);
        assertThat(group.id()).isEqualTo("goal~1");
        assertThat(group.kind()).isEqualTo(Kind.ANY);
        assertThat(group.reason().flatMap(Text::en)).contains("Either");
        assertThat(group.optionIds()).containsExactly("b", "goal~1.2");
        RequirementGroup nested = (RequirementGroup) group.options().get(1);
        assertThat(nested.kind()).isEqualTo(Kind.N_OF);
        assertThat(nested.n()).isEqualTo(2);
        assertThat(group.members()).containsExactly("b", "a", "c");
        assertThat(roadmap.group("goal~1.2")).contains(nested);
    }

    @Test
    void readsPhaseElectivesAndToolAlternativesWithTheirDefault() {
        String file = HEAD.replace("- {number: 1, title: One, goal: First}",
                "- {number: 1, title: One, goal: First, electives: {n: 2, of: [a, b, c], reason: Pick two}}")
                + "alternatives:\n  - {id: vector-database, options: [chroma, faiss], default: chroma}\n";

        Roadmap roadmap = RoadmapReader.read("g.yaml", file);

        assertThat(roadmap.groups()).extracting(RequirementGroup::id, RequirementGroup::scope, RequirementGroup::n)
                .containsExactly(tuple("phase-1~electives", Scope.ELECTIVES, 2),
                        tuple("vector-database", Scope.TOOLS, 1));
        assertThat(roadmap.group("vector-database").orElseThrow().preferred()).isEqualTo(Optional.of("chroma"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            n larger than the options | [{nOf: {n: 3, of: [a, b]}}]       | 14 | 106 | requirement group #1 of topic 'goal' needs 3 options but has only 2; lower n or add options
            unknown option            | [{anyOf: [a, bb]}]                  | 14 | 108 | unknown topic 'bb' in the options of requirement group #1 of topic 'goal'; did you mean 'b'?
            option twice              | [{anyOf: [a, a]}]                   | 14 | 108 | requirement group #1 of topic 'goal' lists 'a' twice (first at line 14); remove one
            the topic itself          | [{anyOf: [a, goal]}]                | 14 | 108 | option 'goal' of requirement group #1 of topic 'goal' is the topic itself; a group cannot be satisfied by an option that needs its own topic: remove the option
            both kinds                | [{anyOf: [a], nOf: {n: 1, of: [b]}}] | 14 | 109 | requirement group #1 of topic 'goal' has both anyOf and nOf; a group is one of them, nest the other
            not an option             | [{anyOf: [a, 3]}]                   | 14 | 108 | option #2 of requirement group #1 of topic 'goal' must be an id or a nested group ({anyOf: [...]} or {nOf: {n: 2, of: [...]}}), found the number 3
            """)
    void reportsAnUnsatisfiableGroupWithItsPlace(String what, String requires, int line, int column, String message) {
        List<Problem> problems = RoadmapReader.validate("g.yaml", withTopic(requires));

        assertThat(problems).containsExactly(new Problem("g.yaml", line, column, message));
    }

    @Test
    void reportsAnOptionThatRequiresTheTopicThroughOthers() {
        String file = withTopic("[{anyOf: [{nOf: {n: 1, of: [a, b]}}, c]}]")
                .replace("{id: a, title: A, summary: A, phase: 1, importance: core, estimatedHours: 1}",
                        "{id: a, title: A, summary: A, phase: 1, importance: core, estimatedHours: 1,"
                                + " requires: [{topic: goal, reason: G first}]}");

        assertThat(RoadmapReader.validate("g.yaml", file)).extracting(Problem::message).containsExactly(
                "option 'a' of option #1 of requirement group #1 of topic 'goal' requires 'goal' itself (a -> goal);"
                        + " a group cannot be satisfied by an option that needs its own topic: remove the option");
    }

    @Test
    void theGroupsShownInTheFormatDocumentAreThoseOfTheValidExample() throws IOException {
        String doc = Files.readString(Path.of("../docs/roadmap-format.md"));
        int start = doc.indexOf("```text\nrequires:\n") + "```text\n".length();
        List<String> shown = doc.substring(start, doc.indexOf("```", start)).lines().map(String::strip).toList();
        List<String> example = Files.readAllLines(
                Path.of("src/test/resources/examples/valid/choices.yaml")).stream().map(String::strip).toList();

        assertThat(Collections.indexOfSubList(example, shown)).isPositive();
        assertThat(RoadmapReader.validate(Path.of("src/test/resources/examples/valid/choices.yaml")))
                .isEmpty();
    }

    @Test
    void reportsAToolAlternativeWhoseDefaultIsNotAnOption() {
        String file = HEAD + "alternatives:\n  - {id: vector-database, options: [chroma], default: faiss}\n";

        assertThat(RoadmapReader.validate("g.yaml", file)).extracting(Problem::message).containsExactly(
                "default 'faiss' of alternative 'vector-database' is not one of its options; pick one of [chroma]");
    }
}
