package io.roadmapgraph.server.graphql.progress;

import io.roadmapgraph.server.graphql.execution.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteLimitsTest {

    @Test
    void aLearnerPastItsWritesPerMinuteIsRateLimitedAndAnotherLearnerIsNot() {
        ProgressSettings settings = new ProgressSettings();
        settings.setWritesPerMinute(3);
        long[] now = {120_000};
        WriteLimits limits = new WriteLimits(settings, () -> now[0]);
        IntStream.range(0, 3).forEach(i -> limits.count("ann"));

        assertThatThrownBy(() -> limits.count("ann")).isInstanceOfSatisfying(ErrorCode.CodedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
        assertThatCode(() -> limits.count("bob")).doesNotThrowAnyException();
        now[0] += 60_000;
        assertThatCode(() -> limits.count("ann")).as("the next minute").doesNotThrowAnyException();
    }
}
