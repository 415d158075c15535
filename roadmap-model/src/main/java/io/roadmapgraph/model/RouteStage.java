package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A stage of the learning route ("Maand 4-6: Core AI Engineering", "Week 1-2: Python").
 *
 * @param id     kebab-case, unique within the roadmap ("months-4-6", "weeks-1-2")
 * @param period the months or weeks it spans
 * @param title  its title
 * @param steps  its steps, in order
 */
public record RouteStage(String id, StagePeriod period, Text title, List<RouteStep> steps) {

    public RouteStage {
        Ids.require(id, "route stage id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    /** A stage of whole months. */
    public RouteStage(String id, MonthRange months, Text title, List<RouteStep> steps) {
        this(id, StagePeriod.months(months.min(), months.max()), title, steps);
    }

    /** The months it spans; for a stage in weeks, the months its weeks fall in ({@link StagePeriod#months()}). */
    public MonthRange months() {
        return period.months();
    }
}
