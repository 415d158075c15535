package io.roadmapgraph.bench;

import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.algorithms.TopologicalSort;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.SyntheticRoadmap;

import java.util.Arrays;
import java.util.List;

/**
 * How the in-memory planner grows: {@link StudyScheduler} on a whole synthetic roadmap (every topic, in a topological
 * order) at 10 hours a week and 2 topics in progress, median of a few warm runs. The learning path is measured by the
 * learning-path operation; here the order comes from {@link TopologicalSort} so that only the schedule is timed.
 * {@code java -cp bench.jar:lib/* io.roadmapgraph.bench.PlanGrowth 1000 10000 100000} prints one figure per line.
 */
final class PlanGrowth {

    private static final int RUNS = 5;

    /** The median time of the schedule of a whole roadmap, in ms, and its size. */
    record Timing(int topics, int edges, int weeks, double scheduleMs) {
    }

    private PlanGrowth() {
    }

    static Timing measure(Roadmap roadmap) {
        PrerequisiteGraph graph = TopicGraphs.prerequisites(roadmap);
        List<String> order = TopologicalSort.sort(graph.topics(), graph::requires, graph::requiredBy, graph.byKey())
                .order();
        List<StudyScheduler.Task> tasks = StudyScheduler.tasks(graph, order);
        double[] times = new double[RUNS];
        int weeks = 0;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            long start = System.nanoTime();
            weeks = StudyScheduler.schedule(tasks, 10, 2).finishWeek();
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        int edges = roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum();
        return new Timing(order.size(), edges, weeks, median(times));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) {
        for (String size : args.length == 0 ? new String[] {"1000", "10000", "100000"} : args) {
            int n = Integer.parseInt(size);
            Timing t = measure(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(n, Bench.SEED + n)));
            System.out.printf("figure plan.%s.memory.schedule %.3f ms%n# %d topics, %d requires-edges, %d weeks%n",
                    Bench.label(n), t.scheduleMs(), t.topics(), t.edges(), t.weeks());
        }
    }
}
