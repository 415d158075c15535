package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.RoundTripParts;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * import(export(roadmap)) gives back the same phases, layers, topics, subtopics, tools, projects and route, compared
 * by their texts in the exported language (ids may differ: the import chooses its own).
 */
class RoundTripTest {

    @ParameterizedTest(name = "the bundled roadmap in {0}")
    @ValueSource(strings = {"nl", "en"})
    void theBundledRoadmapSurvivesExportAndImport(String language) {
        assertRoundTrip(RoadmapReader.aiEngineer(), language, "bundled");
    }

    @ParameterizedTest(name = "synthetic roadmap of {0} topics, seed {1}, in {2}")
    @CsvSource(textBlock = """
            1,   1, en
            12,  2, nl
            40,  3, en
            80,  4, nl
            150, 5, en
            150, 6, nl
            """)
    void aSyntheticRoadmapSurvivesExportAndImport(int topics, long seed, String language) {
        Roadmap roadmap = SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, seed));
        assertRoundTrip(roadmap, language, "seed " + seed);
    }

    static void assertRoundTrip(Roadmap original, String language, String label) {
        String markdown = MarkdownExporter.export(original, language);
        Roadmap back = MarkdownImporter.importText(original.id() + ".md", markdown,
                ImportOptions.defaults().withLanguage(language).withId(original.id())).roadmap();
        assertThat(RoundTripParts.ofFile(back, language)).as("the parts of %s", label)
                .isEqualTo(RoundTripParts.ofFile(original, language));
    }

    static Optional<Phase> phase(Roadmap roadmap, int number) {
        return roadmap.phases().stream().filter(p -> p.number() == number).findFirst();
    }
}
