package io.roadmapgraph.query;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the latest {@link GraphSnapshot} and hands it out while it is current: each call gets the graph's revision from
 * a small read that started after the call did ({@link RevisionChecks}: concurrent calls share such reads) and reads
 * a new snapshot only when the revision differs from the held one's. Calls that find it stale at the same time wait
 * for one snapshot read instead of each reading the whole graph.
 */
final class Snapshots {

    private final Reads reads;
    private final RevisionChecks revisions;
    private volatile GraphSnapshot current;
    private final AtomicLong readCount = new AtomicLong();
    private final AtomicLong readNanos = new AtomicLong();

    Snapshots(Reads reads, Duration maxAge) {
        this.reads = reads;
        this.revisions = new RevisionChecks(() -> reads.read(GraphSnapshot::revision), maxAge);
    }

    /** The snapshot for the graph as it is now. */
    GraphSnapshot current() {
        String revision = revisions.current();
        GraphSnapshot held = current;
        if (held != null && held.revision().equals(revision)) {
            return held;
        }
        synchronized (this) {
            held = current;
            if (held == null || !held.revision().equals(revision)) {
                long started = System.nanoTime();
                held = reads.readSnapshot(GraphSnapshot::read);
                readNanos.addAndGet(System.nanoTime() - started);
                readCount.incrementAndGet();
                current = held;
            }
            return held;
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
