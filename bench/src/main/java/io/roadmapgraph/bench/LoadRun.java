package io.roadmapgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code concurrency} threads each send the next request as soon as the previous one answered,
 * for a warm-up and then a measured period. Latency is measured per request; throughput is answered requests per
 * second of the measured period. A thread that has not yet answered a measured request goes on after the period
 * until it has one, for at most {@link #OVERTIME} more, so that slow sides still give a latency.
 */
final class LoadRun {

    /** One request; {@code i} counts the thread's requests so that arguments can rotate. */
    @FunctionalInterface
    interface Call {
        void run(int i) throws Exception;
    }

    /** What a run measured. Latencies in milliseconds. */
    record Result(double p50Ms, double p99Ms, double throughput, int requests, int errors, String firstError) {
    }

    static final Duration OVERTIME = Duration.ofSeconds(30);

    private LoadRun() {
    }

    /** How long the run waits for requests still running at its hard end before it leaves them (they are counted). */
    static final Duration GRACE = Duration.ofSeconds(5);

    static Result run(Call call, int concurrency, Duration warmup, Duration measure) {
        return run(call, concurrency, warmup, measure, warmup.plus(measure).plus(OVERTIME));
    }

    /**
     * As {@link #run(Call, int, Duration, Duration)}, but over after {@code limit} from its start at the latest (never
     * before the measured period ends): the overtime ends there, and requests that still run {@link #GRACE} later are
     * left running and counted as errors, so that a side's time budget holds even when one request takes minutes.
     */
    static Result run(Call call, int concurrency, Duration warmup, Duration measure, Duration limit) {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        long hardEnd = Math.max(end, Math.min(end + OVERTIME.toNanos(), start + limit.toNanos()));
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[concurrency];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>("");
        AtomicLong lastAnswer = new AtomicLong(end);
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            long[] samples = new long[1 << 16];
            perThread.add(samples);
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    long[] mine = perThread.get(thread);
                    int i = thread * 7919;
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end && (counts[thread] > 0 || before >= hardEnd)) {
                            break;
                        }
                        try {
                            call.run(i++);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet("", String.valueOf(e));
                            continue;
                        }
                        long after = System.nanoTime();
                        if (before >= measureFrom && counts[thread] < mine.length) {
                            mine[counts[thread]++] = after - before;
                            lastAnswer.accumulateAndGet(after, Math::max);
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        try {
            long wait = hardEnd + GRACE.toNanos() - System.nanoTime();
            if (!done.await(Math.max(0, wait), java.util.concurrent.TimeUnit.NANOSECONDS)) {
                long left = done.getCount();
                errors.addAndGet((int) left);
                firstError.compareAndSet("", left + " requests still running at the end of the side's time budget"
                        + " (left running)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        }
        int[] taken = counts.clone(); // a request left running may still add its sample: not counted
        int total = 0;
        for (int c : taken) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, taken[t]);
            at += taken[t];
        }
        if (total == 0) {
            return new Result(Double.NaN, Double.NaN, 0, 0, errors.get(), firstError.get());
        }
        Percentiles p = Percentiles.of(all);
        double seconds = Math.max(lastAnswer.get(), end) - measureFrom;
        return new Result(p.at(0.50) / 1e6, p.at(0.99) / 1e6, total / (seconds / 1e9), total, errors.get(),
                firstError.get());
    }
}
