package io.roadmapgraph.embedded;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoffTest {

    @Test
    void everyItemPutIsConsumedInOrderOnAnotherThreadBeforeFinishReturns() {
        List<Integer> consumed = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int count = Handoff.BATCH * 3 + 7; // full batches and a part batch
        try (Handoff<Integer> handoff = new Handoff<>("test-handoff", item -> {
            consumed.add(item);
            threads.add(Thread.currentThread());
        })) {
            IntStream.range(0, count).forEach(handoff::put);
            handoff.finish();
        }
        assertEquals(IntStream.range(0, count).boxed().toList(), consumed);
        assertTrue(threads.stream().allMatch(t -> t == threads.get(0)), "one consumer thread");
        assertNotEquals(Thread.currentThread(), threads.get(0));
    }

    @Test
    void nothingPutMeansNothingConsumed() {
        List<Integer> consumed = new ArrayList<>();
        try (Handoff<Integer> handoff = new Handoff<>("test-handoff", consumed::add)) {
            handoff.finish();
        }
        assertEquals(List.of(), consumed);
    }

    @Test
    void aFailureOfTheConsumerIsThrownToTheThreadThatPuts() {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> {
            try (Handoff<Integer> handoff = new Handoff<>("test-handoff", item -> {
                if (item == 3) {
                    throw failure;
                }
            })) {
                // more than the queue holds: the maker sees the failure while it still puts, or at finish
                IntStream.range(0, Handoff.BATCH * 40).forEach(handoff::put);
                handoff.finish();
            }
        });
        assertSame(failure, thrown);
    }

    @Test
    void closingWithoutFinishStopsTheConsumer() throws InterruptedException {
        List<Thread> consumers = new ArrayList<>();
        try (Handoff<Integer> handoff = new Handoff<>("test-handoff-stopped", item -> { })) {
            handoff.put(1);
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("test-handoff-stopped"))
                    .forEach(consumers::add);
        }
        assertEquals(1, consumers.size());
        consumers.get(0).join(10_000);
        assertTrue(!consumers.get(0).isAlive(), "the consumer thread ended");
    }
}
