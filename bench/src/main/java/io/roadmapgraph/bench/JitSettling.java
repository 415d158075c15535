package io.roadmapgraph.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The rule by which the bench lets a side's JIT settle before it measures ({@link Bench}'s API, memory and echo sides,
 * {@link ChoiceApiGrowth}'s two sides): pass after pass, every item not yet settled runs for one window, and an item
 * whose window meets the {@link Criterion} is left out of the next pass; until every item has settled or the time is
 * up. The criterion has two parts because the first alone missed code still running compiled by C1: with README's
 * thresholds a method called once per request waits for C2 while the compilers are idle (margin22: the 1k plan's
 * server CPU per request fell 1.28 → 1.06 ms over 7 rounds with the compilers at a few per cent).
 */
final class JitSettling {

    /**
     * One window of an item: the CPU seconds of the process that answers it (the API server, or the bench's JVM for
     * the sides in it), its JIT compiler threads' CPU seconds, and the requests answered.
     */
    record Window(double cpuSeconds, double compilerSeconds, int requests) {

        /** The window between two readings of the process's CPU and its compilers' ({@code {cpu, compilers}}). */
        static Window between(double[] before, double[] after, int requests) {
            return new Window(after[0] - before[0], after[1] - before[1], requests);
        }

        /** The compiler threads' share of the process's CPU; NaN without CPU. */
        double compilerShare() {
            return cpuSeconds > 0 ? compilerSeconds / cpuSeconds : Double.NaN;
        }

        /** The process's CPU per answered request outside its compiler threads, in seconds; NaN without either. */
        double workPerRequest() {
            return cpuSeconds > 0 && requests > 0 ? (cpuSeconds - compilerSeconds) / requests : Double.NaN;
        }
    }

    /**
     * An item has settled when its last window had the compiler threads at most at {@code compilerShare} of the
     * process's CPU and its CPU per request outside them ({@link Window#workPerRequest()}) fell by less than
     * {@code fall} (a fraction) from the window before: compiled code has stopped getting faster.
     */
    record Criterion(double compilerShare, double fall) {

        Criterion {
            if (!(compilerShare > 0 && compilerShare < 1 && fall > 0 && fall < 1)) {
                throw new IllegalArgumentException("shares between 0 and 1: " + compilerShare + ", " + fall);
            }
        }

        boolean settled(Optional<Window> previous, Window latest) {
            return latest.compilerShare() <= compilerShare
                    && previous.map(before -> fall(before, latest) < fall).orElse(false);
        }

        /** How much the CPU per request fell from {@code before} to {@code latest} (negative: it rose); NaN unknown. */
        static double fall(Window before, Window latest) {
            return 1 - latest.workPerRequest() / before.workPerRequest();
        }
    }

    /**
     * How an item went: the windows it ran (the window given before the passes, the warm-up's, not counted), their
     * seconds, whether it settled, and its last window with the fall of its CPU per request from the one before
     * (NaN without one before); {@code workPerRequest} the CPU per request outside the compilers of each window run,
     * in seconds, in order (the warm-up's first).
     */
    record Outcome(int windows, double seconds, boolean settled, Optional<Window> last, double fall,
                   List<Double> workPerRequest) {
        Outcome {
            workPerRequest = List.copyOf(workPerRequest);
        }
    }

    /** The passes made, the seconds they took, and each item's outcome, in the items' order. */
    record Result<K>(int passes, double seconds, Map<K, Outcome> outcomes) {
        Result {
            outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        }

        /** The items not settled when the time was up. */
        Map<K, Outcome> unsettled() {
            Map<K, Outcome> left = new LinkedHashMap<>();
            outcomes.forEach((item, outcome) -> {
                if (!outcome.settled()) {
                    left.put(item, outcome);
                }
            });
            return left;
        }
    }

    private JitSettling() {
    }

    /**
     * Settles {@code items}: {@code window} runs one item's window and returns the requests it answered; {@code
     * reading} reads the CPU seconds and compiler threads' CPU seconds ({@code {cpu, compilers}}) of the process that
     * answers an item; {@code first} holds windows run before (the warm-up's), each the first "window before" of its
     * item; {@code end} is a {@link System#nanoTime()} after which no window starts.
     */
    static <K> Result<K> settle(List<K> items, Map<K, Window> first, long end, Criterion criterion,
                                Function<K, double[]> reading, ToIntFunction<K> window) {
        long from = System.nanoTime();
        Map<K, Outcome> outcomes = new LinkedHashMap<>();
        items.forEach(item -> outcomes.put(item, new Outcome(0, 0, false, Optional.ofNullable(first.get(item)),
                Double.NaN, Optional.ofNullable(first.get(item)).map(w -> List.of(w.workPerRequest()))
                        .orElse(List.of()))));
        int passes = 0;
        while (outcomes.values().stream().anyMatch(o -> !o.settled()) && System.nanoTime() < end) {
            passes++;
            for (K item : List.copyOf(outcomes.keySet())) {
                Outcome before = outcomes.get(item);
                if (before.settled()) {
                    continue;
                }
                if (System.nanoTime() >= end) {
                    break;
                }
                long windowFrom = System.nanoTime();
                double[] cpuBefore = reading.apply(item);
                int requests = window.applyAsInt(item);
                Window latest = Window.between(cpuBefore, reading.apply(item), requests);
                List<Double> series = new java.util.ArrayList<>(before.workPerRequest());
                series.add(latest.workPerRequest());
                outcomes.put(item, new Outcome(before.windows() + 1,
                        before.seconds() + (System.nanoTime() - windowFrom) / 1e9,
                        criterion.settled(before.last(), latest), Optional.of(latest),
                        before.last().map(b -> Criterion.fall(b, latest)).orElse(Double.NaN), series));
            }
        }
        return new Result<>(passes, (System.nanoTime() - from) / 1e9, outcomes);
    }

    /** The compiler threads' share of a process's CPU between two readings of both; NaN without CPU between. */
    static double share(double[] before, double[] after) {
        return Window.between(before, after, 0).compilerShare();
    }
}
