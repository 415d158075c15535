package io.roadmapgraph.testkit;

import io.roadmapgraph.graph.GraphModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The property keys a Cypher text reads or writes, so that tests can hold every Cypher of the project (main sources,
 * recipes, docs) to {@link GraphModel#PROPERTY_KEYS}: Cypher spells keys inline ({@code t.title}, {@code {.id}})
 * to stay readable, and a misspelt key fails a test instead of reading {@code null}.
 */
public final class CypherPropertyKeys {

    /** {@code var.key} (not {@code $param.key}), and {@code {.key} / , .key} in a map projection. */
    private static final Pattern ACCESS = Pattern.compile("(?<![$\\w.])([a-z]\\w*)\\.([a-zA-Z]\\w*)\\b");
    private static final Pattern PROJECTION = Pattern.compile("[{,]\\s*\\.([a-zA-Z]\\w*)\\b");
    /** A key of a map literal the text builds itself ({@code {topic: t, level: 2}}); {@code m.topic} then reads it. */
    private static final Pattern MAP_KEY = Pattern.compile("[{,]\\s*([a-zA-Z]\\w*)\\s*:(?!:)");
    /** Names before a dot that are no node or relationship: procedure namespaces, the row of {@code UNWIND $rows}. */
    private static final Set<String> NOT_ENTITIES = Set.of("db", "index", "fulltext", "apoc", "row", "dbms");
    /** A Java string literal or text block. */
    private static final Pattern JAVA_STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern CYPHER_WORD = Pattern.compile("\\b(MATCH|MERGE|RETURN|UNWIND|CREATE|SET|WITH)\\b|\\)-\\[");

    private CypherPropertyKeys() {
    }

    /** The property keys {@code cypher} names, in order of appearance (comments included). */
    public static List<String> of(String cypher) {
        List<String> keys = new ArrayList<>();
        Matcher access = ACCESS.matcher(cypher);
        while (access.find()) {
            if (!NOT_ENTITIES.contains(access.group(1))) {
                keys.add(access.group(2));
            }
        }
        Matcher projection = PROJECTION.matcher(cypher);
        while (projection.find()) {
            keys.add(projection.group(1));
        }
        return keys;
    }

    /**
     * The keys of {@link #of} that the graph model does not define, less those of maps the text builds itself
     * ({@code s.level} after {@code {topic: t, level: 1}} reads that map).
     */
    public static Set<String> unknownIn(String cypher) {
        Set<String> unknown = new TreeSet<>(of(cypher));
        unknown.removeAll(GraphModel.PROPERTY_KEYS);
        Matcher mapKey = MAP_KEY.matcher(cypher);
        while (mapKey.find()) {
            unknown.remove(mapKey.group(1));
        }
        return unknown;
    }

    /** The string literals and text blocks of the Java files under {@code sourceRoot} that hold Cypher. */
    public static List<String> cypherLiteralsUnder(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            List<String> literals = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher string = JAVA_STRING.matcher(Files.readString(file));
                while (string.find()) {
                    String text = string.group(1) != null ? string.group(1) : string.group(2);
                    if (CYPHER_WORD.matcher(text).find()) {
                        literals.add(text);
                    }
                }
            }
            return literals;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
