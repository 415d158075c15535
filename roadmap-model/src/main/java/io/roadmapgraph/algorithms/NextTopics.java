package io.roadmapgraph.algorithms;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What to learn next: every topic not in K* ({@link Subtopics#knownClosure}: the known topics, their non-elective
 * subtopics and all their prerequisites) whose direct prerequisites are all in K*.
 */
public final class NextTopics {

    private NextTopics() {
    }

    /** The next topics for someone who knows {@code known}, sorted by ordering key. */
    public static List<String> of(PrerequisiteGraph graph, Collection<String> known) {
        return ofClosure(graph, Subtopics.knownClosure(graph, known));
    }

    /** The next topics for someone whose K* is {@code knownClosure} (made by the caller), sorted by ordering key. */
    static List<String> ofClosure(PrerequisiteGraph graph, Set<String> knownClosure) {
        return graph.topics().stream()
                .filter(id -> !knownClosure.contains(id))
                .filter(id -> knownClosure.containsAll(graph.requires(id)))
                .sorted(graph.byKey())
                .toList();
    }
}
