package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerSnapshotTest {

    private static GraphSnapshot snapshot(String revision) {
        return new GraphSnapshot(revision, Subgraph.EMPTY, Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), SearchTexts.NONE);
    }

    private final List<String> made = new ArrayList<>();

    private String make(GraphSnapshot snapshot, String key) {
        made.add(snapshot.revision() + "/" + key);
        return snapshot.revision() + "/" + key + "#" + made.size();
    }

    @Test
    void aValueIsMadeOncePerSnapshotAndKey() {
        PerSnapshot<String, String> values = new PerSnapshot<>(8);
        GraphSnapshot first = snapshot("r1");

        String a = values.get(first, "a", k -> make(first, k));
        String again = values.get(first, "a", k -> make(first, k));
        String b = values.get(first, "b", k -> make(first, k));

        assertThat(again).isSameAs(a);
        assertThat(b).isEqualTo("r1/b#2");
        assertThat(made).containsExactly("r1/a", "r1/b");
    }

    @Test
    void aNewSnapshotStartsAfreshSoNoValueOutlivesTheSnapshotItWasMadeFrom() {
        PerSnapshot<String, String> values = new PerSnapshot<>(8);
        GraphSnapshot first = snapshot("r1");
        GraphSnapshot second = snapshot("r2");
        values.get(first, "a", k -> make(first, k));

        String fromSecond = values.get(second, "a", k -> make(second, k));
        String fromFirstAgain = values.get(first, "a", k -> make(first, k));

        assertThat(fromSecond).isEqualTo("r2/a#2");
        assertThat(fromFirstAgain).as("an older snapshot's call gets a value of that snapshot").isEqualTo("r1/a#3");
        assertThat(made).containsExactly("r1/a", "r2/a", "r1/a");
    }

    @Test
    void beyondItsBoundAValueIsMadeForItsCallAlone() {
        PerSnapshot<String, String> values = new PerSnapshot<>(1);
        GraphSnapshot first = snapshot("r1");
        values.get(first, "a", k -> make(first, k));

        values.get(first, "b", k -> make(first, k));
        values.get(first, "b", k -> make(first, k));
        values.get(first, "a", k -> make(first, k));

        assertThat(made).containsExactly("r1/a", "r1/b", "r1/b");
    }

    @Test
    void callsAtOnceForOneSnapshotAndKeyMakeTheValueOnceAndAllGetIt() throws Exception {
        PerSnapshot<String, Object> values = new PerSnapshot<>(8);
        int threads = 8;
        AtomicInteger makes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                GraphSnapshot snapshot = snapshot("r" + round); // each round's first calls also swap it in
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> got = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    got.add(pool.submit(() -> {
                        start.await();
                        return values.get(snapshot, "a", k -> {
                            makes.incrementAndGet();
                            sleep(20); // long enough that the other calls come while it is made
                            return new Object();
                        });
                    }));
                }
                start.countDown();
                Object first = got.get(0).get(10, TimeUnit.SECONDS);
                for (Future<Object> each : got) {
                    assertThat(each.get(10, TimeUnit.SECONDS)).as("round %d", round).isSameAs(first);
                }
                assertThat(makes.get()).as("makes after round %d", round).isEqualTo(round + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedMakeIsNotKeptAndTheNextCallMakesTheValueAgain() {
        PerSnapshot<String, String> values = new PerSnapshot<>(8);
        GraphSnapshot first = snapshot("r1");

        assertThatThrownBy(() -> values.get(first, "a", k -> {
            throw new IllegalStateException("the read failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the read failed");
        String made = values.get(first, "a", k -> make(first, k));

        assertThat(made).isEqualTo("r1/a#1");
        assertThat(values.get(first, "a", k -> make(first, k))).isSameAs(made);
    }

    @Test
    void callsThatWaitedForAFailedMakeGetItsFailure() throws Exception {
        PerSnapshot<String, String> values = new PerSnapshot<>(8);
        GraphSnapshot first = snapshot("r1");
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> maker = pool.submit(() -> values.get(first, "a", k -> {
                making.countDown();
                await(fail);
                throw new IllegalStateException("the read failed");
            }));
            making.await(10, TimeUnit.SECONDS);
            AtomicInteger secondMakes = new AtomicInteger();
            AtomicReference<Thread> waiting = new AtomicReference<>();
            Future<String> waiter = pool.submit(() -> {
                waiting.set(Thread.currentThread());
                return values.get(first, "a", k -> {
                    secondMakes.incrementAndGet();
                    return "made by the waiter";
                });
            });
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((waiting.get() == null || waiting.get().getState() != Thread.State.WAITING)
                    && System.nanoTime() < giveUp) {
                sleep(1); // until the waiter waits for the make under way
            }
            fail.countDown();

            assertThatThrownBy(() -> maker.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                    .cause().hasMessage("the read failed");
            assertThat(secondMakes).hasValue(0);
            assertThat(values.get(first, "a", k -> "made again")).isEqualTo("made again");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
