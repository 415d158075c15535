package io.roadmapgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

    /** The CPU time a process has used so far (user and system, all its threads), when the OS tells it. */
    static java.util.OptionalDouble cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .map(cpu -> java.util.OptionalDouble.of(cpu.toNanos() / 1e9)).orElse(java.util.OptionalDouble.empty());
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
