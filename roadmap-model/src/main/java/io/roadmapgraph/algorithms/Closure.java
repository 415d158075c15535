package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
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
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        int maxDepth = transitive ? Integer.MAX_VALUE : 1;
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
            if (d >= maxDepth) {
                continue;
            }
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
        List<Reached> result = new ArrayList<>(sorted.length);
        for (long k : sorted) {
            result.add(new Reached(numbered.id(numbered.byRank((int) k)), (int) (k >>> 32)));
        }
        return result;
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
