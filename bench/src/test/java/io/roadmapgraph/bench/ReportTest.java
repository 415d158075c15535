package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.5})
    void theFittedExponentOfAPowerLawIsItsPower(double power) {
        List<double[]> points = List.of(1_000, 10_000, 100_000).stream()
                .map(n -> new double[] {Math.log(n), Math.log(3 * Math.pow(n, power))}).toList();

        assertThat(Report.exponent(points)).isCloseTo(power, within(1e-9));
    }

    @Test
    void theTargetsTableJudgesFiguresAsWellAsRatios() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));

        String md = report.markdown(List.of(
                new Figures.Line("ratio", "load.100k.loader-over-import", 0.31, ""),
                new Figures.Line("figure", "api.100k.server-rss", 1200, "MiB"),
                new Figures.Line("figure", "api.100k.slowest-answer-while-rebuilding", 1800, "ms"),
                new Figures.Line("figure", "startup.first-answer", 4.2, "s"),
                new Figures.Line("figure", "startup.100k.first-traversal", 21.5, "s")));

        assertThat(md).contains("`load.100k.loader-over-import` | 0.310 | yes |",
                "`api.100k.server-rss` | 1200 | yes |",
                "`api.100k.slowest-answer-while-rebuilding` | 1800 | **no** |",
                "`startup.first-answer` | 4.20 | yes |",
                "`startup.100k.first-traversal` | 21.50 | **no** |");
    }

    @Test
    void aFloorRatioAtASizeTheTargetIsNotSetForIsShownButNotJudged() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));

        String md = report.markdown(List.of(
                new Figures.Line("ratio", "api.10k.learning-path.p50-over-floor", 2.04, ""),
                new Figures.Line("ratio", "api.100k.learning-path.p50-over-floor", 2.04, "")));

        assertThat(md).contains("`api.10k.learning-path.p50-over-floor` | 2.04 | **no** |",
                "`api.100k.learning-path.p50-over-floor` | 2.04 | no target at this size (set for 1k and 10k) |");
    }

    @Test
    void aTargetSetForSomeSizesJudgesNoFigureWhoseNameHasNoSizeAndATargetForEverySizeJudgesAll() {
        Report.Target sized = new Report.Target(".x", "x", 2, true, List.of("1k"));
        Report.Target everySize = new Report.Target(".x", "x", 2, true);

        assertThat(sized.judges("api.1k.x")).isTrue();
        assertThat(sized.judges("api.10k.x")).isFalse();
        assertThat(sized.judges("x")).isFalse();
        assertThat(everySize.judges("x")).isTrue();
    }

    @Test
    void aRatioAgainstASideThatAnsweredOtherwiseIsNotMetAndTheOthersStand() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));
        report.agreement.put("1k", java.util.Map.of(
                "learning-path", java.util.Map.of(ApiBench.Side.API, 713, ApiBench.Side.PEER, 0,
                        ApiBench.Side.MEMORY, 713),
                "prerequisites", java.util.Map.of(ApiBench.Side.API, 646, ApiBench.Side.PEER, 646,
                        ApiBench.Side.BOLT, -1)));

        String md = report.markdown(List.of(
                new Figures.Line("ratio", "api.1k.learning-path.throughput-over-peer", 5.5, ""),
                new Figures.Line("ratio", "api.1k.learning-path.p50-over-floor", 1.5, ""),
                new Figures.Line("ratio", "api.1k.prerequisites.throughput-over-peer", 5.5, "")));

        assertThat(md).contains(
                "`api.1k.learning-path.throughput-over-peer` | 5.50 | **no**: peer 0 against the API's 713 |",
                "`api.1k.learning-path.p50-over-floor` | 1.50 | yes |",
                "`api.1k.prerequisites.throughput-over-peer` | 5.50 | yes |",
                "- 1k learning-path: peer 0 against the API's 713");
    }

    @Test
    void searchsFloorLineIsJudgedAgainstItsBoltSideAndTheEchoNotAgainstTheOtherFloors() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));
        report.agreement.put("10k", java.util.Map.of(
                "search", java.util.Map.of(ApiBench.Side.API, 20, ApiBench.Side.BOLT, 12, ApiBench.Side.ECHO, 20),
                "progress-mix", java.util.Map.of(ApiBench.Side.API, 3, ApiBench.Side.MEMORY, 4,
                        ApiBench.Side.STORE, 3, ApiBench.Side.ECHO, 3)));

        String md = report.markdown(List.of(
                new Figures.Line("ratio", "api.10k.search.p50-over-floor", 0.9, ""),
                new Figures.Line("ratio", "api.10k.progress-mix.p50-over-floor", 1.5, "")));

        assertThat(md).contains("| API p50 <= 2x its floor (memory + echo; progress-mix: store + echo; search: bolt"
                        + " + echo) | `api.10k.search.p50-over-floor` | 0.900 | **no**: bolt 12 against the API's 20 |",
                "`api.10k.progress-mix.p50-over-floor` | 1.50 | yes |");
    }

    @Test
    void aPageWrittenBeforeTheRunEndsSaysWhereTheRunWasAndWhatFailed() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));
        report.stoppedAt = "stopped while it measured 100k topics (the sizes before it are complete)";
        report.failures.add("100k topics: OutOfMemoryError: Java heap space");

        String md = report.markdown(List.of());

        assertThat(md).contains("the run stopped while it measured 100k topics", "OutOfMemoryError: Java heap space")
                .doesNotContain("The run is complete.");
    }

    @Test
    void theGrowthTableSaysWhyASideHasNoFigureAtASize() {
        Report report = new Report(false, 8, Path.of("no-such-notes.md"));
        report.api.put("prerequisites", new java.util.LinkedHashMap<>(java.util.Map.of("1k",
                java.util.Map.of(ApiBench.Side.API, new LoadRun.Result(2, 4, 100, 400, 0, "")))));
        report.unmeasured("prerequisites", "100k", ApiBench.Side.API, "budget");
        report.api.get("prerequisites").put("100k", java.util.Map.of());

        assertThat(report.growth()).contains("| prerequisites | api | 2.000 | (budget) | - |");
    }

    private static final JitSettling.Criterion CRITERION = new JitSettling.Criterion(0.05, 0.05);

    private static JitSettling.Outcome settledAfter(int windows) {
        return new JitSettling.Outcome(windows, windows, true, java.util.Optional.of(new JitSettling.Window(1, 0,
                100)), 0.01, List.of());
    }

    @Test
    void theHeaderSaysPerOperationAndSideHowManyWindowsTheJitTookToSettleAndWhyItDidNot() {
        Report report = new Report(true, 8, Path.of("no-such-notes.md"));
        java.util.Map<String, java.util.Map<String, JitSettling.Outcome>> byOperation =
                new java.util.LinkedHashMap<>();
        java.util.Map<String, JitSettling.Outcome> plan = new java.util.LinkedHashMap<>();
        // the API's last window: compilers 2 % of 1 s of CPU, its CPU per request 8 % below the window before
        plan.put("api", new JitSettling.Outcome(6, 6.4, false, java.util.Optional.of(new JitSettling.Window(1.0,
                0.02, 800)), 0.08, List.of()));
        plan.put("memory", settledAfter(2));
        plan.put("echo", settledAfter(1));
        byOperation.put("plan", plan);
        java.util.Map<String, JitSettling.Outcome> mix = new java.util.LinkedHashMap<>();
        mix.put("api", new JitSettling.Outcome(0, 0, false, java.util.Optional.empty(), Double.NaN, List.of()));
        mix.put("echo", settledAfter(3));
        byOperation.put("progress-mix", mix);
        report.jitSettling = Report.jitSettling(5, java.time.Duration.ofSeconds(1), 88.2, CRITERION, byOperation);

        assertThat(report.markdown(List.of())).contains("the api, memory, echo sides ran each operation again",
                "5 passes in 88 s", "took at most 5 % of its CPU and its CPU per request outside them fell by less"
                        + " than 5 % from the window before",
                "Windows until then (api / memory / echo): plan **not settled** after 6 (compilers 2 %, CPU per"
                        + " request fell 8 %) / 2 / 1, progress-mix **not settled** (no window) / - / 3.");
    }

    @Test
    void theHeaderSaysPerSizeHowTheJitSettledOnTheLearningPathWithAndWithoutGroups() {
        Report report = new Report(true, 8, Path.of("no-such-notes.md"));
        java.util.Map<String, JitSettling.Outcome> oneSettled = new java.util.LinkedHashMap<>();
        oneSettled.put("plain", settledAfter(2));
        oneSettled.put("grouped", new JitSettling.Outcome(4, 4.1, false, java.util.Optional.of(
                new JitSettling.Window(2.0, 0.01, 50)), -0.03, List.of()));
        report.groupsJitSettling.put("1k", Report.groupsJitSettling("1k", 4, java.time.Duration.ofSeconds(1), 17.4,
                CRITERION, oneSettled));
        report.groupsJitSettling.put("10k", Report.groupsJitSettling("10k", 2, java.time.Duration.ofSeconds(1), 4.2,
                CRITERION, java.util.Map.of("plain", settledAfter(2))));

        assertThat(report.markdown(List.of())).contains(
                "groups at 1k (measured last, once the roadmap with groups is loaded): 4 passes over the two sides"
                        + " (1 s each) in 17 s",
                "windows until then: plain 2, grouped **not settled** after 4 (compilers 1 %, CPU per request rose"
                        + " 3 %).",
                "groups at 10k (measured last, once the roadmap with groups is loaded): 2 passes over the two sides"
                        + " (1 s each) in 4 s",
                "windows until then: plain 2.");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theBudgetsOfTheRunAddUpToLessThanHalfAnHour(boolean quick) {
        Bench.Options options = Bench.Options.parse(quick ? new String[] {"--quick"} : new String[0]);

        String text = options.budgetArithmetic();

        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\\*\\*(\\d+) s = ").matcher(text);
        assertThat(total.find()).as(text).isTrue();
        assertThat(Long.parseLong(total.group(1))).isLessThan(30 * 60)
                .isLessThanOrEqualTo(options.runBudget().toSeconds());
        assertThat(options.runBudget()).isLessThan(java.time.Duration.ofMinutes(30));
    }

    @Test
    void theEchoRecordsItsAnswersApartFromItsMeasurementsAtEverySizeSoThe100kPlanKeepsItsFloor() {
        Bench.Options options = Bench.Options.parse(new String[0]);

        assertThat(List.of(1_000, 10_000, 100_000)).allSatisfy(size -> assertThat(options.recordingBudget(size))
                .as("the echo's recording budget at %d topics", size).isPositive());
        assertThat(options.budgetArithmetic()).contains("the echo's recording of our answers 20 s (60 s at 100k)");
    }
}
