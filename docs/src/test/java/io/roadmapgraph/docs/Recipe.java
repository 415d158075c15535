package io.roadmapgraph.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Cypher recipe of {@code docs/cypher/}: a header of {@code //} comments (the first line is the title, then what
 * it answers, then {@code // :param name => value} lines for Neo4j Browser), then the query.
 *
 * @param name        the file name without {@code .cypher}, e.g. {@code 02-everything-rag-needs}
 * @param title       the header's first line
 * @param description the header's other lines, joined
 * @param params      each parameter's Browser command ({@code :param topic => 'rag'}) by name, in file order
 * @param values      each parameter's default value by name
 * @param query       the Cypher after the header
 */
record Recipe(String name, String title, String description, Map<String, String> params, Map<String, Object> values,
              String query) {

    static final Path FOLDER = Path.of("cypher");
    private static final Pattern PARAM = Pattern.compile("^:param (\\w+) => (?:'([^']*)'|(-?\\d+))$");

    Recipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(query, "query");
    }

    /** Every recipe of {@code docs/cypher/}, by file name. */
    static List<Recipe> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".cypher")).sorted().map(Recipe::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER.toAbsolutePath(), e);
        }
    }

    /** The recipe in {@code docs/cypher/<name>.cypher}. */
    static Recipe named(String name) {
        return read(FOLDER.resolve(name + ".cypher"));
    }

    static Recipe read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        List<String> description = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        int line = 0;
        for (; line < lines.size() && lines.get(line).startsWith("//"); line++) {
            String text = lines.get(line).substring(2).trim();
            if (text.startsWith(":param")) {
                Matcher param = PARAM.matcher(text);
                if (!param.matches()) {
                    throw new IllegalArgumentException(file + ":" + (line + 1) + ": write parameters as"
                            + " ':param name => 'text'' or ':param name => 42', was '" + text + "'");
                }
                params.put(param.group(1), text);
                values.put(param.group(1), param.group(2) != null ? param.group(2) : Long.parseLong(param.group(3)));
            } else if (!text.isEmpty()) {
                description.add(text);
            }
        }
        String query = String.join("\n", lines.subList(line, lines.size())).strip();
        if (description.isEmpty() || query.isEmpty()) {
            throw new IllegalArgumentException(file + ": a recipe starts with '// <title>' lines and then has a query");
        }
        String name = file.getFileName().toString().replaceFirst("\\.cypher$", "");
        return new Recipe(name, description.get(0), String.join(" ", description.subList(1, description.size())),
                params, values, query);
    }
}
