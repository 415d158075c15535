package io.roadmapgraph.embedded;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items from the thread that makes them to a second thread, which gives them to a consumer in the order they
 * were put, one at a time: two halves of one job on two cores. Every item put before {@link #finish()} has been
 * consumed when it returns (and the consumer's writes are visible to the caller then); a failure of the consumer is
 * thrown to the caller, by the next {@link #put} or by {@link #finish()}. {@link #close()} without {@code finish}
 * (the maker failed) stops the consumer and drops what it has not taken.
 */
final class Handoff<T> implements AutoCloseable {

    /** Items per batch: one queue operation per batch, not per item. */
    static final int BATCH = 256;

    private static final Object[] END = new Object[0];

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
    private final Thread worker;
    private volatile Throwable failure;
    private Object[] batch = new Object[BATCH];
    private int size;
    private boolean finished;

    Handoff(String name, Consumer<? super T> consumer) {
        worker = new Thread(() -> consume(consumer), name);
        worker.setDaemon(true);
        worker.start();
    }

    @SuppressWarnings("unchecked")
    private void consume(Consumer<? super T> consumer) {
        try {
            while (true) {
                Object[] items = queue.take();
                if (items == END) {
                    return;
                }
                for (Object item : items) {
                    consumer.accept((T) item);
                }
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            failure = e; // thrown to the maker by its next put or finish
        }
    }

    /** Hands {@code item} on; throws the consumer's failure if it failed. */
    void put(T item) {
        batch[size++] = item;
        if (size == BATCH) {
            send(batch);
            batch = new Object[BATCH];
            size = 0;
        }
    }

    /** Waits until every item put has been consumed; throws the consumer's failure if it failed. */
    void finish() {
        if (size > 0) {
            send(Arrays.copyOf(batch, size));
            size = 0;
        }
        send(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new IllegalStateException("interrupted while the items were consumed", e);
        }
        finished = true;
        rethrow();
    }

    private void send(Object[] items) {
        try {
            while (!queue.offer(items, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!worker.isAlive()) {
                    throw new IllegalStateException(worker.getName() + " stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing items on", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(worker.getName() + " was interrupted", failed);
        }
    }

    /** Stops the consumer unless {@link #finish()} ended normally. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
