package io.roadmapgraph.embedded;

import org.junit.jupiter.api.Test;
import org.neo4j.values.storable.Values;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedStagingWriterTest {

    @Test
    void wholeNumbersAreStoredAsLongsAndDecimalsAsDoublesAsCypherOverBoltStoresThem() {
        assertThat(EmbeddedStagingWriter.value(3)).isEqualTo(Values.longValue(3));
        assertThat(EmbeddedStagingWriter.value((short) 3)).isEqualTo(Values.longValue(3));
        assertThat(EmbeddedStagingWriter.value(1.5f)).isEqualTo(Values.doubleValue(1.5));
        assertThat(EmbeddedStagingWriter.value(List.of(1, 2L))).isEqualTo(Values.longArray(new long[] {1, 2}));
        assertThat(EmbeddedStagingWriter.value(List.of(1, 2.5))).isEqualTo(Values.doubleArray(new double[] {1, 2.5}));
    }

    @Test
    void anEmptyListIsStoredAsAnEmptyTextArray() {
        assertThat(EmbeddedStagingWriter.value(List.of())).isEqualTo(Values.stringArray());
    }

    @Test
    void aListOfTextsAndNumbersAndAMapAreRefusedAsNoPropertyCanHoldThem() {
        assertThatThrownBy(() -> EmbeddedStagingWriter.value(List.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a list a property can hold");
        assertThatThrownBy(() -> EmbeddedStagingWriter.value(Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
