package io.roadmapgraph.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md's "Health" section shows two answers of {@code GET /health}: what every caller gets (the status
 * only), and what an operator gets with {@code ROADMAP_HEALTH_DETAILS_VISIBLE=ANONYMOUS}. Both are what the server
 * answers: the first exactly, the second field by field (its values, such as the Bolt port, differ per run).
 */
class HealthExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OPERATIONS = MarkdownBlocks.DOCS.resolve("operations.md");

    @Test
    void anAnonymousCallerGetsExactlyTheDocumentedStatusOnlyAnswer() throws IOException {
        GraphQLResponse health = DocsServer.shared().get("/health", Map.of());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(documented().get(0));
    }

    @Test
    void anOperatorWhoAsksForDetailsGetsTheDocumentedFields() throws IOException {
        try (TestServer api = DocsServer.start(Map.of("endpoints.health.details-visible", "ANONYMOUS",
                "roadmap.bootstrap.enabled", false))) {
            GraphQLResponse health = api.get("/health", Map.of());

            assertThat(health.status()).isEqualTo(200);
            assertThat(paths(health.json())).isEqualTo(paths(documented().get(1)));
        }
    }

    /** The JSON blocks of the Health section, in order. */
    private static List<JsonNode> documented() throws IOException {
        List<String> lines = Files.readAllLines(OPERATIONS);
        int start = lines.indexOf("## Health");
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        List<JsonNode> blocks = new ArrayList<>();
        for (MarkdownBlocks.Block block : MarkdownBlocks.of(OPERATIONS)) {
            if (block.language().equals("json") && block.line() > start && block.line() < end) {
                blocks.add(JSON.readTree(block.code()));
            }
        }
        assertThat(blocks).as("the Health section's JSON examples").hasSize(2);
        return blocks;
    }

    /** Every field of {@code node} as a JSON pointer. */
    private static Set<String> paths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + "/" + field.getKey();
            paths.add(path);
            collect(path, field.getValue(), paths);
        }
    }
}
