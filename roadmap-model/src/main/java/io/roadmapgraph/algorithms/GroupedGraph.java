package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link PrerequisiteGraph} with the requirement groups of its topics: each topic needs its plain prerequisites and
 * n options of each of its groups. Immutable. Like the plain graph it is closed: groups of topics it does not hold
 * are dropped, and so are options that are not in it (a group left with fewer than n options needs all that remain).
 */
public final class GroupedGraph {

    private final PrerequisiteGraph plain;
    private final Map<String, List<Requirement.Group>> groups;
    private final Map<String, Requirement.Group> byId;
    private final Map<String, String> owners;
    /** Each topic's groups by topic number ({@link PrerequisiteGraph#numbered()}); made on first use. */
    private volatile List<List<Requirement.Group>> byNumber;
    /**
     * By group id (nested ones too), each topic option that cannot be picked with the cycle picking it would close
     * ({@link #cycle}); made on first use, so once per graph (a server keeps the graph per snapshot and scope).
     */
    private volatile Map<String, Map<String, List<String>>> cycles;

    private GroupedGraph(PrerequisiteGraph plain, Map<String, List<Requirement.Group>> groups) {
        this.plain = plain;
        this.groups = groups;
        this.byId = new LinkedHashMap<>();
        this.owners = new LinkedHashMap<>();
        groups.forEach((owner, list) -> list.stream().flatMap(Requirement.Group::withNested).forEach(g -> {
            if (byId.putIfAbsent(g.id(), g) != null) {
                throw new IllegalArgumentException("two groups are named " + g.id());
            }
            owners.put(g.id(), owner);
        }));
    }

    /** The plain graph with the groups of its topics, by owner. */
    public static GroupedGraph of(PrerequisiteGraph plain, Map<String, List<Requirement.Group>> groups) {
        Objects.requireNonNull(plain, "plain");
        Map<String, List<Requirement.Group>> kept = new LinkedHashMap<>();
        groups.forEach((owner, list) -> {
            if (plain.contains(owner)) {
                List<Requirement.Group> closed = list.stream().map(g -> closed(plain, g)).flatMap(Optional::stream)
                        .toList();
                if (!closed.isEmpty()) {
                    kept.put(owner, closed);
                }
            }
        });
        return new GroupedGraph(plain, kept);
    }

    /** A graph without groups. */
    public static GroupedGraph plain(PrerequisiteGraph plain) {
        return new GroupedGraph(plain, Map.of());
    }

    /** The group with only the options the graph holds (n at most their number); empty when none is left. */
    static Optional<Requirement.Group> closed(PrerequisiteGraph plain, Requirement.Group group) {
        List<Requirement> options = new ArrayList<>();
        for (Requirement option : group.options()) {
            if (option instanceof Requirement.Group g) {
                closed(plain, g).ifPresent(options::add);
            } else if (plain.contains(option.id())) {
                options.add(option);
            }
        }
        return options.isEmpty() ? Optional.empty()
                : Optional.of(new Requirement.Group(group.id(), Math.min(group.n(), options.size()), options));
    }

    public PrerequisiteGraph plain() {
        return plain;
    }

    /** The groups of a topic, in order; empty for a topic without. */
    public List<Requirement.Group> groups(String topic) {
        plain.key(topic);
        return groups.getOrDefault(topic, List.of());
    }

    /**
     * Each topic's groups by its number in {@code plain().numbered()} (empty for a topic without): made once per graph,
     * so that a planner keeping this graph (a server, per snapshot) does not look up every topic that has groups per
     * query.
     */
    List<List<Requirement.Group>> groupsByNumber() {
        List<List<Requirement.Group>> made = byNumber;
        if (made == null) {
            PrerequisiteGraph.Numbered numbered = plain.numbered();
            List<List<Requirement.Group>> list = new ArrayList<>(java.util.Collections.nCopies(numbered.size(),
                    List.of()));
            groups.forEach((owner, own) -> list.set(numbered.number(owner), own));
            made = java.util.Collections.unmodifiableList(list);
            byNumber = made;
        }
        return made;
    }

    /**
     * The cycle that picking the topic {@code option} for group {@code groupId} would close ({@link
     * OptionCycles#cycle}: the group's owner first), when the option needs the owner by {@link OptionCycles}'s rule:
     * such an option cannot be picked. Empty for an option that can be, always empty in a graph of one roadmap file
     * (its reader refuses such an option); the default view that joins several roadmaps' requires may have some.
     */
    public Optional<List<String>> cycle(String groupId, String option) {
        Map<String, Map<String, List<String>>> all = cycles();
        return all.isEmpty() ? Optional.empty()
                : Optional.ofNullable(all.getOrDefault(groupId, Map.of()).get(option));
    }

    /** Whether some option of some group cannot be picked ({@link #cycle}). */
    public boolean hasCycles() {
        return !cycles().isEmpty();
    }

    private Map<String, Map<String, List<String>>> cycles() {
        Map<String, Map<String, List<String>>> made = cycles;
        if (made == null) {
            made = findCycles();
            cycles = made;
        }
        return made;
    }

    /**
     * Every option that needs its owner. A graph whose needs have no cycle at all (the usual case, found in one
     * topological sort) has none; otherwise each topic option is looked at by a walk from it.
     */
    private Map<String, Map<String, List<String>>> findCycles() {
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parents = new java.util.HashMap<>();
        plain.topics().forEach(p -> plain.subtopics(p).forEach(s -> parents.put(s, p)));
        Map<String, List<String>> options = new java.util.HashMap<>();
        groups.forEach((owner, list) -> options.put(owner, list.stream().flatMap(Requirement.Group::withNested)
                .flatMap(g -> g.options().stream()).filter(Requirement.OnTopic.class::isInstance)
                .map(Requirement::id).toList()));
        java.util.function.Function<String, List<String>> needs = topic -> {
            List<String> list = new ArrayList<>(plain.requires(topic));
            String parent = parents.get(topic);
            if (parent != null) {
                list.add(parent);
            }
            list.addAll(options.getOrDefault(topic, List.of()));
            return list;
        };
        if (!DependencyGraph.of(plain.topics(), needs).hasCycle()) {
            return Map.of();
        }
        Map<String, Map<String, List<String>>> found = new LinkedHashMap<>();
        groups.forEach((owner, list) -> list.stream().flatMap(Requirement.Group::withNested).forEach(g ->
                g.options().stream().filter(Requirement.OnTopic.class::isInstance).forEach(o ->
                        OptionCycles.cycle(owner, o.id(), needs).ifPresent(cycle -> found
                                .computeIfAbsent(g.id(), k -> new LinkedHashMap<>()).put(o.id(), cycle)))));
        return java.util.Collections.unmodifiableMap(found);
    }

    public boolean hasGroups() {
        return !groups.isEmpty();
    }

    /** A group by id, nested ones included. */
    public Optional<Requirement.Group> group(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The topic a group (or the group it is nested in) belongs to. */
    public String owner(String groupId) {
        return Optional.ofNullable(owners.get(groupId))
                .orElseThrow(() -> new IllegalArgumentException("no group is named " + groupId));
    }

    /** How many options of {@code group} are satisfied by {@code known}: known topics, nested groups satisfied. */
    public static int satisfiedOptions(Requirement.Group group, Set<String> known) {
        return (int) group.options().stream().filter(o -> satisfied(o, known)).count();
    }

    /** Whether an option is satisfied by {@code known}. */
    public static boolean satisfied(Requirement option, Set<String> known) {
        if (option instanceof Requirement.Group g) {
            return satisfiedOptions(g, known) >= g.n();
        }
        return known.contains(option.id());
    }

    /**
     * What to learn next (Knowledge Space Theory's outer fringe under alternatives): every topic not in K*
     * ({@link Subtopics#knownClosure}) whose plain prerequisites are all in K* and each of whose groups is satisfied
     * by K*. Without groups this is {@link NextTopics#of}.
     */
    public List<String> nextTopics(Collection<String> known) {
        Set<String> knownClosure = Subtopics.knownClosure(plain, known);
        return plain.topics().stream()
                .filter(id -> !knownClosure.contains(id))
                .filter(id -> knownClosure.containsAll(plain.requires(id)))
                .filter(id -> groups(id).stream().allMatch(g -> satisfied(g, knownClosure)))
                .sorted(plain.byKey())
                .toList();
    }

    /** The plain graph with extra requires-edges from topics to the topics picked for them. */
    PrerequisiteGraph withEdges(Map<String, Set<String>> extra) {
        return plain.withRequires(extra);
    }
}
