package io.roadmapgraph.bench;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.testkit.ChildProcess;
import io.roadmapgraph.testkit.SyntheticRoadmap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The benchmark over the API: GraphQL {@code learningPath} over HTTP on the synthetic roadmap with groups
 * ({@link SyntheticRoadmap#withGroups}, loaded beside the plain one as {@code <id>-groups}, the same topic ids) against
 * the same goals on the plain roadmap, each request scoped to its roadmap, in the same run. The two sides alternate
 * (plain, grouped, grouped, plain) so that a change of the machine's load falls on both; each side's p50 is the mean of
 * its two runs' p50s. Before them both sides run until the server's JIT has settled on them ({@link #settle}), as
 * {@link Bench} does for the other operations. The target (within 2x) is on this wall-clock ratio; {@link ChoiceGrowth} gives the
 * in-memory figures beside it.
 */
final class ChoiceApiGrowth {

    static final String QUERY = "query($g: [ID!]!, $r: ID) { learningPath(goals: $g, roadmap: $r)"
            + " { totalHours steps { position hours topic { id title } } picksExact } }";

    /**
     * The two sides' p50 in ms and the requests each answered; the settling before them, and the share of the
     * server's CPU its JIT compiler threads took over the four measured runs (NaN where the server's CPU is not read).
     */
    record Timing(double plainP50Ms, double groupedP50Ms, int plainRequests, int groupedRequests, Settling settling,
                  double serverJitShare) {
    }

    /**
     * The passes over the two sides before they are measured, as {@link Bench}'s settling of the other operations: in
     * {@code seconds}, and how each side (plain, grouped) went.
     */
    record Settling(int passes, double seconds, Map<String, JitSettling.Outcome> outcomes) {
    }

    /** How the two sides settle: a window per side and pass, when a side has settled, and the bound. */
    record Settle(Duration pass, JitSettling.Criterion criterion, Duration budget,
                  Supplier<double[]> serverAndJitSeconds) {
    }

    private ChoiceApiGrowth() {
    }

    /**
     * Loads the roadmap of {@code spec} with groups as a second roadmap, waits until the API answers from it, and
     * measures.
     *
     * @param spec  the plain roadmap's spec; that roadmap is loaded already
     * @param goals the goal sets the requests rotate through
     */
    static Timing measure(RoadmapLoader loader, HttpClient http, URI api, SyntheticRoadmap.Spec spec,
                          List<List<String>> goals, int concurrency, Duration warmup, Duration measure,
                          Settle settle) throws IOException, InterruptedException {
        String groupedId = loadGrouped(loader, http, api, spec, goals.get(0));
        Map<String, String> sides = new LinkedHashMap<>();
        sides.put("plain", spec.id());
        sides.put("grouped", groupedId);
        Settling settling = settle(http, api, sides, goals, concurrency, settle);
        LoadRun.Result[] plainRuns = new LoadRun.Result[2];
        LoadRun.Result[] groupedRuns = new LoadRun.Result[2];
        double[] before = settle.serverAndJitSeconds().get();
        plainRuns[0] = run(http, api, spec.id(), goals, concurrency, warmup, measure);
        groupedRuns[0] = run(http, api, groupedId, goals, concurrency, warmup, measure);
        groupedRuns[1] = run(http, api, groupedId, goals, concurrency, warmup, measure);
        plainRuns[1] = run(http, api, spec.id(), goals, concurrency, warmup, measure);
        double[] after = settle.serverAndJitSeconds().get();
        return new Timing((plainRuns[0].p50Ms() + plainRuns[1].p50Ms()) / 2,
                (groupedRuns[0].p50Ms() + groupedRuns[1].p50Ms()) / 2,
                plainRuns[0].requests() + plainRuns[1].requests(),
                groupedRuns[0].requests() + groupedRuns[1].requests(), settling, JitSettling.share(before, after));
    }

    /**
     * Before the measured runs, the server's JIT settles on both sides alike, as {@link Bench} lets it settle on the
     * other operations (which run before the roadmap with groups is loaded, so these two are not among them): each
     * side runs for {@link Settle#pass()}, pass after pass, until its window meets {@link Settle#criterion()} (a
     * settled side is left out of the next pass), or {@link Settle#budget()} is spent.
     */
    private static Settling settle(HttpClient http, URI api, Map<String, String> sides, List<List<String>> goals,
                                   int concurrency, Settle settle) {
        JitSettling.Result<String> settled = JitSettling.settle(List.copyOf(sides.keySet()), Map.of(),
                System.nanoTime() + settle.budget().toNanos(), settle.criterion(),
                side -> settle.serverAndJitSeconds().get(),
                side -> run(http, api, sides.get(side), goals, concurrency, Duration.ZERO, settle.pass()).requests());
        return new Settling(settled.passes(), settled.seconds(), settled.outcomes());
    }

    /**
     * Loads the roadmap of {@code spec} with groups as a second roadmap ({@code <id>-groups}) and waits until the API
     * answers from it; returns its id.
     */
    static String loadGrouped(RoadmapLoader loader, HttpClient http, URI api, SyntheticRoadmap.Spec spec,
                              List<String> goals) throws IOException, InterruptedException {
        String groupedId = spec.id() + "-groups";
        Roadmap grouped = SyntheticRoadmap.withGroups(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec(groupedId,
                spec.topics(), spec.depth(), spec.edgesPerTopic(), spec.phases(), spec.tools(), spec.projects(),
                spec.seed())), ChoiceGrowth.GROUP_SHARE, Bench.SEED);
        loader.load(grouped);
        awaitRoadmap(http, api, groupedId, goals);
        return groupedId;
    }

    /** Prints both p50s and the ratio the target is on. */
    static void report(Figures figures, String size, Timing t) {
        String name = "api." + size + ".learning-path-with-groups";
        figures.figure(name + ".plain.p50", t.plainP50Ms(), "ms");
        figures.figure(name + ".grouped.p50", t.groupedP50Ms(), "ms");
        figures.ratio(name + ".over-plain", t.groupedP50Ms(), t.plainP50Ms());
        if (!Double.isNaN(t.serverJitShare())) {
            figures.figure(name + ".server-jit-share", 100 * t.serverJitShare(), "%");
        }
    }

    /** {@link #QUERY} on {@code roadmap}, the requests rotating through {@code goals}. */
    static LoadRun.Result run(HttpClient http, URI api, String roadmap, List<List<String>> goals,
                                      int concurrency, Duration warmup, Duration measure) {
        return LoadRun.run(i -> ChildProcess.post(http, api, body(roadmap, goals.get(Math.floorMod(i,
                goals.size())))), concurrency, warmup, measure);
    }

    /** Until the API's snapshot holds the roadmap (it is read in the background after a load), at most 5 minutes. */
    private static void awaitRoadmap(HttpClient http, URI api, String roadmap, List<String> goals)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                ChildProcess.post(http, api, body(roadmap, goals));
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the API did not answer from roadmap " + roadmap + " within 5 minutes", e);
                }
                Thread.sleep(200);
            }
        }
    }

    private static String body(String roadmap, List<String> goals) {
        return "{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\",\"variables\":{\"r\":\"" + roadmap + "\",\"g\":["
                + goals.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "]}}";
    }
}
