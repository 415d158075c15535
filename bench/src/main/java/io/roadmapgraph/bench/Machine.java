package io.roadmapgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The machine a run measured on, read from /proc and the JVM. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb.replaceAll("[^0-9]", ""))
                        / 1024.0 / 1024.0)).orElse("unknown");
        return "- nproc: " + Runtime.getRuntime().availableProcessors() + "\n"
                + "- CPU: " + cpu + "\n"
                + "- memory: " + memory + "\n"
                + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "- Neo4j (embedded, Community): " + org.neo4j.kernel.internal.Version.getNeo4jVersion() + "\n"
                + "- load average at the end: " + firstLine(Path.of("/proc/loadavg")) + "\n";
    }

    /** The load average now (1, 5 and 15 minutes, as /proc/loadavg gives them). */
    static String loadAverage() {
        String line = firstLine(Path.of("/proc/loadavg"));
        return String.join(" ", java.util.Arrays.asList(line.split(" ")).subList(0, Math.min(3, line.split(" ").length)));
    }

    /**
     * How the machine was before a start-up measurement: the share of all cores' time that was idle over the last
     * second, how long {@link #awaitQuiet} waited for it, and the load average (1, 5, 15 min) then.
     */
    record Quiet(double idleShare, double waitedSeconds, String loadAverage) {
        /** E.g. "CPU 97 % idle in the second before (after 12 s of waiting), load average 3.10 4.20 2.00". */
        String describe() {
            return String.format(Locale.ROOT, "CPU %.0f %% idle in the second before (after %.0f s of waiting),"
                    + " load average %s", idleShare * 100, waitedSeconds, loadAverage);
        }
    }

    /** A start-up is measured on a machine whose cores are at least this idle, when it gets there in time. */
    static final double QUIET_IDLE_SHARE = 0.9;

    /**
     * Before a start-up measurement: waits until the benchmark's own child processes of earlier phases have exited
     * (servers being stopped, the peer) and its own JVM has collected what those phases left, then until the
     * machine's cores were at least {@link #QUIET_IDLE_SHARE} idle over one second (read from /proc/stat, not the
     * load average, which takes minutes to decay after the work it counts has ended); at most {@code max} in all,
     * then it returns what it measured last. Work of other users is waited for only as long as {@code max}: the
     * figure is measured then anyway, and {@link Quiet#describe()} says how idle the machine was.
     */
    static Quiet awaitQuiet(java.time.Duration max) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        ProcessHandle.current().descendants().forEach(child -> {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    child.onExit().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // still running at the deadline: measured anyway, and the idle share says so
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.gc();
        double idle = idleShare();
        while (idle < QUIET_IDLE_SHARE && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            idle = idleShare();
        }
        return new Quiet(idle, (System.nanoTime() - start) / 1e9, loadAverage());
    }

    /** The share of all cores' time that was idle (or waiting for I/O) over the next second; NaN without /proc. */
    static double idleShare() {
        long[] before = cpuTimes();
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] after = cpuTimes();
        long total = after[0] - before[0];
        return total <= 0 ? Double.NaN : (double) (after[1] - before[1]) / total;
    }

    /** All cores' time since boot (/proc/stat's first line, in ticks) and the idle and iowait part of it. */
    private static long[] cpuTimes() {
        String[] fields = firstLine(Path.of("/proc/stat")).trim().split("\\s+");
        long total = 0;
        long idle = 0;
        // cpu user nice system idle iowait irq softirq steal (guest times are inside user and nice)
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            long value = Long.parseLong(fields[i]);
            total += value;
            if (i == 4 || i == 5) {
                idle += value;
            }
        }
        return new long[] {total, idle};
    }

    /** The CPU time a process has used so far (user and system, all its threads), when the OS tells it. */
    static java.util.OptionalDouble cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .map(cpu -> java.util.OptionalDouble.of(cpu.toNanos() / 1e9)).orElse(java.util.OptionalDouble.empty());
    }

    /**
     * A process's CPU so far in clock ticks by kind of thread ({@link #byThreadKind}: "GC Thread#", "C2
     * CompilerThread", the request threads ...), each as {user, system}, from /proc (empty where there is none).
     * Threads that have ended are not in it.
     */
    static java.util.Map<String, long[]> threadTicks(long pid) {
        return byThreadKind(pid, task -> {
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new ThreadFigures(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
                    new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])}); // utime, stime: 14, 15
        });
    }

    /** One thread's name and figures, as {@link #byThreadKind} adds them up. */
    record ThreadFigures(String name, long[] values) {
    }

    /** Reads one thread's figures from its directory {@code /proc/PID/task/TID}. */
    interface ThreadReader {
        ThreadFigures read(Path task) throws IOException;
    }

    /**
     * What {@code reader} reads from each of a process's threads, summed by kind of thread (its name without digits),
     * from /proc (empty where there is none). A thread that ends between the listing and the read is left out.
     */
    static java.util.Map<String, long[]> byThreadKind(long pid, ThreadReader reader) {
        java.util.Map<String, long[]> byKind = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    ThreadFigures thread = reader.read(task);
                    long[] sum = byKind.computeIfAbsent(thread.name().replaceAll("[0-9]", ""),
                            k -> new long[thread.values().length]);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += thread.values()[i];
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return byKind;
        }
        return byKind;
    }

    /**
     * The CPU seconds a JVM's JIT compiler threads (C1's and C2's, "C1 CompilerThread0" ...) have used so far, from
     * {@link #threadTicks} (USER_HZ 100); zero where /proc does not say.
     */
    static double compilerSeconds(long pid) {
        return secondsOf(pid, kind -> kind.contains("CompilerThre"));
    }

    /**
     * The CPU seconds a JVM's garbage collector threads have used so far: G1's and the parallel collector's workers
     * ("GC Thread#0" ...) and G1's concurrent ones ("G1 Conc#0", "G1 Refine#0", "G1 Main Marker", "G1 Service"), from
     * {@link #threadTicks} (USER_HZ 100); zero where /proc does not say. The VM thread, which runs the pauses' serial
     * parts among other things, is not counted.
     */
    static double collectorSeconds(long pid) {
        return secondsOf(pid, kind -> kind.startsWith("GC Thread") || kind.startsWith("G1 "));
    }

    private static double secondsOf(long pid, Predicate<String> kind) {
        return threadTicks(pid).entrySet().stream().filter(entry -> kind.test(entry.getKey()))
                .mapToLong(entry -> entry.getValue()[0] + entry.getValue()[1]).sum() / 100.0;
    }

    /**
     * Whether a process has {@code file} mapped (Linux: {@code /proc/PID/maps}), e.g. the class-data-sharing archive
     * a JVM was started with, which the JVM ignores without an error when it does not fit.
     */
    static boolean maps(long pid, Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        try (java.util.stream.Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "maps"))) {
            return lines.anyMatch(line -> line.endsWith(" " + name));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
