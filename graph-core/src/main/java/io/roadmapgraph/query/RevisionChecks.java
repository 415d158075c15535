package io.roadmapgraph.query;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reads the graph's revision for many concurrent callers with as few reads as freshness allows, the way a database
 * groups commits: one read runs at a time, and a caller that arrives while one runs waits for the next, which then
 * answers every caller that arrived before it started. So each caller gets a revision read after it called (a load
 * committed before the call is always seen), and under load one read answers many calls.
 *
 * <p>With a {@code maxAge} above zero, a caller may also take the latest revision without a read while that read
 * started at most {@code maxAge} before the call: answers may then miss a load for at most that long.
 */
final class RevisionChecks {

    /** A revision and when (on {@link #clock}) the read that found it started. */
    private record Read(String revision, long startedAt) {
    }

    private final Supplier<String> read;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final ReentrantLock reading = new ReentrantLock();
    /** The number of reads started so far; read number n started after every caller who saw fewer than n. */
    private final AtomicLong started = new AtomicLong();
    private volatile long completed;
    private volatile Read latest;

    RevisionChecks(Supplier<String> read, Duration maxAge) {
        this(read, maxAge, System::nanoTime);
    }

    RevisionChecks(Supplier<String> read, Duration maxAge, LongSupplier clock) {
        this.read = Objects.requireNonNull(read, "read");
        this.maxAgeNanos = Objects.requireNonNull(maxAge, "maxAge").toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The revision found by a read that started at most {@code maxAge} ago, if there was one: no read. */
    Optional<String> recent() {
        Read last = latest;
        return last != null && clock.getAsLong() - last.startedAt() < maxAgeNanos ? Optional.of(last.revision())
                : Optional.empty();
    }

    /** The revision, as read by a read that started after this call did, or at most {@code maxAge} before it. */
    String current() {
        long arrival = started.get();
        Optional<String> recent = recent();
        if (recent.isPresent()) {
            return recent.get();
        }
        reading.lock();
        try {
            if (completed > arrival) {
                return latest.revision();
            }
            long number = started.incrementAndGet();
            long startedAt = clock.getAsLong();
            String revision = read.get();
            latest = new Read(revision, startedAt);
            completed = number;
            return revision;
        } finally {
            reading.unlock();
        }
    }
}
