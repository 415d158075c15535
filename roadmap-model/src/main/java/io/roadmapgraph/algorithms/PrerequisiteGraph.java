package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The requires-edges between topics, with each topic's ordering key and estimated hours: everything the plain graph
 * algorithms ({@link Closure}, {@link LearningPathPlanner}, {@link NextTopics}) need. Immutable. The graph is closed:
 * edges to topics it does not hold are dropped when it is built (a subgraph fetched for one direction keeps what
 * that direction needs).
 */
public final class PrerequisiteGraph {

    private final Map<String, Node> nodes;
    private final Map<String, List<String>> requiredBy;
    private final Map<String, List<String>> subtopics;
    /**
     * For a graph {@link #withRequires} made: the graph it extends (else null) and, by topic, the edges it adds (each
     * to a topic not required before, in order). The planners read the edges by number ({@link #numbered}); the lists
     * by id ({@link #more}) are made only when asked for.
     */
    private final PrerequisiteGraph base;
    private final Map<String, List<String>> added;
    /** The requires-lists of the topics with added edges, and the required-by lists of their ends; on first use. */
    private volatile More more;
    /** The topics numbered, for walks over many of them ({@link Closure#from}); made on first use. */
    private volatile Numbered numbered;

    private record Node(String id, OrderKey key, int hours, List<String> requires) {
    }

    private PrerequisiteGraph(Map<String, Node> nodes, Map<String, List<String>> subtopics) {
        this(nodes, reverse(nodes), subtopics);
    }

    private PrerequisiteGraph(Map<String, Node> nodes, Map<String, List<String>> requiredBy,
                              Map<String, List<String>> subtopics) {
        this(nodes, requiredBy, subtopics, null, Map.of());
    }

    private PrerequisiteGraph(Map<String, Node> nodes, Map<String, List<String>> requiredBy,
                              Map<String, List<String>> subtopics, PrerequisiteGraph base,
                              Map<String, List<String>> added) {
        this.nodes = nodes;
        this.requiredBy = requiredBy;
        this.subtopics = subtopics;
        this.base = base;
        this.added = added;
    }

    /** The changed lists of a graph with added edges, by id. */
    private record More(Map<String, List<String>> requires, Map<String, List<String>> requiredBy) {
    }

    private static Map<String, List<String>> reverse(Map<String, Node> nodes) {
        Map<String, List<String>> reverse = new LinkedHashMap<>();
        nodes.keySet().forEach(id -> reverse.put(id, new ArrayList<>()));
        nodes.values().forEach(n -> n.requires().forEach(r -> reverse.get(r).add(n.id())));
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        reverse.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return frozen;
    }

    /**
     * This graph with extra requires-edges from topics to topics of it. The graph's maps and numbering are shared;
     * the edges are added to its numbered lists (no topic renumbered, no list by id made until one is asked for), so
     * it costs the edges, not the graph; a new edge comes last in the lists of its ends.
     */
    PrerequisiteGraph withRequires(Map<String, ? extends Collection<String>> extra) {
        Numbered numbered = numbered();
        Map<String, List<String>> fresh = new LinkedHashMap<>();
        int[] from = new int[extra.values().stream().mapToInt(Collection::size).sum()];
        int[] to = new int[from.length];
        int edges = 0;
        for (Map.Entry<String, ? extends Collection<String>> e : extra.entrySet()) {
            int topic = numbered.number(e.getKey());
            List<String> ends = new ArrayList<>();
            for (String required : e.getValue()) {
                int end = numbered.number(required);
                if (!numbered.requiresDirectly(topic, end) && !ends.contains(required)) {
                    ends.add(required);
                    from[edges] = topic;
                    to[edges++] = end;
                }
            }
            if (!ends.isEmpty()) {
                fresh.put(e.getKey(), List.copyOf(ends));
            }
        }
        PrerequisiteGraph more = new PrerequisiteGraph(nodes, requiredBy, subtopics, this,
                java.util.Collections.unmodifiableMap(fresh));
        more.numbered = numbered.withEdges(from, to, edges); // the same topics and ranks: only the ends' lists new
        return more;
    }

    /** The lists by id that {@link #added} changes: each topic's added edges after its own, each end's after its. */
    private More more() {
        More m = more;
        if (m == null) {
            Map<String, List<String>> requiresOf = new java.util.HashMap<>();
            Map<String, List<String>> dependents = new LinkedHashMap<>();
            added.forEach((id, ends) -> {
                List<String> requires = new ArrayList<>(base.requires(id));
                requires.addAll(ends);
                requiresOf.put(id, List.copyOf(requires));
                ends.forEach(end -> dependents.computeIfAbsent(end, k -> new ArrayList<>()).add(id));
            });
            Map<String, List<String>> requiredByOf = new java.util.HashMap<>();
            dependents.forEach((end, ids) -> {
                List<String> by = new ArrayList<>(base.requiredBy(end));
                by.addAll(ids);
                requiredByOf.put(end, List.copyOf(by));
            });
            m = new More(requiresOf, requiredByOf);
            more = m;
        }
        return m;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects topics one by one; the last definition of an id wins. */
    public static final class Builder {
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final Map<String, String> parents = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Records that {@code subtopic} is a subtopic of {@code parent}. An elective subtopic is not recorded: the
         * subtopic rule brings only the non-elective ones along with their parent.
         */
        public Builder subtopic(String parent, String subtopic, boolean elective) {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(subtopic, "subtopic");
            if (elective) {
                parents.remove(subtopic);
            } else {
                parents.put(subtopic, parent);
            }
            return this;
        }

        public Builder topic(String id, OrderKey key, int hours, Collection<String> requires) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(key, "key");
            nodes.put(id, new Node(id, key, hours, List.copyOf(new LinkedHashSet<>(requires))));
            return this;
        }

        public PrerequisiteGraph build() {
            Map<String, Node> closed = new LinkedHashMap<>();
            nodes.forEach((id, n) -> closed.put(id, new Node(id, n.key(), n.hours(),
                    n.requires().stream().filter(nodes::containsKey).toList())));
            Map<String, List<String>> children = new LinkedHashMap<>();
            parents.forEach((child, parent) -> {
                if (nodes.containsKey(child) && nodes.containsKey(parent)) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
                }
            });
            Map<String, List<String>> frozen = new LinkedHashMap<>();
            children.forEach((parent, list) -> frozen.put(parent, List.copyOf(list)));
            return new PrerequisiteGraph(closed, frozen);
        }
    }

    /** Every topic id, in the order they were added. */
    public Set<String> topics() {
        return java.util.Collections.unmodifiableSet(nodes.keySet());
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** The topics {@code id} directly requires, in the order given. */
    public List<String> requires(String id) {
        List<String> requires = node(id).requires();
        return base == null ? requires : more().requires().getOrDefault(id, base.requires(id));
    }

    /** The topics of this graph that directly require {@code id}. */
    public List<String> requiredBy(String id) {
        node(id);
        return base == null ? requiredBy.get(id) : more().requiredBy().getOrDefault(id, base.requiredBy(id));
    }

    /** Direct neighbours in the given direction. */
    public List<String> neighbours(String id, Direction direction) {
        return direction == Direction.PREREQUISITES ? requires(id) : requiredBy(id);
    }

    /** The non-elective subtopics of {@code id} that this graph holds, in the order they were recorded. */
    public List<String> subtopics(String id) {
        node(id);
        return subtopics.getOrDefault(id, List.of());
    }

    public OrderKey key(String id) {
        return node(id).key();
    }

    public int hours(String id) {
        return node(id).hours();
    }

    /** Orders topic ids by ordering key, then by id so the order is total. */
    public Comparator<String> byKey() {
        return Comparator.comparing(this::key).thenComparing(Comparator.naturalOrder());
    }

    private Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("topic '" + id + "' is not in the graph");
        }
        return node;
    }

    /** This graph with its topics numbered 0..n-1 in the order they were added; made once, on first use. */
    Numbered numbered() {
        Numbered n = numbered;
        if (n == null) {
            n = new Numbered(this);
            numbered = n;
        }
        return n;
    }

    /**
     * The graph as arrays indexed by topic number: the edges both ways, and each topic's rank in the order of
     * {@link #byKey()} (ordering key, then id), so that a walk visits int arrays instead of hash maps.
     */
    static final class Numbered {
        private final Map<String, Integer> numbers;
        private final String[] ids;
        private final int[][] requires;
        private final int[][] requiredBy;
        /**
         * Every topic's direct requirements in one array: made with a graph's numbering, on first use for one with
         * extra edges ({@link #withEdges}: the grouped planner's, which never reads it).
         */
        private volatile Flat flat;
        private final int[] hours;
        /** The topic numbers in the order of {@link #byKey()}. */
        private final int[] byRank;
        /** Each topic's place in {@link #byRank}. */
        private final int[] rank;
        /**
         * The topic numbers with each topic after every topic it requires, empty when the edges have a cycle: made
         * with a graph's numbering, on first use for one with extra edges (the grouped planner's never reads it).
         */
        private volatile java.util.Optional<int[]> topological;

        private Numbered(PrerequisiteGraph graph) {
            int size = graph.nodes.size();
            numbers = new java.util.HashMap<>(size * 2);
            ids = graph.nodes.keySet().toArray(new String[0]);
            for (int i = 0; i < size; i++) {
                numbers.put(ids[i], i);
            }
            requires = new int[size][];
            requiredBy = new int[size][];
            hours = new int[size];
            for (int i = 0; i < size; i++) {
                hours[i] = graph.nodes.get(ids[i]).hours();
                requires[i] = numbered(graph.requires(ids[i]));
                requiredBy[i] = numbered(graph.requiredBy(ids[i]));
            }
            flat = new Flat(requires);
            Comparator<String> byKey = graph.byKey();
            byRank = java.util.stream.IntStream.range(0, size).boxed()
                    .sorted((a, b) -> byKey.compare(ids[a], ids[b])).mapToInt(Integer::intValue).toArray();
            rank = new int[size];
            for (int r = 0; r < size; r++) {
                rank[byRank[r]] = r;
            }
            topological = topological(requires, requiredBy);
        }

        /** {@code base}'s topics, hours and ranks, with its edges and the edges {@code from[i]} to {@code to[i]}. */
        private Numbered(Numbered base, int[] from, int[] to, int edges) {
            numbers = base.numbers;
            ids = base.ids;
            hours = base.hours;
            byRank = base.byRank;
            rank = base.rank;
            requires = base.requires.clone();
            requiredBy = base.requiredBy.clone();
            for (int i = 0; i < edges; i++) {
                requires[from[i]] = appended(requires[from[i]], to[i]);
                requiredBy[to[i]] = appended(requiredBy[to[i]], from[i]);
            }
        }

        private static int[] appended(int[] list, int topic) {
            int[] longer = java.util.Arrays.copyOf(list, list.length + 1);
            longer[list.length] = topic;
            return longer;
        }

        /**
         * This numbering with the edges {@code from[i]} to {@code to[i]} ({@code i < edges}) added, each last in the
         * lists of its ends: the same topics and ranks (no sort of the topics again), only the ends' lists new.
         */
        Numbered withEdges(int[] from, int[] to, int edges) {
            return new Numbered(this, from, to, edges);
        }

        /** Whether topic {@code number} directly requires topic {@code required}. */
        boolean requiresDirectly(int number, int required) {
            for (int r : requires[number]) {
                if (r == required) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The lists one after another, topic after topic ({@code from[n]} to {@code from[n + 1]}): a pass over all
         * topics reads them in order instead of one small array each (at 10k topics, a cache miss per topic in the
         * next topics' scan).
         */
        record Flat(int[] from, int[] all) {
            Flat(int[][] lists) {
                this(new int[lists.length + 1], new int[java.util.Arrays.stream(lists).mapToInt(l -> l.length).sum()]);
                for (int i = 0; i < lists.length; i++) {
                    from[i + 1] = from[i] + lists[i].length;
                    System.arraycopy(lists[i], 0, all, from[i], lists[i].length);
                }
            }

            /** Whether every topic {@code number} directly requires is in {@code reach}. */
            boolean allIn(int number, Closure.Reach reach) {
                for (int i = from[number], end = from[number + 1]; i < end; i++) {
                    if (!reach.has(all[i])) {
                        return false;
                    }
                }
                return true;
            }
        }

        /** Kahn's algorithm without priorities: any order with each topic after what it requires, or empty. */
        private static java.util.Optional<int[]> topological(int[][] requires, int[][] requiredBy) {
            int size = requires.length;
            int[] waiting = new int[size];
            int[] order = new int[size];
            int placed = 0;
            for (int i = 0; i < size; i++) {
                waiting[i] = requires[i].length;
                if (waiting[i] == 0) {
                    order[placed++] = i;
                }
            }
            for (int next = 0; next < placed; next++) {
                for (int dependent : requiredBy[order[next]]) {
                    if (--waiting[dependent] == 0) {
                        order[placed++] = dependent;
                    }
                }
            }
            return placed == size ? java.util.Optional.of(order) : java.util.Optional.empty();
        }

        private int[] numbered(List<String> topics) {
            int[] result = new int[topics.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = numbers.get(topics.get(i));
            }
            return result;
        }

        int size() {
            return ids.length;
        }

        /** The topic's number. @throws IllegalArgumentException for a topic not in the graph */
        int number(String id) {
            Integer n = numbers.get(id);
            if (n == null) {
                throw new IllegalArgumentException("topic '" + id + "' is not in the graph");
            }
            return n;
        }

        /** The topic's number, or -1 for a topic not in the graph (as {@link List#indexOf}). */
        int indexOf(String id) {
            Integer n = numbers.get(id);
            return n == null ? -1 : n;
        }

        String id(int number) {
            return ids[number];
        }

        /** The numbers of the topics {@code number} directly requires. */
        int[] requires(int number) {
            return requires[number];
        }

        /**
         * Every topic's direct requirements in one array, for a scan that asks {@link Flat#allIn} of many topics: read
         * once for the scan, not per topic (a volatile read per topic kept the arrays' reads in the loop).
         */
        Flat flat() {
            Flat f = flat;
            if (f == null) {
                f = new Flat(requires);
                flat = f;
            }
            return f;
        }

        /** The hours of the topic numbered {@code number}. */
        int hours(int number) {
            return hours[number];
        }

        int[] neighbours(int number, Direction direction) {
            return direction == Direction.PREREQUISITES ? requires[number] : requiredBy[number];
        }

        int rank(int number) {
            return rank[number];
        }

        int byRank(int rank) {
            return byRank[rank];
        }

        /**
         * Every topic number with each topic after every topic it requires (not the learning order: free topics go
         * in no particular order), or empty when the requires-edges have a cycle.
         */
        java.util.Optional<int[]> topological() {
            java.util.Optional<int[]> order = topological;
            if (order == null) {
                order = topological(requires, requiredBy);
                topological = order;
            }
            return order;
        }
    }

    /** Which way along the requires-edges to walk. */
    public enum Direction {
        /** from a topic to what it requires */
        PREREQUISITES,
        /** from a topic to what requires it */
        DEPENDENTS
    }
}
