package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Languages a roadmap has, the origin of its texts and values, and the parts the format added for the document. */
class LanguagesAndOriginsTest {

    private static final String TOPICS = """
            phases:
              - {number: 1, title: %s, goal: %s}
            topics:
              - {id: python, title: %s, summary: %s, phase: 1, importance: key, estimatedHours: 10}
            """;

    private static Roadmap read(String head, String... texts) {
        return RoadmapReader.read("t.yaml", "id: t\n" + head + TOPICS.formatted((Object[]) texts));
    }

    @Test
    void anEnglishOnlyRoadmapHasNoDutchAnywhere() {
        Roadmap roadmap = read("languages: [en]\ntitle: T\nsummary: S\n"
                + "source: {document: t.md, language: en, basedOn: B}\n", "One", "First", "Python", "Code");

        assertThat(roadmap.languages()).containsExactly("en");
        assertThat(roadmap.topics().get(0).title()).isEqualTo(Text.en("Python"));
        assertThat(roadmap.title().nl()).isEmpty();
    }

    @Test
    void aDutchOnlyRoadmapReadsPlainStringsAsDutchAndHasNoEnglish() {
        Roadmap roadmap = read("languages: [nl]\ntitle: Stappenplan\nsummary: Over Python\n"
                + "source: {document: t.md, language: nl, basedOn: Niets}\n", "Eén", "Eerst", "Python", "Code");

        assertThat(roadmap.languages()).containsExactly("nl");
        assertThat(roadmap.title()).isEqualTo(Text.nl("Stappenplan"));
        assertThat(roadmap.title().en()).isEmpty();
        assertThat(roadmap.title().preferred()).isEqualTo("Stappenplan");
    }

    @Test
    void aBilingualRoadmapKeepsEachTextsLanguagesAndLeavesAMissingDutchAbsent() {
        Roadmap roadmap = read("title: {en: Roadmap, nl: Stappenplan}\nsummary: About Python\n"
                + "source: {document: t.md, language: nl, basedOn: Nothing}\n", "One", "First",
                "{en: Python, nl: Python}", "Code");

        assertThat(roadmap.languages()).containsExactly("en", "nl");
        assertThat(roadmap.title()).isEqualTo(Text.of("Roadmap", "Stappenplan"));
        assertThat(roadmap.summary().nl()).isEmpty();
    }

    @Test
    void originsComeFromTheFilesDefaultsUnlessAPartGivesItsOwn() {
        Roadmap roadmap = RoadmapReader.read("t.yaml", """
                id: t
                origins: {texts: document, reasons: authored, requires: authored, hours: authored}
                title: T
                summary: S
                source: {document: t.md, language: en, basedOn: B}
                studyHoursPerWeek: 10
                phases:
                  - {number: 1, title: One, goal: First}
                topics:
                  - {id: python, title: Python, summary: {en: Code, origin: authored}, phase: 1, importance: key,
                     estimatedHours: 10, hoursOrigin: document}
                  - id: rag
                    title: RAG
                    summary: Retrieval
                    phase: 1
                    importance: core
                    estimatedHours: 4
                    requires:
                      - {topic: python, reason: {en: The document says so, origin: document}, origin: document}
                projects:
                  - {id: bot, title: Bot, summary: A bot, level: beginner, estimatedHours: 12, topics: [rag]}
                """);

        Topic python = roadmap.topic("python").orElseThrow();
        assertThat(python.title().origin()).isEqualTo(Origin.DOCUMENT);
        assertThat(python.summary().origin()).isEqualTo(Origin.AUTHORED);
        assertThat(python.hoursOrigin()).isEqualTo(Origin.DOCUMENT);
        assertThat(roadmap.topic("rag").orElseThrow().hoursOrigin()).isEqualTo(Origin.AUTHORED);
        assertThat(roadmap.topic("rag").orElseThrow().requires()).containsExactly(new Prerequisite("python",
                Text.en("The document says so"), Origin.DOCUMENT));
        assertThat(roadmap.studyHoursPerWeek()).contains(new Hours(10, Origin.AUTHORED));
        assertThat(roadmap.projects().get(0).estimatedHours()).contains(new Hours(12, Origin.AUTHORED));
    }

    @Test
    void aSubtopicRequiresItsParentByTheNamedRuleUnlessTheFileSaysSo() {
        Roadmap roadmap = RoadmapReader.read("t.yaml", """
                id: t
                title: T
                summary: S
                source: {document: t.md, language: en, basedOn: B}
                phases:
                  - {number: 1, title: One, goal: First}
                topics:
                  - {id: rag, title: RAG, summary: Retrieval, phase: 1, importance: core, estimatedHours: 4}
                  - {id: bm25, title: BM25, summary: Terms, phase: 1, parent: rag, importance: core, estimatedHours: 2}
                  - id: rerank
                    title: Reranking
                    summary: Reorder
                    phase: 1
                    parent: rag
                    importance: core
                    estimatedHours: 2
                    requires:
                      - {topic: rag, reason: Reranking reorders what RAG retrieves}
                """);

        Prerequisite inferred = roadmap.topic("bm25").orElseThrow().requires().get(0);
        assertThat(inferred.topic()).isEqualTo("rag");
        assertThat(inferred.origin()).isEqualTo(Origin.inferred(Origin.SUBTOPIC_RULE));
        assertThat(inferred.origin().toString()).isEqualTo("inferred:subtopic-requires-parent");
        assertThat(inferred.reason().en()).contains("A subtopic comes after the topic it belongs to.");
        assertThat(roadmap.topic("rerank").orElseThrow().requires()).extracting(Prerequisite::origin)
                .containsExactly(Origin.AUTHORED);
    }

    @Test
    void theNewPartsOfTheFormatAreRead() {
        Roadmap roadmap = RoadmapReader.read("t.yaml", """
                id: t
                title: {en: T, nl: T}
                summary: S
                source: {document: t.md, language: nl, basedOn: B}
                phases:
                  - number: 1
                    title: One
                    goal: First
                    notes:
                      - {kind: note, title: {en: "Why both?", nl: "Waarom beide?"}, text: Full-stack}
                layers:
                  - {id: apps, number: 1, phase: 1, title: Apps, summary: Build, startHere: true}
                topics:
                  - id: rag
                    formerIds: [retrieval-augmented-generation]
                    title: RAG
                    summary: Retrieval
                    phase: 1
                    layer: apps
                    importance: core
                    estimatedHours: 4
                    weight: 80
                    notes:
                      - {kind: tip, text: Start simple}
                    points:
                      - text: "Retrieval algorithms:"
                        points: [BM25, Vector search]
                      - Reranking
                successCriteriaLeadIn: {en: "You are done when you:", nl: "Je bent klaar wanneer je:"}
                successCriteria:
                  - {text: can build RAG, topics: [rag]}
                resources:
                  - {id: book, kind: book, title: The book, url: "https://example.org/book", mustRead: true}
                """);

        Topic rag = roadmap.topic("rag").orElseThrow();
        assertThat(rag.formerIds()).containsExactly("retrieval-augmented-generation");
        assertThat(rag.weight()).contains(80);
        assertThat(rag.notes()).containsExactly(new Note(Note.Kind.TIP, Optional.empty(), Text.en("Start simple")));
        assertThat(rag.points()).containsExactly(
                new Point(Text.en("Retrieval algorithms:"), List.of(Point.of(Text.en("BM25")),
                        Point.of(Text.en("Vector search")))),
                Point.of(Text.en("Reranking")));
        assertThat(rag.pointTexts()).extracting(Text::preferred).containsExactly(
                "Retrieval algorithms: BM25", "Retrieval algorithms: Vector search", "Reranking");
        assertThat(roadmap.layers().get(0).startHere()).isTrue();
        assertThat(roadmap.phases().get(0).notes()).extracting(n -> n.title().flatMap(Text::nl))
                .containsExactly(Optional.of("Waarom beide?"));
        assertThat(roadmap.successCriteriaLeadIn()).contains(Text.of("You are done when you:",
                "Je bent klaar wanneer je:"));
        assertThat(roadmap.resources().get(0).mustRead()).isTrue();
    }
}
