package io.roadmapgraph.model;

import io.roadmapgraph.algorithms.DependencyGraph;
import io.roadmapgraph.algorithms.GroupedGraph;
import io.roadmapgraph.algorithms.OrderKey;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.Requirement;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A roadmap's topics as the graphs the algorithms of {@code io.roadmapgraph.algorithms} work on. They live here, not
 * there, so the algorithms know nothing of roadmap files (the dependency runs one way: model → algorithms).
 */
public final class TopicGraphs {

    private TopicGraphs() {
    }

    /**
     * The graph of all topics of a roadmap: phase and file position as ordering key, each subtopic recorded under its
     * parent (the subtopic rule).
     */
    public static PrerequisiteGraph prerequisites(Roadmap roadmap) {
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        List<Topic> topics = roadmap.topics();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            builder.topic(t.id(), new OrderKey(t.phase(), i), t.estimatedHours(), t.requiredTopicIds());
            t.parent().ifPresent(parent -> builder.subtopic(parent, t.id(), t.importance() == Importance.ELECTIVE));
        }
        return builder.build();
    }

    /** {@link #prerequisites} with the topics' requirement groups (not the electives and tool alternatives). */
    public static GroupedGraph grouped(Roadmap roadmap) {
        Map<String, List<Requirement.Group>> groups = new LinkedHashMap<>();
        roadmap.groups().stream().filter(g -> g.scope() == RequirementGroup.Scope.REQUIRES).forEach(g ->
                groups.computeIfAbsent(g.owner(), k -> new java.util.ArrayList<>()).add(group(g)));
        return GroupedGraph.of(prerequisites(roadmap), groups);
    }

    private static Requirement.Group group(RequirementGroup group) {
        return new Requirement.Group(group.id(), group.n(), group.options().stream().<Requirement>map(o ->
                o instanceof RequirementGroup nested ? group(nested) : new Requirement.OnTopic(o.id())).toList());
    }

    /** The graph of a roadmap's topics for validation: each topic depends on the topics it requires. */
    public static DependencyGraph<String> dependencies(Roadmap roadmap) {
        Map<String, List<String>> requires = new HashMap<>();
        roadmap.topics().forEach(t -> requires.putIfAbsent(t.id(), t.requiredTopicIds()));
        return DependencyGraph.of(roadmap.topics().stream().map(Topic::id).toList(), requires::get);
    }
}
