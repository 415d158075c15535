package io.roadmapgraph.query;

import io.roadmapgraph.model.Text;

import java.util.Objects;
import java.util.Optional;

/** A roadmap as stored in the graph, without its parts (ask for those with the batch lookups). */
public record RoadmapNode(String id, Text title, Text summary, String sourceDocument, String sourceLanguage,
                          Text basedOn, Optional<Text> motto) {
    public RoadmapNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sourceDocument, "sourceDocument");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(basedOn, "basedOn");
        Objects.requireNonNull(motto, "motto");
    }
}
