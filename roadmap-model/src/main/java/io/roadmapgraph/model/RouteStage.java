package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A stage of the month-by-month learning route ("Maand 4-6: Core AI Engineering").
 *
 * @param id     kebab-case, unique within the roadmap ("months-4-6")
 * @param months the months it spans
 * @param title  its title
 * @param steps  its steps, in order
 */
public record RouteStage(String id, MonthRange months, Text title, List<RouteStep> steps) {

    public RouteStage {
        Ids.require(id, "route stage id");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }
}
