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

    /** How many fields read from their parent ({@link #admitFromParent()}) may run between two reads of the clock. */
    static final int CLOCK_EVERY = 64;

    /** Whether one more field may run; counts it. */
    boolean admit() {
        return admit(true);
    }

    /**
     * {@link #admit()} for a field read from its parent object ({@link ParentFieldsStrategy}'s shortcut: a
     * {@code LightDataFetcher}, no I/O and no computation of its own): counted the same, but the deadline is read on
     * every {@link #CLOCK_EVERY}th value only. A read of the clock costs 25-30 ns of thread CPU on the bench's 2-core VM
     * and a 100k prerequisites answer asks ~290,000 of them (~3 % of its server CPU). Every field graphql-java runs itself
     * (fetchers that may read or compute) still reads the clock first ({@link #admit()}).
     */
    boolean admitFromParent() {
        return admit(false);
    }

    /**
     * {@link #admitFromParent()} for {@code fields} fields of one object at once, with one atomic add instead of one
     * per field: true, all counted, when each of them would have been admitted one by one without a read of the clock
     * (the count stays within the values and passes no multiple of {@link #CLOCK_EVERY}); otherwise nothing counted
     * and false, and the caller asks {@link #admitFromParent()} field by field, which stops the query at the same
     * count and reads the clock at the same counts as it would have.
     */
    boolean admitAllFromParent(int fields) {
        if (fields < 1 || fields >= CLOCK_EVERY || stop.get() != null) {
            return false;
        }
        long counted = values.addAndGet(fields);
        if (counted <= maxValues && counted % CLOCK_EVERY >= fields) {
            return true;
        }
        values.addAndGet(-fields);
        return false;
    }

    private boolean admit(boolean clock) {
        if (stop.get() != null) {
            return false;
        }
        long counted = values.incrementAndGet();
        if (counted > maxValues) {
            stop.compareAndSet(null, Stop.TOO_MANY_VALUES);
            return false;
        }
        if ((clock || counted % CLOCK_EVERY == 0) && System.nanoTime() - deadline > 0) {
            stop.compareAndSet(null, Stop.DEADLINE);
            return false;
        }
        return true;
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
