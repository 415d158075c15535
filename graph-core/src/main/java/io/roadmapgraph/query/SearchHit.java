package io.roadmapgraph.query;

import java.util.Objects;

/**
 * A full-text match.
 *
 * @param kind  what was found
 * @param id    its id; look it up with {@link RoadmapQueries#topicsByIds}, {@code toolsByIds} or {@code projectsByIds}
 * @param title its English title (a tool's name)
 * @param score the relevance the index gives, higher is better
 */
public record SearchHit(Kind kind, String id, String title, double score) {

    public enum Kind { TOPIC, TOOL, PROJECT }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
