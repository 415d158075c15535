package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.5})
    void theFittedExponentOfAPowerLawIsItsPower(double power) {
        List<double[]> points = List.of(1_000, 10_000, 100_000).stream()
                .map(n -> new double[] {Math.log(n), Math.log(3 * Math.pow(n, power))}).toList();

        assertThat(Report.exponent(points)).isCloseTo(power, within(1e-9));
    }

    @Test
    void theTargetsTableJudgesFiguresAsWellAsRatios() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));

        String md = report.markdown(List.of(
                new Figures.Line("ratio", "load.100k.loader-over-import", 0.31, ""),
                new Figures.Line("figure", "api.100k.server-rss", 1200, "MiB"),
                new Figures.Line("figure", "api.100k.slowest-answer-while-rebuilding", 1800, "ms"),
                new Figures.Line("figure", "startup.first-answer", 4.2, "s"),
                new Figures.Line("figure", "startup.100k.first-traversal", 21.5, "s")));

        assertThat(md).contains("`load.100k.loader-over-import` | 0.310 | yes |",
                "`api.100k.server-rss` | 1200 | yes |",
                "`api.100k.slowest-answer-while-rebuilding` | 1800 | **no** |",
                "`startup.first-answer` | 4.20 | yes |",
                "`startup.100k.first-traversal` | 21.50 | **no** |");
    }
}
