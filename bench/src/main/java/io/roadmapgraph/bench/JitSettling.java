package io.roadmapgraph.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rule by which the bench lets the API server's JIT settle before it measures ({@link Bench}'s operations,
 * {@link ChoiceApiGrowth}'s two sides): pass after pass, every item not yet settled runs for one window, and an item
 * whose window had the server's JIT compiler threads at most at {@code bound} of the server's CPU is left out of the
 * next pass; until every item has settled or the time is up.
 */
final class JitSettling {

    /** The passes made, the seconds they took, and the items not settled at the end with their last window's share. */
    record Result<K>(int passes, double seconds, Map<K, Double> unsettled) {
        Result {
            unsettled = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unsettled));
        }
    }

    private JitSettling() {
    }

    /**
     * Settles {@code items}: {@code window} runs one item's window; {@code serverAndJitSeconds} reads the server's CPU
     * seconds and its compiler threads' ({@link Bench#serverAndJitSeconds}); {@code end} is a {@link System#nanoTime()}
     * after which no window starts. An item with no server CPU in its window stays unsettled (share NaN).
     */
    static <K> Result<K> settle(List<K> items, long end, double bound, Supplier<double[]> serverAndJitSeconds,
                                Consumer<K> window) {
        long from = System.nanoTime();
        Map<K, Double> unsettled = new LinkedHashMap<>();
        items.forEach(item -> unsettled.put(item, Double.NaN));
        int passes = 0;
        while (!unsettled.isEmpty() && System.nanoTime() < end) {
            passes++;
            for (K item : List.copyOf(unsettled.keySet())) {
                if (System.nanoTime() >= end) {
                    break;
                }
                double[] before = serverAndJitSeconds.get();
                window.accept(item);
                double share = share(before, serverAndJitSeconds.get());
                if (share <= bound) {
                    unsettled.remove(item);
                } else {
                    unsettled.put(item, share);
                }
            }
        }
        return new Result<>(passes, (System.nanoTime() - from) / 1e9, unsettled);
    }

    /** The compiler threads' share of the server's CPU between two readings of both; NaN without CPU between. */
    static double share(double[] before, double[] after) {
        return after[0] > before[0] ? (after[1] - before[1]) / (after[0] - before[0]) : Double.NaN;
    }
}
