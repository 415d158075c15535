package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.DependencyGraph;

import java.util.ArrayList;
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
 *
 * @param topics   the cycle, following requires: [a, b, c] means a requires b, b requires c and c requires a
 * @param roadmaps the roadmaps whose own requires make its edges, sorted
 */
public record CrossRoadmapCycle(List<String> topics, List<String> roadmaps) {

    public CrossRoadmapCycle {
        topics = List.copyOf(topics);
        roadmaps = List.copyOf(roadmaps);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a cycle has at least one topic");
        }
    }

    /** {@code a → b → c → a}. */
    public String describe() {
        return DependencyGraph.describe(topics);
    }

    /** What a person who loads roadmaps should read: the cycle, the roadmaps, what it does, what to do. */
    public String warning() {
        return "the requires of roadmaps " + String.join(", ", roadmaps) + " together form a cycle, " + describe()
                + " (each roadmap alone has none): learningPath, plan and unlockingTopics without a roadmap argument"
                + " answer BAD_USER_INPUT for goals that need these topics; ask with roadmap: naming one of them, or"
                + " load them again agreeing on the order of these topics";
    }

    /** The first such cycle of the snapshot's default view, if any (none with one roadmap). */
    static Optional<CrossRoadmapCycle> in(GraphSnapshot snapshot) {
        if (snapshot.byRoadmap().size() < 2) {
            return Optional.empty();
        }
        var graph = snapshot.all().graph();
        List<List<String>> cycles = DependencyGraph.of(graph.topics(), graph::requires).cycles(1);
        if (cycles.isEmpty()) {
            return Optional.empty();
        }
        List<String> cycle = cycles.get(0);
        Set<String> roadmaps = new TreeSet<>();
        for (int i = 0; i < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get((i + 1) % cycle.size());
            for (Map.Entry<String, Subgraph> own : snapshot.byRoadmap().entrySet()) {
                if (own.getValue().graph().contains(from) && own.getValue().graph().requires(from).contains(to)) {
                    roadmaps.add(own.getKey());
                }
            }
        }
        return Optional.of(new CrossRoadmapCycle(cycle, new ArrayList<>(roadmaps)));
    }
}
