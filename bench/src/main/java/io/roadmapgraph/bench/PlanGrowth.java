package io.roadmapgraph.bench;

import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.SyntheticRoadmap;

import java.util.Arrays;
import java.util.List;

/**
 * How the in-memory planner grows: a plan of a whole synthetic roadmap (every topic a goal, nothing known) at 10 hours
 * a week and 2 topics in progress, the learning path and the schedule timed apart, median of a few warm runs.
 * {@code java -cp bench.jar:lib/* io.roadmapgraph.bench.PlanGrowth 1000 10000 100000} prints one figure per line.
 */
final class PlanGrowth {

    private static final int RUNS = 5;

    /** The medians, in ms, of the learning path and of the schedule of a whole roadmap. */
    record Timing(int topics, int edges, int weeks, double pathMs, double scheduleMs) {
    }

    private PlanGrowth() {
    }

    static Timing measure(Roadmap roadmap) {
        PrerequisiteGraph graph = TopicGraphs.prerequisites(roadmap);
        List<String> goals = roadmap.topics().stream().map(Topic::id).toList();
        double[] path = new double[RUNS];
        double[] schedule = new double[RUNS];
        int weeks = 0;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            long t0 = System.nanoTime();
            List<String> order = LearningPathPlanner.plan(graph, goals, List.of()).topics();
            long t1 = System.nanoTime();
            weeks = StudyScheduler.schedule(StudyScheduler.tasks(graph, order), 10, 2).finishWeek();
            long t2 = System.nanoTime();
            if (run >= 0) {
                path[run] = (t1 - t0) / 1e6;
                schedule[run] = (t2 - t1) / 1e6;
            }
        }
        int edges = roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum();
        return new Timing(goals.size(), edges, weeks, median(path), median(schedule));
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
            String name = "plan." + Bench.label(n) + ".memory";
            System.out.printf("figure %s.path %.3f ms%nfigure %s.schedule %.3f ms%n# %d topics, %d requires-edges, "
                    + "%d weeks%n", name, t.pathMs(), name, t.scheduleMs(), t.topics(), t.edges(), t.weeks());
        }
    }
}
