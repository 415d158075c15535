package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.markdown.ImportOptions;
import io.roadmapgraph.markdown.MarkdownExporter;
import io.roadmapgraph.markdown.MarkdownImporter;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.RouteStep;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, item 2, through the graph: a roadmap loaded into Neo4j, read back from its current revision, exported as
 * Markdown and imported again has the same phases, layers, topics with their subtopics, tools, projects and route as
 * the file it was loaded from, compared by texts in the exported language ({@link Parts}; ids are the import's own).
 *
 * <p>The compared projection leaves out, on purpose, what the graph does not keep (LoadedRoadmap's list): a topic's
 * weight, a layer's start-here, the nesting of points (the graph keeps them flat, "lead: item", so they are compared
 * flat), and what the import proposes rather than reads (hours, requirements, summaries of its own).
 */
class GraphRoundTripIT extends Neo4jTestSupport {

    private final RoadmapLoader loader = new RoadmapLoader(driver);

    @ParameterizedTest(name = "the bundled roadmap in {0}")
    @ValueSource(strings = {"nl", "en"})
    void theBundledRoadmapLoadedExportedAndImportedKeepsItsParts(String language) {
        assertRoundTripThroughTheGraph(RoadmapReader.aiEngineer(), language, "the bundled roadmap");
    }

    @ParameterizedTest(name = "synthetic roadmap of {0} topics, seed {1}, in {2}, with a route in weeks and months")
    @CsvSource(textBlock = """
            1,  31, en
            12, 32, nl
            40, 33, en
            90, 34, nl
            """)
    void aSyntheticRoadmapLoadedExportedAndImportedKeepsItsParts(int topics, long seed, String language) {
        Roadmap roadmap = withRoute(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, seed)));
        assertRoundTripThroughTheGraph(roadmap, language, "seed " + seed);
    }

    private void assertRoundTripThroughTheGraph(Roadmap original, String language, String label) {
        loader.load(original);
        Roadmap loaded = loader.readLoaded(original.id()).orElseThrow();
        String markdown = MarkdownExporter.export(loaded, language);
        Roadmap back = MarkdownImporter.importText(original.id() + ".md", markdown,
                ImportOptions.defaults().withLanguage(language).withId(original.id())).roadmap();

        Parts expected = Parts.of(original, language);
        Parts actual = Parts.of(back, language);
        assertThat(actual.phases()).as("phases of %s", label).isEqualTo(expected.phases());
        assertThat(actual.layers()).as("layers of %s", label).isEqualTo(expected.layers());
        assertThat(actual.topics()).as("topics of %s", label).isEqualTo(expected.topics());
        assertThat(actual.tools()).as("tools of %s", label).isEqualTo(expected.tools());
        assertThat(actual.projects()).as("projects of %s", label).isEqualTo(expected.projects());
        assertThat(actual.route()).as("route of %s", label).isEqualTo(expected.route());
        loader.load(back);
        assertThat(loader.readLoaded(original.id())).as("the imported roadmap loads").isPresent();
    }

    /** Two stages in weeks, then one in months: each learns the next topic by its title. */
    private static Roadmap withRoute(Roadmap r) {
        List<Topic> topics = r.topics();
        Function<Integer, RouteStep> learn = i -> new RouteStep(1,
                Text.of("Learn " + topics.get(i % topics.size()).title().preferred(), "Leer "
                        + topics.get(i % topics.size()).title().nl().orElse("")),
                List.of(topics.get(i % topics.size()).id()), List.of());
        List<RouteStage> route = List.of(
                new RouteStage("weeks-1-2", StagePeriod.weeks(1, 2), Text.of("Start", "Begin"), List.of(learn.apply(0))),
                new RouteStage("weeks-3-4", StagePeriod.weeks(3, 4), Text.of("Next", "Verder"), List.of(learn.apply(1))),
                new RouteStage("months-2-3", StagePeriod.months(2, 3), Text.of("Build", "Bouw"), List.of()));
        return new Roadmap(r.id(), r.title(), r.summary(), r.languages(), r.source(), r.studyHoursPerWeek(),
                r.motto(), r.phases(), r.layers(), r.topics(), r.tools(), r.projects(), route, r.principles(),
                r.successCriteriaLeadIn(), r.successCriteria(), r.resources(), r.tips(), r.uses(), r.references(),
                r.groups());
    }

    /** The parts a round trip through the graph keeps, by their texts in one language. */
    record Parts(List<String> phases, List<String> layers, List<String> topics, List<String> tools,
                 List<String> projects, List<String> route) {

        static Parts of(Roadmap roadmap, String language) {
            Function<Text, String> text = t -> (language.equals("nl") ? t.nl() : t.en()).orElseGet(t::preferred);
            Map<String, Topic> topics = roadmap.topics().stream()
                    .collect(Collectors.toMap(Topic::id, Function.identity()));
            Map<String, String> layers = roadmap.layers().stream()
                    .collect(Collectors.toMap(l -> l.id(), l -> text.apply(l.title())));
            return new Parts(
                    roadmap.phases().stream().map(p -> p.number() + " " + text.apply(p.title()) + " "
                            + p.duration().map(d -> d.min() + "-" + d.max()).orElse("ongoing")).toList(),
                    roadmap.layers().stream().map(l -> l.phase() + "/" + l.number() + " " + text.apply(l.title()))
                            .toList(),
                    roadmap.topics().stream().map(t -> t.phase() + " " + t.layer().map(layers::get).orElse("-")
                                    + " " + text.apply(t.title()) + " < "
                                    + t.parent().map(p -> text.apply(topics.get(p).title())).orElse("-")
                                    + " " + t.importance() + (t.startHere() ? " start here" : "")
                                    + " points " + t.pointTexts().stream().map(text).toList()
                                    + " when " + t.whenToUse().map(text).orElse("-"))
                            .sorted().toList(),
                    roadmap.tools().stream().map(t -> t.name() + " " + t.category() + " " + t.url()).sorted().toList(),
                    roadmap.projects().stream().map(p -> text.apply(p.title()) + " " + p.level() + " "
                            + p.topics().stream().map(id -> text.apply(topics.get(id).title())).sorted().toList())
                            .sorted().toList(),
                    roadmap.route().stream().map(s -> s.period() + " " + text.apply(s.title()) + " "
                            + s.steps().stream().map(st -> text.apply(st.text())).toList()).toList());
        }
    }
}
