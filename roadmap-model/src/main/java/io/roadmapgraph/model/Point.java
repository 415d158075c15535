package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A bullet point of the source, with the points nested under it ("Retrieval algorithms:" over BM25, vector search,
 * hybrid search).
 *
 * @param text   the point
 * @param points the points under it, in order; empty for most
 */
public record Point(Text text, List<Point> points) {

    public Point {
        Objects.requireNonNull(text, "text");
        points = List.copyOf(points);
    }

    public static Point of(Text text) {
        return new Point(text, List.of());
    }
}
