package io.roadmapgraph.bench;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.algorithms.GroupedGraph;
import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.SyntheticRoadmap;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The learning path with requirement groups against the same path without, in memory: {@link ChoicePlanner} on a
 * synthetic roadmap where a share of the topics got an any-of group ({@link SyntheticRoadmap#withGroups}) against
 * {@link LearningPathPlanner} on the plain roadmap, to the same sampled goals, median of a few warm runs. The issue
 * asks for the grouped path within 2x of the plain one on the 10k roadmap. {@code java -cp bench.jar:lib/*
 * io.roadmapgraph.bench.ChoiceGrowth 1000 10000} prints the figures.
 */
final class ChoiceGrowth {

    private static final int RUNS = 5;
    private static final double GROUP_SHARE = 0.1;

    /** Median times in ms, the path's topics, the groups decided and whether the search was exhaustive. */
    record Timing(double plainMs, double groupedMs, int plainTopics, int groupedTopics, int groups, boolean exact) {
    }

    private ChoiceGrowth() {
    }

    static Timing measure(Roadmap plainRoadmap, List<String> goals) {
        PrerequisiteGraph plain = TopicGraphs.prerequisites(plainRoadmap);
        GroupedGraph grouped = TopicGraphs.grouped(SyntheticRoadmap.withGroups(plainRoadmap, GROUP_SHARE, Bench.SEED));
        double[] plainMs = new double[RUNS];
        double[] groupedMs = new double[RUNS];
        LearningPathPlanner.Plan path = null;
        ChoicePlanner.Result choices = null;
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            long start = System.nanoTime();
            path = LearningPathPlanner.plan(plain, goals, List.of());
            long middle = System.nanoTime();
            choices = ChoicePlanner.plan(grouped, goals, List.of(), Map.of());
            if (run >= 0) {
                plainMs[run] = (middle - start) / 1e6;
                groupedMs[run] = (System.nanoTime() - middle) / 1e6;
            }
        }
        return new Timing(median(plainMs), median(groupedMs), path.steps().size(), choices.plan().steps().size(),
                choices.picks().size(), choices.exact());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) {
        for (String size : args.length == 0 ? new String[] {"1000", "10000"} : args) {
            int n = Integer.parseInt(size);
            Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(n, Bench.SEED + n));
            Timing t = measure(roadmap, SyntheticRoadmap.sampleTopics(roadmap, 3, Bench.SEED));
            System.out.printf("figure learningPath.%s.memory.plain %.3f ms%nfigure learningPath.%s.memory.groups %.3f ms"
                    + "%n# %d topics without groups, %d with; %d groups decided, exact: %s%n", Bench.label(n),
                    t.plainMs(), Bench.label(n), t.groupedMs(), t.plainTopics(), t.groupedTopics(), t.groups(),
                    t.exact());
        }
    }
}
