package io.roadmapgraph.bench;

import io.roadmapgraph.loader.LoadRows;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The naive baseline: one Cypher statement per node or relationship, each in its own (auto-commit) transaction, as a
 * loop over rows written without batching would do. Stops after a time budget; the rate is records per second of what
 * it wrote.
 */
final class NaiveLoad {

    record Result(int records, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    private NaiveLoad() {
    }

    static Result run(Driver driver, LoadRows rows, Duration budget) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        int written = 0;
        try (Session session = driver.session()) {
            for (LoadRows.Node node : rows.nodes()) {
                if (System.nanoTime() > deadline) {
                    return new Result(written, (System.nanoTime() - start) / 1e9);
                }
                session.run("MERGE (n:" + node.label() + " {id: $id}) SET n = $props",
                        Map.of("id", node.id(), "props", node.properties())).consume();
                written++;
            }
            for (LoadRows.Relationship rel : rows.relationships()) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                session.run("MATCH (a:" + rel.fromLabel() + " {id: $from}) MATCH (b:" + rel.toLabel() + " {id: $to})"
                                + " MERGE (a)-[r:" + rel.type() + "]->(b) SET r = $props",
                        Map.of("from", rel.from(), "to", rel.to(), "props", rel.properties())).consume();
                written++;
            }
        }
        return new Result(written, (System.nanoTime() - start) / 1e9);
    }
}
