package io.roadmapgraph.bench;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.testkit.ChildProcess;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;

/**
 * A smaller driver than {@link Bench} for profiling the API server: one synthetic roadmap loaded, the server started
 * with a JFR recording ({@code settings=profile}, written when it stops), and the chosen operations measured one after
 * the other on the API, on their floor's sides (in memory, on the progress store for the progress mix, over Bolt for
 * search) and on the echo, each line with its wall-clock window (epoch ms) so that the
 * recording's events can be cut per operation. Prints {@code p50-over-floor} per operation as {@link Bench} does.
 * <pre>java -cp "bench/target/bench.jar:bench/target/lib/*" io.roadmapgraph.bench.Profile --root=. --size=1000
 *     --ops=prerequisites,plan --seconds=10 --jfr=/tmp/api.jfr</pre>
 * {@code --jfr-settings=} names another JFR configuration than {@code profile} (a {@code .jfc} file: e.g. a copy of
 * the JDK's {@code profile.jfc} sampling every millisecond, for enough samples of short requests). The recording is
 * dumped with {@code jcmd} after the last measurement, while the server still runs (at 100k topics a recording
 * written only at the server's exit lost its last part, the API's window).
 * {@code --rounds=N} measures the operations N times over: the first round's figures hold the bench JVM's own JIT
 * (its HTTP client is compiled while the first sides run), the later ones a warm client.
 * The server runs with README's JVM options ({@link Bench#serverCommand}); {@code --server-options="-Xmx1g
 * -XX:..."} replaces them, to compare JVM options by the server's CPU per request.
 * {@code --groups} loads the roadmap with groups beside the plain one, as {@link ChoiceApiGrowth} does, and measures
 * its learningPath against the plain roadmap's on the API after the operations of each round ({@code groups-plain},
 * {@code groups-grouped}; {@code --ops=none} for these alone); the other operations' answers are then not checked
 * against memory (the second roadmap changes the unscoped ones).
 * {@code --clients=N} measures every side with N client threads instead of the bench's 8; {@code --clients=1,2,8}
 * measures each operation's sides once per count, in that order (the server's CPU per request against the number of
 * requests it answers at once). Besides its CPU, the server's context switches, time on a CPU and time waiting for
 * one per request are printed by kind of thread ({@code /proc/PID/task}).
 * {@code --store=DIR} keeps the loaded Neo4j store in {@code DIR} and loads it only when {@code DIR} does not hold the
 * same size and seed already, so that a 100k roadmap is loaded once for several runs.
 */
final class Profile {

    private Profile() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("size", "1000", "seconds", "10", "root", ".", "ops", "",
                "await", "120",
                "rounds", "1"));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int size = Integer.parseInt(options.get("size"));
        int rounds = Integer.parseInt(options.get("rounds"));
        List<Integer> clientCounts = Stream.of(options.getOrDefault("clients", "8").split(","))
                .map(Integer::parseInt).toList();
        Duration seconds = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
        List<ApiBench.Operation> operations = Stream.of(ApiBench.Operation.values())
                .filter(o -> options.get("ops").isEmpty() || List.of(options.get("ops").split(",")).contains(o.key))
                .toList();
        Path root = Path.of(options.get("root")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("roadmap-profile-");
        SyntheticRoadmap.Spec spec = SyntheticRoadmap.Spec.of(size, Bench.SEED + size);
        Roadmap roadmap = SyntheticRoadmap.generate(spec);
        boolean groups = options.containsKey("groups");
        Path store = options.containsKey("store") ? Path.of(options.get("store")).toAbsolutePath()
                : work.resolve("neo4j");
        Path loaded = store.resolve("profile-loaded");
        String stamp = size + " " + (Bench.SEED + size) + (groups ? " groups" : "");
        boolean reuse = Files.exists(loaded) && Files.readString(loaded).equals(stamp);
        if (!reuse) {
            Bench.deleteTree(store);
        }
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(store, 0));
             Driver driver = neo4j.openDriver()) {
            RoadmapLoader loader = new RoadmapLoader(driver);
            if (reuse) {
                System.out.println("store " + store + " reused (" + stamp + ")");
            } else {
                loader.ensureSchema();
                loader.load(roadmap);
            }
            int port = ChildProcess.freePort();
            Map<String, String> env = new HashMap<>(Bench.apiEnvironment(neo4j, port));
            if (options.containsKey("jfr")) {
                env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=name=profile,settings="
                        + options.getOrDefault("jfr-settings", "profile"));
            }
            Path jar = root.resolve(Bench.SERVER_JAR);
            List<String> command = options.containsKey("server-options")
                    ? Stream.of(Stream.of(Bench.javaBin()), Stream.of(options.get("server-options").split(" "))
                            .filter(o -> !o.isBlank()), Stream.of("-jar", jar.toString())).flatMap(s -> s).toList()
                    : Bench.serverCommand(root);
            try (ChildProcess api = ChildProcess.start("api-server", command, env, work,
                    work.resolve("api-server.log"));
                 EchoServer echo = new EchoServer(8)) {
                URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
                api.awaitGraphQL(HttpClient.newHttpClient(), uri, "{\"query\":\"{ roadmaps { id } }\"}",
                        Duration.ofSeconds(Long.parseLong(options.get("await")))); // a loaded machine: more
                ApiBench bench = new ApiBench(driver, uri, Optional.empty(), echo, roadmap, Bench.SEED);
                String groupedId = spec.id() + "-groups";
                if (groups && !reuse) {
                    // as Bench: the roadmap with groups beside the plain one (the unscoped operations' answers change)
                    ChoiceApiGrowth.loadGrouped(loader, HttpClient.newHttpClient(), uri, spec,
                            bench.arguments().goals().get(0));
                }
                if (!reuse) {
                    Files.writeString(loaded, stamp);
                }
                if (!groups) {
                    System.out.println("agreement " + bench.agreement());
                }
                // the operations once per round, in the same order each round
                List<ApiBench.Operation> measured = java.util.Collections.nCopies(rounds, operations).stream()
                        .flatMap(List::stream).toList();
                for (int n = 0; n < measured.size(); n++) {
                    ApiBench.Operation operation = measured.get(n);
                    if (rounds > 1) {
                        System.out.println("round " + (n / operations.size() + 1));
                    }
                    bench.recordEcho(operation, System.nanoTime() + Duration.ofHours(1).toNanos());
                    for (int clients : clientCounts) {
                        if (clientCounts.size() > 1) {
                            System.out.println("clients " + clients);
                        }
                        Map<ApiBench.Side, LoadRun.Result> results = new HashMap<>();
                        for (ApiBench.Side side : Stream.of(ApiBench.Side.MEMORY, ApiBench.Side.STORE,
                                ApiBench.Side.BOLT, ApiBench.Side.ECHO, ApiBench.Side.API).filter(operation::on)
                                .filter(s -> s != ApiBench.Side.BOLT || s == operation.floor()).toList()) {
                            long from = System.currentTimeMillis();
                            Duration cpuBefore = serverCpu(api);
                            Map<String, long[]> threadsBefore = Machine.threadTicks(api.pid());
                            Map<String, long[]> switchesBefore = threadSwitches(api.pid());
                            Duration benchBefore = benchCpu();
                            Duration serviceBefore = jitAndGcCpu();
                            LoadRun.Result r = bench.measure(side, operation, clients, seconds, seconds);
                            Duration cpu = serverCpu(api).minus(cpuBefore);
                            Duration benchCpu = benchCpu().minus(benchBefore);
                            Duration serviceCpu = jitAndGcCpu().minus(serviceBefore);
                            results.put(side, r);
                            System.out.printf("%s %s p50 %.3f ms p99 %.3f ms %.2f req/s errors %d window %d %d%n",
                                    operation.key, side.key, r.p50Ms(), r.p99Ms(), r.throughput(), r.errors(), from,
                                    System.currentTimeMillis());
                            // the warm-up's requests are not counted by LoadRun: estimated at the measured rate
                            double requests = r.throughput() * 2 * seconds.toMillis() / 1000.0;
                            if (side == ApiBench.Side.API && r.throughput() > 0) {
                                System.out.printf("%s api server-cpu-per-request %.3f ms%n", operation.key,
                                        cpu.toNanos() / 1e6 / requests);
                                printThreadCpu(operation.key, threadsBefore, Machine.threadTicks(api.pid()), requests);
                                printThreadSwitches(operation.key, switchesBefore, threadSwitches(api.pid()), requests);
                            }
                            if (r.throughput() > 0) {
                                // the bench's JVM holds the clients, the memory and store sides and Neo4j itself
                                System.out.printf("%s %s bench-cpu-per-request %.3f ms%n", operation.key, side.key,
                                        benchCpu.toNanos() / 1e6 / requests);
                                // without the JIT's compiler threads and the GC's: they work through the window
                                // whatever its rate, so a side answering fewer requests seemed to cost its client more
                                System.out.printf(
                                        "%s %s bench-cpu-per-request-without-jit-gc %.3f ms (jit+gc %.0f ms)%n",
                                        operation.key, side.key,
                                        benchCpu.minus(serviceCpu).toNanos() / 1e6 / requests,
                                        serviceCpu.toNanos() / 1e6);
                            }
                        }
                        System.out.printf("ratio %s.p50-over-floor %.2f%n", operation.key,
                                results.get(ApiBench.Side.API).p50Ms() / (results.get(operation.floor()).p50Ms()
                                        + results.get(ApiBench.Side.ECHO).p50Ms()));
                    }
                }
                for (int round = 0; groups && round < rounds; round++) {
                    // ChoiceApiGrowth's two sides, the order alternating by round as there (plain first, then grouped)
                    List<String> sides = round % 2 == 0 ? List.of(spec.id(), groupedId) : List.of(groupedId, spec.id());
                    for (String roadmapId : sides) {
                        String key = roadmapId.equals(groupedId) ? "groups-grouped" : "groups-plain";
                        long from = System.currentTimeMillis();
                        Duration cpuBefore = serverCpu(api);
                        Map<String, long[]> threadsBefore = Machine.threadTicks(api.pid());
                        LoadRun.Result r = ChoiceApiGrowth.run(HttpClient.newHttpClient(), uri, roadmapId,
                                bench.arguments().goals(), 8, seconds, seconds);
                        Duration cpu = serverCpu(api).minus(cpuBefore);
                        System.out.printf("%s api p50 %.3f ms p99 %.3f ms %.2f req/s errors %d window %d %d"
                                + " load %s%n", key, r.p50Ms(), r.p99Ms(), r.throughput(), r.errors(), from,
                                System.currentTimeMillis(), Machine.loadAverage());
                        double requests = r.throughput() * 2 * seconds.toMillis() / 1000.0;
                        if (r.throughput() > 0) {
                            System.out.printf("%s api server-cpu-per-request %.3f ms%n", key,
                                    cpu.toNanos() / 1e6 / requests);
                            printThreadCpu(key, threadsBefore, Machine.threadTicks(api.pid()), requests);
                        }
                    }
                }
                if (options.containsKey("jfr")) {
                    dumpRecording(api, Path.of(options.get("jfr")).toAbsolutePath());
                }
            }
        } finally {
            Bench.deleteTree(work); // a --store outside it stays
        }
    }

    /**
     * The server's CPU per request between two {@link Machine#threadTicks} readings, user and system, by kind of thread (threads
     * that ended in between are lost: a rough split of {@code server-cpu-per-request}).
     */
    private static void printThreadCpu(String operation, Map<String, long[]> before, Map<String, long[]> after,
                                       double requests) {
        double msPerTick = 1000.0 / 100; // USER_HZ
        long[] total = new long[2];
        StringBuilder kinds = new StringBuilder();
        after.forEach((kind, cpu) -> {
            long[] was = before.getOrDefault(kind, new long[2]);
            long user = cpu[0] - was[0];
            long system = cpu[1] - was[1];
            total[0] += user;
            total[1] += system;
            if (user + system > 0) {
                kinds.append(String.format(" [%s] %.3f/%.3f", kind.strip(), user * msPerTick / requests,
                        system * msPerTick / requests));
            }
        });
        System.out.printf("%s api server-cpu-per-request user %.3f ms system %.3f ms; by thread (user/system ms):%s%n",
                operation, total[0] * msPerTick / requests, total[1] * msPerTick / requests, kinds);
    }

    /**
     * A process's threads by kind (as {@link Machine#threadTicks}): their voluntary and involuntary context switches
     * ({@code /proc/PID/task/TID/status}) and their nanoseconds on a CPU and waiting for one
     * ({@code /proc/PID/task/TID/schedstat}) so far; empty where /proc does not say.
     */
    private static Map<String, long[]> threadSwitches(long pid) {
        return Machine.byThreadKind(pid, task -> {
            long[] of = new long[4];
            String name = "";
            for (String line : Files.readAllLines(task.resolve("status"))) {
                if (line.startsWith("Name:")) {
                    name = line.substring(5).strip();
                } else if (line.startsWith("voluntary_ctxt_switches:")) {
                    of[0] = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    of[1] = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            String[] schedstat = Files.readString(task.resolve("schedstat")).strip().split(" ");
            of[2] = Long.parseLong(schedstat[0]);
            of[3] = Long.parseLong(schedstat[1]);
            return new Machine.ThreadFigures(name, of);
        });
    }

    /** Per request, by kind of thread: context switches (voluntary/involuntary), on-CPU and run-queue wait (ms). */
    private static void printThreadSwitches(String operation, Map<String, long[]> before, Map<String, long[]> after,
                                            double requests) {
        StringBuilder kinds = new StringBuilder();
        after.forEach((kind, now) -> {
            long[] was = before.getOrDefault(kind, new long[4]);
            if (now[2] - was[2] > 0) {
                kinds.append(String.format(" [%s] %.2f/%.2f %.3f/%.3f", kind.strip(), (now[0] - was[0]) / requests,
                        (now[1] - was[1]) / requests, (now[2] - was[2]) / 1e6 / requests,
                        (now[3] - was[3]) / 1e6 / requests));
            }
        });
        System.out.printf("%s api server-switches-per-request by thread (voluntary/involuntary switches,"
                + " on-CPU/run-queue ms):%s%n", operation, kinds);
    }

    /** Writes the server's recording to {@code file} with {@code jcmd} while the server runs. */
    private static void dumpRecording(ChildProcess api, Path file) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(api.pid()), "JFR.dump", "name=profile", "filename=" + file)
                .redirectErrorStream(true).start();
        String said = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("jfr " + (jcmd.waitFor() == 0 ? "dumped to " + file : "not dumped: " + said.strip()));
    }

    /** This JVM's CPU time so far (user + system, all threads), zero where the OS does not say. */
    private static Duration benchCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * The CPU time so far of this JVM's JIT compiler threads and GC threads (and the VM thread), from
     * {@link Machine#threadTicks} (Linux; zero elsewhere): threads that live as long as the JVM.
     */
    private static Duration jitAndGcCpu() {
        long ticks = Machine.threadTicks(ProcessHandle.current().pid()).entrySet().stream()
                .filter(kind -> kind.getKey().contains("CompilerThre") || kind.getKey().startsWith("GC Thread")
                        || kind.getKey().startsWith("G1 ") || kind.getKey().equals("VM Thread"))
                .mapToLong(kind -> kind.getValue()[0] + kind.getValue()[1]).sum();
        return Duration.ofMillis(ticks * 10); // USER_HZ is 100 on Linux
    }

    /** The API server process's CPU time so far (user + system, all threads), zero where the OS does not say. */
    private static Duration serverCpu(ChildProcess api) {
        return ProcessHandle.of(api.pid()).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }
}
