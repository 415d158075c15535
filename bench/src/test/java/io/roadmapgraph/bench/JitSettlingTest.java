package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JitSettlingTest {

    /** A server whose compilers take {@code compiling} of each item's next windows' CPU, one CPU second per window. */
    private static final class FakeServer {
        private final Map<String, List<Double>> compiling;
        private final double[] seconds = new double[2];
        private final List<String> windows = new ArrayList<>();

        FakeServer(Map<String, List<Double>> compiling) {
            this.compiling = compiling;
        }

        double[] read() {
            return seconds.clone();
        }

        void window(String item) {
            windows.add(item);
            List<Double> shares = compiling.get(item);
            seconds[0] += 1;
            seconds[1] += shares.get((int) Math.min(windows.stream().filter(item::equals).count() - 1,
                    shares.size() - 1));
        }
    }

    @Test
    void anItemLeavesThePassesOnceItsWindowHadTheCompilersAtMostAtTheBound() {
        FakeServer server = new FakeServer(Map.of("a", List.of(0.30, 0.04), "b", List.of(0.50, 0.20, 0.03)));

        JitSettling.Result<String> result = JitSettling.settle(List.of("a", "b"), Long.MAX_VALUE, 0.05,
                server::read, server::window);

        assertThat(server.windows).containsExactly("a", "b", "a", "b", "b");
        assertThat(result.passes()).isEqualTo(3);
        assertThat(result.unsettled()).isEmpty();
    }

    @Test
    void whenTheTimeIsUpTheItemsLeftAreSaidWithTheirLastWindowsShare() {
        FakeServer server = new FakeServer(Map.of("a", List.of(0.30), "b", List.of(0.01)));
        long end = System.nanoTime() + 1_000_000_000L;

        // the third window (a's second, in the second pass) lasts until the time is up, however loaded the machine
        JitSettling.Result<String> result = JitSettling.settle(List.of("a", "b"), end, 0.05, server::read,
                item -> {
                    server.window(item);
                    if (server.windows.size() == 3) {
                        sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000 + 1));
                    }
                });

        assertThat(server.windows).containsExactly("a", "b", "a");
        assertThat(result.unsettled()).containsOnlyKeys("a");
        assertThat(result.unsettled().get("a")).isCloseTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.passes()).isEqualTo(2);
    }

    @Test
    void aWindowWithoutServerCpuHasNoShareAndDoesNotCountAsSettled() {
        assertThat(JitSettling.share(new double[] {2, 1}, new double[] {2, 1})).isNaN();
        assertThat(JitSettling.share(new double[] {2, 1}, new double[] {4, 1.5})).isEqualTo(0.25);

        JitSettling.Result<String> result = JitSettling.settle(List.of("idle"), System.nanoTime() + 50_000_000L,
                0.05, () -> new double[2], item -> sleep(10));

        assertThat(result.unsettled()).containsOnlyKeys("idle");
        assertThat(result.unsettled().get("idle")).isNaN();
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
