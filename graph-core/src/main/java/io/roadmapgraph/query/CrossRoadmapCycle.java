package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.DependencyGraph;
import io.roadmapgraph.algorithms.Requirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cycle that the loaded roadmaps' requires make together though each roadmap alone has none: two roadmaps that
 * order shared topics the other way round. The default view (no {@code roadmap} argument) joins their requires, so
 * it cannot order those topics: {@code learningPath}, {@code plan} and {@code unlockingTopics} without a roadmap
 * answer {@code BAD_USER_INPUT} for goals that reach the cycle. Each roadmap's own view is not affected.
 * <p>
 * A cycle may also close through an option of a requirement group: a topic's group offers an option that needs the
 * topic itself through the others' requires (what a roadmap file may not have alone, docs/roadmap-format.md). Then
 * the default view does not pick that option (it is rejected with its cycle, {@code GroupedGraph#cycle}); a path
 * whose group has no other option to pick is refused.
 *
 * @param topics   the cycle, following requires: [a, b, c] means a requires b, b requires c and c requires a
 * @param roadmaps the roadmaps whose own requires (or groups) make its edges, sorted
 * @param groups   the groups (of the default view) whose options make edges of the cycle; empty when the plain
 *                 requires make it alone
 */
public record CrossRoadmapCycle(List<String> topics, List<String> roadmaps, List<String> groups) {

    public CrossRoadmapCycle {
        topics = List.copyOf(topics);
        roadmaps = List.copyOf(roadmaps);
        groups = List.copyOf(groups);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a cycle has at least one topic");
        }
    }

    /** A cycle of plain requires. */
    public CrossRoadmapCycle(List<String> topics, List<String> roadmaps) {
        this(topics, roadmaps, List.of());
    }

    /** {@code a → b → c → a}. */
    public String describe() {
        return DependencyGraph.describe(topics);
    }

    /** What a person who loads roadmaps should read: the cycle, the roadmaps, what it does, what to do. */
    public String warning() {
        if (!groups.isEmpty()) {
            return "the requires of roadmaps " + String.join(", ", roadmaps) + " together form a cycle through the"
                    + " options of group " + String.join(", ", groups) + ", " + describe() + " (each roadmap alone"
                    + " has none): learningPath and plan without a roadmap argument do not pick such an option, and"
                    + " answer BAD_USER_INPUT when a group on the path has too few others; ask with roadmap: naming one"
                    + " of them, or load them again agreeing on the order of these topics";
        }
        return "the requires of roadmaps " + String.join(", ", roadmaps) + " together form a cycle, " + describe()
                + " (each roadmap alone has none): learningPath, plan and unlockingTopics without a roadmap argument"
                + " answer BAD_USER_INPUT for goals that need these topics; ask with roadmap: naming one of them, or"
                + " load them again agreeing on the order of these topics";
    }

    /**
     * The first such cycle of the snapshot's default view, if any (none with one roadmap): one of plain requires, else
     * one through the options of its groups, which count as needs as a roadmap file's check counts them.
     */
    static Optional<CrossRoadmapCycle> in(GraphSnapshot snapshot) {
        if (snapshot.byRoadmap().size() < 2) {
            return Optional.empty();
        }
        var graph = snapshot.all().graph();
        List<List<String>> plain = DependencyGraph.of(graph.topics(), graph::requires).cycles(1);
        if (!plain.isEmpty()) {
            return Optional.of(of(snapshot, plain.get(0), Map.of()));
        }
        Map<String, Map<String, String>> options = options(snapshot.groups(Optional.empty()));
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> through = DependencyGraph.of(graph.topics(), (String topic) -> {
            Set<String> needs = new LinkedHashSet<>(graph.requires(topic));
            needs.addAll(options.getOrDefault(topic, Map.of()).keySet());
            return needs;
        }).cycles(1);
        return through.stream().findFirst().map(cycle -> of(snapshot, cycle, options));
    }

    private static CrossRoadmapCycle of(GraphSnapshot snapshot, List<String> cycle,
                                        Map<String, Map<String, String>> options) {
        Set<String> roadmaps = new TreeSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (int i = 0; i < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get((i + 1) % cycle.size());
            if (!snapshot.all().graph().requires(from).contains(to)) {
                groups.add(options.get(from).get(to));
            }
            for (Map.Entry<String, Subgraph> own : snapshot.byRoadmap().entrySet()) {
                boolean required = own.getValue().graph().contains(from)
                        && own.getValue().graph().requires(from).contains(to);
                boolean offered = options(snapshot.groups(Optional.of(own.getKey()))).getOrDefault(from, Map.of())
                        .containsKey(to);
                if (required || offered) {
                    roadmaps.add(own.getKey());
                }
            }
        }
        return new CrossRoadmapCycle(cycle, new ArrayList<>(roadmaps), new ArrayList<>(groups));
    }

    /** Each topic's options, nested ones too, with the id of the group that offers each: by the topic that needs it. */
    private static Map<String, Map<String, String>> options(Map<String, List<Requirement.Group>> groups) {
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        groups.forEach((owner, list) -> list.stream().flatMap(Requirement.Group::withNested)
                .forEach(group -> group.options().stream().filter(Requirement.OnTopic.class::isInstance)
                        .forEach(option -> options.computeIfAbsent(owner, k -> new LinkedHashMap<>())
                                .putIfAbsent(option.id(), group.id()))));
        return options;
    }
}
