package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        Shape expected = Shape.of(original, language);
        Shape actual = Shape.of(back, language);
        assertThat(actual.phases()).as("phases of %s", label).isEqualTo(expected.phases());
        assertThat(actual.layers()).as("layers of %s", label).isEqualTo(expected.layers());
        assertThat(actual.topics()).as("topics of %s", label).isEqualTo(expected.topics());
        assertThat(actual.tools()).as("tools of %s", label).isEqualTo(expected.tools());
        assertThat(actual.projects()).as("projects of %s", label).isEqualTo(expected.projects());
        assertThat(actual.route()).as("route of %s", label).isEqualTo(expected.route());
    }

    /** What a round trip keeps, by texts: ids are the import's own. */
    record Shape(List<String> phases, List<String> layers, List<String> topics, List<String> tools,
                 List<String> projects, List<String> route) {

        static Shape of(Roadmap roadmap, String language) {
            Function<Text, String> text = t -> (language.equals("nl") ? t.nl() : t.en()).orElseGet(t::preferred);
            Map<String, Topic> topics = roadmap.topics().stream()
                    .collect(Collectors.toMap(Topic::id, Function.identity()));
            Map<String, String> layers = roadmap.layers().stream()
                    .collect(Collectors.toMap(l -> l.id(), l -> text.apply(l.title())));
            return new Shape(
                    roadmap.phases().stream().map(p -> p.number() + " " + text.apply(p.title()) + " "
                            + p.duration().map(d -> d.min() + "-" + d.max()).orElse("ongoing")).toList(),
                    roadmap.layers().stream().map(l -> l.phase() + "/" + l.number() + " " + text.apply(l.title())
                            + (l.startHere() ? " start here" : "")).toList(),
                    roadmap.topics().stream().map(t -> t.phase() + " " + t.layer().map(layers::get).orElse("-")
                                    + " " + text.apply(t.title()) + " < "
                                    + t.parent().map(p -> text.apply(topics.get(p).title())).orElse("-")
                                    + " " + t.importance() + (t.startHere() ? " start here" : "")
                                    + " weight " + t.weight().orElse(0)
                                    + " points " + t.points().size()
                                    + " when " + t.whenToUse().map(text).orElse("-"))
                            .sorted().toList(),
                    roadmap.tools().stream().map(t -> t.name() + " " + t.category() + " " + t.url()).sorted().toList(),
                    roadmap.projects().stream().map(p -> text.apply(p.title()) + " " + p.level() + " "
                            + p.topics().stream().map(id -> text.apply(topics.get(id).title())).sorted().toList())
                            .sorted().toList(),
                    roadmap.route().stream().map(s -> s.months().min() + "-" + s.months().max() + " "
                            + text.apply(s.title()) + " " + s.steps().stream().map(st -> text.apply(st.text()))
                            .toList()).toList());
        }
    }

    static Optional<Phase> phase(Roadmap roadmap, int number) {
        return roadmap.phases().stream().filter(p -> p.number() == number).findFirst();
    }
}
