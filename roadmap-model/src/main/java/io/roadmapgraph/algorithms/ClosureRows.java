package io.roadmapgraph.algorithms;

import java.util.Collection;
import java.util.Optional;

/**
 * Every topic's transitive prerequisites (itself included) as a row of bits by topic number, made once for a graph
 * that is asked many questions ({@link ProjectReach.Projects}), so that what someone knows (K*) is the union of a few
 * rows instead of a walk over every requires-edge inside it: at 10k synthetic topics a walk reaches ~5,000 topics
 * over ~25,000 edges per question, the union reads a few rows of 168 words. The rows take n² bits, so they are made
 * only for graphs of at most {@link #MAX_TOPICS} topics (32 MiB at that size) and without a cycle; other graphs are
 * walked ({@link Closure#reach}), as before.
 */
final class ClosureRows {

    /** The largest graph whose rows are made: 16,384 topics, 32 MiB of rows. */
    static final int MAX_TOPICS = 16_384;

    private final PrerequisiteGraph.Numbered numbered;
    /** Longs per row. */
    private final int words;
    /** Row {@code t} at {@code t * words}: bit {@code u} set when {@code t} is {@code u} or requires it (any depth). */
    private final long[] rows;

    private ClosureRows(PrerequisiteGraph.Numbered numbered, int[] topological) {
        this.numbered = numbered;
        int size = numbered.size();
        this.words = (size + 63) >>> 6;
        this.rows = new long[size * words];
        // each topic after every topic it requires: the rows it takes in are complete when it is made
        for (int topic : topological) {
            int base = topic * words;
            rows[base + (topic >>> 6)] |= 1L << topic;
            for (int required : numbered.requires(topic)) {
                int from = required * words;
                for (int w = 0; w < words; w++) {
                    rows[base + w] |= rows[from + w];
                }
            }
        }
    }

    /** The rows of {@code graph}, or empty when it has more than {@code maxTopics} topics or a cycle. */
    static Optional<ClosureRows> of(PrerequisiteGraph graph, int maxTopics) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        if (numbered.size() > maxTopics) {
            return Optional.empty();
        }
        return numbered.topological().map(order -> new ClosureRows(numbered, order));
    }

    /**
     * The starts and everything they require, transitively: what {@link Closure#reach} gives along
     * {@link PrerequisiteGraph.Direction#PREREQUISITES}.
     *
     * @throws IllegalArgumentException when a start is not in the graph
     */
    Closure.Reach reach(Collection<String> starts) {
        long[] bits = new long[words];
        for (String start : starts) {
            int from = numbered.number(start) * words;
            for (int w = 0; w < words; w++) {
                bits[w] |= rows[from + w];
            }
        }
        return new Closure.Reach(numbered, bits);
    }
}
