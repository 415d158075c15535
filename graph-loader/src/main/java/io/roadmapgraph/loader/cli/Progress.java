package io.roadmapgraph.loader.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What the CLI is doing while it works: one status line on stderr, rewritten in place with the phase and its running
 * time ("writing roadmap ai-engineer (1 of 2, 1234 rows)  3.2 s"), shown only when stderr is a terminal and
 * {@code --quiet} is not given. Whether shown or not, it adds up the time of each phase for {@link #report()}.
 */
final class Progress implements AutoCloseable {

    /** Return to the line's start and clear it: the status line is redrawn, never scrolled. */
    static final String CLEAR_LINE = "\r\033[K";
    private static final long TICK_MILLIS = 200;

    private final PrintWriter err;
    private final boolean shown;
    private final Map<String, Long> nanosByPhase = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private String status;
    private String detail = "";
    private long statusSince;

    private Progress(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
        if (shown) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "graph-loader-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::draw, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Progress on {@code err} if {@code shown}; otherwise only the timing. */
    static Progress on(PrintWriter err, boolean shown) {
        return new Progress(err, shown);
    }

    /**
     * Runs one step of {@code phase} ("writing"), showing {@code what} ("roadmap ai-engineer (1 of 2, 1234 rows)")
     * while it runs; its time counts towards the phase.
     */
    <T> T phase(String phase, String what, Supplier<T> work) {
        long start = System.nanoTime();
        show(what.isEmpty() ? phase : phase + " " + what, start);
        try {
            return work.get();
        } finally {
            nanosByPhase.merge(phase, System.nanoTime() - start, Long::sum);
            show(null, 0);
        }
    }

    /**
     * Adds {@code text} to the running phase's line ("writing roadmap x (1 of 1, 4312 rows): 1000/4312 rows written"),
     * drawn at once; the next phase starts without it.
     */
    synchronized void detail(String text) {
        detail = ": " + text;
        if (shown) {
            draw();
        }
    }

    /** {@link #phase(String, String, Supplier)} for work without a result. */
    void run(String phase, String what, Runnable work) {
        phase(phase, what, () -> {
            work.run();
            return null;
        });
    }

    /** Where the time went: "Time: reading and validating 0.31 s, connecting 0.12 s, ... (total 3.28 s)". */
    String report() {
        StringBuilder line = new StringBuilder("Time: ");
        nanosByPhase.forEach((phase, nanos) -> line.append(phase).append(' ').append(seconds(nanos)).append(", "));
        if (!nanosByPhase.isEmpty()) {
            line.setLength(line.length() - 2);
            line.append(' ');
        }
        return line.append("(total ").append(seconds(System.nanoTime() - started)).append(')').toString();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        show(null, 0);
    }

    private synchronized void show(String newStatus, long since) {
        status = newStatus;
        detail = "";
        statusSince = since;
        if (!shown) {
            return;
        }
        if (status == null) {
            err.print(CLEAR_LINE);
            err.flush();
        } else {
            draw();
        }
    }

    private synchronized void draw() {
        if (status != null) {
            err.print(CLEAR_LINE + status + detail + "  " + seconds(System.nanoTime() - statusSince));
            err.flush();
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
