package io.roadmapgraph.query;

import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.Text;

import java.util.List;
import java.util.Objects;

/** A practice project as stored in the graph. */
public record ProjectNode(String id, int number, Text title, Text summary, Level level, List<String> roadmaps) {
    public ProjectNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(level, "level");
        roadmaps = List.copyOf(roadmaps);
    }
}
