package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @ParameterizedTest(name = "q {0} of 1..100 is {1}")
    @CsvSource(textBlock = """
            0.01, 1
            0.50, 50
            0.99, 99
            1.00, 100
            0.505, 51
            """)
    void nearestRankOfOneToAHundred(double q, long expected) {
        long[] samples = LongStream.rangeClosed(1, 100).toArray();

        assertThat(Percentiles.of(samples).at(q)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theOrderOfTheSamplesDoesNotMatterAndTheResultIsASample(long seed) {
        Random random = new Random(seed);
        long[] samples = random.longs(1 + random.nextInt(500), 0, 1_000_000).toArray();
        long[] shuffled = samples.clone();
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        Percentiles p = Percentiles.of(samples);

        assertThat(Percentiles.of(shuffled).at(0.99)).as("seed %d", seed).isEqualTo(p.at(0.99));
        assertThat(samples).as("seed %d", seed).contains(p.at(0.5));
        assertThat(p.at(0.5)).as("seed %d", seed).isLessThanOrEqualTo(p.at(0.99));
        long atOrBelow = LongStream.of(samples).filter(s -> s <= p.at(0.99)).count();
        assertThat(atOrBelow).as("seed %d", seed).isGreaterThanOrEqualTo((long) Math.ceil(0.99 * samples.length));
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        assertThat(Percentiles.of(new long[] {7}).at(0.5)).isEqualTo(7);
        assertThat(Percentiles.of(new long[] {7}).at(0.99)).isEqualTo(7);
    }

    @Test
    void refusesNoSamplesAndQuantilesOutsideZeroToOne() {
        assertThatThrownBy(() -> Percentiles.of(new long[0])).hasMessage("no samples: the run answered no request");
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}).at(0)).hasMessage("a quantile is in (0, 1], was 0.0");
    }
}
