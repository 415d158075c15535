package io.roadmapgraph.model;

import java.util.Objects;

/**
 * A number of hours and where it comes from (the AI Engineer document states no hours: its hours are the file's own).
 *
 * @param value  whole hours, at least 1
 * @param origin where the figure comes from
 */
public record Hours(int value, Origin origin) {

    public Hours {
        Ids.positive(value, "hours");
        Objects.requireNonNull(origin, "origin");
    }
}
