package io.roadmapgraph.query;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Reads the graph's revision for many concurrent callers with as few reads as freshness allows, the way a database
 * groups commits: one read runs at a time, and a caller that arrives while one runs waits for the next, which then
 * answers every caller that arrived before it started. So each caller gets a revision read after it called (a load
 * committed before the call is always seen), and under load one read answers many calls.
 */
final class RevisionChecks {

    private final Supplier<String> read;
    private final ReentrantLock reading = new ReentrantLock();
    /** The number of reads started so far; read number n started after every caller who saw fewer than n. */
    private final AtomicLong started = new AtomicLong();
    private volatile long completed;
    private volatile String latest = "";

    RevisionChecks(Supplier<String> read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    /** The revision, as read by a read that started after this call did. */
    String current() {
        long arrival = started.get();
        reading.lock();
        try {
            if (completed > arrival) {
                return latest;
            }
            long number = started.incrementAndGet();
            String revision = read.get();
            latest = revision;
            completed = number;
            return revision;
        } finally {
            reading.unlock();
        }
    }
}
