package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The one topological sort of the project (Kahn's algorithm with a priority queue): every node after all it depends
 * on, and among the nodes free to go next the least by the given priority. Used by {@link DependencyGraph} (file
 * validation) and {@link ProjectReach}; {@link LearningPathPlanner} (learning paths) uses its form over topic numbers,
 * {@link #byRank}.
 */
public final class TopologicalSort {

    private TopologicalSort() {
    }

    /**
     * The result of a sort.
     *
     * @param order the nodes in order; all of them when {@link #complete()}
     * @param stuck the nodes that could not be placed: on a cycle or behind one, in the order given
     */
    public record Result<T>(List<T> order, Set<T> stuck) {
        public Result {
            order = List.copyOf(order);
            stuck = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(stuck));
        }

        /** True when every node was placed, i.e. the nodes have no cycle. */
        public boolean complete() {
            return stuck.isEmpty();
        }
    }

    /**
     * Sorts {@code nodes} (duplicates count once). Dependencies and dependents outside {@code nodes} are left out;
     * each edge must be given once from each end.
     *
     * @param dependencies what a node depends on
     * @param dependents   what depends on a node (the same edges, seen from the other end)
     * @param priority     which free node goes first
     */
    public static <T> Result<T> sort(Collection<T> nodes, Function<? super T, ? extends Collection<T>> dependencies,
                                     Function<? super T, ? extends Collection<T>> dependents,
                                     Comparator<? super T> priority) {
        Objects.requireNonNull(dependencies, "dependencies");
        Objects.requireNonNull(dependents, "dependents");
        Set<T> all = new LinkedHashSet<>(nodes);
        Map<T, Integer> waiting = new HashMap<>();
        PriorityQueue<T> free = new PriorityQueue<>(Objects.requireNonNull(priority, "priority"));
        for (T node : all) {
            int count = (int) dependencies.apply(node).stream().filter(all::contains).count();
            waiting.put(node, count);
            if (count == 0) {
                free.add(node);
            }
        }
        List<T> order = new ArrayList<>(all.size());
        while (!free.isEmpty()) {
            T next = free.poll();
            order.add(next);
            for (T dependent : dependents.apply(next)) {
                if (all.contains(dependent) && waiting.merge(dependent, -1, Integer::sum) == 0) {
                    free.add(dependent);
                }
            }
        }
        Set<T> stuck = new LinkedHashSet<>(all);
        order.forEach(stuck::remove);
        return new Result<>(order, stuck);
    }

    /**
     * {@link #sort} of the topics in {@code nodes} by topic number, the least rank ({@link PrerequisiteGraph#byKey()}
     * order) first among the free ones: the same order over int arrays and a heap of ranks, for the learning path's
     * hot loop. Returns the placed topics' numbers; fewer than {@code nodes.size()} when some are on a cycle or
     * behind one.
     */
    static int[] byRank(PrerequisiteGraph.Numbered numbered, Closure.Reach nodes) {
        int[] waiting = new int[numbered.size()];
        IntMinHeap free = new IntMinHeap(nodes.size());
        for (int topic = 0; topic < waiting.length; topic++) {
            if (nodes.has(topic)) {
                for (int required : numbered.requires(topic)) {
                    if (nodes.has(required)) {
                        waiting[topic]++;
                    }
                }
                if (waiting[topic] == 0) {
                    free.push(numbered.rank(topic));
                }
            }
        }
        int[] order = new int[nodes.size()];
        int placed = 0;
        while (!free.isEmpty()) {
            int next = numbered.byRank(free.pop());
            order[placed++] = next;
            for (int dependent : numbered.neighbours(next, PrerequisiteGraph.Direction.DEPENDENTS)) {
                if (nodes.has(dependent) && --waiting[dependent] == 0) {
                    free.push(numbered.rank(dependent));
                }
            }
        }
        return placed == order.length ? order : java.util.Arrays.copyOf(order, placed);
    }
}
