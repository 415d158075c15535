package io.roadmapgraph.server.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A digest of everything in a graph: every node (labels and properties) and every relationship (type, ends and
 * properties), in a stable order. Equal fingerprints mean nothing was added, removed or changed.
 *
 * @param nodes         how many nodes
 * @param relationships how many relationships
 * @param sha256        the digest of their contents
 */
public record GraphFingerprint(long nodes, long relationships, String sha256) {

    public static GraphFingerprint of(Driver driver) {
        List<String> nodes = driver.executableQuery("""
                        MATCH (n)
                        RETURN labels(n) AS labels, properties(n) AS props""")
                .execute().records().stream()
                .map(r -> r.get("labels").asList().stream().sorted().toList() + " " + sorted(r, "props"))
                .sorted().toList();
        List<String> relationships = driver.executableQuery("""
                        MATCH (a)-[r]->(b)
                        RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props""")
                .execute().records().stream()
                .map(r -> r.get("from").asString("?") + " -" + r.get("type").asString() + "-> "
                        + r.get("to").asString("?") + " " + sorted(r, "props"))
                .sorted().toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            nodes.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            relationships.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return new GraphFingerprint(nodes.size(), relationships.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String sorted(Record record, String key) {
        Map<String, Object> props = new TreeMap<>(record.get(key).asMap());
        return props.toString();
    }
}
