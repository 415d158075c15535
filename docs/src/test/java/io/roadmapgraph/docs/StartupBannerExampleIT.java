package io.roadmapgraph.docs;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.testing.LogLines;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.testkit.SettledDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md's start-up banner is what the server logs when it starts with its embedded Neo4j and the Browser
 * (README's first command): the same lines, in the same order, with the addresses and the data directory of this run
 * written as the docs write them.
 */
class StartupBannerExampleIT {

    private static final String FIRST_LINE = "Roadmap Graph is ready";
    /** How long files may still appear in the data directory after the server stopped (a CI run once failed to remove it after the test; the cause was not seen). */
    private static final Duration LATE_WRITERS = Duration.ofSeconds(30);

    @Test
    void theDocumentedBannerIsWhatTheServerLogs(@TempDir Path temp) {
        Path dataDir = temp.resolve("data").resolve("neo4j");
        try (LogLines log = LogLines.of("io.roadmapgraph.server.StartupBanner");
             TestServer api = TestServer.start(Map.of("neo4j.uri", "",
                     "roadmap.embedded.data-dir", dataDir.toString(),
                     "roadmap.embedded.bolt-port", 0,
                     "roadmap.embedded.http-port", 0,
                     "roadmap.bootstrap.enabled", false))) {
            String logged = log.await(line -> line.contains(FIRST_LINE), Duration.ofSeconds(60));
            EmbeddedNeo4j neo4j = api.context().getBean(Neo4jConnection.class).embedded().orElseThrow();

            String asDocumented = logged.substring(logged.indexOf(FIRST_LINE))
                    .replace(api.uri("/").toString().replaceAll("/$", ""), "http://localhost:8080")
                    .replace(":" + neo4j.boltPort(), ":7687")
                    .replace(":" + neo4j.httpUri().orElseThrow().getPort(), ":7474")
                    .replace(temp.toString(), "/path");

            assertThat(asDocumented).isEqualTo(documented("operations.md"));
        }
        SettledDirectory.delete(temp.resolve("data"), LATE_WRITERS);
    }

    /** neo4j-browser.md shows a part of the banner ("..." for the lines it leaves out): lines of the one above. */
    @Test
    void theBrowserPagesPartOfTheBannerIsLinesOfTheDocumentedBannerInTheirOrder() {
        List<String> part = documented("neo4j-browser.md").lines().filter(line -> !line.strip().equals("..."))
                .toList();

        assertThat(part).hasSizeGreaterThan(2);
        assertThat(documented("operations.md").lines().toList()).containsSubsequence(part);
    }

    private static String documented(String page) {
        return MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve(page)).stream()
                .filter(block -> block.code().startsWith(FIRST_LINE))
                .findFirst().orElseThrow(() -> new AssertionError(page + " shows no start-up banner"))
                .code().stripTrailing();
    }
}
