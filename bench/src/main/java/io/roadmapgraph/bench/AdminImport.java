package io.roadmapgraph.bench;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.LoadRows;
import io.roadmapgraph.loader.RoadmapLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;

/**
 * Neo4j's offline bulk importer, {@code neo4j-admin database import full}, run in process from the same Neo4j version's
 * artifacts (org.neo4j:neo4j-import-tool, org.neo4j:neo4j-command-line) on the same graph written as CSV.
 */
final class AdminImport {

    /**
     * @param seconds    the import command's wall-clock time (not the writing of the CSV)
     * @param cpuSeconds this JVM's CPU time during the same command (the importer runs in process), 0 where the JVM
     *                   does not say
     */
    record Result(int records, double seconds, double cpuSeconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    private AdminImport() {
    }

    /** Writes the CSV files into {@code dir}, one per label and one per (type, start label, end label). */
    static List<String> writeCsv(LoadRows rows, Path dir) {
        List<String> arguments = new ArrayList<>();
        Map<String, List<LoadRows.Node>> byLabel = new LinkedHashMap<>();
        rows.nodes().forEach(n -> byLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(n));
        Map<String, List<LoadRows.Relationship>> byType = new LinkedHashMap<>();
        rows.relationships().forEach(r -> byType.computeIfAbsent(r.type() + "." + r.fromLabel() + "." + r.toLabel(),
                k -> new ArrayList<>()).add(r));
        try {
            for (Map.Entry<String, List<LoadRows.Node>> e : byLabel.entrySet()) {
                Path file = dir.resolve("nodes-" + e.getKey() + ".csv");
                List<Map<String, Object>> all = e.getValue().stream().map(LoadRows.Node::properties).toList();
                Set<String> columns = columns(all);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write(header(columns, all, "id:ID(" + e.getKey() + ")"));
                    for (LoadRows.Node node : e.getValue()) {
                        out.write(row(columns, node.properties(), quote(node.id())));
                    }
                }
                arguments.add("--nodes=" + e.getKey() + "=" + file);
            }
            for (Map.Entry<String, List<LoadRows.Relationship>> e : byType.entrySet()) {
                LoadRows.Relationship first = e.getValue().get(0);
                Path file = dir.resolve("rels-" + e.getKey() + ".csv");
                List<Map<String, Object>> all = e.getValue().stream().map(LoadRows.Relationship::properties).toList();
                Set<String> columns = columns(all);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write(header(columns, all, ":START_ID(" + first.fromLabel() + "),:END_ID("
                            + first.toLabel() + ")"));
                    for (LoadRows.Relationship rel : e.getValue()) {
                        out.write(row(columns, rel.properties(), quote(rel.from()) + "," + quote(rel.to())));
                    }
                }
                arguments.add("--relationships=" + first.type() + "=" + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV files for the import: " + e.getMessage(), e);
        }
        return arguments;
    }

    private static Set<String> columns(List<Map<String, Object>> all) {
        Set<String> columns = new LinkedHashSet<>();
        all.forEach(p -> columns.addAll(p.keySet()));
        columns.remove(GraphModel.ID);
        return columns;
    }

    /** The header line, each column typed by its first value in any row (a row may lack an optional property). */
    private static String header(Set<String> columns, List<Map<String, Object>> all, String idColumns) {
        StringBuilder line = new StringBuilder(idColumns);
        for (String column : columns) {
            Object value = all.stream().map(p -> p.get(column)).filter(Objects::nonNull).findFirst().orElse(null);
            String type = value instanceof Integer || value instanceof Long ? ":long"
                    : value instanceof Boolean ? ":boolean" : value instanceof List<?> ? ":string[]" : "";
            line.append(',').append(column).append(type);
        }
        return line.append('\n').toString();
    }

    private static String row(Set<String> columns, Map<String, Object> props, String ids) {
        StringBuilder line = new StringBuilder(ids);
        for (String column : columns) {
            line.append(',');
            Object value = props.get(column);
            if (value instanceof List<?> list) {
                StringBuilder joined = new StringBuilder();
                for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                    joined.append(it.next()).append(it.hasNext() ? ";" : "");
                }
                line.append(quote(joined.toString()));
            } else if (value instanceof String s) {
                line.append(quote(s));
            } else if (value != null) {
                line.append(value);
            }
        }
        return line.append('\n').toString();
    }

    /** This JVM's CPU time so far (all threads), or 0 where the JVM does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** The time the loader's schema took on a store, and this JVM's CPU during it. */
    record Schema(double seconds, double cpuSeconds) {
    }

    /**
     * Opens the store the import wrote under {@code home} and creates the loader's schema on it (its uniqueness
     * constraints, {@code rev} indexes and full-text index: what the loader maintains while it writes, and the
     * importer leaves out), waiting until every index is populated; the time covers the schema statements and the
     * population, not the start of the database. The imported nodes carry no {@code rev} (the loader's Cypher sets
     * it), so the {@code (id, rev)} constraints and the {@code rev} indexes index nothing here: the figure leaves out
     * that part of the loader's index work, and is a lower bound of what the importer would need for the same graph.
     */
    static Schema schema(Path home) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(home, 0));
             Driver driver = neo4j.openDriver()) {
            RoadmapLoader loader = new RoadmapLoader(driver);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            loader.ensureSchema();
            return new Schema((System.nanoTime() - start) / 1e9, cpu > 0 ? (processCpuNanos() - cpu) / 1e9 : 0);
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The import command, its CSV written: what {@link #run(Command)} times. */
    record Command(Path home, Path conf, List<String> arguments, int records) {
    }

    /** Writes the CSV for an import into a new database under {@code home}, and the command's configuration. */
    static Command prepare(LoadRows rows, Path home) {
        try {
            Path csv = Files.createDirectories(home.resolve("import"));
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("neo4j.conf"), "server.memory.pagecache.size=256m\n");
            List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--overwrite-destination",
                    "--array-delimiter=;", "--threads=2", "--report-file=" + home.resolve("import.report")));
            args.addAll(writeCsv(rows, csv));
            return new Command(home, conf, List.copyOf(args), rows.count());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the import under " + home + ": " + e.getMessage(), e);
        }
    }

    /** Runs a prepared import; the time covers the import command only (not the writing of its CSV). */
    static Result run(Command command) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        int exit = AdminTool.execute(new ExecutionContext(command.home(), command.conf(), print, print,
                new org.neo4j.io.fs.DefaultFileSystemAbstraction()), command.arguments().toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("neo4j-admin database import failed (exit " + exit + "):\n" + log);
        }
        return new Result(command.records(), seconds, cpu > 0 ? cpuSeconds : 0);
    }
}
