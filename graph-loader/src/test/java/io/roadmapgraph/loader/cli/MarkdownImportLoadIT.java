package io.roadmapgraph.loader.cli;

import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An imported document loads: graph-loader import, then graph-loader load into a real Neo4j. */
class MarkdownImportLoadIT extends Neo4jTestSupport {

    @TempDir
    Path dir;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as("graph-loader %s: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    @Test
    void theImportedSeedDocumentLoadsIntoNeo4j() throws IOException {
        Path document = dir.resolve("stappenplan_AI_Engineer.md");
        try (InputStream in = getClass().getResourceAsStream("/markdown/stappenplan_AI_Engineer.md")) {
            Files.copy(in, document);
        }
        Path yaml = dir.resolve("imported.yaml");
        run("import", document.toString(), "-o", yaml.toString(), "--id", "imported-ai-engineer");

        run("load", "--uri", neo4j.boltUri().toString(), yaml.toString());

        long topics = driver.executableQuery("""
                        MATCH (r:Roadmap {id: $id}) MATCH (:Revision {id: r.revision})-[:INCLUDES]->(t:Topic) RETURN count(t) AS topics""")
                .withParameters(java.util.Map.of("id", "imported-ai-engineer")).execute()
                .records().get(0).get("topics").asLong();
        assertThat(topics).isEqualTo(io.roadmapgraph.model.RoadmapReader.read(yaml).topics().size());
        run("remove", "--uri", neo4j.boltUri().toString(), "imported-ai-engineer");
    }
}
