package io.roadmapgraph.algorithms;

import java.util.Collection;
import java.util.List;

/**
 * The requires-edges an algorithm was asked to order form a cycle. One roadmap file never has one (the reader refuses
 * it), but the default view of several loaded roadmaps joins their requires, and two roadmaps that order the same
 * topics the other way round make one together: a caller that answers over several roadmaps can tell the user so.
 */
public final class PrerequisiteCycleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> topics;

    /** {@code topics}: the topics on the cycle or behind it, in the order the algorithm found them. */
    public PrerequisiteCycleException(Collection<String> topics) {
        super("the requires-edges between " + topics + " form a cycle");
        this.topics = List.copyOf(topics);
    }

    /** The topics on the cycle or behind it. */
    public List<String> topics() {
        return topics;
    }
}
