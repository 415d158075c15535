package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class JitSettlingTest {

    private static final JitSettling.Criterion FIVE_PER_CENT = new JitSettling.Criterion(0.05, 0.05);
    private static final int REQUESTS = 100;

    /**
     * A process that answers {@value #REQUESTS} requests per window: item's n-th window costs {@code work[n]} CPU
     * seconds per request outside the compilers, and its compilers {@code compilers[n]} seconds (the last entry
     * repeats).
     */
    private static final class FakeProcess {
        private final Map<String, double[][]> costs;
        private final double[] seconds = new double[2];
        private final List<String> windows = new ArrayList<>();

        /** {@code costs}: per item, {work per request, compiler seconds} per window. */
        FakeProcess(Map<String, double[][]> costs) {
            this.costs = costs;
        }

        double[] read(String item) {
            return seconds.clone();
        }

        int window(String item) {
            windows.add(item);
            double[][] byWindow = costs.get(item);
            double[] cost = byWindow[(int) Math.min(windows.stream().filter(item::equals).count() - 1,
                    byWindow.length - 1)];
            seconds[0] += cost[0] * REQUESTS + cost[1];
            seconds[1] += cost[1];
            return REQUESTS;
        }
    }

    private static double[] cost(double workPerRequest, double compilerSeconds) {
        return new double[] {workPerRequest, compilerSeconds};
    }

    @Test
    void anItemWithIdleCompilersSettlesOnlyOnceItsCpuPerRequestStopsFalling() {
        // margin22's plan: request threads 1.28, 1.21, 1.11, 1.07 ms while the compilers were at a few per cent
        FakeProcess process = new FakeProcess(Map.of("plan", new double[][] {cost(1.28e-3, 0.002),
                cost(1.21e-3, 0.002), cost(1.11e-3, 0.002), cost(1.07e-3, 0.002), cost(1.06e-3, 0.002)}));

        JitSettling.Result<String> result = JitSettling.settle(List.of("plan"), Map.of(), Long.MAX_VALUE,
                FIVE_PER_CENT, process::read, process::window);

        // 1.28 -> 1.21 fell 5.5 %, 1.21 -> 1.11 fell 8.3 %, 1.11 -> 1.07 fell 3.6 %: settled with the fourth window
        assertThat(process.windows).hasSize(4);
        JitSettling.Outcome plan = result.outcomes().get("plan");
        assertThat(plan.settled()).isTrue();
        assertThat(plan.windows()).isEqualTo(4);
        assertThat(plan.fall()).isCloseTo(1 - 1.07 / 1.11, Offset.offset(1e-6));
        assertThat(plan.workPerRequest()).hasSize(4);
        assertThat(plan.workPerRequest().get(0)).isCloseTo(1.28e-3, Offset.offset(1e-9));
        assertThat(plan.workPerRequest().get(3)).isCloseTo(1.07e-3, Offset.offset(1e-9));
        assertThat(result.unsettled()).isEmpty();
    }

    @Test
    void anItemWhoseCpuPerRequestIsFlatIsNotSettledWhileItsCompilersTakeMoreThanTheBound() {
        // 0.1 s of work a window; compilers 0.03 s (23 % of the CPU), then 0.004 s (3.8 %)
        FakeProcess process = new FakeProcess(Map.of("a", new double[][] {cost(1e-3, 0.03), cost(1e-3, 0.03),
                cost(1e-3, 0.004)}, "b", new double[][] {cost(2e-3, 0.0), cost(2e-3, 0.0)}));

        JitSettling.Result<String> result = JitSettling.settle(List.of("a", "b"), Map.of(), Long.MAX_VALUE,
                FIVE_PER_CENT, process::read, process::window);

        assertThat(process.windows).containsExactly("a", "b", "a", "b", "a");
        assertThat(result.passes()).isEqualTo(3);
        assertThat(result.outcomes().get("a").windows()).isEqualTo(3);
        assertThat(result.outcomes().get("b").windows()).isEqualTo(2);
        assertThat(result.unsettled()).isEmpty();
    }

    @Test
    void theWarmUpsWindowIsTheFirstWindowBeforeSoThatAFlatItemSettlesInOnePass() {
        FakeProcess process = new FakeProcess(Map.of("a", new double[][] {cost(1e-3, 0.0)}));
        JitSettling.Window warmup = new JitSettling.Window(0.2, 0.0, 200); // 1 ms per request, like a's windows

        JitSettling.Result<String> result = JitSettling.settle(List.of("a"), Map.of("a", warmup), Long.MAX_VALUE,
                FIVE_PER_CENT, process::read, process::window);

        assertThat(process.windows).containsExactly("a");
        assertThat(result.outcomes().get("a").settled()).isTrue();
        assertThat(result.outcomes().get("a").workPerRequest()).as("the warm-up's, then the pass's").hasSize(2);
        assertThat(result.outcomes().get("a").fall()).isCloseTo(0.0, Offset.offset(1e-9));
    }

    @Test
    void aCpuPerRequestThatRoseCountsAsNoLongerFalling() {
        JitSettling.Window before = new JitSettling.Window(0.1, 0.0, 100);
        JitSettling.Window slower = new JitSettling.Window(0.13, 0.0, 100);
        JitSettling.Window faster = new JitSettling.Window(0.09, 0.0, 100);

        assertThat(FIVE_PER_CENT.settled(Optional.of(before), slower)).isTrue();
        assertThat(JitSettling.Criterion.fall(before, slower)).isCloseTo(-0.3, Offset.offset(1e-9));
        assertThat(FIVE_PER_CENT.settled(Optional.of(before), faster)).isFalse();
        assertThat(FIVE_PER_CENT.settled(Optional.empty(), slower)).as("no window before").isFalse();
    }

    @Test
    void whenTheTimeIsUpTheItemsLeftAreSaidWithTheirLastWindow() {
        FakeProcess process = new FakeProcess(Map.of("a", new double[][] {cost(2e-3, 0.03)}, "b",
                new double[][] {cost(1e-3, 0.0)}));
        long end = System.nanoTime() + 1_000_000_000L;

        // the third window (a's second, in the second pass) lasts until the time is up, however loaded the machine
        JitSettling.Result<String> result = JitSettling.settle(List.of("a", "b"), Map.of(), end, FIVE_PER_CENT,
                process::read, item -> {
                    int requests = process.window(item);
                    if (process.windows.size() == 3) {
                        sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000 + 1));
                    }
                    return requests;
                });

        assertThat(process.windows).containsExactly("a", "b", "a");
        assertThat(result.passes()).isEqualTo(2);
        assertThat(result.unsettled()).containsOnlyKeys("a", "b");
        JitSettling.Outcome a = result.unsettled().get("a");
        assertThat(a.windows()).isEqualTo(2);
        assertThat(a.last().orElseThrow().compilerShare()).isCloseTo(0.03 / 0.23, Offset.offset(1e-9));
        assertThat(a.fall()).isCloseTo(0.0, Offset.offset(1e-9));
        assertThat(result.unsettled().get("b").windows()).as("b had one window, no window before it").isEqualTo(1);
        assertThat(result.unsettled().get("b").fall()).isNaN();
    }

    @Test
    void aWindowWithoutCpuOrWithoutAnswersDoesNotCountAsSettled() {
        assertThat(JitSettling.share(new double[] {2, 1}, new double[] {2, 1})).isNaN();
        assertThat(JitSettling.share(new double[] {2, 1}, new double[] {4, 1.5})).isEqualTo(0.25);
        JitSettling.Window answered = new JitSettling.Window(0.1, 0.0, 100);
        assertThat(FIVE_PER_CENT.settled(Optional.of(answered), new JitSettling.Window(0.1, 0.0, 0))).isFalse();
        assertThat(FIVE_PER_CENT.settled(Optional.of(answered), new JitSettling.Window(0.0, 0.0, 100))).isFalse();

        JitSettling.Result<String> result = JitSettling.settle(List.of("idle"), Map.of(),
                System.nanoTime() + 50_000_000L, FIVE_PER_CENT, item -> new double[2], item -> {
                    sleep(10);
                    return 0;
                });

        assertThat(result.unsettled()).containsOnlyKeys("idle");
        assertThat(result.unsettled().get("idle").last().orElseThrow().compilerShare()).isNaN();
    }

    @Test
    void aCriterionTakesSharesBetweenZeroAndOne() {
        assertThatThrownBy(() -> new JitSettling.Criterion(0.05, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JitSettling.Criterion(0, 0.05)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
