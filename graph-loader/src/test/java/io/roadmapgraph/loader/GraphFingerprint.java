package io.roadmapgraph.loader;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The whole graph as sorted text: every node with its labels and properties, every relationship with its ends. The
 * roadmaps' {@link GraphModel#REVISION} stamps are left out: they are random by design, so two loads of the same
 * roadmap give the same content under different revisions.
 */
final class GraphFingerprint {

    private GraphFingerprint() {
    }

    static String of(Driver driver) {
        List<String> nodes = driver.executableQuery("MATCH (n) RETURN labels(n) AS labels,"
                        + " properties(n) AS props")
                .execute().records().stream()
                .map(r -> r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + props(r))
                .sorted()
                .toList();
        List<String> relationships = driver.executableQuery("MATCH (a)-[r]->(b) "
                        + "RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props")
                .execute().records().stream()
                .map(r -> "(" + r.get("from").asString() + ")-[" + r.get("type").asString() + " " + props(r) + "]->("
                        + r.get("to").asString() + ")")
                .sorted()
                .toList();
        return String.join("\n", nodes) + "\n--\n" + String.join("\n", relationships);
    }

    /** Labels and relationship types with their counts. */
    static Map<String, Long> counts(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute().records()
                .forEach(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute().records()
                .forEach(r -> counts.put("[" + r.get("type").asString() + "]", r.get("n").asLong()));
        return counts;
    }

    private static String props(Record record) {
        Map<String, Object> props = new TreeMap<>(record.get("props").asMap());
        if (record.containsKey("labels") && record.get("labels").asList(Value::asString).contains(GraphModel.ROADMAP)) {
            props.remove(GraphModel.REVISION);
        }
        return props.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
