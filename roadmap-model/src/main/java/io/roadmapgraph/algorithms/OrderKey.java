package io.roadmapgraph.algorithms;

import java.util.Comparator;

/**
 * Where a topic stands in a roadmap: its phase number, then its 0-based position in the roadmap's own order. Among
 * topics free to be learned next, the smaller key goes first.
 *
 * @param phase the number of the topic's phase
 * @param order the topic's position in the roadmap file (minimum across roadmaps)
 */
public record OrderKey(int phase, int order) implements Comparable<OrderKey> {

    private static final Comparator<OrderKey> ORDER =
            Comparator.comparingInt(OrderKey::phase).thenComparingInt(OrderKey::order);

    @Override
    public int compareTo(OrderKey other) {
        return ORDER.compare(this, other);
    }
}
