package io.roadmapgraph.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRenderingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RAG, the basics      | RAG\\, the basics
            a;b                  | a\\;b
            back\\slash          | back\\\\slash
            """)
    void calendarTextsEscapeWhatRfc5545Reserves(String text, String escaped) {
        assertThat(PlanRendering.escape(text)).isEqualTo(escaped);
        assertThat(PlanRendering.escape("two\nlines")).isEqualTo("two\\nlines");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String summary = "SUMMARY:" + "Prompt engineering – één ".repeat(10);

        PlanRendering.line(out, summary);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(lines[1]).startsWith(" ");
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(summary + "\r\n");
    }
}
