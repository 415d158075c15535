package io.roadmapgraph.algorithms;

/**
 * A binary min-heap of ints with a fixed capacity, without boxing: the "free to go next" queue of the algorithms
 * that order topics by a precomputed rank ({@link TopologicalSort#byRank}, {@link StudyScheduler}).
 */
final class IntMinHeap {

    private final int[] heap;
    private int size;

    /** A heap that holds at most {@code capacity} values at once. */
    IntMinHeap(int capacity) {
        heap = new int[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds {@code value}; at most the capacity's number of values may be held at once. */
    void push(int value) {
        int at = size++;
        while (at > 0 && heap[(at - 1) >>> 1] > value) {
            heap[at] = heap[(at - 1) >>> 1];
            at = (at - 1) >>> 1;
        }
        heap[at] = value;
    }

    /** Removes and returns the least value; the heap must not be empty. */
    int pop() {
        if (size == 0) {
            throw new java.util.NoSuchElementException("the heap is empty");
        }
        int least = heap[0];
        int last = heap[--size];
        int at = 0;
        while (2 * at + 1 < size) {
            int child = 2 * at + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = last;
        return least;
    }
}
