package io.roadmapgraph.bench;

import java.util.Arrays;

/** Percentiles of latency samples by the nearest-rank method: the smallest sample with at least q of all at or below. */
final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    static Percentiles of(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples: the run answered no request");
        }
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    /** The q-quantile (0 < q <= 1) by nearest rank. */
    long at(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile is in (0, 1], was " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    int count() {
        return sorted.length;
    }
}
