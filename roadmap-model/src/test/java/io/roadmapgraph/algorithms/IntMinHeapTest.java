package io.roadmapgraph.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntMinHeapTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void popsTheLeastValueHeldWhateverThePushesAndPopsBetween(long seed) {
        Random random = new Random(seed);
        int capacity = 1 + random.nextInt(200);
        IntMinHeap heap = new IntMinHeap(capacity);
        PriorityQueue<Integer> expected = new PriorityQueue<>();
        List<Integer> popped = new ArrayList<>();
        List<Integer> expectedPops = new ArrayList<>();
        for (int step = 0; step < 1_000; step++) {
            if (expected.size() < capacity && (expected.isEmpty() || random.nextBoolean())) {
                int value = random.nextInt(50) - 10; // repeats and negatives too
                heap.push(value);
                expected.add(value);
            } else {
                popped.add(heap.pop());
                expectedPops.add(expected.poll());
            }
            assertEquals(expected.isEmpty(), heap.isEmpty());
        }
        assertEquals(expectedPops, popped);
        assertTrue(popped.size() > 100, "the run popped " + popped.size() + " values");
    }

    @Test
    void anEmptyHeapHasNothingToPop() {
        IntMinHeap heap = new IntMinHeap(2);
        heap.push(1);
        assertEquals(1, heap.pop());
        assertThrows(NoSuchElementException.class, heap::pop);
    }
}
