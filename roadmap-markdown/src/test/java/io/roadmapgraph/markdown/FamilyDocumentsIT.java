package io.roadmapgraph.markdown;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, "how it will be checked": Dutch and English documents of the seed's family that the import was not
 * written for (src/test/resources/family, see its README) each import in the language they are written in, validate
 * with zero errors, have at least 95 % of their non-blank lines mapped, and load into Neo4j.
 */
class FamilyDocumentsIT extends Neo4jTestSupport {

    private static final int MIN_PERCENT_MAPPED = 95;

    static List<Path> documents() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(FamilyDocumentsIT.class.getResource("/family")).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*-(nl|en)\\.md")).sorted().toList();
        }
    }

    /** Each stage as its id, period, title and steps (text and topics; the graph keeps no order of a step's topics). */
    private static List<String> route(Roadmap roadmap) {
        return roadmap.route().stream().map(stage -> stage.id() + " " + stage.period() + " "
                + stage.title().preferred() + " " + stage.steps().stream()
                .map(step -> step.text().preferred() + " " + step.topics().stream().sorted().toList()).toList())
                .toList();
    }

    @Test
    void theFamilyHasAtLeastSixDocumentsInBothLanguages() throws Exception {
        List<String> names = documents().stream().map(p -> p.getFileName().toString()).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(6);
        assertThat(names).anyMatch(n -> n.endsWith("-nl.md")).anyMatch(n -> n.endsWith("-en.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aDocumentOfTheFamilyImportsValidatesMapsItsLinesAndLoads(Path document) {
        String name = document.getFileName().toString();
        ImportResult result = MarkdownImporter.importFile(document, ImportOptions.defaults());
        ImportReport report = result.report();
        System.out.println(name + ": " + report.summaryLine());
        report.unmapped().forEach(line -> System.out.println("  unmapped " + line.line() + ": " + line.text()));

        assertThat(result.roadmap().source().language()).as("the language guessed for %s", name)
                .isEqualTo(name.substring(name.length() - "nl.md".length(), name.length() - ".md".length()));
        assertThat(RoadmapReader.validate(name + ".yaml", result.yaml())).as("the problems of %s", name).isEmpty();
        assertThat(100L * report.mappedLines()).as(report.text())
                .isGreaterThanOrEqualTo((long) MIN_PERCENT_MAPPED * report.countedLines());
        assertThat(result.roadmap().topics()).as("the topics of %s", name).hasSizeGreaterThanOrEqualTo(6);
        assertThat(result.roadmap().phases()).as("the phases of %s", name).hasSizeGreaterThanOrEqualTo(3);

        RoadmapLoader loader = new RoadmapLoader(driver);
        loader.load(result.roadmap());
        Roadmap loaded = loader.readLoaded(result.roadmap().id()).orElseThrow();
        assertThat(loaded.topics()).as("the topics of %s read back from the graph", name)
                .hasSameSizeAs(result.roadmap().topics());
        // compared by preferred texts: the graph keeps a Dutch-only text as the preferred one (read back as both)
        assertThat(route(loaded)).as("the route of %s read back from the graph", name)
                .isEqualTo(route(result.roadmap()));
        assertThat(loaded.projects()).as("the projects of %s read back from the graph", name)
                .hasSameSizeAs(result.roadmap().projects());
    }
}
