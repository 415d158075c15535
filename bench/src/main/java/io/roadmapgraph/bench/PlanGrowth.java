package io.roadmapgraph.bench;

import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.algorithms.TopologicalSort;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.SyntheticRoadmap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * How the in-memory planner grows, median of a few warm runs, in wall-clock and in this thread's CPU time (the steadier
 * figure on a loaded machine):
 * <ul>
 *   <li>{@code schedule}: {@link StudyScheduler} on a whole synthetic roadmap (every topic, in a topological order
 *       from {@link TopologicalSort}) at 10 hours a week and 2 topics in progress: the scheduler alone, on the most
 *       topics a plan can have;</li>
 *   <li>{@code path-and-schedule}: what the API's {@code plan} runs for the bench's first request (the memory side of
 *       {@link ApiBench}'s {@code plan}): {@link LearningPathPlanner} to the bench's first goals (two of the deepest
 *       topics, so the path holds most of the roadmap) and {@link StudyScheduler} on that path.</li>
 * </ul>
 * {@code java -cp bench.jar:lib/* io.roadmapgraph.bench.PlanGrowth 1000 10000 100000} prints the figures.
 */
final class PlanGrowth {

    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The median times (ms) of the whole roadmap's schedule and of the bench's path and schedule, and sizes. */
    record Timing(int topics, int edges, int weeks, double scheduleMs, double scheduleCpuMs, int pathTopics,
                  double pathAndScheduleMs, double pathAndScheduleCpuMs) {
    }

    private PlanGrowth() {
    }

    static Timing measure(Roadmap roadmap) {
        PrerequisiteGraph graph = TopicGraphs.prerequisites(roadmap);
        List<String> order = TopologicalSort.sort(graph.topics(), graph::requires, graph::requiredBy, graph.byKey())
                .order();
        List<StudyScheduler.Task> tasks = StudyScheduler.tasks(graph, order);
        double[][] schedule = timed(() -> StudyScheduler.schedule(tasks, 10, 2).finishWeek());
        List<String> goals = ApiBench.arguments(roadmap, Bench.SEED).goals().get(0);
        double[][] plan = timed(() -> {
            List<String> path = LearningPathPlanner.plan(graph, goals, List.of()).topics();
            return StudyScheduler.schedule(StudyScheduler.tasks(graph, path), ApiBench.PLAN_HOURS_PER_WEEK, 2)
                    .timings().size();
        });
        int edges = roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum();
        return new Timing(order.size(), edges, (int) schedule[2][0], median(schedule[0]), median(schedule[1]),
                (int) plan[2][0], median(plan[0]), median(plan[1]));
    }

    /** Wall-clock and CPU ms of {@link #RUNS} warm runs (after one to warm up), and the last run's result. */
    private static double[][] timed(java.util.function.IntSupplier work) {
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        int result = 0;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            long cpuFrom = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.getAsInt();
            if (run >= 0) {
                wall[run] = (System.nanoTime() - start) / 1e6;
                cpu[run] = (THREADS.getCurrentThreadCpuTime() - cpuFrom) / 1e6;
            }
        }
        return new double[][] {wall, cpu, {result}};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The figures of one size, and the CPU times into the report's growth table. */
    static void report(Figures figures, Report report, String size, Timing t) {
        figures.figure("plan." + size + ".memory.schedule", t.scheduleMs(), "ms");
        figures.figure("plan." + size + ".memory.schedule.cpu", t.scheduleCpuMs(), "ms");
        figures.figure("plan." + size + ".memory.path-and-schedule", t.pathAndScheduleMs(), "ms");
        figures.figure("plan." + size + ".memory.path-and-schedule.cpu", t.pathAndScheduleCpuMs(), "ms");
        if (report != null) {
            report.memoryGrowth("plan: whole roadmap's schedule (CPU)", size, t.scheduleCpuMs());
            report.memoryGrowth("plan: the bench's path and schedule (CPU)", size, t.pathAndScheduleCpuMs());
        }
    }

    public static void main(String[] args) {
        Figures figures = new Figures(System.out);
        for (String size : args.length == 0 ? new String[] {"1000", "10000", "100000"} : args) {
            int n = Integer.parseInt(size);
            Timing t = measure(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(n, Bench.SEED + n)));
            report(figures, null, Bench.label(n), t);
            System.out.printf("# %d topics, %d requires-edges, %d weeks; the bench's path %d topics%n",
                    t.topics(), t.edges(), t.weeks(), t.pathTopics());
        }
    }
}
