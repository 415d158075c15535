package io.roadmapgraph.bench;

import io.roadmapgraph.loader.LoadRows;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.LoaderOptions;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.loader.StagingWriter;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.ChildProcess;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The benchmark run behind {@code bench/run}: loader, API and start-up figures, printed one per line and written to
 * docs/benchmarks.md with a chart. Options: {@code --quick}, {@code --root=DIR} (the repository), {@code --no-peer}.
 */
public final class Bench {

    /** The reader refuses files above 5 million characters; larger synthetic roadmaps go in as records. */
    private static final int READER_LIMIT = 5_000_000;
    static final long SEED = 20_261_129L;
    /** README's JVM options for the server, a {@code java} argument file (the start-up and API servers use it). */
    static final String JVM_OPTIONS = "api-server/jvm.options";
    static final String SERVER_JAR = "api-server/target/api-server.jar";
    static final String SERVER_ARCHIVE = "api-server/target/api-server.jsa";
    /** The most values one API answer may hold in the bench: the whole answer at 100k topics (the largest ~300k). */
    static final long BENCH_MAX_VALUES = 10_000_000L;
    private static final int CONCURRENCY = 8;
    /** The --operations key of the API's learning path with groups against the one without ({@link ChoiceApiGrowth}). */
    static final String GROUPS_KEY = "learning-path-with-groups";
    private static final int PEER_MAX_TOPICS = 10_000;
    /** The size from which the start-up is measured on a data directory that holds such a roadmap too. */
    static final int LARGE_STARTUP_TOPICS = 100_000;
    /** How long a side's queries left running may go on in Neo4j after its measurement before they are terminated. */
    static final Duration QUIESCE = Duration.ofSeconds(10);
    /** What the start-up on that data directory needs (a load of the large roadmap, a start): left out with less. */
    private static final Duration LARGE_STARTUP_NEEDS = Duration.ofMinutes(4);
    /**
     * A side's JIT has settled on an operation when, in the operation's window, the compiler threads of the process
     * that answers it take at most 5 % of its CPU and its CPU per request outside them fell by less than 5 % from the
     * window before ({@link JitSettling.Criterion}).
     */
    static final JitSettling.Criterion SETTLED = new JitSettling.Criterion(0.05, 0.05);
    /**
     * The sides whose JIT settles before the measurements ({@link #settleJit}): the API and its floor (memory and
     * echo), alike, so that a longer settling of the API's server does not lower its ratio against an unsettled floor.
     */
    static final List<ApiBench.Side> SETTLED_SIDES = List.of(ApiBench.Side.API, ApiBench.Side.MEMORY,
            ApiBench.Side.ECHO);
    /** The floors' sides, whose work runs in the bench's JVM: their measurements start after a full collection. */
    static final java.util.Set<ApiBench.Side> IN_BENCH_JVM = java.util.EnumSet.of(ApiBench.Side.MEMORY,
            ApiBench.Side.ECHO, ApiBench.Side.STORE);

    private final Options options;
    private boolean warmedUp;
    /** The floor side: our answers replayed over HTTP (set while the API sides run). */
    private EchoServer echo;
    /**
     * The loader's batches through the embedded Neo4j's kernel, as the API server's bootstrap loads (load23);
     * {@code -Dbench.loader.cypher=true} measures them as Cypher over Bolt, the path of graph-loader's CLI.
     */
    private Optional<StagingWriter> staging = Optional.empty();
    private final Figures figures = new Figures(System.out);
    private final Report report;
    /** The run's time: the total and what each phase spent. */
    private final RunBudget budget;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Options(boolean quick, Path root, boolean peer, List<Integer> sizeList, boolean loadOnly,
                   boolean startupOnly, List<String> operationKeys) {

        static Options parse(String[] args) {
            boolean quick = false;
            boolean peer = true;
            Path root = Path.of(".");
            List<Integer> sizes = List.of();
            boolean loadOnly = false;
            boolean startupOnly = false;
            List<String> operations = List.of();
            for (String arg : args) {
                if (arg.equals("--quick")) {
                    quick = true;
                } else if (arg.equals("--no-peer")) {
                    peer = false;
                } else if (arg.equals("--load-only")) {
                    loadOnly = true;
                } else if (arg.equals("--startup-only")) {
                    startupOnly = true;
                } else if (arg.startsWith("--sizes=")) {
                    sizes = Stream.of(arg.substring("--sizes=".length()).split(",")).map(Integer::valueOf).toList();
                } else if (arg.startsWith("--operations=")) {
                    operations = List.of(arg.substring("--operations=".length()).split(","));
                    List<String> keys = Stream.concat(Stream.of(ApiBench.Operation.values()).map(o -> o.key),
                            Stream.of(GROUPS_KEY)).toList();
                    operations.stream().filter(o -> !keys.contains(o)).findFirst().ifPresent(o -> {
                        throw new IllegalArgumentException("unknown operation " + o + "; the operations are " + keys);
                    });
                } else if (arg.startsWith("--root=")) {
                    root = Path.of(arg.substring("--root=".length()));
                } else {
                    throw new IllegalArgumentException("unknown option " + arg
                            + "; use --quick, --no-peer, --sizes=N,N, --load-only, --startup-only, --operations=KEY,KEY,"
                            + " --root=DIR");
                }
            }
            return new Options(quick, root.toAbsolutePath().normalize(), peer, sizes, loadOnly, startupOnly,
                    operations);
        }

        /**
         * Whether {@code operation} is measured: all of them, or only those {@code --operations=} names (then only
         * the figures are printed; docs/benchmarks.md and the start-up are left as they are).
         */
        boolean measures(ApiBench.Operation operation) {
            return operationKeys.isEmpty() || operationKeys.contains(operation.key);
        }

        /** Whether the API's learning path with groups is measured against the one without ({@link #GROUPS_KEY}). */
        boolean measuresGroups() {
            return operationKeys.isEmpty() || operationKeys.contains(GROUPS_KEY);
        }

        List<Integer> sizes() {
            if (!sizeList.isEmpty()) {
                return sizeList;
            }
            return quick ? List.of(1_000, 10_000) : List.of(1_000, 10_000, 100_000);
        }

        Duration naiveBudget() {
            return quick ? Duration.ofSeconds(4) : Duration.ofSeconds(15);
        }

        /**
         * Once, before the first measurement: every side runs every operation this long, so that no side is measured
         * while its JIT compiler is still at work (the API server and the peer are fresh processes; a JVM server
         * needs thousands of requests before its hot paths are compiled).
         */
        Duration serverWarmup() {
            return quick ? Duration.ofSeconds(4) : Duration.ofSeconds(3);
        }

        /** All of that warm-up together: what is left when it is spent is not warmed up (noted). */
        Duration serverWarmupBudget() {
            return quick ? Duration.ofSeconds(90) : Duration.ofSeconds(120);
        }

        /**
         * Then the passes of the API, memory and echo sides until their JIT has settled ({@link Bench#settleJit}), at
         * most: 29 operations and sides, a window of {@link #settlePass()} each, two or three windows for most.
         */
        Duration settleBudget() {
            return Duration.ofSeconds(100);
        }

        /**
         * The same settling of the learning path with and without groups, at each size where it is measured (it runs
         * last, on a second roadmap, so not in the passes above), at most: none of the budgets below, as its
         * measurement (said in the arithmetic).
         */
        Duration groupsSettleBudget() {
            return quick ? Duration.ofSeconds(30) : Duration.ofSeconds(20);
        }

        /** One operation's window in those passes. */
        Duration settlePass() {
            return Duration.ofSeconds(1);
        }

        /** Before each measurement, on the side about to be measured. */
        Duration warmup() {
            return Duration.ofSeconds(1);
        }

        Duration measure() {
            return quick ? Duration.ofSeconds(3) : Duration.ofSeconds(4);
        }

        /**
         * The time each side may spend on the measurements of one size: a side that has used it up is not measured on
         * the remaining operations of that size (noted, and "budget" in the growth table), and a measurement ends at
         * the budget's end at the latest ({@link LoadRun#GRACE} after it, requests still running are left), so that
         * a side whose requests take seconds at 100k topics cannot make the run last hours. The echo's recording of
         * our answers before each of its measurements is not in it: {@link #recordingBudget(int)}.
         */
        Duration sideBudget() {
            return quick ? Duration.ofSeconds(40) : Duration.ofSeconds(60);
        }

        /**
         * The time the echo side may spend at {@code size} recording the API's answers it replays (one request per
         * argument set, one after the other; at 10k topics about 20 s for the nine operations, most of it the
         * plan's), apart from the echo's measurements, so that the last operations (the plan, the progress mix) keep
         * their echo and floor: at 100k topics, where one plan answer takes about a second, the recording came out of
         * the echo side's own budget until session 24 and left the plan's echo unmeasured.
         */
        Duration recordingBudget(int size) {
            return size >= LARGE_STARTUP_TOPICS ? Duration.ofSeconds(60) : Duration.ofSeconds(20);
        }

        /** How long the first requests after a load may wait for the API to answer from the new graph. */
        Duration readinessBudget(int size) {
            // 1-2 s at 1k and 10k in the full runs of sessions 20-22: the settling has the rest since session 23;
            // 6-9 s at 100k in the full runs of sessions 20-23, so 60 s there (the echo's recording took the rest)
            return size >= LARGE_STARTUP_TOPICS ? Duration.ofSeconds(60) : Duration.ofSeconds(quick ? 30 : 45);
        }

        /** The check that every side gives the same answer, one request per side and operation (2-10 s so far). */
        Duration agreementBudget() {
            return Duration.ofSeconds(20);
        }

        /**
         * The whole run after the build: a phase that would start later is skipped (noted), so the run stops near
         * this even when a phase without its own budget (a load, the start-up) is slow.
         */
        Duration runBudget() {
            // the full run: its budgets add up to just under the half hour the full run is meant to stay under
            return quick ? Duration.ofMinutes(17) : Duration.ofMinutes(30).minusSeconds(5);
        }

        /** The sides measured at {@code size}. */
        int sidesAt(int size) {
            // the store side measures one operation (the progress mix): counted apart, as one measurement
            return ApiBench.Side.values().length - 1 - (peerAt(size) ? 0 : 1);
        }

        /**
         * The budgets added up, as the report's header states them: the phases that have a budget, in the worst case
         * (every side runs out of its budget and needs its grace), and what has none.
         */
        String budgetArithmetic() {
            // a measurement that starts just before a budget ends still runs its period, then the grace, then the
            // wait for Neo4j to run nothing of it
            long overrun = warmup().plus(measure()).plus(LoadRun.GRACE).plus(QUIESCE).toSeconds();
            long side = sideBudget().toSeconds() + overrun;
            // the JIT's settling: its last window may start just before its budget ends, as a measurement's
            long settleOverrun = settlePass().plus(LoadRun.GRACE).plus(QUIESCE).toSeconds();
            long sum = serverWarmupBudget().toSeconds() + overrun + settleBudget().toSeconds() + settleOverrun;
            StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "**Time budgets** (%s run): the warm-up of every side and operation %d s, then the API, "
                    + "memory and echo sides' until their JIT has settled %d s (passing it by %d s at most); per size "
                    + "the naive "
                    + "loader %d s, the wait for the API's new snapshot after the load %d s (%d s at 100k), the "
                    + "agreement check %d s, the echo's recording of our answers %d s (%d s at 100k), and each "
                    + "side %d s of measurements; a measurement that starts just before a budget ends may pass it "
                    + "by %d s (its %d s period, %d s for requests still running, %d s for their queries in Neo4j), "
                    + "so ", quick ? "quick" : "full",
                    serverWarmupBudget().toSeconds(), settleBudget().toSeconds(), settleOverrun,
                    naiveBudget().toSeconds(), readinessBudget(1).toSeconds(),
                    readinessBudget(LARGE_STARTUP_TOPICS).toSeconds(), agreementBudget().toSeconds(),
                    recordingBudget(1).toSeconds(), recordingBudget(LARGE_STARTUP_TOPICS).toSeconds(),
                    sideBudget().toSeconds(), overrun, warmup().plus(measure()).toSeconds(),
                    LoadRun.GRACE.toSeconds(), QUIESCE.toSeconds()));
            List<String> terms = new ArrayList<>();
            for (int size : sizes()) {
                long perSize = naiveBudget().toSeconds() + readinessBudget(size).toSeconds()
                        + agreementBudget().toSeconds() + recordingBudget(size).toSeconds() + sidesAt(size) * side
                        + overrun;
                terms.add(String.format(java.util.Locale.ROOT, "%s: %d + %d + %d + %d + %d sides x %d + the store "
                        + "side's one measurement %d = %d s", label(size), naiveBudget().toSeconds(),
                        readinessBudget(size).toSeconds(), agreementBudget().toSeconds(),
                        recordingBudget(size).toSeconds(), sidesAt(size), side, overrun, perSize));
                sum += perSize;
            }
            text.append(String.join("; ", terms)).append(String.format(java.util.Locale.ROOT,
                    "; with the warm-up and the settling (and their overruns) **%d s = %.1f min at most** for the phases with a budget. Without a budget of "
                    + "their own: making and reading the synthetic roadmaps, the offline importer and the loader (their "
                    + "time is the figure), the in-memory growth figures, the learning path with and without groups "
                    + "over the API (up to 10k: its JIT settling, at most %d s, then four runs of %d s), the full "
                    + "collections of the bench's JVM before the floor's sides' measurements and the "
                    + "start-up; for them the run as a whole "
                    + "has %.1f min (after the build): a phase that would start later is skipped and said so below. "
                    + "Where this run's time went is in *Time per phase*.", sum, sum / 60.0,
                    groupsSettleBudget().plus(settlePass()).toSeconds(), warmup().plus(measure()).toSeconds(),
                    runBudget().toSeconds() / 60.0));
            return text.toString();
        }

        /** The peer runs up to this size: at 100k topics its {@code @cypher} traversals take minutes per request. */
        boolean peerAt(int size) {
            return peer && size <= PEER_MAX_TOPICS;
        }

        Path serverJar() {
            return root.resolve(SERVER_JAR);
        }

        /** The class-data-sharing archive the build makes for the jar (README's start command names it). */
        Path serverArchive() {
            return root.resolve(SERVER_ARCHIVE);
        }

        Path peerDir() {
            return root.resolve("bench/peer");
        }
    }

    private Bench(Options options) {
        this.options = options;
        this.report = new Report(options.quick(), CONCURRENCY, options.root().resolve("bench/benchmarks-notes.md"));
        this.budget = new RunBudget(options.runBudget());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new Bench(options).run();
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("roadmap-bench-");
        if (options.startupOnly()) {
            // only the start-up figures, printed; docs/benchmarks.md is left as it is
            try {
                startup(work);
            } finally {
                deleteTree(work);
            }
            return;
        }
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(work.resolve("neo4j"), 0));
             Driver driver = neo4j.openDriver()) {
            staging = Boolean.getBoolean("bench.loader.cypher") ? Optional.empty() : Optional.of(neo4j.stagingWriter());
            if (options.loadOnly()) {
                for (int size : options.sizes()) {
                    benchSize(size, driver, work, null, 0, Optional.empty());
                }
                return;
            }
            int apiPort = ChildProcess.freePort();
            int peerPort = ChildProcess.freePort();
            try (ChildProcess api = startApi(neo4j, apiPort, work);
                 AutoCloseable peer = options.peer() ? startPeer(neo4j, peerPort, work) : () -> { };
                 EchoServer echo = new EchoServer(CONCURRENCY)) {
                this.echo = echo;
                for (int size : options.sizes()) {
                    String n = label(size);
                    if (budget.exhausted()) {
                        skipped(n + " topics", "the run's time budget (" + options.runBudget().toSeconds()
                                + " s) was spent before it");
                        continue;
                    }
                    if (options.peer() && !options.peerAt(size)) {
                        report.notes.add("The peer is not measured at " + n + " topics (only up to "
                                + label(PEER_MAX_TOPICS) + "): its @cypher traversals take minutes per request there.");
                    }
                    writePage("stopped while it measured " + n + " topics (the sizes before it are complete)");
                    try {
                        benchSize(size, driver, work, api, apiPort, options.peerAt(size) ? Optional.of(peerPort)
                                : Optional.empty());
                    } catch (RuntimeException | OutOfMemoryError e) {
                        failed(n + " topics", e);
                        quiesce(driver);
                    }
                }
            }
        }
        if (!options.operationKeys().isEmpty()) {
            deleteTree(work);
            return;
        }
        writePage("stopped while it measured the start-up (every size is complete)");
        long startupFrom = System.nanoTime();
        try {
            startup(work);
        } catch (RuntimeException | OutOfMemoryError e) {
            String tail = lastLines(work.resolve("startup.log"), 5);
            System.err.println("start-up not measured: " + e.getMessage() + "\n" + tail);
            report.notes.add("Start-up not measured: " + e.getMessage() + "; the server's last lines: `"
                    + tail.replace('\n', ' ').replace('`', '\'') + "`");
        }
        budget.spent("start-up", null, startupFrom);
        writePage("");
        deleteTree(work);
    }

    /**
     * Writes docs/benchmarks.md with what the run has measured so far: after every size, so that a run that stops
     * leaves a correct page. {@code stoppedAt} says where the run was when the page was written ("" once complete):
     * if the run goes on, the next write replaces the page.
     */
    private void writePage(String stoppedAt) {
        if (!writesPage()) {
            return;
        }
        report.totalSeconds = budget.elapsedSeconds();
        report.stoppedAt = stoppedAt;
        report.budgetText = options.budgetArithmetic();
        report.phases = budget.table();
        try {
            report.write(options.root().resolve("docs"), figures.lines());
        } catch (RuntimeException e) {
            System.err.println("docs/benchmarks.md not written: " + e.getMessage());
        }
    }

    /** Only a run of every operation writes the page (not --load-only, --startup-only, --operations=...). */
    private boolean writesPage() {
        return !options.loadOnly() && !options.startupOnly() && options.operationKeys().isEmpty();
    }

    /** A phase that failed: said in the report, and the run goes on with the next one. */
    private void failed(String what, Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        System.err.println("bench: " + what + " failed: " + message);
        report.failures.add(what + ": " + message);
    }

    /** A phase left out: said in the report. */
    private void skipped(String what, String why) {
        System.err.println("bench: " + what + " not measured: " + why);
        report.failures.add(what + ": not measured, " + why);
    }

    private ChildProcess startApi(EmbeddedNeo4j neo4j, int port, Path work) {
        Path jar = options.serverJar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar + ": build it first (bench/run does)");
        }
        return ChildProcess.start("api-server", serverCommand(options.root()),
                apiEnvironment(neo4j, port),
                work, work.resolve("api-server.log"));
    }

    /**
     * README's start command for the tree at {@code root}: {@code java @api-server/jvm.options}, the archive named by
     * its absolute path (the server runs in another directory), {@code -jar api-server/target/api-server.jar}.
     */
    static List<String> serverCommand(Path root) {
        return List.of(javaBin(), "@" + root.resolve(JVM_OPTIONS),
                "-XX:SharedArchiveFile=" + root.resolve(SERVER_ARCHIVE), "-jar", root.resolve(SERVER_JAR).toString());
    }

    /** The API server's environment in the bench: the bench's Neo4j, the port, and limits out of the way. */
    static Map<String, String> apiEnvironment(EmbeddedNeo4j neo4j, int port) {
        return Map.ofEntries(Map.entry("NEO4J_URI", neo4j.boltUri().toString()),
                Map.entry("MICRONAUT_SERVER_PORT", String.valueOf(port)),
                Map.entry("ROADMAP_BOOTSTRAP_ENABLED", "false"), Map.entry("ROADMAP_GRAPHIQL_ENABLED", "false"),
                // the production default (5 s) stops the big closures on a loaded machine; the Bolt side has
                // no timeout either
                Map.entry("ROADMAP_QUERY_TIMEOUT", "60s"),
                // the production default (200,000 values) cut the 100k answers off (73k prerequisites of 4 values
                // each: RESULT_TOO_LARGE), so the API never answered from the 100k graph; no other side has a limit
                Map.entry("ROADMAP_COST_MAX_VALUES", String.valueOf(BENCH_MAX_VALUES)),
                // learners' tokens for the progress mix, and no rate limit in its way
                Map.entry("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET", ApiBench.TOKEN_SECRET),
                Map.entry("ROADMAP_PROGRESS_WRITES_PER_MINUTE", "1000000000"));
    }

    private ChildProcess startPeer(EmbeddedNeo4j neo4j, int port, Path work) {
        Path dir = options.peerDir();
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            throw new IllegalStateException("the peer is not installed: run npm ci in " + dir + " (bench/run does)");
        }
        return ChildProcess.start("peer", List.of("node", "server.js"),
                Map.of("NEO4J_URI", neo4j.boltUri().toString(), "PORT", String.valueOf(port)), dir,
                work.resolve("peer.log"));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String label(int size) {
        return size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    private void benchSize(int size, Driver driver, Path work, ChildProcess api, int apiPort,
                           Optional<Integer> peerPort) throws Exception {
        String n = label(size);
        long phaseFrom = System.nanoTime();
        if (echo != null) {
            echo.forget(); // the sizes before this one: not read again, and not to be on the heap in its timed loads
        }
        SyntheticRoadmap.Spec spec = SyntheticRoadmap.Spec.of(size, SEED + size);
        Roadmap roadmap = readBack(SyntheticRoadmap.generate(spec), work, n);
        report.depth.put(n, SyntheticRoadmap.depth(roadmap));
        PlanGrowth.report(figures, report, n, PlanGrowth.measure(roadmap));
        if (size <= ChoiceGrowth.LARGEST) {
            ChoiceGrowth.Timing choices = ChoiceGrowth.measure(roadmap, SyntheticRoadmap.sampleTopics(roadmap, 3, SEED));
            ChoiceGrowth.report(figures, n, choices);
            if (!choices.exact()) {
                report.notes.add("At " + n + " topics the learning path with groups was not proven cheapest (the"
                        + " search ran out of its budget).");
            }
        }
        LoadRows rows = LoadRows.of(roadmap);
        int records = rows.count();
        budget.spent(n + ": roadmap, in-memory growth figures", null, phaseFrom);

        // (a) naive: one statement per row, on an empty graph with the same constraints
        // -Dbench.loader.batch-size=N measures the loader with other batches than its default
        LoaderOptions loaderOptions = LoaderOptions.defaults().withBatchSize(
                Integer.getInteger("bench.loader.batch-size", LoaderOptions.DEFAULT_BATCH_SIZE));
        RoadmapLoader loader = staging.map(writer -> new RoadmapLoader(driver, loaderOptions, writer))
                .orElseGet(() -> new RoadmapLoader(driver, loaderOptions));
        loader.ensureSchema();
        wipe(driver);
        phaseFrom = System.nanoTime();
        NaiveLoad.Result naive = NaiveLoad.run(driver, rows, options.naiveBudget());
        wipe(driver);
        budget.spent(n + ": naive loader (and emptying the graph)", options.naiveBudget(), phaseFrom);
        // (b) the offline importer, into a store of its own
        phaseFrom = System.nanoTime();
        Path importHome = work.resolve("import-" + n);
        // its CPU time covers the import command only, like its wall-clock time (until session 10 it included the
        // writing of the CSV files, which made the importer look costlier per CPU second than it is)
        AdminImport.Command importCommand = AdminImport.prepare(rows, importHome);
        // both timed sides run alike: without the bench's own copy of the rows (a million maps at 100k topics, which
        // the importer reads from its CSV and the loader builds itself) and after a collection of what the phases
        // before them left. Until session 16 the importer ran with the rows still on the heap and the collector's
        // work on them in its window (at 100k up to a third of its CPU), the loader without them.
        rows = null;
        settleHeap();
        JvmThreads importThreads = JvmThreads.now();
        double importGc = gcPauseSeconds();
        AdminImport.Result imported = AdminImport.run(importCommand);
        importGc = gcPauseSeconds() - importGc;
        importThreads = JvmThreads.now().since(importThreads);
        long importCpu = (long) (imported.cpuSeconds() * 1e9);
        // what the importer leaves out and the loader does as it writes: the constraints and indexes (measured apart,
        // beside the import's own figure, which stays what the target is set against)
        AdminImport.Schema schema = AdminImport.schema(importHome);
        deleteTree(importHome);
        budget.spent(n + ": offline importer", null, phaseFrom);
        settleHeap();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        JvmThreads loaderThreads = JvmThreads.now();
        long start = System.nanoTime();
        long loaderCpu = processCpuNanos();
        double loaderGc = gcPauseSeconds();
        loader.load(roadmap);
        loaderCpu = processCpuNanos() - loaderCpu;
        loaderGc = gcPauseSeconds() - loaderGc;
        double loaderSeconds = (System.nanoTime() - start) / 1e9;
        loaderThreads = JvmThreads.now().since(loaderThreads);
        budget.spent(n + ": loader", null, start);
        figures.figure("load." + n + ".bench-peak-heap", peakHeapMib(), "MiB");
        // the collector's pauses in each timed window: at 100k the loader's swing between runs follows them (load21)
        figures.figure("load." + n + ".loader-gc-pauses", loaderGc, "s");
        figures.figure("load." + n + ".import-gc-pauses", importGc, "s");
        // what of each window's CPU the JIT compilers and the collector's threads took (load22: at 100k after the
        // 1k and 10k loads the write path is still being compiled)
        figures.figure("load." + n + ".loader-jit-cpu", loaderThreads.jit(), "s");
        figures.figure("load." + n + ".loader-gc-threads-cpu", loaderThreads.gc(), "s");
        figures.figure("load." + n + ".import-jit-cpu", importThreads.jit(), "s");
        figures.figure("load." + n + ".import-gc-threads-cpu", importThreads.gc(), "s");
        long inGraph = countRecords(driver);
        if (inGraph != records) {
            report.notes.add("At " + n + " topics the loader wrote " + inGraph + " records where the CSV has "
                    + records + ".");
        }
        double loaderRate = inGraph / loaderSeconds;

        report.loads.add(new Report.LoadRow(n, records, loaderSeconds, loaderRate, naive.records(),
                naive.perSecond(), imported.seconds(), imported.perSecond()));
        figures.figure("load." + n + ".loader", loaderRate, "records/s");
        figures.figure("load." + n + ".naive", naive.perSecond(), "records/s");
        figures.figure("load." + n + ".import", imported.perSecond(), "records/s");
        figures.ratio("load." + n + ".loader-over-import", loaderRate, imported.perSecond());
        figures.ratio("load." + n + ".loader-over-naive", loaderRate, naive.perSecond());
        figures.figure("load." + n + ".import-schema", schema.seconds(), "s");
        figures.ratio("load." + n + ".loader-over-import-with-schema", loaderRate,
                records / (imported.seconds() + schema.seconds()));
        // the same comparisons in CPU time of this JVM (both run in it): on a machine that other builds load, this
        // moves less with the load than the wall-clock rates above (the importer's own file writing included)
        if (loaderCpu > 0 && importCpu > 0) {
            figures.figure("load." + n + ".loader-cpu", loaderCpu / 1e9, "s");
            figures.figure("load." + n + ".import-cpu", importCpu / 1e9, "s");
            figures.ratio("load." + n + ".loader-over-import-per-cpu-second", inGraph / (loaderCpu / 1e9),
                    records / (importCpu / 1e9));
            figures.figure("load." + n + ".import-schema-cpu", schema.cpuSeconds(), "s");
            figures.ratio("load." + n + ".loader-over-import-with-schema-per-cpu-second", inGraph / (loaderCpu / 1e9),
                    records / (importCpu / 1e9 + schema.cpuSeconds()));
        }
        if (options.loadOnly()) {
            return;
        }

        URI apiUri = URI.create("http://127.0.0.1:" + apiPort + "/graphql");
        api.awaitGraphQL(http, apiUri, "{\"query\":\"{ roadmaps { id } }\"}", Duration.ofSeconds(90));
        Optional<URI> peerUri = peerPort.map(p -> URI.create("http://127.0.0.1:" + p + "/"));
        if (peerUri.isPresent()) {
            awaitPeer(peerUri.get());
        }
        ApiBench bench = new ApiBench(driver, apiUri, peerUri, echo, roadmap, SEED);
        phaseFrom = System.nanoTime();
        boolean apiReady = snapshotReadiness(bench, n, options.readinessBudget(size));
        budget.spent(n + ": API's new snapshot after the load", options.readinessBudget(size), phaseFrom);
        serverMemory(api, n);
        phaseFrom = System.nanoTime();
        Map<String, Map<ApiBench.Side, Integer>> agreement = bench.agreement(options.agreementBudget());
        budget.spent(n + ": agreement check", options.agreementBudget(), phaseFrom);
        if (!warmedUp) {
            phaseFrom = System.nanoTime();
            long warmupEnd = phaseFrom + options.serverWarmupBudget().toNanos();
            int left = 0;
            // the warm-up's windows of the sides that settle next: each one's first "window before"
            Map<Settled, JitSettling.Window> warmupWindows = new LinkedHashMap<>();
            for (ApiBench.Operation operation : ApiBench.Operation.values()) {
                for (ApiBench.Side side : ApiBench.Side.values()) {
                    if (options.measures(operation) && bench.measures(side, operation)) {
                        if (System.nanoTime() >= warmupEnd) {
                            left++;
                            continue;
                        }
                        Settled item = new Settled(side, operation);
                        double[] before = item.cpuAndJitSeconds(api);
                        LoadRun.Result warm = bench.measure(side, operation, CONCURRENCY, Duration.ZERO,
                                options.serverWarmup(), Duration.ofNanos(Math.max(warmupEnd - System.nanoTime(),
                                        options.serverWarmup().toNanos())));
                        quiesce(driver);
                        if (SETTLED_SIDES.contains(side)) {
                            warmupWindows.put(item, JitSettling.Window.between(before, item.cpuAndJitSeconds(api),
                                    warm.requests()));
                        }
                    }
                }
            }
            if (left > 0) {
                report.notes.add(left + " warm-ups of a side and operation were left out: the warm-up's budget ("
                        + options.serverWarmupBudget().toSeconds() + " s) was spent.");
            }
            budget.spent("warm-up (once, at " + n + ")", options.serverWarmupBudget(), phaseFrom);
            phaseFrom = System.nanoTime();
            settleJit(bench, api, driver, warmupWindows, phaseFrom + options.settleBudget().toNanos());
            budget.spent("the API server's JIT settling (once, at " + n + ")", options.settleBudget(), phaseFrom);
            warmedUp = true;
        }
        report.agreement.put(n, agreement);
        Map<ApiBench.Side, Long> spent = new LinkedHashMap<>();
        long recordingSpent = 0;
        long collectionsSpent = 0; // the full collections before the floor's sides: outside the sides' budgets
        double[] apiCpu = new double[2]; // the server's CPU and its JIT compilers' over the API side's measurements
        for (ApiBench.Operation operation : ApiBench.Operation.values()) {
            if (!options.measures(operation)) {
                continue;
            }
            Map<ApiBench.Side, LoadRun.Result> results = new LinkedHashMap<>();
            for (ApiBench.Side side : ApiBench.Side.values()) {
                if (!bench.measures(side, operation)) {
                    continue;
                }
                String name = "api." + n + "." + operation.key + "." + side.key;
                if (!apiReady && (side == ApiBench.Side.API || side == ApiBench.Side.ECHO)) {
                    report.unmeasured(operation.key, n, side, "not ready");
                    continue;
                }
                long used = spent.getOrDefault(side, 0L);
                long sideStart = System.nanoTime();
                if (used >= options.sideBudget().toNanos()) {
                    report.notes.add(name + ": not measured, the " + side.key + " side used up its time budget at "
                            + n + " topics (" + options.sideBudget().toSeconds() + " s)");
                    report.unmeasured(operation.key, n, side, "budget");
                    continue;
                }
                LoadRun.Result r;
                try {
                    if (side == ApiBench.Side.ECHO) {
                        long recordingStart = System.nanoTime();
                        boolean complete = bench.recordEcho(operation,
                                recordingStart + options.recordingBudget(size).toNanos() - recordingSpent);
                        recordingSpent += System.nanoTime() - recordingStart;
                        sideStart = System.nanoTime();
                        if (!complete) {
                            report.notes.add(name + ": not measured, recording the API's answers for the echo used"
                                    + " up its time budget at " + n + " topics");
                            report.unmeasured(operation.key, n, side, "budget");
                            spent.merge(side, System.nanoTime() - sideStart, Long::sum);
                            continue;
                        }
                    }
                    // the sides of the floors (memory, echo, store) do their work in this JVM: each starts after a
                    // full collection of what the sides before it left (at 100k the Bolt side's Neo4j queries and the
                    // API's answers: up to ~1 GB of old garbage, bench23), as a timed load does. The API's work runs
                    // in its own server, so this can only lower the floor, never flatter the API; each collection
                    // (0.5-4 s at 100k) is outside the side's budget: at 1k the quick run's memory side used ~36 of its
                    // 40 s, and with them it lost its last operations at load 40
                    long collectionFrom = System.nanoTime();
                    double heapLive = IN_BENCH_JVM.contains(side) ? settledHeapMib() : Double.NaN;
                    long collection = System.nanoTime() - collectionFrom;
                    collectionsSpent += collection;
                    sideStart += collection;
                    double gcBefore = gcPauseSeconds();
                    double[] serverBefore = serverAndJitSeconds(api);
                    r = bench.measure(side, operation, CONCURRENCY, options.warmup(), options.measure(),
                            Duration.ofNanos(options.sideBudget().toNanos() - used));
                    if (side == ApiBench.Side.API) {
                        double[] serverAfter = serverAndJitSeconds(api);
                        apiCpu[0] += serverAfter[0] - serverBefore[0];
                        apiCpu[1] += serverAfter[1] - serverBefore[1];
                    }
                    if (side == ApiBench.Side.MEMORY || side == ApiBench.Side.ECHO) {
                        // the floor's sides run in this JVM: its collector's pauses in their windows, and the heap
                        // they started from (the memory side's 100k swing, bench23)
                        figures.figure(name + ".gc-pauses", gcPauseSeconds() - gcBefore, "s");
                        figures.figure(name + ".heap-live", heapLive, "MiB");
                    }
                    if (side == ApiBench.Side.ECHO) {
                        // the echo holds one operation's answers at a time: at 100k each operation's are 50-200 MB
                        // that the next operations' sides would otherwise find on the heap
                        echo.forget();
                    }
                } catch (RuntimeException | IOException e) {
                    // one side that fails (the echo's recording of an answer that does not come, say) is recorded
                    report.notes.add(name + ": failed, " + e);
                    report.unmeasured(operation.key, n, side, "failed");
                    spent.merge(side, System.nanoTime() - sideStart, Long::sum);
                    continue;
                }
                quiesce(driver);
                spent.merge(side, System.nanoTime() - sideStart, Long::sum);
                results.put(side, r);
                if (r.requests() == 0) {
                    report.unmeasured(operation.key, n, side, "no answer");
                    System.err.println(name + ": no request answered (" + r.errors() + " errors; first: "
                            + r.firstError() + ")");
                    report.notes.add(name + ": no request answered (" + r.errors() + " errors; first: "
                            + r.firstError() + ")");
                    continue;
                }
                if (r.errors() > 0) {
                    report.notes.add(name + ": " + r.errors() + " errors; first: " + r.firstError());
                }
                figures.figure(name + ".p50", r.p50Ms(), "ms");
                figures.figure(name + ".p99", r.p99Ms(), "ms");
                figures.figure(name + ".throughput", r.throughput(), "req/s");
            }
            report.api.computeIfAbsent(operation.key, k -> new LinkedHashMap<>()).put(n, results);
            LoadRun.Result ours = results.get(ApiBench.Side.API);
            if (ours != null && ours.requests() > 0) {
                ratio("api." + n + "." + operation.key + ".p50-over-bolt", ours, results.get(ApiBench.Side.BOLT),
                        true);
                ratio("api." + n + "." + operation.key + ".p50-over-memory", ours,
                        results.get(ApiBench.Side.MEMORY), true);
                floorRatio("api." + n + "." + operation.key + ".p50-over-floor", ours,
                        results.get(operation.floor()), results.get(ApiBench.Side.ECHO));
                if (results.containsKey(ApiBench.Side.PEER)) {
                    ratio("api." + n + "." + operation.key + ".p50-over-peer", ours, results.get(ApiBench.Side.PEER),
                            true);
                    ratio("api." + n + "." + operation.key + ".throughput-over-peer", ours,
                            results.get(ApiBench.Side.PEER), false);
                }
            }
        }
        if (apiCpu[0] > 0) {
            // a server still compiling its hot code while measured is not at its steady state: said per size
            figures.figure("api." + n + ".server-jit-share", 100 * apiCpu[1] / apiCpu[0], "%");
        }
        if (size <= ChoiceGrowth.LARGEST && options.measuresGroups()) {
            // last: the second roadmap would change the unscoped answers of the operations above
            ChoiceApiGrowth.Timing groups = ChoiceApiGrowth.measure(loader, http, apiUri, spec,
                    bench.arguments().goals(), CONCURRENCY, options.warmup(), options.measure(),
                    new ChoiceApiGrowth.Settle(options.settlePass(), SETTLED, options.groupsSettleBudget(),
                            () -> serverAndJitSeconds(api)));
            ChoiceApiGrowth.report(figures, n, groups);
            report.groupsJitSettling.put(n, Report.groupsJitSettling(n, groups.settling().passes(),
                    options.settlePass(), groups.settling().seconds(), SETTLED, groups.settling().outcomes()));
            System.out.println("# " + report.groupsJitSettling.get(n));
            System.out.printf(java.util.Locale.ROOT, "# %s: learningPath with groups %d requests, without %d;"
                    + " load average %s%n", n, groups.groupedRequests(), groups.plainRequests(), Machine.loadAverage());
        }
        spent.forEach((side, nanos) -> budget.spent(n + ": " + side.key + " side", options.sideBudget(),
                System.nanoTime() - nanos));
        budget.spent(n + ": the echo's recording of our answers", options.recordingBudget(size),
                System.nanoTime() - recordingSpent);
        budget.spent(n + ": full collections before the floor's sides", null, System.nanoTime() - collectionsSpent);
    }

    /**
     * After the warm-up, the JIT settles on the API side and its floor's sides alike ({@link #SETTLED_SIDES}): each
     * runs each operation again ({@link Options#settlePass()} a window, one pass over the operations and sides at a
     * time) until the operation's window meets {@link #SETTLED} (the compiler threads of the process that answers it
     * at most 5 % of its CPU, and its CPU per request outside them no longer falling), each operation and side that
     * has settled left out of the next pass; until {@code end} ({@link Options#settleBudget()} after the warm-up).
     * README's JVM options raise the server's C2 thresholds tenfold (a faster start), so a method called once per
     * request reaches C2 only after ~50,000 requests: without a settling the measured windows caught the server still
     * compiling (session 17, jit17 in bench/benchmarks-notes.md), and with one on the compilers' share alone, still
     * running C1's code while its compilers were idle (margin22). The memory and echo sides run in the bench's JVM
     * (default thresholds): their process is that JVM. The warm-up's windows ({@code warmupWindows}) are each item's
     * first window before.
     */
    private void settleJit(ApiBench bench, ChildProcess api, Driver driver,
                           Map<Settled, JitSettling.Window> warmupWindows, long end) {
        List<Settled> items = java.util.Arrays.stream(ApiBench.Operation.values())
                .filter(options::measures)
                .flatMap(operation -> SETTLED_SIDES.stream().filter(side -> bench.measures(side, operation))
                        .map(side -> new Settled(side, operation)))
                .toList();
        JitSettling.Result<Settled> settling = JitSettling.settle(items, warmupWindows, end, SETTLED,
                item -> item.cpuAndJitSeconds(api), item -> {
                    LoadRun.Result r = bench.measure(item.side(), item.operation(), CONCURRENCY, Duration.ZERO,
                            options.settlePass(), Duration.ofNanos(Math.max(end - System.nanoTime(),
                                    options.settlePass().toNanos())));
                    quiesce(driver);
                    return r.requests();
                });
        figures.figure("api.warmup.jit-settling", settling.seconds(), "s");
        figures.figure("api.warmup.jit-settling.unsettled", settling.unsettled().size(), "items");
        Map<String, Map<String, JitSettling.Outcome>> byOperation = new LinkedHashMap<>();
        settling.outcomes().forEach((item, outcome) -> byOperation.computeIfAbsent(item.operation().key,
                k -> new LinkedHashMap<>()).put(item.side().key, outcome));
        report.jitSettling = Report.jitSettling(settling.passes(), options.settlePass(), settling.seconds(), SETTLED,
                byOperation);
        // each operation and side's CPU per request by window (the warm-up's first), for a reader of the run's log
        settling.outcomes().forEach((item, outcome) -> System.out.printf(java.util.Locale.ROOT,
                "# settling %s %s: %s ms CPU per request by window, %s%n", item.operation().key, item.side().key,
                outcome.workPerRequest().stream().map(w -> String.format(java.util.Locale.ROOT, "%.4f", w * 1e3))
                        .collect(java.util.stream.Collectors.joining(" ")), outcome.settled() ? "settled"
                        : "not settled"));
        System.out.println("# " + report.jitSettling);
    }

    /** An operation on a side whose JIT settles before the measurements ({@link #settleJit}). */
    private record Settled(ApiBench.Side side, ApiBench.Operation operation) {

        /**
         * The CPU seconds so far of the process that answers this side and its JIT compiler threads': the API
         * server's, or the bench's own JVM's for the sides in it.
         */
        double[] cpuAndJitSeconds(ChildProcess api) {
            return side == ApiBench.Side.API ? serverAndJitSeconds(api) : benchAndJitSeconds();
        }
    }

    /** This JVM's CPU seconds so far and its JIT compiler threads' (the memory and echo sides run in it). */
    static double[] benchAndJitSeconds() {
        long self = ProcessHandle.current().pid();
        return new double[] {Machine.cpuSeconds(self).orElse(0), Machine.compilerSeconds(self)};
    }

    /** The API server's CPU seconds so far and its JIT compiler threads' ({@link Machine#compilerSeconds}). */
    static double[] serverAndJitSeconds(ChildProcess api) {
        return api == null ? new double[2] : new double[] {Machine.cpuSeconds(api.pid()).orElse(0),
                Machine.compilerSeconds(api.pid())};
    }

    /**
     * The generated roadmap as the roadmap file reader reads it back from its JSON file, when the file is within the
     * reader's limit; else the generated roadmap itself (the JSON text is not kept: at 100k topics it is ~80 MB).
     */
    private Roadmap readBack(Roadmap generated, Path work, String n) throws IOException {
        String json = SyntheticRoadmap.toJson(generated);
        boolean readable = json.length() <= READER_LIMIT;
        report.viaReader.put(n, readable);
        if (!readable) {
            return generated;
        }
        Path file = work.resolve("synthetic-" + n + ".json");
        Files.writeString(file, json);
        return RoadmapReader.read(file);
    }

    /**
     * After a load the API's previous snapshot answers until the new one is read (in the background; only a fresh
     * server's first snapshot is waited for): the time from the first request after the load until an answer comes
     * from the new graph, the slowest answer meanwhile (the previous graph's NOT_FOUND for a topic of the new
     * roadmap), which must not have waited for the rebuild, and the time of that first answer from the new graph
     * (an answer of this size, not a wait: the api side measures its p50 below). Any other error is no answer from
     * either graph: the last one is said in the report when the new graph did not answer within {@code limit}.
     */
    private boolean snapshotReadiness(ApiBench bench, String n, Duration limit)
            throws IOException, InterruptedException {
        int expected = bench.call(ApiBench.Side.MEMORY, ApiBench.Operation.PREREQUISITES, 0);
        long first = System.nanoTime();
        long slowest = 0;
        int previousAnswers = 0;
        Optional<String> otherError = Optional.empty();
        while (true) {
            long start = System.nanoTime();
            int answered;
            try {
                answered = bench.call(ApiBench.Side.API, ApiBench.Operation.PREREQUISITES, 0);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().contains("\"NOT_FOUND\"")) {
                    answered = -1; // the previous graph has no such topic
                } else {
                    answered = -2;
                    otherError = Optional.of(String.valueOf(e.getMessage()));
                }
            }
            long took = System.nanoTime() - start;
            if (answered == expected) {
                figures.figure("api." + n + ".first-answer-from-new-snapshot", took / 1e6, "ms");
                break;
            }
            if (answered == -1) {
                previousAnswers++;
            }
            slowest = Math.max(slowest, took);
            if (System.nanoTime() - first > limit.toNanos()) {
                // recorded, and the run goes on: the API side (and its echo) are not measured at this size
                figures.figure("api." + n + ".slowest-answer-while-rebuilding", slowest / 1e6, "ms");
                report.failures.add("api at " + n + " topics: the API did not answer from the new graph within "
                        + limit.toSeconds() + " s of the first request after the load (" + otherError
                        .map(m -> "its last error: " + m.substring(0, Math.min(200, m.length())).replace('`', '\''))
                        .orElse("its snapshot was not ready") + "); the api and echo sides are not measured at"
                        + " this size");
                return false;
            }
            Thread.sleep(10);
        }
        figures.figure("api." + n + ".snapshot-ready-after-load", (System.nanoTime() - first) / 1e6, "ms");
        figures.figure("api." + n + ".slowest-answer-while-rebuilding", slowest / 1e6, "ms");
        figures.figure("api." + n + ".answers-while-rebuilding", previousAnswers, "answers");
        return true;
    }

    /**
     * The API server's memory with this size's snapshot held and no request running: resident set (VmRSS) and the
     * peak since it started (VmHWM, which includes the previous sizes and the rebuilds, when two snapshots are held).
     */
    private void serverMemory(ChildProcess api, String n) {
        api.rssMib().ifPresent(rss -> figures.figure("api." + n + ".server-rss", rss, "MiB"));
        api.peakRssMib().ifPresent(rss -> figures.figure("api." + n + ".server-peak-rss", rss, "MiB"));
    }

    /**
     * The sum of the heap pools' peak use since their last reset, in MiB: an upper bound of the heap the loader (and
     * the embedded Neo4j in this JVM) needed, to compare with the bench JVM's {@code -Xmx}.
     */
    /** This JVM's CPU time so far (all threads), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return AdminImport.processCpuNanos();
    }

    /**
     * The CPU seconds this JVM's JIT compiler threads and its collector's threads have used so far
     * ({@link Machine#compilerSeconds}, {@link Machine#collectorSeconds}): threads alive when read, so a compiler
     * thread the JVM stopped within a window is not counted in it.
     */
    private record JvmThreads(double jit, double gc) {
        static JvmThreads now() {
            long self = ProcessHandle.current().pid();
            return new JvmThreads(Machine.compilerSeconds(self), Machine.collectorSeconds(self));
        }

        JvmThreads since(JvmThreads before) {
            return new JvmThreads(jit - before.jit, gc - before.gc);
        }
    }

    /** The time this JVM's collectors have paused it so far, in seconds (all collectors' MXBeans). */
    private static double gcPauseSeconds() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum() / 1e3;
    }

    private static double peakHeapMib() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    private void ratio(String name, LoadRun.Result ours, LoadRun.Result theirs, boolean latency) {
        if (theirs == null || theirs.requests() == 0) {
            return;
        }
        if (latency) {
            figures.ratio(name, ours.p50Ms(), theirs.p50Ms());
        } else {
            figures.ratio(name, ours.throughput(), theirs.throughput());
        }
    }

    /**
     * Our API's p50 over its floor: the p50 of the work any implementation must do for the answer (the in-memory
     * algorithm; for the progress mix the progress store's writes and reads on Neo4j, {@link
     * ApiBench.Operation#floor()}) plus the p50 of replaying our own answer over HTTP (the echo side), so the floor
     * includes sending and parsing an answer of that size.
     */
    private void floorRatio(String name, LoadRun.Result ours, LoadRun.Result work, LoadRun.Result echo) {
        if (work != null && echo != null && work.requests() > 0 && echo.requests() > 0) {
            figures.ratio(name, ours.p50Ms(), work.p50Ms() + echo.p50Ms());
        }
    }

    private void awaitPeer(URI peer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                ChildProcess.post(http, peer, "{\"query\":\"{ __typename }\"}");
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the peer did not answer at " + peer + ": " + e.getMessage(), e);
                }
                ChildProcess.sleep(100);
            }
        }
    }

    /**
     * Time from README's start command ({@code java @api-server/jvm.options -jar api-server/target/api-server.jar},
     * {@link #serverCommand}; the jar and archive {@code mvn -DskipTests package} made) to the first answer of {@link
     * #STARTUP_QUERY} (a topic of the bundled roadmap: the server has started, loaded the roadmap and read its first
     * snapshot) on a fresh data directory; the server's CPU time until then (steadier than the wall clock on a shared
     * machine), whether the JVM mapped the archive (a missing or stale archive is ignored silently, and the start then
     * measures {@code java -jar} alone), how idle the machine was before it, and peak RSS. Each start waits first until
     * the benchmark's own earlier work has ended and the cores are idle ({@link Machine#awaitQuiet}, at most {@link
     * #QUIET_WAIT}). When the run includes {@value #LARGE_STARTUP_TOPICS} topics or more, the largest synthetic roadmap
     * is then loaded into that data directory and the server started again on it: the time to its first answer and to
     * its first traversal of that roadmap, and its RSS then.
     */
    private void startup(Path work) {
        Path data = work.resolve("startup-data");
        int largest = options.sizes().stream().max(Integer::compare).orElse(0);
        Ports ports = Ports.free();
        URI uri = ports.graphql();
        Machine.Quiet quiet = Machine.awaitQuiet(QUIET_WAIT);
        long start = System.nanoTime();
        try (ChildProcess server = startServer(work, data, ports, "start-up")) {
            server.awaitGraphQL(http, uri, STARTUP_QUERY, Duration.ofSeconds(180), "\"title\"");
            double seconds = (System.nanoTime() - start) / 1e9;
            OptionalDouble cpu = Machine.cpuSeconds(server.pid());
            boolean archive = Machine.maps(server.pid(), options.serverArchive());
            // the bundled roadmap: with bootstrap it is there at the first answer
            String roadmaps;
            try {
                roadmaps = ChildProcess.post(http, uri, "{\"query\":\"{ roadmaps { id } }\"}");
            } catch (IOException e) {
                roadmaps = "";
            }
            report.startupHasRoadmap = roadmaps.contains("ai-engineer");
            ChildProcess.sleep(500);
            figures.figure("startup.first-answer", seconds, "s");
            cpu.ifPresent(cpuSeconds -> figures.figure("startup.first-answer-cpu", cpuSeconds, "s"));
            figures.figure("startup.archive-mapped", archive ? 1 : 0, "flag");
            server.peakRssMib().ifPresent(rss -> figures.figure("startup.peak-rss", rss, "MiB"));
            figures.figure("startup.cpu-idle-before", quiet.idleShare() * 100, "%");
            System.out.printf("start-up: archive %s; before it %s; load average after %s%n",
                    archive ? "mapped" : "NOT mapped (the build made none, or it does not fit this jar and JDK)",
                    quiet.describe(), Machine.loadAverage());
            report.startupSeconds = seconds;
            report.startupCpuSeconds = cpu.orElse(Double.NaN);
            report.startupArchiveMapped = archive;
            report.startupLoad = quiet.describe();
            report.startupRss = server.peakRssMib().orElse(Double.NaN);
            if (largest < LARGE_STARTUP_TOPICS) {
                return;
            }
            if (budget.remaining().compareTo(LARGE_STARTUP_NEEDS) < 0) {
                skipped("the start-up on a data directory with " + label(largest) + " topics", "less than "
                        + LARGE_STARTUP_NEEDS.toMinutes() + " min of the run's time budget was left");
                return;
            }
            loadInto(data, ports.bolt(), largest);
        }
        startupOnLarge(work, data, largest);
    }

    /**
     * The longest a start-up measurement waits for the benchmark's own earlier work to end and the machine to be idle
     * ({@link Machine#awaitQuiet}); the figure is measured then whatever the machine does.
     */
    static final Duration QUIET_WAIT = Duration.ofSeconds(60);

    /** README's first question to the server: a topic of the bundled roadmap, answered from the first snapshot. */
    static final String STARTUP_QUERY = "{\"query\":\"{ topic(id: \\\"rag\\\") { title } }\"}";

    /** The ports of one server: its HTTP port, its embedded Neo4j's Bolt port and Neo4j's HTTP port (the Browser). */
    private record Ports(int http, int bolt, int neo4jHttp) {
        /** Free ports: 7474/7687/8080 may belong to a server or Neo4j Desktop already. */
        static Ports free() {
            return new Ports(ChildProcess.freePort(), ChildProcess.freePort(), ChildProcess.freePort());
        }

        URI graphql() {
            return URI.create("http://127.0.0.1:" + http + "/graphql");
        }
    }

    /** README's start command on {@code data}. */
    private ChildProcess startServer(Path work, Path data, Ports ports, String what) {
        return ChildProcess.start("api-server (" + what + ")",
                serverCommand(options.root()),
                Map.of("MICRONAUT_SERVER_PORT", String.valueOf(ports.http()), "ROADMAP_EMBEDDED_BOLT_PORT",
                        String.valueOf(ports.bolt()), "ROADMAP_EMBEDDED_HTTP_PORT", String.valueOf(ports.neo4jHttp()),
                        "ROADMAP_EMBEDDED_DATA_DIR", data.toString()),
                work, work.resolve(what.replace(' ', '-') + ".log"));
    }

    /**
     * Loads the synthetic roadmap of {@code topics} into a running server's embedded Neo4j over Bolt, with the password
     * the server keeps in its data directory (api-server's {@code EmbeddedPassword}).
     */
    private void loadInto(Path data, int bolt, int topics) {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, SEED + topics));
        String password;
        try {
            password = Files.readString(data.resolve("neo4j-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no password file in the server's data directory " + data, e);
        }
        long start = System.nanoTime();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", password))) {
            RoadmapLoader loader = new RoadmapLoader(driver);
            loader.ensureSchema();
            loader.load(roadmap);
        }
        figures.figure("startup." + label(topics) + ".load-into-server", (System.nanoTime() - start) / 1e9, "s");
    }

    /**
     * A server started on a data directory that holds the synthetic roadmap of {@code topics}: time to the first
     * answer that lists it, time to the first answer of a traversal over it (a fresh server waits for its first
     * snapshot), and RSS then (the embedded Neo4j's page cache included).
     */
    /** The first traversal asked of a server started on a large data directory. */
    private static final String FIRST_TRAVERSAL = "query($t: ID!) { prerequisites(topic: $t, transitive: false)"
            + " { depth topic { id title } } }";

    private void startupOnLarge(Path work, Path data, int topics) {
        String n = label(topics);
        String roadmap = SyntheticRoadmap.Spec.of(topics, SEED + topics).id();
        String deepest = SyntheticRoadmap.topicId(topics - 1);
        Ports ports = Ports.free();
        URI uri = ports.graphql();
        // the server that loaded the roadmap has just been stopped: its exit and its load's work are not measured
        Machine.Quiet quiet = Machine.awaitQuiet(QUIET_WAIT);
        figures.figure("startup." + n + ".cpu-idle-before", quiet.idleShare() * 100, "%");
        System.out.printf("start-up on %s topics: before it %s%n", n, quiet.describe());
        long start = System.nanoTime();
        try (ChildProcess server = startServer(work, data, ports, "start-up " + n)) {
            server.awaitGraphQL(http, uri, "{\"query\":\"{ roadmaps { id } }\"}", Duration.ofSeconds(300),
                    "\"" + roadmap + "\"");
            figures.figure("startup." + n + ".first-answer", (System.nanoTime() - start) / 1e9, "s");
            // the deepest topic's direct prerequisites: answered from the first snapshot, and small (its transitive
            // ones at 100k are more values than roadmap.cost.max-values lets one answer hold)
            server.awaitGraphQL(http, uri, ApiBench.body(FIRST_TRAVERSAL, "t", ApiBench.quote(deepest)),
                    Duration.ofSeconds(300), "\"depth\"");
            figures.figure("startup." + n + ".first-traversal", (System.nanoTime() - start) / 1e9, "s");
            ChildProcess.sleep(500);
            server.rssMib().ifPresent(rss -> figures.figure("startup." + n + ".server-rss", rss, "MiB"));
            server.peakRssMib().ifPresent(rss -> figures.figure("startup." + n + ".server-peak-rss", rss, "MiB"));
        }
    }

    /**
     * Waits until Neo4j runs no query but this one: a client that gave up leaves its query running, which must not
     * slow the next side down. Terminates what still runs after {@link #QUIESCE}.
     */
    private static void quiesce(Driver driver) {
        String running = "SHOW TRANSACTIONS YIELD transactionId, currentQuery"
                + " WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids";
        long deadline = System.nanoTime() + QUIESCE.toNanos();
        try (Session session = driver.session()) {
            while (true) {
                List<Object> ids = session.run(running).single().get("ids").asList();
                if (ids.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
                    return;
                }
                ChildProcess.sleep(100);
            }
        }
    }

    /** A full collection before a timed load, so that neither side's window collects what an earlier phase left. */
    private static void settleHeap() {
        System.gc();
    }

    /** {@link #settleHeap()}, then the heap in use after it (what is live), in MiB. */
    private static double settledHeapMib() {
        settleHeap();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static void wipe(Driver driver) {
        try (Session session = driver.session()) {
            session.run("CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume();
        }
    }

    private static long countRecords(Driver driver) {
        try (Session session = driver.session()) {
            long nodes = session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
            long rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
            return nodes + rels;
        }
    }

    private static String lastLines(Path log, int count) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
