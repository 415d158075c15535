package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LazyListTest {

    @Test
    void aSizedListTellsItsSizeWithoutBeingMade() {
        AtomicInteger made = new AtomicInteger();
        List<String> list = LazyList.sized(3, () -> {
            made.incrementAndGet();
            return List.of("a", "b", "c");
        });

        assertThat(list).hasSize(3);
        assertThat(made).hasValue(0);
    }

    @Test
    void aListIsMadeOnceWhenAnElementIsFirstRead() {
        AtomicInteger made = new AtomicInteger();
        List<String> list = LazyList.of(() -> {
            made.incrementAndGet();
            return List.of("a", "b");
        });

        assertThat(made).hasValue(0);
        assertThat(list).containsExactly("a", "b");
        assertThat(list.get(1)).isEqualTo("b");
        assertThat(list).isEqualTo(List.of("a", "b"));
        assertThat(made).hasValue(1);
    }

    @Test
    void threadsReadingAtOnceShareOneMaking() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> list = LazyList.of(() -> {
            made.incrementAndGet();
            return IntStream.range(0, 1000).boxed().toList();
        });

        List<CompletableFuture<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int at = i;
            readers.add(CompletableFuture.supplyAsync(() -> list.get(at * 100)));
        }

        assertThat(readers.stream().map(CompletableFuture::join)).containsExactly(0, 100, 200, 300, 400, 500, 600,
                700);
        assertThat(made).hasValue(1);
    }

    @Test
    void aListThatCannotBeChangedFromOutside() {
        List<String> source = new ArrayList<>(List.of("a"));
        List<String> list = LazyList.of(() -> source);

        assertThat(list).containsExactly("a");
        source.add("b");

        assertThat(list).containsExactly("a");
        assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMadeListOfAnotherSizeThanPromisedIsRefused() {
        List<String> list = LazyList.sized(2, () -> List.of("a"));

        assertThatThrownBy(() -> list.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("made 1 elements, not 2");
    }
}
