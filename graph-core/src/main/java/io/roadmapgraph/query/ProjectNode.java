package io.roadmapgraph.query;

import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A practice project as stored in the graph.
 *
 * @param estimatedHours the hours it takes, roughly, where the roadmap gives them
 */
public record ProjectNode(String id, int number, Text title, Text summary, Level level, List<String> roadmaps,
                          Optional<Integer> estimatedHours) {
    public ProjectNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(level, "level");
        roadmaps = List.copyOf(roadmaps);
        Objects.requireNonNull(estimatedHours, "estimatedHours");
    }

    /** A project without hours. */
    public ProjectNode(String id, int number, Text title, Text summary, Level level, List<String> roadmaps) {
        this(id, number, title, summary, level, roadmaps, Optional.empty());
    }
}
