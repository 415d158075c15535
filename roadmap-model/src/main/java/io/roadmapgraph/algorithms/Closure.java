package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
        Map<String, Integer> depths = depths(graph, List.of(start), direction, transitive ? Integer.MAX_VALUE : 1);
        depths.remove(start);
        // each topic's key looked up once, not at every comparison of the sort
        List<Keyed> keyed = new ArrayList<>(depths.size());
        depths.forEach((topic, depth) -> keyed.add(new Keyed(new Reached(topic, depth), graph.key(topic))));
        keyed.sort(BY_DEPTH_KEY_ID);
        List<Reached> result = new ArrayList<>(keyed.size());
        keyed.forEach(k -> result.add(k.reached()));
        return result;
    }

    private record Keyed(Reached reached, OrderKey key) {
    }

    private static final Comparator<Keyed> BY_DEPTH_KEY_ID = Comparator.<Keyed>comparingInt(k -> k.reached().depth())
            .thenComparing(Keyed::key).thenComparing(k -> k.reached().topic());

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
