package io.roadmapgraph.loader;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loaded roadmap read back from its current revision ({@link RoadmapLoader#readLoaded}) is a record that loads as
 * the same graph: everything the graph holds of the roadmap comes back.
 */
class LoadedRoadmapIT extends Neo4jTestSupport {

    private final RoadmapLoader loader = new RoadmapLoader(driver);

    private void assertReadBackLoadsAsTheSameGraph(Roadmap original, String label) {
        loader.load(original);
        String loaded = fingerprint();
        Roadmap back = loader.readLoaded(original.id()).orElseThrow();

        clear();
        loader.load(back);
        assertThat(fingerprint()).as("the graph of %s read back and loaded again", label).isEqualTo(loaded);
        assertThat(back.topics()).extracting(t -> t.id()).containsExactlyElementsOf(
                original.topics().stream().map(t -> t.id()).toList());
    }

    @Test
    void theBundledRoadmapReadBackFromTheGraphLoadsAsTheSameGraph() {
        assertReadBackLoadsAsTheSameGraph(RoadmapReader.aiEngineer(), "the bundled roadmap");
    }

    @ParameterizedTest(name = "synthetic roadmap of {0} topics, seed {1}")
    @CsvSource(textBlock = """
            1,   11
            30,  12
            150, 13
            """)
    void aSyntheticRoadmapReadBackFromTheGraphLoadsAsTheSameGraph(int topics, long seed) {
        assertReadBackLoadsAsTheSameGraph(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, seed)),
                "seed " + seed);
    }

    @Test
    void theReaderFollowsTheCurrentRevisionAfterAReload() {
        Roadmap small = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(5, 21));
        Roadmap large = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(20, 21));
        loader.load(small);
        loader.load(large);

        assertThat(loader.readLoaded(large.id()).orElseThrow().topics()).hasSize(large.topics().size());
    }

    @Test
    void aRoadmapTheGraphDoesNotHoldReadsAsNothing() {
        assertThat(loader.readLoaded("no-such-roadmap")).isEmpty();
    }
}
