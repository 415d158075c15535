package io.roadmapgraph.model;

/**
 * An inclusive range of months: a phase's duration ("2-3 maanden") or a route stage ("Maand 4-6").
 */
public record MonthRange(int min, int max) {

    public MonthRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("month range " + min + "-" + max + " must have 0 <= min <= max");
        }
    }

    public static MonthRange of(int min, int max) {
        return new MonthRange(min, max);
    }
}
