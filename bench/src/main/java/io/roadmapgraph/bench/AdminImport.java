package io.roadmapgraph.bench;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.LoadRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
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

/**
 * Neo4j's offline bulk importer, {@code neo4j-admin database import full}, run in process from the same Neo4j version's
 * artifacts (org.neo4j:neo4j-import-tool, org.neo4j:neo4j-command-line) on the same graph written as CSV.
 */
final class AdminImport {

    record Result(int records, double seconds) {
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

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Imports the CSV into a new database under {@code home}; the time covers the import command only. */
    static Result run(LoadRows rows, Path home) {
        try {
            Path csv = Files.createDirectories(home.resolve("import"));
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("neo4j.conf"), "server.memory.pagecache.size=256m\n");
            List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--overwrite-destination",
                    "--array-delimiter=;", "--threads=2", "--report-file=" + home.resolve("import.report")));
            args.addAll(writeCsv(rows, csv));
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int exit = AdminTool.execute(new ExecutionContext(home, conf, print, print,
                    new org.neo4j.io.fs.DefaultFileSystemAbstraction()), args.toArray(String[]::new));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("neo4j-admin database import failed (exit " + exit + "):\n" + log);
            }
            return new Result(rows.count(), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the import under " + home + ": " + e.getMessage(), e);
        }
    }
}
