package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryOptionsTest {

    @Test
    void theDefaultsAnswerFromASnapshotCheckedOnEveryCall() {
        assertThat(QueryOptions.DEFAULTS.snapshot()).isTrue();
        assertThat(QueryOptions.DEFAULTS.snapshotMaxAge()).isZero();
    }

    @Test
    void aNegativeSnapshotMaxAgeIsRefusedWithTheValue() {
        assertThatThrownBy(() -> QueryOptions.DEFAULTS.withSnapshotMaxAge(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshot max age must not be negative, was PT-0.001S");
    }

    @Test
    void aSnapshotReadGetsAtLeastFiveMinutesWhateverTheReadTimeout() {
        assertThat(QueryOptions.DEFAULTS.snapshotTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(QueryOptions.DEFAULTS.withReadTimeout(Duration.ofMinutes(8)).snapshotTimeout())
                .isEqualTo(Duration.ofMinutes(8));
    }
}
