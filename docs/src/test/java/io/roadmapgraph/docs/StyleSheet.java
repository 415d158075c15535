package io.roadmapgraph.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of {@code docs/browser/roadmap.grass} (Neo4j Browser's GRASS): properties by selector, in file order. */
record StyleSheet(Map<String, Map<String, String>> rules) {

    static final Path FILE = Path.of("browser", "roadmap.grass");
    private static final Pattern RULE = Pattern.compile("([\\w.]+)\\s*\\{((?:'[^']*'|[^'}])*)}");
    private static final Pattern PROPERTY = Pattern.compile("([\\w-]+)\\s*:\\s*('[^']*'|[^;]+);");

    static StyleSheet read() {
        try {
            String grass = Files.readString(FILE, StandardCharsets.UTF_8);
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            Matcher rule = RULE.matcher(grass);
            while (rule.find()) {
                Map<String, String> properties = new LinkedHashMap<>();
                Matcher property = PROPERTY.matcher(rule.group(2));
                while (property.find()) {
                    properties.put(property.group(1), property.group(2).strip().replaceAll("^'(.*)'$", "$1"));
                }
                rules.put(rule.group(1), properties);
            }
            return new StyleSheet(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
        }
    }

    /** The rule for nodes with this label; empty map when there is none. */
    Map<String, String> node(String label) {
        return rules.getOrDefault("node." + label, Map.of());
    }
}
