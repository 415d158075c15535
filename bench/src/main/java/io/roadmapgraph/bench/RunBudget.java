package io.roadmapgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time a run may take: a total, checked before each phase starts (a phase that would start after it is skipped
 * and reported), and what each phase spent beside its own budget, for the report's table.
 */
final class RunBudget {

    /** A phase of the run: its budget in seconds (NaN: bounded only by its own work) and the seconds it took. */
    record Phase(String name, double budgetSeconds, double spentSeconds) {
    }

    private final long start = System.nanoTime();
    private final Duration total;
    private final List<Phase> phases = new ArrayList<>();

    RunBudget(Duration total) {
        this.total = total;
    }

    Duration total() {
        return total;
    }

    /** Time left of the total, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, total.toNanos() - (System.nanoTime() - start)));
    }

    boolean exhausted() {
        return remaining().isZero();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Records a phase that started at {@code fromNanos} ({@link System#nanoTime()}); {@code budget} null: none. */
    synchronized void spent(String name, Duration budget, long fromNanos) {
        phases.add(new Phase(name, budget == null ? Double.NaN : budget.toMillis() / 1000.0,
                (System.nanoTime() - fromNanos) / 1e9));
    }

    synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The phases as a Markdown table: budget and time spent. */
    String table() {
        StringBuilder md = new StringBuilder("| phase | budget s | spent s |\n| --- | --- | --- |\n");
        for (Phase phase : phases()) {
            md.append("| ").append(phase.name()).append(" | ")
                    .append(Double.isNaN(phase.budgetSeconds()) ? "none (its own work)"
                            : String.format(Locale.ROOT, "%.0f", phase.budgetSeconds()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", phase.spentSeconds())).append(" |\n");
        }
        return md.toString();
    }
}
