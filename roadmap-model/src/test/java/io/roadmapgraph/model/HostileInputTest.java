package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Huge or hostile files end as problems, quickly, never as a crash or a hang. */
class HostileInputTest {

    /** Generous, for a busy machine: a few seconds suffice; a hang would never end. */
    private static final Duration QUICKLY = Duration.ofSeconds(60);

    private static List<Problem> validate(String name, String content) {
        return assertTimeoutPreemptively(QUICKLY, () -> RoadmapReader.validate(name, content));
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        String huge = "id: x\nsummary: " + "a".repeat(NodeReader.MAX_CHARS) + "\n";

        assertThat(validate("huge.yaml", huge)).singleElement().extracting(Problem::line, Problem::message)
                .containsExactly(1, "the file has " + huge.length() + " characters, more than the limit of 5000000;"
                        + " split the roadmap or remove what does not belong in it");
    }

    @Test
    void refusesDeepNestingInYaml() {
        String deep = "id: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        assertThat(validate("deep.yaml", deep)).singleElement().extracting(Problem::message).asString()
                .containsAnyOf("too large or too deeply nested", "cannot read the file as YAML", "YAML syntax error");
    }

    @Test
    void refusesDeepNestingInJson() {
        String deep = "{\"id\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(validate("deep.json", deep)).singleElement().extracting(Problem::message).asString()
                .startsWith("the file is too large or too deeply nested to be a roadmap")
                .contains("nesting depth");
    }

    @Test
    void refusesAVeryLongString() {
        String json = "{\"id\": \"" + "a".repeat(200_000) + "\"}";

        assertThat(validate("long.json", json)).singleElement().extracting(Problem::message).asString()
                .startsWith("the file is too large or too deeply nested to be a roadmap");
    }

    @Test
    void doesNotExpandYamlAliases() {
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8))
                    .append("*").append(previous).append("]\n");
        }

        List<Problem> problems = validate("laughs.yaml", laughs.toString());

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).satisfiesAnyOf(
                m -> assertThat(m).startsWith("YAML alias"),
                m -> assertThat(m).startsWith("unknown field"),
                m -> assertThat(m).startsWith("missing field"),
                m -> assertThat(m).startsWith("cannot read the file as YAML")));
    }

    /** A roadmap with one phase, up to its list of topics. */
    private static StringBuilder header() {
        return new StringBuilder("id: big\ntitle: Big\nsummary: Big\n"
                + "source: {document: big.md, language: en, basedOn: Nothing}\n"
                + "phases: [{number: 1, title: One, goal: All}]\ntopics:\n");
    }

    @Test
    void reportsALongPrerequisiteChainCycleQuickly() {
        int n = 20_000;
        StringBuilder yaml = header();
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: t-").append(i).append(", title: T, summary: S, phase: 1, importance: core,"
                    + " estimatedHours: 1, requires: [{topic: t-").append((i + 1) % n).append(", reason: r}]}\n");
        }

        List<Problem> problems = validate("chain.yaml", yaml.toString());

        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .startsWith("prerequisite cycle t-0 → t-1 → t-2 → ").contains(" → t-19999 → t-0;");
    }

    @Test
    void manyUnknownReferencesStayQuick() {
        int n = 5_000;
        StringBuilder yaml = header();
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: topic-number-").append(i).append(", title: T, summary: S, phase: 1,"
                    + " importance: core, estimatedHours: 1, tools: [tool-number-").append(i).append("]}\n");
        }
        yaml.append("tools:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: tool-nr-").append(i).append(", name: T, category: dev-tool, url: \"https://t\","
                    + " description: D}\n");
        }

        assertThat(validate("many.yaml", yaml.toString())).hasSize(n)
                .allSatisfy(p -> assertThat(p.message()).startsWith("unknown tool 'tool-number-"));
    }
}
