package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first walks along requires-edges: every topic reachable, each once, with its shortest distance.
 */
public final class Closure {

    private Closure() {
    }

    /** A topic reached from the start, {@code depth} edges away (1 = direct). */
    public record Reached(String topic, int depth) {
    }

    /**
     * The topics reachable from {@code start} in {@code direction}: only the direct ones (depth 1) when not
     * transitive. Sorted by depth, then ordering key, then id. Never contains the start itself.
     */
    public static List<Reached> from(PrerequisiteGraph graph, String start, PrerequisiteGraph.Direction direction,
                                     boolean transitive) {
        if (!transitive) {
            return direct(graph, start, direction);
        }
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        long[] sorted = walk(numbered, start, direction);
        List<Reached> result = new ArrayList<>(sorted.length);
        for (long k : sorted) {
            result.add(new Reached(numbered.id(numbered.byRank((int) k)), (int) (k >>> 32)));
        }
        return result;
    }

    /** What a caller makes of one reached topic: its own value for the topic, and the topic's depth. */
    @FunctionalInterface
    public interface Reaching<T, R> {
        R reached(T topic, int depth);
    }

    /**
     * {@link #from} with {@code transitive}, each reached topic handed to {@code as} as {@code byNumber.get(n)}, where
     * {@code n} is the topic's place in {@link PrerequisiteGraph#topics()} (the order the topics were added): a
     * caller that keeps one value per topic in that order (a random-access list, made once per graph) gets its values
     * by a read by number instead of a lookup by id per reached topic. At 100k topics an answer reaches ~70,000
     * topics, and each lookup by id is a first touch of an old id string and map entry (pre15's profile).
     *
     * @throws IllegalArgumentException when {@code start} is not in the graph, or {@code byNumber} has not one value
     *                                  per topic
     */
    public static <T, R> List<R> from(PrerequisiteGraph graph, String start, PrerequisiteGraph.Direction direction,
                                      List<T> byNumber, Reaching<? super T, ? extends R> as) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        if (byNumber.size() != numbered.size()) {
            throw new IllegalArgumentException("one value per topic expected: " + numbered.size() + " topics, "
                    + byNumber.size() + " values");
        }
        long[] sorted = walk(numbered, start, direction);
        List<R> result = new ArrayList<>(sorted.length);
        for (long k : sorted) {
            result.add(as.reached(byNumber.get(numbered.byRank((int) k)), (int) (k >>> 32)));
        }
        return result;
    }

    /**
     * The breadth-first walk from {@code start}: one long per reached topic (the start left out), its depth in the
     * high half and its rank in the graph's order by key and id in the low half, sorted (by depth, then rank).
     */
    private static long[] walk(PrerequisiteGraph.Numbered numbered, String start,
                               PrerequisiteGraph.Direction direction) {
        int first = numbered.number(start);
        int[] depth = new int[numbered.size()];
        Arrays.fill(depth, -1);
        int[] queue = new int[numbered.size()];
        int head = 0;
        int tail = 0;
        depth[first] = 0;
        queue[tail++] = first;
        while (head < tail) {
            int current = queue[head++];
            int d = depth[current];
            for (int next : numbered.neighbours(current, direction)) {
                if (depth[next] < 0) {
                    depth[next] = d + 1;
                    queue[tail++] = next;
                }
            }
        }
        // sorted by depth, then by the topic's rank in the graph's order by key and id: one long per topic
        long[] sorted = new long[tail - 1];
        for (int i = 1; i < tail; i++) {
            int topic = queue[i];
            sorted[i - 1] = ((long) depth[topic] << 32) | numbered.rank(topic);
        }
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * The direct neighbours only: their own list sorted by key, without numbering the whole graph (made once per
     * graph, a sort of every topic: at 100k topics 1.4 to 2.4 s of a fresh server's CPU, in its first traversal).
     */
    private static List<Reached> direct(PrerequisiteGraph graph, String start, PrerequisiteGraph.Direction direction) {
        List<String> next = new ArrayList<>(new LinkedHashSet<>(graph.neighbours(start, direction)));
        next.remove(start);
        next.sort(graph.byKey());
        List<Reached> result = new ArrayList<>(next.size());
        next.forEach(topic -> result.add(new Reached(topic, 1)));
        return result;
    }

    /**
     * {@link #all} as flags by topic number ({@link PrerequisiteGraph#numbered}), for callers that ask "is it in?"
     * of many topics: a walk over int arrays instead of a hash map of depths. Iterates in topic number order.
     */
    static Reach reach(PrerequisiteGraph graph, Collection<String> starts, PrerequisiteGraph.Direction direction) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        long[] in = new long[(numbered.size() + 63) >>> 6];
        int[] queue = new int[numbered.size()];
        int tail = 0;
        for (String s : starts) {
            int n = numbered.number(s);
            if ((in[n >>> 6] & (1L << n)) == 0) {
                in[n >>> 6] |= 1L << n;
                queue[tail++] = n;
            }
        }
        for (int head = 0; head < tail; head++) {
            for (int next : numbered.neighbours(queue[head], direction)) {
                if ((in[next >>> 6] & (1L << next)) == 0) {
                    in[next >>> 6] |= 1L << next;
                    queue[tail++] = next;
                }
            }
        }
        return new Reach(numbered, in, tail);
    }

    /** The topics of a {@link #reach}: a read-only set over bits by topic number. */
    static final class Reach extends java.util.AbstractSet<String> {
        private final PrerequisiteGraph.Numbered numbered;
        private final long[] in;
        private final int size;

        private Reach(PrerequisiteGraph.Numbered numbered, long[] in, int size) {
            this.numbered = numbered;
            this.in = in;
            this.size = size;
        }

        /** Over {@code in}, bit {@code n} for the topic numbered {@code n} (the last word's unused bits clear). */
        Reach(PrerequisiteGraph.Numbered numbered, long[] in) {
            this(numbered, in, count(in));
        }

        private static int count(long[] in) {
            int count = 0;
            for (long word : in) {
                count += Long.bitCount(word);
            }
            return count;
        }

        /** The topics of this reach that are not in {@code other} (a reach of the same graph). */
        Reach minus(Reach other) {
            long[] left = in.clone();
            for (int i = 0; i < left.length; i++) {
                left[i] &= ~other.in[i];
            }
            return new Reach(numbered, left);
        }

        /** Whether the topic numbered {@code number} is in. */
        boolean has(int number) {
            return (in[number >>> 6] & (1L << number)) != 0;
        }

        /** Topics {@code 64 * index} to {@code 64 * index + 63}, bit {@code n} for the topic numbered {@code 64 * index + n}. */
        long word(int index) {
            return in[index];
        }

        /** Whether every topic numbered in {@code numbers} is in. */
        boolean hasAll(int[] numbers) {
            for (int number : numbers) {
                if (!has(number)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String id)) {
                return false;
            }
            int number = numbered.indexOf(id);
            return number >= 0 && has(number);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.stream.IntStream.range(0, numbered.size()).filter(this::has).mapToObj(numbered::id)
                    .iterator();
        }
    }

    /** The starts and everything reachable from any of them (the starts themselves included). */
    public static Set<String> all(PrerequisiteGraph graph, Collection<String> starts,
                                  PrerequisiteGraph.Direction direction) {
        return depths(graph, starts, direction, Integer.MAX_VALUE).keySet();
    }

    /** Shortest distance from the nearest start to every reachable topic (starts at 0), up to {@code maxDepth}. */
    static Map<String, Integer> depths(PrerequisiteGraph graph, Collection<String> starts,
                                       PrerequisiteGraph.Direction direction, int maxDepth) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : starts) {
            if (depth.putIfAbsent(s, 0) == null) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int d = depth.get(current);
            if (d >= maxDepth) {
                continue;
            }
            for (String next : graph.neighbours(current, direction)) {
                if (depth.putIfAbsent(next, d + 1) == null) {
                    queue.add(next);
                }
            }
        }
        return depth;
    }
}
