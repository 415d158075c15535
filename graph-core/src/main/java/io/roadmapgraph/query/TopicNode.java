package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.OrderKey;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic as stored in the graph. When a topic belongs to several roadmaps, {@code phase}/{@code phaseId} are those
 * of its earliest phase and {@code order} is its smallest position.
 *
 * @param phase   the number of its phase
 * @param phaseId the id of that phase node ("ai-engineer/phase-3")
 * @param order   its 0-based position in the roadmap's own order
 * @param layer   the id of its layer node, if any ("ai-engineer/application-development")
 * @param parent  the id of the topic it is a subtopic of, if any
 * @param hoursOrigin where {@code estimatedHours} comes from (the roadmap's file: {@code authored} in the bundled one)
 */
public record TopicNode(String id, Text title, Text summary, int phase, String phaseId, int order,
                        Optional<String> layer, Optional<String> parent, Importance importance, boolean startHere,
                        int estimatedHours, Origin hoursOrigin, Optional<Text> whenToUse, List<Text> points, List<String> roadmaps) {
    public TopicNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(phaseId, "phaseId");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(hoursOrigin, "hoursOrigin");
        Objects.requireNonNull(whenToUse, "whenToUse");
        points = List.copyOf(points);
        roadmaps = List.copyOf(roadmaps);
    }

    /** The key that orders topics free to be learned next: phase, then the roadmap's own order. */
    public OrderKey orderKey() {
        return new OrderKey(phase, order);
    }
}
