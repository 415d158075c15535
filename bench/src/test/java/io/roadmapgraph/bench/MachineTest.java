package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the benchmark waits for before a start-up measurement, read from /proc on the machine the test runs on. */
class MachineTest {

    @Test
    void waitsUntilItsOwnChildProcessHasExited() throws Exception {
        Process child = new ProcessBuilder("sleep", "2").start();

        Machine.Quiet quiet = Machine.awaitQuiet(Duration.ofSeconds(5));

        assertThat(child.isAlive()).isFalse();
        assertThat(quiet.waitedSeconds()).isGreaterThanOrEqualTo(1.5);
        assertThat(quiet.idleShare()).isBetween(0.0, 1.0);
        assertThat(quiet.loadAverage()).matches("\\d+\\.\\d+ \\d+\\.\\d+ \\d+\\.\\d+");
    }

    @Test
    void givesUpAtItsDeadlineAndLeavesAChildThatStillRunsAlone() throws Exception {
        Process child = new ProcessBuilder("sleep", "60").start();
        try {
            Machine.Quiet quiet = Machine.awaitQuiet(Duration.ofSeconds(1));

            assertThat(child.isAlive()).isTrue();
            // the deadline, then at most one second of /proc/stat sampling (and slack for a loaded machine)
            assertThat(quiet.waitedSeconds()).isBetween(1.0, 20.0);
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void theIdleShareIsAShareOfTheCoresTime() {
        assertThat(Machine.idleShare()).isBetween(0.0, 1.0);
    }

    @Test
    void theJitCompilersCpuIsAPartOfTheProcesssCpu() {
        long self = ProcessHandle.current().pid();

        // this JVM has compiled the test framework's code by now
        assertThat(Machine.compilerSeconds(self)).isPositive()
                .isLessThanOrEqualTo(Machine.cpuSeconds(self).orElseThrow());
    }

    @Test
    void theCollectorsThreadsCpuIsAPartOfTheProcessesAndGrowsWithItsWork() {
        // the serial collector works on the VM thread, which is not counted: G1 (the default here) or parallel only
        assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream()
                .noneMatch(gc -> gc.getName().equals("Copy")));
        long self = ProcessHandle.current().pid();
        double before = Machine.collectorSeconds(self);

        List<long[]> live = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            live.add(new long[16]); // ~30 MB that each full collection marks and moves
        }
        for (int i = 0; i < 20; i++) {
            System.gc(); // G1's and the parallel collector's full collections run on their GC worker threads
        }

        assertThat(live).hasSize(200_000);
        assertThat(Machine.collectorSeconds(self)).isGreaterThan(before)
                .isLessThanOrEqualTo(Machine.cpuSeconds(self).orElseThrow());
    }

    @Test
    void describesTheWaitInWordsAReaderCanCheck() {
        assertThat(new Machine.Quiet(0.9731, 12.4, "3.10 4.20 2.00").describe())
                .isEqualTo("CPU 97 % idle in the second before (after 12 s of waiting), load average 3.10 4.20 2.00");
    }

    @Test
    void addsUpEveryThreadOfAProcessUnderItsNameWithoutDigits() throws Exception {
        assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task")), "Linux /proc");
        long pid = ProcessHandle.current().pid();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        // running: the JVM names a thread in /proc as it starts it, not at Thread.start's return
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(3);
        List<Thread> probes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) { // "probe1", "probe2", "probe3": one kind, "probe"
            Thread probe = new Thread(() -> {
                running.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "probe" + i);
            probe.start();
            probes.add(probe);
        }
        running.await();
        try {
            java.util.Map<String, long[]> byKind = Machine.byThreadKind(pid, task -> new Machine.ThreadFigures(
                    java.nio.file.Files.readString(task.resolve("comm")).strip(), new long[] {1}));

            assertThat(byKind).containsKey("probe").noneSatisfy((kind, count) -> assertThat(kind).matches(".*[0-9].*"));
            assertThat(byKind.get("probe")).containsExactly(3);
        } finally {
            done.countDown();
            for (Thread probe : probes) {
                probe.join();
            }
        }
    }
}
