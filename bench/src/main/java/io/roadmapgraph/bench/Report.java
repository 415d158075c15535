package io.roadmapgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** docs/benchmarks.md and docs/benchmarks-latency.png from one run. */
final class Report {

    record LoadRow(String size, int records, double loaderSeconds, double loaderRate, int naiveRecords,
                   double naiveRate, double importSeconds, double importRate) {
    }

    /**
     * A target the issues set: the suffix of the names of the ratios or figures it applies to, whether the value must
     * stay below or above the bound, and the sizes it is set for (the second part of a name such as
     * {@code api.10k.plan.p50-over-floor}; empty: every size).
     */
    record Target(String suffix, String what, double bound, boolean atMost, List<String> sizes) {
        Target(String suffix, String what, double bound, boolean atMost) {
            this(suffix, what, bound, atMost, List.of());
        }

        Target {
            sizes = List.copyOf(sizes);
        }

        boolean met(double value) {
            return atMost ? value <= bound : value >= bound;
        }

        /** Whether this target is set for the size of the figure {@code name} (a name ending with its suffix). */
        boolean judges(String name) {
            String[] parts = name.split("\\.");
            return sizes.isEmpty() || parts.length > 1 && sizes.contains(parts[1]);
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target(".loader-over-import", "loader records/s >= 0.3x the offline importer's", 0.3, false),
            new Target(".p50-over-bolt", "API p50 latency <= 1.5x raw Bolt", 1.5, true),
            new Target(".throughput-over-peer", "API throughput >= 2x the peer's", 2.0, false),
            new Target(".p50-over-floor", "API p50 <= 2x its floor (memory + echo; progress-mix: store + echo;"
                    + " search: bolt + echo)", 2.0, true, List.of("1k", "10k")),
            new Target(".learning-path-with-groups.over-plain",
                    "learningPath with groups <= 2x without (API p50 over HTTP, wall clock)", 2.0, true),
            new Target(".slowest-answer-while-rebuilding", "every answer while the snapshot is rebuilt <= 1 s (ms)",
                    1000, true),
            new Target(".server-rss", "API server RSS with the roadmap's snapshot held <= 1.5 GiB (MiB)", 1536, true),
            new Target("startup.first-answer", "README's start command to the first answer <= 5 s", 5, true),
            new Target(".first-traversal", "a server on a data directory with the large roadmap: start to its first "
                    + "traversal answer <= 15 s", 15, true));

    /** The targets table's "met" column for {@code line} under {@code target}. */
    private String verdict(Figures.Line line, Target target) {
        if (!target.judges(line.name())) {
            return "no target at this size (set for " + String.join(" and ", target.sizes()) + ")";
        }
        return disagreement(line.name()).map(d -> "**no**: " + d)
                .orElse(target.met(line.value()) ? "yes" : "**no**");
    }

    /**
     * For a figure {@code api.<size>.<operation>.<ratio>}: which of the sides the ratio compares with answered the
     * first arguments with another count than the API (see {@link #disagreement(String, String, Set)}); empty when
     * they agree or the figure is not such a ratio.
     */
    Optional<String> disagreement(String figure) {
        String[] parts = figure.split("\\.");
        if (parts.length != 4 || !parts[0].equals("api")) {
            return Optional.empty();
        }
        Set<ApiBench.Side> compared = switch (parts[3]) {
            case "throughput-over-peer" -> EnumSet.of(ApiBench.Side.PEER);
            case "p50-over-bolt" -> EnumSet.of(ApiBench.Side.BOLT);
            case "p50-over-floor" -> ApiBench.Operation.of(parts[2]).map(o -> EnumSet.of(o.floor(), ApiBench.Side.ECHO))
                    .orElse(EnumSet.of(ApiBench.Side.MEMORY, ApiBench.Side.ECHO));
            default -> EnumSet.noneOf(ApiBench.Side.class);
        };
        return disagreement(parts[1], parts[2], compared);
    }

    /**
     * Which of {@code sides} answered the first arguments of {@code operation} at {@code size} with another count
     * than the API (both answered), e.g. "peer 0 against the API's 713"; empty when they agree.
     */
    Optional<String> disagreement(String size, String operation, Set<ApiBench.Side> sides) {
        Map<ApiBench.Side, Integer> counts = agreement.getOrDefault(size, Map.of()).get(operation);
        Integer ours = counts == null ? null : counts.get(ApiBench.Side.API);
        if (ours == null || ours < 0) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        counts.forEach((side, count) -> {
            if (side != ApiBench.Side.API && sides.contains(side) && count >= 0 && count.intValue() != ours) {
                others.add(side.key + " " + count);
            }
        });
        return others.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", others) + " against the API's " + ours);
    }

    final boolean quick;
    final int concurrency;
    final List<LoadRow> loads = new ArrayList<>();
    /** operation -> size -> side -> result */
    final Map<String, Map<String, Map<ApiBench.Side, LoadRun.Result>>> api = new LinkedHashMap<>();
    final Map<String, Map<String, Map<ApiBench.Side, Integer>>> agreement = new LinkedHashMap<>();
    final Map<String, Boolean> viaReader = new LinkedHashMap<>();
    final Map<String, Integer> depth = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    double startupSeconds = Double.NaN;
    double startupRss = Double.NaN;
    double startupCpuSeconds = Double.NaN;
    boolean startupArchiveMapped;
    String startupLoad = "";
    boolean startupHasRoadmap;
    double totalSeconds;
    /** Where the run was when the page was written; empty once the run is complete. */
    String stoppedAt = "";
    /** The budgets added up (the header's arithmetic). */
    String budgetText = "";
    /** How the API server's JIT settled after the warm-up (a sentence for the header; empty when not measured). */
    String jitSettling = "";
    /** How it settled on the learning path with and without groups, per size ({@link ChoiceApiGrowth}). */
    final Map<String, String> groupsJitSettling = new LinkedHashMap<>();
    /** Where the run's time went, per phase (a Markdown table). */
    String phases = "";
    /** Sizes, sides and phases that failed or were left out: the run went on without them. */
    final List<String> failures = new ArrayList<>();
    /** operation -> size -> side -> why it has no figure ("budget", "not ready", "failed", "no answer"). */
    final Map<String, Map<String, Map<ApiBench.Side, String>>> unmeasured = new LinkedHashMap<>();

    private final Path notesFile;

    Report(boolean quick, int concurrency, Path notesFile) {
        this.quick = quick;
        this.concurrency = concurrency;
        this.notesFile = notesFile;
    }

    void write(Path docs, List<Figures.Line> lines) {
        try {
            Files.createDirectories(docs);
            Map<String, Map<String, List<Chart.Point>>> panels = new LinkedHashMap<>();
            api.forEach((operation, bySize) -> {
                Map<String, List<Chart.Point>> series = new LinkedHashMap<>();
                bySize.forEach((size, bySide) -> bySide.forEach((side, r) -> {
                    if (r.requests() > 0) {
                        series.computeIfAbsent(side.key, k -> new ArrayList<>())
                                .add(new Chart.Point(topics(size), r.p50Ms()));
                    }
                }));
                Map<String, List<Chart.Point>> named = new LinkedHashMap<>();
                series.forEach((side, points) -> named.put(points.size() < 2 ? side : side + String.format(
                        Locale.ROOT, " k=%.2f", exponent(points.stream().map(p -> logPoint(p.topics(), p.p50Ms())).toList())), points));
                panels.put(operation, named);
            });
            Chart.write(panels, docs.resolve("benchmarks-latency.png"));
            Files.writeString(docs.resolve("benchmarks.md"), markdown(lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + docs, e);
        }
    }

    /**
     * In-memory growth figures that no API side has (e.g. {@link PlanGrowth}'s), by what is measured and size, in ms:
     * rows of their own in the growth table.
     */
    final Map<String, Map<String, Double>> memoryGrowth = new LinkedHashMap<>();

    void memoryGrowth(String what, String size, double ms) {
        memoryGrowth.computeIfAbsent(what, k -> new LinkedHashMap<>()).put(size, ms);
    }

    void unmeasured(String operation, String size, ApiBench.Side side, String why) {
        unmeasured.computeIfAbsent(operation, k -> new LinkedHashMap<>()).computeIfAbsent(size,
                k -> new LinkedHashMap<>()).put(side, why);
    }

    /**
     * The header's sentence on the JIT after the warm-up ({@link Bench#settleJit}): {@code passes} over the sides'
     * operations, {@code pass} per window, {@code seconds} in all, the {@code criterion}, and how each operation went
     * on each side ({@code byOperation}: operation, then side, in the order to print).
     */
    static String jitSettling(int passes, java.time.Duration pass, double seconds, JitSettling.Criterion criterion,
                              Map<String, Map<String, JitSettling.Outcome>> byOperation) {
        List<String> sides = byOperation.values().stream().flatMap(bySide -> bySide.keySet().stream()).distinct()
                .toList();
        String each = byOperation.entrySet().stream().map(operation -> operation.getKey() + " " + sides.stream()
                        .map(side -> Optional.ofNullable(operation.getValue().get(side)).map(Report::outcome)
                                .orElse("-"))
                        .collect(java.util.stream.Collectors.joining(" / ")))
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "**The JIT after the warm-up**: the %s sides ran each operation again "
                + "(windows of %d s, pass after pass: %d pass%s in %.0f s) until, in the operation's window, %s. "
                + "Windows until then (%s): %s. README's JVM options raise the server's C2 thresholds tenfold (a "
                + "faster start), so its hot code reaches C2 only after tens of thousands of requests; "
                + "`api.<size>.server-jit-share` is its compilers' share over the API side's measurements of a "
                + "size.", String.join(", ", sides), pass.toSeconds(), passes, passes == 1 ? "" : "es", seconds,
                criterion(criterion), String.join(" / ", sides), each);
    }

    /**
     * The header's sentence on the same settling of the learning path with and without groups at {@code size}
     * ({@link ChoiceApiGrowth}: its two sides run only once the roadmap with groups is loaded, after the other
     * operations): {@code passes} over the two sides, {@code pass} each, {@code seconds} in all, and how each side
     * went.
     */
    static String groupsJitSettling(String size, int passes, java.time.Duration pass, double seconds,
                                    JitSettling.Criterion criterion, Map<String, JitSettling.Outcome> bySide) {
        return String.format(Locale.ROOT, "The learning path with and without groups at %s (measured last, once the "
                + "roadmap with groups is loaded): %d pass%s over the two sides (%d s each) in %.0f s, until in a "
                + "side's window %s; windows until then: %s.", size, passes, passes == 1 ? "" : "es",
                pass.toSeconds(), seconds, criterion(criterion), bySide.entrySet().stream()
                        .map(e -> e.getKey() + " " + outcome(e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** The settling's criterion, in words. */
    private static String criterion(JitSettling.Criterion criterion) {
        return String.format(Locale.ROOT, "the JIT compiler threads of the process that answers it (the API "
                + "server; the bench's JVM for the memory and echo sides) took at most %.0f %% of its CPU and its CPU "
                + "per request outside them fell by less than %.0f %% from the window before", 100
                * criterion.compilerShare(), 100 * criterion.fall());
    }

    /** One item's outcome: its windows if it settled, else why not (its last window's compilers and fall). */
    static String outcome(JitSettling.Outcome outcome) {
        if (outcome.settled()) {
            return String.valueOf(outcome.windows());
        }
        if (outcome.last().isEmpty()) {
            return "**not settled** (no window)";
        }
        JitSettling.Window last = outcome.last().get();
        return String.format(Locale.ROOT, "**not settled** after %d (compilers %s, CPU per request %s)",
                outcome.windows(), Double.isNaN(last.compilerShare()) ? "no CPU"
                        : String.format(Locale.ROOT, "%.0f %%", 100 * last.compilerShare()),
                Double.isNaN(outcome.fall()) ? "no window before" : String.format(Locale.ROOT, "%s %.0f %%",
                        outcome.fall() >= 0 ? "fell" : "rose", 100 * Math.abs(outcome.fall())));
    }

    static int topics(String size) {
        return size.endsWith("k") ? Integer.parseInt(size.substring(0, size.length() - 1)) * 1000
                : Integer.parseInt(size);
    }

    String markdown(List<Figures.Line> lines) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `bench/run").append(quick ? " --quick" : "").append("` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", ")
                .append(String.format(Locale.ROOT, "%.0f", totalSeconds)).append(" s after it started (after the build). ");
        if (stoppedAt.isEmpty()) {
            md.append("The run is complete. ");
        } else {
            md.append("**This page was written while the run went on, and the run ").append(stoppedAt)
                    .append("**: the page is rewritten after every size, so this is where it was when it stopped. ");
        }
        md.append("Run it again with `bench/run` (full: 1k, 10k and 100k topics) or `bench/run --quick` ")
                .append("(1k and 10k topics, about 10 minutes on a quiet 2-core machine, at most 17 after the ")
                .append("build).\n\n");
        if (!budgetText.isEmpty()) {
            md.append(budgetText).append("\n\n");
        }
        if (!jitSettling.isEmpty()) {
            md.append(jitSettling).append("\n\n");
        }
        groupsJitSettling.values().forEach(sentence -> md.append(sentence).append("\n\n"));
        if (!failures.isEmpty()) {
            md.append("**Failed or left out, the run went on without them:**\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        md.append("## Machine\n\n").append(Machine.describe()).append('\n');
        md.append("## Targets\n\n| target | figure | value | met |\n| --- | --- | --- | --- |\n");
        for (Figures.Line line : lines) {
            for (Target target : TARGETS) {
                if (line.name().endsWith(target.suffix())) {
                    md.append("| ").append(target.what()).append(" | `").append(line.name()).append("` | ")
                            .append(Figures.Line.format(line.value())).append(" | ")
                            .append(verdict(line, target)).append(" |\n");
                }
            }
        }
        md.append('\n');

        md.append("## Loader\n\nRecords = nodes + relationships of the synthetic roadmap in the graph model. "
                + "`RoadmapLoader` (batches into a staging revision, one transaction per batch, written through the "
                + "embedded Neo4j's kernel as the API server's bootstrap loads, then one small Cypher write over Bolt "
                + "that switches the roadmap to it; `-Dbench.loader.cypher=true` writes the batches as `UNWIND` over "
                + "Bolt, as graph-loader's CLI does) against (a) the naive baseline, one "
                + "auto-commit Cypher statement per record, stopped after a time budget, and (b) Neo4j's offline "
                + "importer `neo4j-admin database import full` (same Neo4j version, in process, from "
                + "`org.neo4j:neo4j-import-tool`) on the same records as CSV, into a new store. Both are timed alike "
                + "in the bench's JVM: each after a full collection, without the bench's own copy of the records on "
                + "the heap (the importer's time covers the import command, not the writing of its CSV).\n\n");
        md.append("| topics | depth | read by | records | loader s | loader rec/s | naive rec/s (records) "
                + "| import s | import rec/s | loader / import |\n| --- | --- | --- | --- | --- | --- | --- | --- "
                + "| --- | --- |\n");
        for (LoadRow row : loads) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.2f | %.0f | %.0f (%d) | %.2f | %.0f | %.2f |%n",
                    row.size(), depth.getOrDefault(row.size(), 0),
                    viaReader.getOrDefault(row.size(), false) ? "RoadmapReader (file)" : "records (above the reader's limit)",
                    row.records(), row.loaderSeconds(), row.loaderRate(), row.naiveRate(), row.naiveRecords(),
                    row.importSeconds(), row.importRate(), row.loaderRate() / row.importRate()));
        }
        md.append("\n## API\n\n").append(concurrency).append(" concurrent clients (a closed loop of JVM threads; "
                + "HTTP/1.1 keep-alive to the HTTP servers, one pooled Bolt session per request for Bolt), over "
                + "loopback. Sides: **api** = our GraphQL API (README's `java @api-server/jvm.options -jar api-server.jar` pointed at the benchmark's "
                + "Neo4j; it answers traversals from its in-memory snapshot of the requires-graph, checking the "
                + "roadmaps' revisions at most once a second, and after a load reads the new snapshot in the "
                + "background while the previous one answers: `api.<size>.snapshot-ready-after-load` is the time "
                + "from the first request after the load to the first answer from the new graph, "
                + "`api.<size>.slowest-answer-while-rebuilding` the slowest answer meanwhile (the previous graph's "
                + "NOT_FOUND for a topic of the new roadmap; `answers-while-rebuilding` how many), "
                + "`api.<size>.first-answer-from-new-snapshot` the time of that first answer (a whole answer of "
                + "this size); a fresh server waits for its first snapshot; the server's `roadmap.cost.max-values` "
                + "is raised so that the answers at 100k topics are not cut off), **bolt** = the same traversal as "
                + "one Cypher query over Bolt, per request, **memory** = roadmap-model's "
                + "algorithm on the roadmap in memory, **peer** = `@neo4j/graphql` on Apollo Server (`bench/peer`) "
                + "over the same Neo4j with `@cypher` fields running the Bolt side's statements, **echo** = our "
                + "API's own answer to the same request replayed by the JDK's HttpServer (the cost of moving an "
                + "answer of that size), **store** (progress-mix only) = the same writes and reads as the API's "
                + "progress mix by the server's own progress store (`Neo4jProgressStore`: the same Cypher in "
                + "write and read transactions, each write committed durably) from the benchmark's process on the "
                + "same Neo4j, without HTTP or GraphQL; `p50-over-floor` = api p50 / (memory p50 + echo p50), and "
                + "for progress-mix api p50 / (store p50 + echo p50): its memory side (a HashMap, no database) "
                + "leaves out the commit and the read-back that any implementation must do, so it is shown but is "
                + "not the floor. **search** (`search(text:, first: " + ApiBench.SEARCH_FIRST + ")` over texts drawn "
                + "from the roadmap's titles: a title's rarest word, whole titles, words' beginnings, the most "
                + "frequent words) has no memory side (the full-text index is Lucene inside Neo4j; an in-memory side "
                + "without it would understate the floor): its bolt side and the peer's `@cypher` field run the "
                + "server's own index query (the current revisions and `db.index.fulltext.queryNodes` with the Lucene "
                + "query graph-core makes of the text) in one statement, and its `p50-over-floor` = api p50 / (bolt "
                + "p50 + echo p50); the API adds what its folded texts find to the index's hits, in memory.\n\n");
        md.append("![p50 latency against graph size](benchmarks-latency.png)\n\n");
        md.append("| operation | topics | side | p50 ms | p99 ms | req/s | requests | errors |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        api.forEach((operation, bySize) -> bySize.forEach((size, bySide) -> bySide.forEach((side, r) ->
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.0f | %d | %d |%n", operation, size,
                        side.key, ms(r.p50Ms()), ms(r.p99Ms()), r.throughput(), r.requests(), r.errors())))));
        md.append(growth());
        md.append("\nResults per side for the first arguments (they must agree; the peer and bolt return the same "
                + "rows by construction; for search they are the index's hits, and the API's are more where its "
                + "folded texts find what the index does not; -1: no answer within the client's 30 s):\n\n| topics | operation | counts |\n| --- | --- | --- |\n");
        agreement.forEach((size, byOperation) -> byOperation.forEach((operation, counts) ->
                md.append("| ").append(size).append(" | ").append(operation).append(" | ").append(counts)
                        .append(" |\n")));
        List<String> disagreeing = new ArrayList<>();
        agreement.forEach((size, byOperation) -> byOperation.keySet().forEach(operation ->
                disagreement(size, operation, EnumSet.allOf(ApiBench.Side.class)).ifPresent(d ->
                        disagreeing.add(size + " " + operation + ": " + d))));
        if (!disagreeing.isEmpty()) {
            md.append("\n**Sides that disagree with the API** (a ratio against them compares different work, so its "
                    + "target counts as not met):\n\n");
            disagreeing.forEach(d -> md.append("- ").append(d).append('\n'));
        }
        md.append(String.format(Locale.ROOT, "%n## Start-up and memory%n%n`java @api-server/jvm.options "
                        + "-jar api-server/target/api-server.jar` (README's start command, on the jar and archive "
                        + "`mvn -DskipTests package` made) with a fresh embedded data directory: %.2f s to the first "
                        + "answer of `{ topic(id: \"rag\") { title } }` (the roadmap loaded and its first snapshot read; "
                        + "bundled roadmap listed then: %s), %.1f s of the server's CPU until then; the JVM %s the "
                        + "class-data-sharing archive; before the start %s; peak RSS (VmHWM) %.0f MiB."
                        + "%n%n", startupSeconds, startupHasRoadmap ? "yes" : "no", startupCpuSeconds,
                startupArchiveMapped ? "mapped" : "did **not** map (so this is `java -jar` without it)",
                startupLoad.isEmpty() ? "unknown" : startupLoad, startupRss));
        md.append("In a run with 100k topics the largest synthetic roadmap is then loaded into that data directory "
                + "(through the server's Bolt port) and the server started again on it: `startup.<size>.first-answer` "
                + "is the time to an answer that lists it, `startup.<size>.first-traversal` to the first answer of "
                + "`prerequisites` over it (a fresh server waits for its first snapshot), `startup.<size>.server-rss` "
                + "its RSS then, the embedded Neo4j's page cache included.\n\n"
                + "Memory: `api.<size>.server-rss` is the benchmark's API server's RSS (VmRSS; Neo4j runs in the "
                + "benchmark's JVM) once the snapshot of that size answers and no request runs, "
                + "`api.<size>.server-peak-rss` its peak since it started (VmHWM: the rebuilds included, when two "
                + "snapshots are held); `load.<size>.bench-peak-heap` is the benchmark JVM's heap during the loader's "
                + "load (the sum of the heap pools' peaks: an upper bound, which follows the heap the collector has "
                + "taken, not what is live: at 100k topics the heap after a collection stays at 0.2–1.3 GiB while this "
                + "reads ~2 GiB), beside its `-Xmx` of 2 GiB in `bench/run`, which also holds the embedded Neo4j; "
                + "`load.<size>.loader-gc-pauses` and `load.<size>.import-gc-pauses` are the collector's pauses (young, "
                + "mixed and full) in each timed window, `load.<size>.loader-jit-cpu` and `load.<size>.import-jit-cpu` "
                + "the CPU of the JVM's JIT compiler threads in it, `load.<size>.loader-gc-threads-cpu` and "
                + "`load.<size>.import-gc-threads-cpu` that of the collector's threads (both part of the window's "
                + "`-cpu` figure; threads alive at its end).\n\n");
        if (!phases.isEmpty()) {
            md.append("## Time per phase\n\n").append(phases).append('\n');
        }
        md.append("## All figures of this run\n\n```\n");
        lines.forEach(line -> md.append(line.format()).append('\n'));
        md.append("```\n\n");
        if (!notes.isEmpty()) {
            md.append("## Notes of this run\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        md.append(staticNotes());
        return md.toString();
    }

    /**
     * p50 against the number of topics, per operation and side, with the exponent k of p50 ~ topics^k fitted by least
     * squares on the logarithms (1 = linear growth; from two sizes it is the slope between them).
     */
    String growth() {
        List<String> sizes = java.util.stream.Stream.concat(api.values().stream(), memoryGrowth.values().stream())
                .flatMap(bySize -> bySize.keySet().stream()).distinct().toList();
        StringBuilder md = new StringBuilder("\n## Growth\n\np50 in ms by topics; k fitted on log p50 = k log topics "
                + "+ c (least squares over the sizes measured; 1 = linear). In brackets: why a side has no figure "
                + "at a size (budget: its time budget for the size was spent; not ready: the API did not answer from "
                + "the new graph in time; failed, no answer: see the notes); -: not measured there (the peer above "
                + "10k, an operation the side does not have). The rows \"plan: ...\" are the in-memory planner alone "
                + "(`PlanGrowth`, one thread, no clients): the CPU ms of the schedule of every topic of the roadmap, "
                + "and of the learning path and schedule of the bench's first plan request.\n\n| operation | side | ");
        sizes.forEach(size -> md.append(size).append(" | "));
        md.append("k |\n|").append(" --- |".repeat(sizes.size() + 3)).append('\n');
        api.forEach((operation, bySize) -> {
            for (ApiBench.Side side : ApiBench.Side.values()) {
                List<double[]> points = new ArrayList<>();
                StringBuilder row = new StringBuilder("| " + operation + " | " + side.key + " | ");
                boolean any = false;
                for (String size : sizes) {
                    LoadRun.Result r = bySize.getOrDefault(size, Map.of()).get(side);
                    boolean measured = r != null && r.requests() > 0;
                    String why = unmeasured.getOrDefault(operation, Map.of()).getOrDefault(size, Map.of()).get(side);
                    any |= measured || why != null;
                    row.append(measured ? ms(r.p50Ms()) : why != null ? "(" + why + ")" : "-").append(" | ");
                    if (measured) {
                        points.add(logPoint(topics(size), r.p50Ms()));
                    }
                }
                if (any) {
                    md.append(row).append(points.size() < 2 ? "-" : String.format(Locale.ROOT, "%.2f",
                            exponent(points))).append(" |\n");
                }
            }
        });
        memoryGrowth.forEach((what, bySize) -> {
            List<double[]> points = new ArrayList<>();
            StringBuilder row = new StringBuilder("| " + what + " | memory | ");
            for (String size : sizes) {
                Double ms = bySize.get(size);
                row.append(ms == null ? "-" : ms(ms)).append(" | ");
                if (ms != null) {
                    points.add(logPoint(topics(size), ms));
                }
            }
            md.append(row).append(points.size() < 2 ? "-" : String.format(Locale.ROOT, "%.2f", exponent(points)))
                    .append(" |\n");
        });
        return md.toString();
    }

    /** (log topics, log p50) for the fit; a p50 below a microsecond counts as one. */
    private static double[] logPoint(int topics, double p50Ms) {
        return new double[] {Math.log(topics), Math.log(Math.max(p50Ms, 1e-3))};
    }

    /** The slope of the least-squares line through (x, y) points. */
    static double exponent(List<double[]> points) {
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = points.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        double sxx = points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        return sxy / sxx;
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The analysis kept beside the code (bench/benchmarks-notes.md), appended to every report. */
    private String staticNotes() {
        Path file = notesFile;
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
