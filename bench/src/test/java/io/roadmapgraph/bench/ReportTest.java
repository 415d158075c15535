package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
}
