package io.roadmapgraph.server.graphql.execution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one running query may still do: its deadline ({@code roadmap.limits.query-timeout}), the values its answer
 * may hold ({@code roadmap.cost.max-values}), and whether its client is still there. Every field asks
 * {@link #admit()} before it runs, and every list it answers counts item by item ({@link #items(Object)}); once the
 * budget is spent nothing fans out any more ({@link QueryLimits}) and the answer carries one error saying why
 * ({@link ErrorCodes}).
 */
public final class ExecutionBudget {

    /** Why a query was stopped. */
    public enum Stop { DEADLINE, TOO_MANY_VALUES, CLIENT_GONE, DATABASE_DOWN }

    private final long deadline;
    private final long maxValues;
    private final AtomicLong values = new AtomicLong();
    private final AtomicReference<Stop> stop = new AtomicReference<>();

    ExecutionBudget(long deadlineNanos, long maxValues) {
        this.deadline = deadlineNanos;
        this.maxValues = maxValues;
    }

    /** How many fields read from their parent ({@link #admitFromParent}) one call admits at most: one clock read. */
    static final int CLOCK_EVERY = 64;

    /** Whether one more field may run; counts it. */
    boolean admit() {
        if (stop.get() != null) {
            return false;
        }
        long counted = values.incrementAndGet();
        if (counted > maxValues) {
            stop.compareAndSet(null, Stop.TOO_MANY_VALUES);
            return false;
        }
        if (System.nanoTime() - deadline > 0) {
            stop.compareAndSet(null, Stop.DEADLINE);
            return false;
        }
        return true;
    }

    /**
     * {@link #admit()} for up to {@code wanted} fields read from their parent objects ({@link ParentFieldsStrategy}'s
     * shortcut: a {@code LightDataFetcher}, no I/O and no computation of its own), counted at once: how many may run
     * (0 when the query is stopped or its deadline passed; fewer than {@code wanted} when only that many values are
     * left, and the next call then stops it as {@link #admit()} would). The caller gives back what it did not use
     * ({@link #refund}). The clock is read once per call, the counter changed once: a read of the clock costs 25-30 ns
     * of thread CPU on the bench's 2-core VM, and an atomic add per field (~1,800 in a 10k unlocking-topics answer) waits
     * each time for the loads before it (the answer's nodes, cache misses), which the shortcut's walk could overlap
     * otherwise. Every field graphql-java runs itself (fetchers that may read or compute) still reads the clock first.
     *
     * @param wanted 1 to {@link #CLOCK_EVERY}
     */
    int admitFromParent(int wanted) {
        if (wanted < 1 || wanted > CLOCK_EVERY) {
            throw new IllegalArgumentException("wanted must be 1 to " + CLOCK_EVERY + ", was " + wanted);
        }
        if (stop.get() != null) {
            return 0;
        }
        if (System.nanoTime() - deadline > 0) {
            stop.compareAndSet(null, Stop.DEADLINE);
            return 0;
        }
        while (true) {
            long counted = values.get();
            long granted = Math.min(wanted, maxValues - counted);
            if (granted <= 0) {
                stop.compareAndSet(null, Stop.TOO_MANY_VALUES);
                return 0;
            }
            if (values.compareAndSet(counted, counted + granted)) {
                return (int) granted;
            }
        }
    }

    /**
     * A list a field answered: counted item by item; if it would take the answer past its values, an empty list
     * instead (and the budget is spent), so that nothing fans out from it.
     */
    Object items(Object value) {
        if (!(value instanceof Collection<?> items) || items.isEmpty()) {
            return value;
        }
        if (values.addAndGet(items.size()) > maxValues) {
            stop.compareAndSet(null, Stop.TOO_MANY_VALUES);
            return List.of();
        }
        return value;
    }

    /**
     * Takes back {@code counted} fields and items that will be counted again (a completion handed back to
     * graphql-java: {@link ParentFieldsStrategy}); nothing once the query is stopped.
     */
    void refund(long counted) {
        if (counted > 0 && stop.get() == null) {
            values.addAndGet(-counted);
        }
    }

    /** The client went away: nothing more is worth computing. */
    public void clientGone() {
        stop.compareAndSet(null, Stop.CLIENT_GONE);
    }

    /** The database is known to be unreachable: nothing more can be answered. */
    void databaseDown() {
        stop.compareAndSet(null, Stop.DATABASE_DOWN);
    }

    /** Why the query was stopped, if it was. */
    public Optional<Stop> stopped() {
        return Optional.ofNullable(stop.get());
    }

    /** Fields run and list items answered so far. */
    public long values() {
        return values.get();
    }

    long maxValues() {
        return maxValues;
    }
}
