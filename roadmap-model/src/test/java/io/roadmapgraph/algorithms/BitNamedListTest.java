package io.roadmapgraph.algorithms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BitNamedListTest {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void namesTheSetBitsWithinItsRangeInBitOrderAsAPlainListWould(long seed) {
        Random random = new Random(seed);
        int length = 1 + random.nextInt(300);
        BitSet bits = new BitSet(length);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                bits.set(i);
            }
        }
        int from = random.nextInt(length);
        int to = from + random.nextInt(length - from + 1);
        List<String> expected = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (bits.get(i)) {
                expected.add("n" + i);
            }
        }

        List<String> named = BitNamedList.of(bits, from, to, i -> "n" + i);

        String what = "seed " + seed + ", [" + from + ", " + to + ")";
        assertThat(named).as(what).hasSize(expected.size()).containsExactlyElementsOf(expected)
                .isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(BitNamedList.of(bits, from, to, expected.size(), i -> "n" + i)).as(what).isEqualTo(expected);
    }

    @Test
    void namesTheBitsOnceWhenFirstReadAndCountsWithoutNaming() {
        BitSet bits = BitSet.valueOf(new long[] {0b1011_0000L});
        AtomicInteger named = new AtomicInteger();

        List<String> list = BitNamedList.of(bits, 0, 64, i -> "bit " + i + " #" + named.incrementAndGet());

        assertThat(list).hasSize(3);
        assertThat(named).hasValue(0);
        assertThat(list).containsExactly("bit 4 #1", "bit 5 #2", "bit 7 #3");
        assertThat(list.get(2)).isEqualTo("bit 7 #3");
        assertThat(named).hasValue(3);
    }

    @Test
    void isUnmodifiableAndChecksItsIndex() {
        List<String> list = BitNamedList.of(BitSet.valueOf(new long[] {0b11L}), 0, 2, i -> "n" + i);

        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void noBitsOrNoneSetInTheRangeIsTheEmptyList() {
        assertThat(BitNamedList.of(null, 0, 10, i -> "n" + i)).isEmpty();
        assertThat(BitNamedList.of(BitSet.valueOf(new long[] {0b1L}), 1, 64, i -> "n" + i)).isEmpty();
    }

    @Test
    void aListOfAnotherKindIsCopiedAndOneOfItsOwnKept() {
        List<String> mutable = new ArrayList<>(List.of("a"));
        List<String> copied = BitNamedList.keptOrCopied(mutable);
        mutable.add("b");
        List<String> own = BitNamedList.of(BitSet.valueOf(new long[] {0b1L}), 0, 1, i -> "n" + i);

        assertThat(copied).containsExactly("a");
        assertThat(BitNamedList.keptOrCopied(own)).isSameAs(own);
    }

    @Test
    void aNameFunctionThatGivesNullIsRefusedWhenRead() {
        List<String> list = BitNamedList.of(BitSet.valueOf(new long[] {0b1L}), 0, 1, i -> null);

        assertThatThrownBy(() -> list.get(0)).isInstanceOf(NullPointerException.class);
    }
}
