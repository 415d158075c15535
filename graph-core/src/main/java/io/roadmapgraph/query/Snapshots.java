package io.roadmapgraph.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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
 * waits for a rebuild and none mixes two revisions. In that mode a call also never waits for the revision's read:
 * whatever it finds, the call is answered from the held snapshot, so a revision older than {@code snapshotMaxAge} is
 * read on the background thread, which reads a new snapshot only when the revision changed (until session 25 the
 * call read it itself: after a load, on a Neo4j busy with that load and with the rebuild's own reads, up to half a
 * second per read). Only the very first snapshot is waited for; {@link #prepare()}
 * starts reading it in the background before any call (the server does at start-up), and a call that comes while it
 * is read waits for that read instead of starting a second one. With a feed that tells of commits as they happen
 * ({@link GraphChanges#afterCommits}), that background read starts at the commit itself (a load's switch, a hand
 * edit), not with the first call after it, so that call usually finds the new snapshot ready.
 */
final class Snapshots {

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapQueries.class);

    /** How a held snapshot is known to be current. */
    private interface Freshness {
        /** The graph's stamp now. */
        Object now();

        /** The graph's stamp when it is known without a read (a commit count, a revision read a moment ago). */
        Optional<Object> known();

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
    /** The background thread is still reading the graph's stamp (whether the held snapshot is stale is not known). */
    private boolean checking;
    /** The background thread found the held snapshot stale and reads its successor. */
    private volatile boolean replacing;
    private volatile Held held;
    private volatile Optional<Refresh> lastRefresh = Optional.empty();
    private volatile boolean handedOut;
    private final AtomicLong readCount = new AtomicLong();
    private final AtomicLong readNanos = new AtomicLong();
    private final Runnable onCommit = this::commitSeen;
    private final AtomicBoolean commitDuringRefresh = new AtomicBoolean();

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
        this(changes.<Freshness>map(Snapshots::commits)
                .orElseGet(() -> revisions(() -> reads.read(GraphSnapshot::revision), maxAge)), maxAge, reader);
        changes.ifPresent(this::follow);
    }

    /** Following the commits {@code changes} counts (a test's feed). */
    Snapshots(GraphChanges changes, Duration maxAge, Supplier<GraphSnapshot> reader) {
        this(commits(changes), maxAge, reader);
        follow(changes);
    }

    /**
     * In background mode, a commit the feed counts starts reading the held snapshot's successor at once, so that the
     * first call after a load finds it (nearly) read rather than starting the read itself.
     */
    private void follow(GraphChanges changes) {
        if (background) {
            changes.afterCommits(onCommit);
        }
    }

    /** A commit the feed counted (held here strongly: the feed holds it weakly, for as long as this object lives). */
    private void commitSeen() {
        if (held != null && !refreshInBackground()) {
            commitDuringRefresh.set(true); // the refresh under way may have read before it: read again after it
        }
    }

    /** Following the revision that {@code revision} reads (a test's, to hold that read at a point it chooses). */
    Snapshots(Supplier<String> revision, Duration maxAge, Supplier<GraphSnapshot> reader) {
        this(revisions(revision, maxAge), maxAge, reader);
    }

    private Snapshots(Freshness freshness, Duration maxAge, Supplier<GraphSnapshot> reader) {
        this.reader = reader;
        this.freshness = freshness;
        this.background = !maxAge.isZero();
    }

    private static Freshness commits(GraphChanges changes) {
        return new Freshness() {
            @Override
            public Object now() {
                return changes.commits();
            }

            @Override
            public Optional<Object> known() {
                return Optional.of(changes.commits());
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

    private static Freshness revisions(Supplier<String> revision, Duration maxAge) {
        RevisionChecks checks = new RevisionChecks(revision, maxAge);
        return new Freshness() {
            @Override
            public Object now() {
                return checks.current();
            }

            @Override
            public Optional<Object> known() {
                return checks.recent().map(r -> r);
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
        Held last = held;
        if (last != null && background) {
            // answered from the held snapshot whatever the stamp: a stamp that needs a read is read in the background
            Optional<Object> known = freshness.known();
            if (known.isEmpty() || !freshness.current(last.stamp(), known.get())) {
                refreshInBackground();
            }
            return handOut(last);
        }
        Object now = freshness.now();
        last = held;
        if (last != null && freshness.current(last.stamp(), now)) {
            return handOut(last);
        }
        if (last != null && background) { // the first snapshot, swapped in since this call began
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
        awaitWhile(() -> held == null && refreshing.get());
    }

    /**
     * Whether the held snapshot is known to be older than the graph, its successor being read in the background
     * (background mode). While the background thread still reads the graph's stamp, waits for that small read, never
     * for a snapshot's.
     */
    boolean replacing() {
        synchronized (this) {
            awaitWhile(() -> checking);
        }
        return replacing;
    }

    /** Waits on this object's monitor (which the caller holds) while {@code condition} holds; an interrupt is kept. */
    private void awaitWhile(BooleanSupplier condition) {
        boolean interrupted = false;
        while (condition.getAsBoolean()) {
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
        return read(freshness.now());
    }

    /** A new snapshot, stamped as read after the graph's stamp was {@code before}. */
    private Held read(Object before) {
        long started = System.nanoTime();
        GraphSnapshot read = reader.get();
        readNanos.addAndGet(System.nanoTime() - started);
        readCount.incrementAndGet();
        return new Held(freshness.of(read, before), read);
    }

    /**
     * Starts one check of the graph's stamp unless one runs, which reads a new snapshot when the held one is stale (or
     * none is held); a change seen during it starts the next with the next call, or at once when the feed told of a
     * commit during it ({@link #commitSeen}).
     *
     * @return whether this call started it (false: one was running)
     */
    private boolean refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return false;
        }
        synchronized (this) {
            checking = true;
        }
        long seen = System.nanoTime();
        Held last = held;
        boolean first = last == null;
        Thread thread = new Thread(() -> {
            GraphSnapshot fresh = null;
            try {
                Object before = check(last);
                if (!first && freshness.current(last.stamp(), before)) {
                    return; // no change: nothing to read
                }
                Held read = read(before);
                synchronized (this) {
                    held = read;
                    replacing = false;
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
                fresh = read.snapshot();
            } catch (RuntimeException e) {
                LOG.warn(first ? "reading the first snapshot failed, the next call reads it: {}"
                        : "reading a new snapshot failed, the previous one keeps answering: {}", e.getMessage());
            } finally {
                synchronized (this) {
                    checking = false;
                    replacing = false;
                    refreshing.set(false);
                    notifyAll();
                }
                if (commitDuringRefresh.getAndSet(false)) {
                    commitSeen();
                }
            }
            if (fresh != null) { // after the new snapshot answers; a walk over the requires of two roadmaps or more
                CrossRoadmapCycle.in(fresh).ifPresent(cycle -> LOG.warn("{}", cycle.warning()));
            }
        }, "roadmap-snapshot-refresh");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /**
     * The graph's stamp, read on the background thread; whether {@code last} is stale is set before the callers waiting
     * in {@link #replacing()} go on.
     */
    private Object check(Held last) {
        Object now = null;
        try {
            now = freshness.now();
            return now;
        } finally {
            synchronized (this) {
                replacing = now != null && last != null && !freshness.current(last.stamp(), now);
                checking = false;
                notifyAll();
            }
        }
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
