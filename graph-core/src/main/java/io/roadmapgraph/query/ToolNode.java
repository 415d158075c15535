package io.roadmapgraph.query;

import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.ToolCategory;

import java.util.List;
import java.util.Objects;

/** A tool as stored in the graph. */
public record ToolNode(String id, String name, ToolCategory category, String url, Text description,
                       List<String> roadmaps) {
    public ToolNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
        roadmaps = List.copyOf(roadmaps);
    }
}
