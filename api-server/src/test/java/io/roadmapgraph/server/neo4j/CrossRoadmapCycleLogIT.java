package io.roadmapgraph.server.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.server.testing.LogLines;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.testkit.TwoTopicRoadmap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The server's warning when the loaded roadmaps' requires form a cycle together though each alone has none: logged
 * once the snapshot that holds them is read, so that whoever loaded them (a graph-loader run beside the server) reads
 * it in the server's log too.
 */
class CrossRoadmapCycleLogIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aCycleTwoLoadedRoadmapsMakeTogetherIsLoggedNamingThemAfterTheRefreshThatReadsIt(@TempDir Path dataDir) {
        try (TestServer api = TestServer.start(Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", dataDir.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-port", 0));
             LogLines log = LogLines.of(RoadmapQueries.class)) { // the snapshot's logger
            RoadmapLoader loader = new RoadmapLoader(api.context().getBean(Driver.class));

            loader.load(RoadmapReader.read("alpha.yaml", TwoTopicRoadmap.yaml("alpha", "cycle-first",
                    "cycle-second")));
            api.graphql("roadmaps").assertNoErrors();
            log.await(line -> line.contains("snapshot of"), WAIT);
            assertThat(log.lines()).as("alpha and ai-engineer agree").noneMatch(line -> line.startsWith("WARN"));

            loader.load(RoadmapReader.read("beta.yaml", TwoTopicRoadmap.yaml("beta", "cycle-second",
                    "cycle-first")));
            api.graphql("roadmaps").assertNoErrors();
            String warning = log.await(line -> line.startsWith("WARN"), WAIT);

            assertThat(warning).matches("WARN the requires of roadmaps alpha, beta together form a cycle,"
                    + " (cycle-first → cycle-second → cycle-first|cycle-second → cycle-first → cycle-second)"
                    + " \\(each roadmap alone has none\\): .*")
                    .endsWith("ask with roadmap: naming one of them, or load them again agreeing on the order of"
                            + " these topics");
        }
    }
}
