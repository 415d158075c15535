package io.roadmapgraph.query;

/**
 * Holds the latest {@link GraphSnapshot} and hands it out while it is current: each call reads the graph's revision
 * (one small read transaction) and reads a new snapshot only when the revision differs from the held one's. Calls
 * that find it stale at the same time wait for one read instead of each reading the whole graph.
 */
final class Snapshots {

    private final Reads reads;
    private volatile GraphSnapshot current;

    Snapshots(Reads reads) {
        this.reads = reads;
    }

    /** The snapshot for the graph as it is now. */
    GraphSnapshot current() {
        String revision = reads.read(GraphSnapshot::revision);
        GraphSnapshot held = current;
        if (held != null && held.revision().equals(revision)) {
            return held;
        }
        synchronized (this) {
            held = current;
            if (held == null || !held.revision().equals(revision)) {
                held = reads.readSnapshot(GraphSnapshot::read);
                current = held;
            }
            return held;
        }
    }
}
