package io.roadmapgraph.model;

import java.util.Objects;

/**
 * The stretch of time a route stage spans: whole months ("Maand 4-6") or whole weeks ("Week 1-2"), inclusive, counted
 * from the start of the route.
 *
 * <p>Weeks and months are related by a fixed calendar of 52 weeks in 12 months: week {@code w} falls in month
 * {@code ceil(12 w / 52)} and month {@code m} spans weeks {@code floor(52 (m-1) / 12) + 1} to {@code floor(52 m / 12)}.
 * So a week stage also has the months it falls in ({@link #months()}), which is what everything that thinks in months
 * (the study plan's route comparison, the phase checks) reads.
 *
 * @param unit the unit of {@code from} and {@code to}
 * @param from the first month or week, at least 1
 * @param to   the last month or week, not before {@code from}
 */
public record StagePeriod(Unit unit, int from, int to) {

    /** The unit of a route stage's period. */
    public enum Unit {
        MONTH("month", "months"), WEEK("week", "weeks");

        private final String one;
        private final String many;

        Unit(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** "month" or "week". */
        public String singular() {
            return one;
        }

        /** "months" or "weeks": also the key of the period in a roadmap file. */
        public String plural() {
            return many;
        }
    }

    public StagePeriod {
        Objects.requireNonNull(unit, "unit");
        if (from < 1 || to < from) {
            throw new IllegalArgumentException(unit.plural() + " " + from + "-" + to + " must have 1 <= from <= to");
        }
    }

    public static StagePeriod months(int from, int to) {
        return new StagePeriod(Unit.MONTH, from, to);
    }

    public static StagePeriod weeks(int from, int to) {
        return new StagePeriod(Unit.WEEK, from, to);
    }

    /** The months it spans; for a week stage, the months its first and last week fall in. */
    public MonthRange months() {
        return unit == Unit.MONTH ? MonthRange.of(from, to) : MonthRange.of(monthOfWeek(from), monthOfWeek(to));
    }

    /** The first week it spans (a month stage: the first week of its first month). */
    public int firstWeek() {
        return unit == Unit.WEEK ? from : 52 * (from - 1) / 12 + 1;
    }

    /** The last week it spans (a month stage: the last week of its last month). */
    public int lastWeek() {
        return unit == Unit.WEEK ? to : 52 * to / 12;
    }

    /**
     * Whether it starts after {@code previous} ends: by their numbers when both are in the same unit, else in weeks.
     */
    public boolean startsAfter(StagePeriod previous) {
        return unit == previous.unit ? from > previous.to : firstWeek() > previous.lastWeek();
    }

    /** The month week {@code week} (at least 1) falls in. */
    public static int monthOfWeek(int week) {
        return (12 * week + 51) / 52;
    }

    /** "months 1-3", "weeks 1-2". */
    @Override
    public String toString() {
        return unit.plural() + " " + from + "-" + to;
    }
}
