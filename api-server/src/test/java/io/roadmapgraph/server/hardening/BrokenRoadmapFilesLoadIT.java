package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.loader.GraphLoadException;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.server.testing.BrokenRoadmaps;
import io.roadmapgraph.testkit.GraphFingerprint;
import io.roadmapgraph.testkit.SharedNeo4j;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample of the broken files of {@link BrokenRoadmapFilesTest}, written to disk and given to {@link RoadmapLoader}
 * against a real Neo4j: each is refused as invalid input with its problems, and the graph is unchanged.
 */
class BrokenRoadmapFilesLoadIT {

    private static final long SEED = 42;
    private static final int SAMPLE = 40;

    @Test
    void theLoaderRefusesBrokenFilesAndWritesNothing(@TempDir Path dir) throws Exception {
        RoadmapLoader loader = new RoadmapLoader(SharedNeo4j.driver());
        loader.ensureSchema();
        GraphFingerprint before = GraphFingerprint.of(SharedNeo4j.driver());
        BrokenRoadmaps files = new BrokenRoadmaps(SEED);
        for (int i = 0; i < SAMPLE; i++) {
            BrokenRoadmaps.Case file = files.next();
            String replay = "seed " + SEED + ", case " + i + ": " + file;
            Path path = dir.resolve(i + "-" + file.name());
            Files.writeString(path, file.content(), StandardCharsets.UTF_8);

            assertThatThrownBy(() -> loader.load(path)).as(replay)
                    .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                        assertThat(e.kind()).as(replay).isEqualTo(GraphLoadException.Kind.INVALID_INPUT);
                        assertThat(e.problems()).as(replay).isNotEmpty()
                                .anySatisfy(p -> assertThat(p.line()).isGreaterThanOrEqualTo(1));
                        assertThat(e.getMessage()).as(replay).contains(path.toString());
                    });
        }
        assertThat(GraphFingerprint.of(SharedNeo4j.driver())).isEqualTo(before);
    }
}
