package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Figures figures = new Figures(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void printsOneLinePerFigureInTheAgreedFormat() {
        figures.figure("load.10k.loader", 41_234.56, "records/s");
        figures.ratio("api.10k.prerequisites.p50-over-bolt", 3.0, 2.0);
        figures.figure("startup.first-answer", 6.5, "s");

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("""
                figure load.10k.loader 41235 records/s
                ratio api.10k.prerequisites.p50-over-bolt 1.50
                figure startup.first-answer 6.50 s
                """);
        assertThat(figures.lines()).extracting(Figures.Line::kind).containsExactly("figure", "ratio", "figure");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1234.5,  1235
            100,     100
            12.345,  12.35
            1.5,     1.50
            0.12345, 0.123
            0.0005,  0.000500
            3,       3
            """)
    void formatsNumbersWithAsManyDigitsAsMatter(double value, String expected) {
        assertThat(Figures.Line.format(value)).isEqualTo(expected);
    }

    @Test
    void aRatioIsOursOverTheOtherSide() {
        assertThat(figures.ratio("x", 1, 4).value()).isEqualTo(0.25);
    }

    @Test
    void refusesNamesWithSpacesUnitsWithSpacesAndRatiosOverZero() {
        assertThatThrownBy(() -> figures.figure("load 10k", 1, "s"))
                .hasMessage("a figure name is lower case words joined by '.', '-' or '_', was 'load 10k'");
        assertThatThrownBy(() -> figures.figure("load", 1, "records per s"))
                .hasMessage("a figure's unit is one word, was 'records per s'");
        assertThatThrownBy(() -> figures.ratio("r", 1, 0)).hasMessage("ratio r: the other side is 0");
        assertThatThrownBy(() -> figures.figure("nan", Double.NaN, "ms"))
                .hasMessage("figure nan is not a finite number: NaN");
    }
}
