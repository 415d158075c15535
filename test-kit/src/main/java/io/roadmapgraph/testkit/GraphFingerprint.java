package io.roadmapgraph.testkit;

import io.roadmapgraph.graph.GraphModel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything in a graph, in a stable order: every node (labels and properties) and every relationship (type, ends and
 * properties). Equal fingerprints mean nothing was added, removed or changed; {@link #text()} shows what differs when
 * a test fails. The one fingerprint of the project (the loader's tests and the server's hardening tests use it).
 *
 * @param nodes         how many nodes
 * @param relationships how many relationships
 * @param text          the sorted nodes, a line {@code --}, the sorted relationships
 */
public record GraphFingerprint(long nodes, long relationships, String text) {

    /** The random part of a revision id ({@code ai-engineer@<uuid>}). */
    private static final java.util.regex.Pattern REVISION_ID =
            java.util.regex.Pattern.compile("@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The whole graph, every property included. */
    public static GraphFingerprint of(Driver driver) {
        return read(driver, false);
    }

    /**
     * The graph without what differs between two loads of the same content: revision ids (random by design; each
     * {@code <roadmap>@<uuid>} reads {@code <roadmap>@rev}), the roadmaps' {@link GraphModel#PREVIOUS} revision and
     * the revisions' {@link GraphModel#LOADED_AT} times.
     */
    public static GraphFingerprint ofContent(Driver driver) {
        return read(driver, true);
    }

    /**
     * What readers see: the {@code Roadmap} nodes and the roadmaps' current revisions, without staging revisions, the
     * revision kept for readers still on it, revision ids (as {@link #ofContent}) and the load order. Two graphs
     * with equal current views answer every question alike (up to which roadmap was loaded first).
     */
    public static GraphFingerprint ofCurrent(Driver driver) {
        String current = "MATCH (h:" + GraphModel.ROADMAP + ") WITH collect(h." + GraphModel.REVISION + ") AS revs ";
        List<String> nodes = driver.executableQuery(current + "MATCH (n) WHERE n:" + GraphModel.ROADMAP
                        + " OR n." + GraphModel.REV + " IN revs RETURN labels(n) AS labels, properties(n) AS props")
                .execute().records().stream()
                .map(r -> r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
                        + props(r, true, GraphModel.LOAD_ORDER, GraphModel.STATE))
                .sorted()
                .toList();
        List<String> relationships = driver.executableQuery(current + "MATCH (a)-[r]->(b) WHERE (a:"
                        + GraphModel.ROADMAP + " OR a." + GraphModel.REV + " IN revs) AND b." + GraphModel.REV
                        + " IN revs RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props")
                .execute().records().stream()
                .map(r -> "(" + r.get("from").asString("?") + ")-[" + r.get("type").asString() + " "
                        + props(r, false) + "]->(" + r.get("to").asString("?") + ")")
                .sorted()
                .toList();
        String text = String.join("\n", nodes) + "\n--\n" + String.join("\n", relationships);
        return new GraphFingerprint(nodes.size(), relationships.size(), REVISION_ID.matcher(text).replaceAll("@rev"));
    }

    /** The SHA-256 of {@link #text()}, for a short message. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Labels ({@code :Topic}) and relationship types ({@code [REQUIRES]}) with their counts. */
    public static Map<String, Long> counts(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute().records()
                .forEach(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute().records()
                .forEach(r -> counts.put("[" + r.get("type").asString() + "]", r.get("n").asLong()));
        return counts;
    }

    private static GraphFingerprint read(Driver driver, boolean withoutRevisions) {
        List<String> nodes = driver.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
                .execute().records().stream()
                .map(r -> r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
                        + props(r, withoutRevisions))
                .sorted()
                .toList();
        List<String> relationships = driver.executableQuery("MATCH (a)-[r]->(b) "
                        + "RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props")
                .execute().records().stream()
                .map(r -> "(" + r.get("from").asString("?") + ")-[" + r.get("type").asString() + " "
                        + props(r, false) + "]->(" + r.get("to").asString("?") + ")")
                .sorted()
                .toList();
        String text = String.join("\n", nodes) + "\n--\n" + String.join("\n", relationships);
        return new GraphFingerprint(nodes.size(), relationships.size(),
                withoutRevisions ? REVISION_ID.matcher(text).replaceAll("@rev") : text);
    }

    private static String props(Record record, boolean withoutRevisions, String... without) {
        Map<String, Object> props = new TreeMap<>(record.get("props").asMap());
        List.of(without).forEach(props::remove);
        if (withoutRevisions) {
            props.remove(GraphModel.PREVIOUS);
            props.remove(GraphModel.LOADED_AT);
        }
        return props.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
