package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A directed graph of things that depend on other things (a topic and the topics it requires), with the two
 * questions asked of it: which elementary cycles it has, and an order that puts every node after what it depends on.
 * Plain Java, no framework; the node order given at construction (the file's order) breaks every tie, so results
 * are deterministic.
 *
 * @param <T> the node type, with proper {@code equals}/{@code hashCode}
 */
public final class DependencyGraph<T> {

    /** Enough work to list many cycles of a large graph; it bounds the time a hostile file can take. */
    private static final long WORK_BUDGET = 50_000_000L;

    private final List<T> nodes;
    private final int[][] dependencies;
    private final int[][] dependents;

    private DependencyGraph(List<T> nodes, int[][] dependencies, int[][] dependents) {
        this.nodes = nodes;
        this.dependencies = dependencies;
        this.dependents = dependents;
    }

    /**
     * A graph over {@code nodes} (in this order; duplicates count once) in which each node depends on the nodes
     * {@code dependencies} gives for it. Dependencies that are not among the nodes are left out; repeated ones
     * count once.
     */
    public static <T> DependencyGraph<T> of(Collection<T> nodes, Function<T, ? extends Collection<T>> dependencies) {
        Objects.requireNonNull(dependencies, "dependencies");
        List<T> order = List.copyOf(new LinkedHashSet<>(nodes));
        Map<T, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int[][] out = new int[order.size()][];
        List<List<Integer>> in = new ArrayList<>();
        order.forEach(n -> in.add(new ArrayList<>()));
        for (int i = 0; i < order.size(); i++) {
            Set<Integer> targets = new LinkedHashSet<>();
            for (T dependency : dependencies.apply(order.get(i))) {
                Integer j = index.get(dependency);
                if (j != null) {
                    targets.add(j);
                }
            }
            out[i] = targets.stream().mapToInt(Integer::intValue).toArray();
            for (int j : out[i]) {
                in.get(j).add(i);
            }
        }
        int[][] back = in.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        return new DependencyGraph<>(order, out, back);
    }

    public List<T> nodes() {
        return nodes;
    }

    /**
     * Every node after all it depends on; where several could come next, the earliest in the given order comes
     * first. Empty when the graph has a cycle.
     */
    public Optional<List<T>> topologicalOrder() {
        List<Integer> indexes = java.util.stream.IntStream.range(0, nodes.size()).boxed().toList();
        TopologicalSort.Result<Integer> sorted = TopologicalSort.sort(indexes, i -> ints(dependencies[i]),
                i -> ints(dependents[i]), Comparator.naturalOrder());
        return sorted.complete() ? Optional.of(sorted.order().stream().map(nodes::get).toList()) : Optional.empty();
    }

    private static List<Integer> ints(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** True when some node depends, directly or not, on itself. */
    public boolean hasCycle() {
        return topologicalOrder().isEmpty();
    }

    /**
     * The elementary cycles (no node twice), each once, at most {@code limit} of them (Johnson's algorithm). A cycle
     * is listed from its earliest node in the given order, following dependencies: [a, b, c] means a depends on b,
     * b on c and c on a. A very large graph may yield fewer than all its cycles (the work is bounded), but never
     * none when it has one.
     */
    public List<List<T>> cycles(int limit) {
        List<List<T>> found = new ArrayList<>();
        int n = nodes.size();
        long[] work = {WORK_BUDGET};
        boolean[] blocked = new boolean[n];
        Map<Integer, Set<Integer>> blockedBy = new HashMap<>();
        int start = 0;
        // Johnson: take the least node on a cycle of the graph cut down to nodes from start on, list the cycles
        // through it, then cut it away too; each round lists at least one cycle
        while (start < n && found.size() < limit && (work[0] > 0 || found.isEmpty())) {
            int[] components = components(start, work);
            int[] sizes = new int[n];
            for (int v = start; v < n; v++) {
                sizes[components[v]]++;
            }
            int least = start;
            while (least < n && sizes[components[least]] == 1 && !dependsOnItself(least)) {
                least++;
            }
            if (least == n) {
                break;
            }
            boolean[] component = new boolean[n];
            for (int v = least; v < n; v++) {
                component[v] = components[v] == components[least];
            }
            searchCircuits(least, component, blocked, blockedBy, found, limit, work);
            start = least + 1;
        }
        return found;
    }

    private boolean dependsOnItself(int v) {
        return Arrays.stream(dependencies[v]).anyMatch(w -> w == v);
    }

    /**
     * The strongly connected components of the graph cut down to the nodes from {@code from} on: a component
     * number per node, -1 for the nodes left out. Iterative Tarjan, so a long chain cannot overflow the stack.
     */
    private int[] components(int from, long[] work) {
        int n = nodes.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(index, -1);
        Arrays.fill(component, -1);
        work[0] -= n;
        boolean[] onStack = new boolean[n];
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<int[]> frames = new ArrayDeque<>();
        int counter = 0;
        int components = 0;
        for (int root = from; root < n; root++) {
            if (index[root] != -1) {
                continue;
            }
            frames.push(new int[] {root, 0});
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!frames.isEmpty()) {
                int[] frame = frames.peek();
                int v = frame[0];
                work[0]--;
                if (frame[1] < dependencies[v].length) {
                    int w = dependencies[v][frame[1]++];
                    if (w < from) {
                        continue;
                    }
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        frames.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    int parent = frames.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }

    private void searchCircuits(int start, boolean[] component, boolean[] blocked, Map<Integer, Set<Integer>> blockedBy,
                                List<List<T>> found, int limit, long[] work) {
        for (int v = 0; v < component.length; v++) {
            if (component[v]) {
                blocked[v] = false;
                blockedBy.remove(v);
            }
        }
        // a frame is {node, next dependency to try, 1 if a cycle was found below it}
        Deque<int[]> frames = new ArrayDeque<>();
        List<Integer> path = new ArrayList<>();
        frames.push(new int[] {start, 0, 0});
        path.add(start);
        blocked[start] = true;
        while (!frames.isEmpty()) {
            int[] frame = frames.peek();
            int v = frame[0];
            work[0]--;
            if (frame[1] < dependencies[v].length) {
                int w = dependencies[v][frame[1]++];
                if (!component[w]) {
                    continue;
                }
                if (w == start) {
                    found.add(path.stream().map(nodes::get).toList());
                    frame[2] = 1;
                    if (found.size() >= limit || work[0] <= 0) {
                        return;
                    }
                } else if (!blocked[w]) {
                    frames.push(new int[] {w, 0, 0});
                    path.add(w);
                    blocked[w] = true;
                }
                continue;
            }
            frames.pop();
            path.remove(path.size() - 1);
            if (frame[2] == 1) {
                unblock(v, blocked, blockedBy);
            } else {
                for (int w : dependencies[v]) {
                    if (component[w]) {
                        blockedBy.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(v);
                    }
                }
            }
            if (!frames.isEmpty() && frame[2] == 1) {
                frames.peek()[2] = 1;
            }
        }
    }

    private static void unblock(int node, boolean[] blocked, Map<Integer, Set<Integer>> blockedBy) {
        Deque<Integer> todo = new ArrayDeque<>();
        blocked[node] = false;
        todo.push(node);
        while (!todo.isEmpty()) {
            Set<Integer> waiting = blockedBy.remove(todo.pop());
            if (waiting == null) {
                continue;
            }
            for (int w : waiting) {
                if (blocked[w]) {
                    blocked[w] = false;
                    todo.push(w);
                }
            }
        }
    }

    /** A cycle as a person reads it: {@code a → b → c → a}. */
    public static String describe(List<?> cycle) {
        if (cycle.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        cycle.forEach(node -> text.append(node).append(" → "));
        return text.append(cycle.get(0)).toString();
    }
}
