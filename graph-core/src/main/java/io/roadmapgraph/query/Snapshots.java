package io.roadmapgraph.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Holds the latest {@link GraphSnapshot} and hands it out while it is current. How it knows: with a
 * {@link GraphChanges} feed (an embedded Neo4j), from the count of commits, without a read, so that every write is
 * seen, hand edits too; otherwise from the graph's revision, read by a small read that started after the call did
 * ({@link RevisionChecks}: concurrent calls share such reads), which a load renews.
 *
 * <p>When the held snapshot is stale: in strict mode ({@code snapshotMaxAge} zero, the library's default) the call
 * waits for a new one (calls that find it stale at the same time wait for one read); otherwise (the server) the held
 * snapshot keeps answering while one new snapshot is read in the background and then swapped in whole, so no answer
 * waits for a rebuild and none mixes two revisions. Only the very first snapshot is waited for; {@link #prepare()}
 * starts reading it in the background before any call (the server does at start-up), and a call that comes while it
 * is read waits for that read instead of starting a second one.
 */
final class Snapshots {

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapQueries.class);

    /** How a held snapshot is known to be current. */
    private interface Freshness {
        /** The graph's stamp now. */
        Object now();

        /** The stamp of {@code read}, a snapshot read after {@code before} was taken. */
        Object of(GraphSnapshot read, Object before);

        /** Whether a snapshot stamped {@code held} is current when the graph's stamp is {@code now}. */
        boolean current(Object held, Object now);
    }

    /** A snapshot with its stamp, and what callers made once for it ({@link #heldMemos}). */
    private record Held(Object stamp, GraphSnapshot snapshot, Map<Object, Object> memos) {
        Held(Object stamp, GraphSnapshot snapshot) {
            this(stamp, snapshot, new ConcurrentHashMap<>());
        }
    }

    /** The last background rebuild: how long after a change was seen the new snapshot answered. */
    record Refresh(String revision, Duration ready) {
    }

    private final Supplier<GraphSnapshot> reader;
    private final Freshness freshness;
    private final boolean background;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Held held;
    private volatile Optional<Refresh> lastRefresh = Optional.empty();
    private volatile boolean handedOut;
    private final AtomicLong readCount = new AtomicLong();
    private final AtomicLong readNanos = new AtomicLong();

    Snapshots(Reads reads, Duration maxAge, Optional<GraphChanges> changes) {
        this(reads, maxAge, changes, reader(reads, changes));
    }

    /**
     * Reads a whole snapshot: through {@code changes} when it reads in this JVM (an embedded Neo4j's Java API, no
     * Cypher), else with {@link Cypher}'s statements over the driver.
     */
    static Supplier<GraphSnapshot> reader(Reads reads, Optional<GraphChanges> changes) {
        return () -> changes.flatMap(c -> c.readSnapshot(reads.snapshotTimeout(), GraphSnapshot::build))
                .orElseGet(() -> reads.readSnapshot(GraphSnapshot::read));
    }

    /** With {@code reader} for the whole-snapshot reads (a test's, to hold a read at a point it chooses). */
    Snapshots(Reads reads, Duration maxAge, Optional<GraphChanges> changes, Supplier<GraphSnapshot> reader) {
        this.reader = reader;
        this.freshness = changes.<Freshness>map(Snapshots::commits).orElseGet(() -> revisions(reads, maxAge));
        this.background = !maxAge.isZero();
    }

    private static Freshness commits(GraphChanges changes) {
        return new Freshness() {
            @Override
            public Object now() {
                return changes.commits();
            }

            @Override
            public Object of(GraphSnapshot read, Object before) {
                return before;
            }

            @Override
            public boolean current(Object held, Object now) {
                return (Long) held >= (Long) now;
            }
        };
    }

    private static Freshness revisions(Reads reads, Duration maxAge) {
        RevisionChecks checks = new RevisionChecks(() -> reads.read(GraphSnapshot::revision), maxAge);
        return new Freshness() {
            @Override
            public Object now() {
                return checks.current();
            }

            @Override
            public Object of(GraphSnapshot read, Object before) {
                return read.revision();
            }

            @Override
            public boolean current(Object held, Object now) {
                return held.equals(now);
            }
        };
    }

    /** The snapshot for the graph as it is now, or (background mode) the last one while a new one is read. */
    GraphSnapshot current() {
        Object now = freshness.now();
        Held last = held;
        if (last != null && freshness.current(last.stamp(), now)) {
            return handOut(last);
        }
        if (last != null && background) {
            refreshInBackground();
            return handOut(last);
        }
        synchronized (this) {
            awaitFirstInBackground();
            last = held;
            if (last == null || !freshness.current(last.stamp(), now)) {
                last = read();
                held = last;
            }
            return handOut(last);
        }
    }

    private GraphSnapshot handOut(Held held) {
        if (!handedOut) {
            handedOut = true;
        }
        return held.snapshot();
    }

    /** Whether a snapshot has been handed to a call (a server's first answer from it is on its way). */
    boolean handedOut() {
        return handedOut;
    }

    /**
     * Starts reading the first snapshot in the background unless one is held or being read, and returns at once: a
     * server calls it when it starts, so that its first traversal need not wait for the whole read.
     */
    void prepare() {
        if (held == null) {
            refreshInBackground();
        }
    }

    /**
     * The values callers made once for the snapshot held now (none held: empty), released with it when a new one is
     * swapped in. Does not check whether the held snapshot is current.
     */
    Optional<Map<Object, Object>> heldMemos() {
        Held last = held;
        return last == null ? Optional.empty() : Optional.of(last.memos());
    }

    /** Whether a snapshot is held (read at least once). */
    boolean ready() {
        return held != null;
    }

    /** With no snapshot held yet and the first one being read in the background: waits for that read to end. */
    private void awaitFirstInBackground() {
        boolean interrupted = false;
        while (held == null && refreshing.get()) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last background rebuild, if there was one. */
    Optional<Refresh> lastRefresh() {
        return lastRefresh;
    }

    private Held read() {
        Object before = freshness.now();
        long started = System.nanoTime();
        GraphSnapshot read = reader.get();
        readNanos.addAndGet(System.nanoTime() - started);
        readCount.incrementAndGet();
        return new Held(freshness.of(read, before), read);
    }

    /** Starts one rebuild unless one runs; a change seen during it starts the next with the next call. */
    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        long seen = System.nanoTime();
        boolean first = held == null;
        Thread thread = new Thread(() -> {
            try {
                Held read = read();
                synchronized (this) {
                    held = read;
                    notifyAll();
                }
                Refresh refresh = new Refresh(read.snapshot().revision(), Duration.ofNanos(System.nanoTime() - seen));
                lastRefresh = Optional.of(refresh);
                if (first) {
                    LOG.info("first snapshot of {} topics read in {} ms", read.snapshot().all().topics().size(),
                            refresh.ready().toMillis());
                } else {
                    LOG.info("snapshot of {} topics ready {} ms after the change was seen; the previous one"
                            + " answered until then", read.snapshot().all().topics().size(),
                            refresh.ready().toMillis());
                }
            } catch (RuntimeException e) {
                LOG.warn(first ? "reading the first snapshot failed, the next call reads it: {}"
                        : "reading a new snapshot failed, the previous one keeps answering: {}", e.getMessage());
            } finally {
                synchronized (this) {
                    refreshing.set(false);
                    notifyAll();
                }
            }
        }, "roadmap-snapshot-refresh");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many snapshots were read (the first and each one after a load changed the graph). */
    long readCount() {
        return readCount.get();
    }

    /** The time those reads took, in all. */
    Duration readTime() {
        return Duration.ofNanos(readNanos.get());
    }
}
