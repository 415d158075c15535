package io.roadmapgraph.loader;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoaderOptionsTest {

    @Test
    void defaultsToTheServersDatabaseInBatchesOf5000Writing() {
        assertThat(LoaderOptions.defaults()).isEqualTo(new LoaderOptions(Optional.empty(), 5000, false));
        assertThat(LoaderOptions.defaults().withDatabase("neo4j").withBatchSize(7).withDryRun(true))
                .isEqualTo(new LoaderOptions(Optional.of("neo4j"), 7, true));
    }

    @Test
    void rejectsABatchSizeBelowOneAndABlankDatabase() {
        assertThatThrownBy(() -> LoaderOptions.defaults().withBatchSize(0))
                .hasMessage("the batch size must be at least 1, was 0");
        assertThatThrownBy(() -> LoaderOptions.defaults().withDatabase(" "))
                .hasMessage("the database name must not be blank");
    }
}
