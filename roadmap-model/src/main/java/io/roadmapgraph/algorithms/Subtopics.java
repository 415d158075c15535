package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The subtopic rule as a learner meets it: a parent is the introduction and its subtopics come after it. A goal that
 * is a parent brings its non-elective subtopics (and theirs, and so on) into the path, and knowing a parent means
 * knowing it and its non-elective subtopics. Only the topics a person names are widened this way: a parent reached
 * as someone's prerequisite does not bring its subtopics along.
 */
public final class Subtopics {

    private Subtopics() {
    }

    /** The given topics and all their non-elective subtopics at any depth, the given ones first. */
    public static Set<String> withSubtopics(PrerequisiteGraph graph, Collection<String> ids) {
        Set<String> result = new LinkedHashSet<>(ids);
        Deque<String> queue = new ArrayDeque<>(ids);
        while (!queue.isEmpty()) {
            for (String child : graph.subtopics(queue.poll())) {
                if (result.add(child)) {
                    queue.add(child);
                }
            }
        }
        return result;
    }

    /**
     * K*: what someone who says they know {@code known} knows — those topics, their non-elective subtopics, and
     * every transitive prerequisite of either.
     */
    public static Set<String> knownClosure(PrerequisiteGraph graph, Collection<String> known) {
        return Closure.all(graph, withSubtopics(graph, known), PrerequisiteGraph.Direction.PREREQUISITES);
    }

    /**
     * {@link #knownClosure} for callers that only ask whether topics are in it: a read-only set over flags by topic
     * number (a walk over int arrays, no hash map of depths), iterating in the order the topics were added to the
     * graph, not the walk's.
     */
    public static Set<String> knownSet(PrerequisiteGraph graph, Collection<String> known) {
        return knownReach(graph, known);
    }

    /** {@link #knownClosure} as flags by topic number, for the algorithms that ask it of many topics. */
    static Closure.Reach knownReach(PrerequisiteGraph graph, Collection<String> known) {
        return Closure.reach(graph, withSubtopics(graph, known), PrerequisiteGraph.Direction.PREREQUISITES);
    }
}
