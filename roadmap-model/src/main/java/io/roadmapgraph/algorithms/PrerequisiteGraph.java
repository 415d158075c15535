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
     * The requires-lists of the topics {@link #withRequires} gave extra edges, and the required-by lists of their
     * ends, over the shared maps above (empty for a graph as built): an extra edge costs its two lists, not a copy of
     * the graph's maps.
     */
    private final Map<String, List<String>> moreRequires;
    private final Map<String, List<String>> moreRequiredBy;
    /** The topics numbered, for walks over many of them ({@link Closure#from}); made on first use. */
    private volatile Numbered numbered;

    private record Node(String id, OrderKey key, int hours, List<String> requires) {
    }

    private PrerequisiteGraph(Map<String, Node> nodes, Map<String, List<String>> subtopics) {
        this(nodes, reverse(nodes), subtopics);
    }

    private PrerequisiteGraph(Map<String, Node> nodes, Map<String, List<String>> requiredBy,
                              Map<String, List<String>> subtopics) {
        this(nodes, requiredBy, subtopics, Map.of(), Map.of());
    }

    private PrerequisiteGraph(Map<String, Node> nodes, Map<String, List<String>> requiredBy,
                              Map<String, List<String>> subtopics, Map<String, List<String>> moreRequires,
                              Map<String, List<String>> moreRequiredBy) {
        this.nodes = nodes;
        this.requiredBy = requiredBy;
        this.subtopics = subtopics;
        this.moreRequires = moreRequires;
        this.moreRequiredBy = moreRequiredBy;
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
     * This graph with extra requires-edges from topics to topics of it. Only the lists of the edges' ends are new
     * (the graph's maps are shared), so it costs the edges, not the graph; a new edge comes last in the lists of its
     * ends.
     */
    PrerequisiteGraph withRequires(Map<String, ? extends Collection<String>> extra) {
        Map<String, List<String>> requiresOf = new java.util.HashMap<>(moreRequires);
        Map<String, List<String>> requiredByOf = new java.util.HashMap<>(moreRequiredBy);
        extra.forEach((id, more) -> {
            Set<String> requires = new LinkedHashSet<>(requires(id));
            for (String required : more) {
                node(required);
                if (requires.add(required)) {
                    List<String> by = new ArrayList<>(requiredByOf.getOrDefault(required, requiredBy.get(required)));
                    by.add(id);
                    requiredByOf.put(required, List.copyOf(by));
                }
            }
            requiresOf.put(id, List.copyOf(requires));
        });
        PrerequisiteGraph more = new PrerequisiteGraph(nodes, requiredBy, subtopics, requiresOf, requiredByOf);
        more.numbered = numbered().withEdgesOf(more); // the same topics and ranks: only the changed lists are new
        return more;
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
        return moreRequires.isEmpty() ? requires : moreRequires.getOrDefault(id, requires);
    }

    /** The topics of this graph that directly require {@code id}. */
    public List<String> requiredBy(String id) {
        node(id);
        return moreRequiredBy.isEmpty() ? requiredBy.get(id) : moreRequiredBy.getOrDefault(id, requiredBy.get(id));
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
         * Every topic's direct requirements in one array, topic after topic ({@code requiresFrom[n]} to
         * {@code requiresFrom[n + 1]}): a pass over all topics reads them in order instead of one small array each
         * (at 10k topics, a cache miss per topic in the next topics' scan).
         */
        private final int[] requiresFrom;
        private final int[] requiresFlat;
        private final int[] hours;
        /** The topic numbers in the order of {@link #byKey()}. */
        private final int[] byRank;
        /** Each topic's place in {@link #byRank}. */
        private final int[] rank;
        /** The topic numbers with each topic after every topic it requires; null when the edges have a cycle. */
        private final int[] topological;

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
            requiresFrom = new int[size + 1];
            requiresFlat = flat(requires, requiresFrom);
            Comparator<String> byKey = graph.byKey();
            byRank = java.util.stream.IntStream.range(0, size).boxed()
                    .sorted((a, b) -> byKey.compare(ids[a], ids[b])).mapToInt(Integer::intValue).toArray();
            rank = new int[size];
            for (int r = 0; r < size; r++) {
                rank[byRank[r]] = r;
            }
            topological = topological(requires, requiredBy);
        }

        /** {@code base}'s topics, hours and ranks with the edges of {@code graph}, which differ at the given lists. */
        private Numbered(Numbered base, PrerequisiteGraph graph, Set<String> newRequires, Set<String> newRequiredBy) {
            numbers = base.numbers;
            ids = base.ids;
            hours = base.hours;
            byRank = base.byRank;
            rank = base.rank;
            requires = base.requires.clone();
            requiredBy = base.requiredBy.clone();
            newRequires.forEach(id -> requires[numbers.get(id)] = numbered(graph.requires(id)));
            newRequiredBy.forEach(id -> requiredBy[numbers.get(id)] = numbered(graph.requiredBy(id)));
            requiresFrom = new int[ids.length + 1];
            requiresFlat = flat(requires, requiresFrom);
            topological = topological(requires, requiredBy);
        }

        /**
         * This numbering for {@code graph}, a {@link PrerequisiteGraph#withRequires} of this one's graph: the same
         * topics and ranks, only the lists that got extra edges renumbered (no sort of the topics again).
         */
        Numbered withEdgesOf(PrerequisiteGraph graph) {
            return new Numbered(this, graph, graph.moreRequires.keySet(), graph.moreRequiredBy.keySet());
        }

        /** The lists one after another; {@code from} gets where each list starts (and the end, last). */
        private static int[] flat(int[][] lists, int[] from) {
            for (int i = 0; i < lists.length; i++) {
                from[i + 1] = from[i] + lists[i].length;
            }
            int[] flat = new int[from[lists.length]];
            for (int i = 0; i < lists.length; i++) {
                System.arraycopy(lists[i], 0, flat, from[i], lists[i].length);
            }
            return flat;
        }

        /** Kahn's algorithm without priorities: any order with each topic after what it requires, or null. */
        private static int[] topological(int[][] requires, int[][] requiredBy) {
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
            return placed == size ? order : null;
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

        /** Whether every topic {@code number} directly requires is in {@code reach}. */
        boolean requirementsIn(int number, Closure.Reach reach) {
            for (int i = requiresFrom[number], end = requiresFrom[number + 1]; i < end; i++) {
                if (!reach.has(requiresFlat[i])) {
                    return false;
                }
            }
            return true;
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
            return java.util.Optional.ofNullable(topological);
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
