package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of problem, with its exact message and place, from a small file under src/test/resources/problems. */
class ValidationProblemsTest {

    static Path fixture(String name) {
        return Path.of("src/test/resources/problems", name);
    }

    @ParameterizedTest(name = "{0} gives {1}:{2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            syntax-error.yaml           | 3  | 8   | YAML syntax error: while parsing a flow sequence, expected ',' or ']', but got :; fix the file at this place
            empty.yaml                  | 1  | 1   | the file is empty; a roadmap file starts with 'id:', 'title:' and the other fields described in docs/roadmap-format.md
            unknown-field.yaml          | 10 | 5   | unknown field 'titel' in topic 'rag'; did you mean 'title'?
            unknown-field.json          | 8  | 19  | unknown field 'titel' in topic 'rag'; did you mean 'title'?
            missing-field.yaml          | 9  | 5   | missing field 'summary' in topic 'rag'; add summary: {en: ..., nl: ...}
            wrong-type.yaml             | 14 | 21  | field 'estimatedHours' of topic 'rag' must be a whole number of at least 1, found the text 'sixty'
            not-a-map.yaml              | 9  | 5   | topic #1 must be a map of fields (key: value), found the text 'rag'
            empty-field.yaml            | 10 | 11  | 'title' of topic 'rag' is blank; write the text
            not-boolean.yaml            | 9  | 105 | field 'startHere' of topic 'rag' must be true or false, found the text 'yes'
            binary.yaml                 | 9  | 22  | unsupported value (a binary or otherwise tagged value) in a roadmap file; write plain text, numbers, lists and maps
            language.yaml               | 4  | 31  | field 'language' of 'source' of the roadmap must be a two-letter ISO 639-1 code such as nl or en, found 'Dutch'
            bad-id-referenced.yaml      | 8  | 10  | id 'Python' of topic #1 is not kebab-case; use lower-case letters, digits and single hyphens, e.g. 'python'
            blank-text.yaml             | 9  | 27  | field 'en' of 'title' of topic 'rag' is blank; write a value
            bad-url.yaml                | 11 | 64  | field 'url' of tool 'chroma' must be an http(s) address, found 'trychroma.com'; write it as https://...
            unknown-enum.yaml           | 9  | 69  | unknown importance 'keys' in topic 'rag'; use one of key, core, elective (did you mean 'key'?)
            duplicate-key.yaml          | 12 | 5   | duplicate field 'title' (first given at line 10); keep one of them
            alias.yaml                  | 11 | 14  | YAML alias '*t' is not supported in roadmap files; write the value out in full
            not-kebab.yaml              | 9  | 9   | id 'Prompt_Engineering' of topic #1 is not kebab-case; use lower-case letters, digits and single hyphens, e.g. 'prompt-engineering'
            duplicate-id.yaml           | 11 | 10  | duplicate topic id 'rag' (first defined at line 9); give each topic its own id
            unknown-topic.yaml          | 17 | 17  | unknown topic 'pyton' in the requirements of topic 'rag'; did you mean 'python'?
            unknown-tool.yaml           | 9  | 102 | unknown tool 'faiss' in the tools of topic 'rag'; no tool has this id: define it or correct the id
            unknown-project.yaml        | 17 | 52  | unknown project 'faq-bots' in the projects of step #1 of route stage 'months-1-3'; did you mean 'faq-bot'?
            unknown-layer.yaml          | 11 | 64  | unknown layer 'application-developmnet' in the layer of topic 'rag'; did you mean 'application-development'?
            unknown-phase.yaml          | 9  | 54  | topic 'rag' is in phase 3, which does not exist; the phases are 1, 2
            project-without-topics.yaml | 11 | 70  | 'topics' of project 'faq-bot' is empty; a project exercises at least one topic
            duplicate-requirement.yaml  | 18 | 17  | topic 'rag' requires 'python' twice (first at line 17); remove one
            cycle.yaml                  | 29 | 24  | prerequisite cycle a → b → c → a; a topic cannot require itself, directly or through others: remove one of these requirements
            later-phase.yaml            | 16 | 17  | topic 'rag' (phase 1) requires 'agents' of the later phase 2; a topic can require only topics of its own or an earlier phase: move one of them or drop the requirement
            parent-self.yaml            | 9  | 66  | topic 'lora' is its own parent; a subtopic's parent must be another topic
            parent-loop.yaml            | 11 | 57  | the parent of topic 'c' is 'a', one of its own subtopics: parent chain a → b → c → a; choose a parent outside this chain
            layer-phase-missing.yaml    | 9  | 44  | layer 'infrastructure' is in phase 5, which does not exist; the phases are 1, 2
            layer-other-phase.yaml      | 11 | 64  | topic 'rag' is in phase 1 but its layer 'application-development' belongs to phase 2; move the topic to phase 2 or choose a layer of phase 1
            phase-numbering.yaml        | 7  | 14  | phase number 3 is out of place: phases are numbered 1..2 in the order they are listed, so this one must be 2
            phase-duration.yaml         | 6  | 66  | 'duration' of phase #1 runs from month 3 to month 2; 'min' must not be greater than 'max'
            month-range.yaml            | 11 | 44  | 'months' of route stage 'months-1-3' runs from month 3 to month 1; 'from' must not be greater than 'to'
            route-overlap.yaml          | 12 | 37  | route stage 'months-3-6' (months 3-6) overlaps route stage 'months-1-3' (months 1-3); start it after month 3
            route-out-of-order.yaml     | 12 | 37  | route stage 'months-1-3' (months 1-3) is out of order: it starts before route stage 'months-4-6' (months 4-6); list the stages by month
            route-weeks-overlap.yaml    | 12 | 34  | route stage 'month-2' (months 2-2) overlaps route stage 'weeks-1-6' (weeks 1-6); start it after week 6
            route-both-units.yaml       | 11 | 47  | route stage 'weeks-1-2' has both 'months' and 'weeks'; give one of them
            week-range.yaml             | 11 | 42  | 'weeks' of route stage 'weeks-1-2' runs from week 2 to week 1; 'from' must not be greater than 'to'
            cycle.json                  | 60 | 20  | prerequisite cycle a → b → c → a; a topic cannot require itself, directly or through others: remove one of these requirements
            unknown-topic.json          | 40 | 20  | unknown topic 'pyton' in the requirements of topic 'rag'; did you mean 'python'?
            duplicate-id.json           | 40 | 13  | duplicate topic id 'rag' (first defined at line 24); give each topic its own id
            language-undeclared.yaml    | 9  | 32  | 'nl' text in 'title' of topic 'rag', but the roadmap's languages are en; add nl to 'languages' at the top of the file or remove this text
            language-main-missing.yaml  | 9  | 22  | 'title' of topic 'rag' has no 'nl' text, and nl is the roadmap's main language (the first of 'languages'); add nl: <text>
            language-unknown.yaml       | 2  | 17  | 'languages' of the roadmap lists the text 'de'; each entry must be en or nl, once
            bad-origin.yaml             | 8  | 40  | field 'origin' of 'title' of topic 'rag' must be document, authored or inferred:<rule> (a kebab-case rule name), found 'guessed'
            parent-requires-subtopic.yaml | 15 | 17 | topic 'rag' requires 'bm25', one of its own subtopics; a parent is the introduction and its subtopics come after it: remove this requirement (the subtopic requires its parent already)
            former-id-clash.yaml        | 8  | 27  | former id 'bm25' of topic 'rag' is the id of a topic; a former id is an alias that no topic has now: remove it here
            former-id-twice.yaml        | 9  | 28  | former id 'retrieval' is listed twice (first at line 8); an alias names one topic: keep one of them
            weight.yaml                 | 8  | 103 | field 'weight' of topic 'python' is 180; a weight is a share of the phase's work in percent, 1..100
            reference-not-used.yaml     | 15 | 17  | requirement 'ai-engineer:python' of topic 'rag' names roadmap 'ai-engineer', which 'uses' does not list; add it to the roadmap: uses: [ai-engineer]
            reference-malformed.yaml    | 16 | 17  | requirement 'ai-engineer:Python' of topic 'rag' is not a topic of another roadmap: write roadmap:topic with two kebab-case ids (ai-engineer:python)
            reference-defined-here.yaml | 17 | 17  | requirement 'ai-engineer:python' of topic 'rag' names a topic this roadmap defines itself; one id is one concept: require 'python' or remove its definition here
            uses-itself.yaml            | 5  | 21  | 'uses' of the roadmap lists the roadmap itself ('broken'); list other roadmaps only
            group-n-too-large.yaml      | 17 | 26  | requirement group #1 of topic 'c' needs 3 options but has only 2; lower n or add options
            group-self.yaml             | 23 | 17  | option 'a' of requirement group #1 of topic 'b' requires 'b' itself (a -> b); a group cannot be satisfied by an option that needs its own topic: remove the option
            """)
    void reportsTheProblemWithItsMessageAndPlace(String file, int line, int column, String message) {
        Path path = fixture(file);

        assertThat(RoadmapReader.validate(path))
                .containsExactly(new Problem(path.toString(), line, column, message));
    }

    /** Short files given as text, with "\\n" for a line break. */
    @ParameterizedTest(name = "{0} gives {1}:{2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tab.yaml     | id: x\\n\ttitle: y          | 2 | 1  | YAML syntax error: while scanning for the next token, found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation); fix the file at this place
            indent.yaml  | id: a\\ntitle: b\\n  summary: c | 3 | 10 | YAML syntax error: mapping values are not allowed here; fix the file at this place
            list.yaml    | - a\\n- b                       | 1 | 1  | the roadmap must be a map of fields (key: value), found a list
            deep.json    | [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] | 1 | 64 | the file is too large or too deeply nested to be a roadmap: Document nesting depth (65) exceeds the maximum allowed (64); simplify the file
            """)
    void reportsAProblemOfTheWholeFileWithItsPlace(String name, String content, int line, int column, String message) {
        List<Problem> problems = RoadmapReader.validate(name, content.replace("\\n", "\n").replace("\\t", "\t"));

        assertThat(problems).containsExactly(new Problem(name, line, column, message));
    }

    @Test
    void reportsASecondYamlDocumentAfterTheProblemsOfTheFirst() {
        List<Problem> problems = RoadmapReader.validate("two.yaml", "id: a\n---\nid: b\n");

        assertThat(problems).last().isEqualTo(new Problem("two.yaml", 3, 1,
                "a second YAML document ('---') in the file; a roadmap file holds one document"));
    }

    @Test
    void reportsContentAfterTheJsonObject() {
        List<Problem> problems = RoadmapReader.validate("trail.json", "{\"id\": \"a\"} {}");

        assertThat(problems).last().isEqualTo(new Problem("trail.json", 1, 13,
                "unexpected content after the end of the JSON document; a roadmap file holds one object"));
    }

    @Test
    void reportsAJsonSyntaxErrorWithTheParsersPlace() {
        Path path = fixture("syntax-error.json");

        List<Problem> problems = RoadmapReader.validate(path);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.message()).startsWith("JSON syntax error: Unexpected character")
                    .contains("was expecting comma to separate Object entries");
        });
    }

    @Test
    void readingAnInvalidFileThrowsEveryProblemAndNoRoadmap() {
        Path path = fixture("cycle.yaml");

        assertThatThrownBy(() -> RoadmapReader.read(path))
                .isInstanceOfSatisfying(RoadmapValidationException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessage("1 problem in roadmap file:\n" + path + ":29:24: prerequisite cycle a → b → c → a; a topic"
                        + " cannot require itself, directly or through others: remove one of these requirements");
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        Path path = fixture("no-such-file.yaml");

        assertThat(RoadmapReader.validate(path))
                .containsExactly(new Problem(path.toString(), 0, 0, "no such file: " + path + "; check the path"));
    }
}
