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
import io.roadmapgraph.testkit.RoundTripParts;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, item 2, through the graph: a roadmap loaded into Neo4j, read back from its current revision, exported as
 * Markdown and imported again has the same phases, layers, topics with their subtopics, tools, projects and route as
 * the file it was loaded from, compared by texts in the exported language ({@link RoundTripParts#ofGraph}: it leaves
 * out what the graph does not keep, a topic's weight and a layer's start-here, and compares points flat), and what
 * the import proposes rather than reads (hours, requirements) is not compared.
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

        assertThat(RoundTripParts.ofGraph(back, language)).as("the parts of %s", label)
                .isEqualTo(RoundTripParts.ofGraph(original, language));
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
}
