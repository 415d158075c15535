package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionChecksTest {

    /**
     * A "database" whose revision a writer keeps raising while 8 callers ask for it: every answer is at least the
     * revision committed before the call, and the callers needed fewer reads than calls.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void everyCallSeesWhatWasCommittedBeforeItAndConcurrentCallsShareReads(long seed) throws Exception {
        AtomicLong committed = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        Random delays = new Random(seed);
        RevisionChecks checks = new RevisionChecks(() -> {
            reads.incrementAndGet();
            String seen = Long.toString(committed.get());
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200 + nextInt(delays, 800)));
            return seen;
        }, Duration.ZERO);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<?> writer = pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    committed.incrementAndGet();
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(300));
                }
            });
            List<Future<List<String>>> callers = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                callers.add(pool.submit(() -> {
                    List<String> stale = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        long before = committed.get();
                        long answer = Long.parseLong(checks.current());
                        if (answer < before) {
                            stale.add("answered " + answer + " after " + before + " was committed");
                        }
                    }
                    return stale;
                }));
            }
            for (Future<List<String>> caller : callers) {
                assertThat(caller.get(60, TimeUnit.SECONDS)).as("seed %d", seed).isEmpty();
            }
            writer.cancel(true);
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads.get()).as("seed %d: reads for 800 calls", seed).isLessThan(800);
    }

    @Test
    void aFailedReadFailsItsCallerAndTheNextCallReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        RevisionChecks checks = new RevisionChecks(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new QueryException(QueryException.Kind.UNAVAILABLE, "down");
            }
            return "r" + reads.get();
        }, Duration.ZERO);

        assertThatThrownBy(checks::current).hasMessage("down");
        assertThat(checks.current()).isEqualTo("r2");
        assertThat(checks.current()).as("a call alone reads again").isEqualTo("r3");
    }

    @Test
    void withAMaxAgeARevisionIsReusedWhileItsReadStartedLessThanThatBeforeTheCall() {
        AtomicLong now = new AtomicLong(1_000);
        AtomicInteger reads = new AtomicInteger();
        RevisionChecks checks = new RevisionChecks(() -> "r" + reads.incrementAndGet(), Duration.ofNanos(100),
                now::get);

        assertThat(checks.current()).isEqualTo("r1");
        now.set(1_099);
        assertThat(checks.current()).as("99 ns after the read started").isEqualTo("r1");
        now.set(1_100);
        assertThat(checks.current()).as("100 ns after: too old").isEqualTo("r2");
        assertThat(reads.get()).isEqualTo(2);
    }

    private static int nextInt(Random random, int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }
}
