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
    void aRoadmapThatUsesAnotherComesBackWithItsUsesAndReferencesAndLoadsAsTheSameGraph() {
        Roadmap used = RoadmapReader.read("mini-ai.yaml", """
                id: mini-ai
                title: Mini AI
                summary: Two topics
                source: {document: mini.md, language: en, basedOn: Nothing}
                phases:
                  - {number: 1, title: Basics, goal: Program}
                topics:
                  - {id: python, title: Python, summary: The language, phase: 1, importance: key, estimatedHours: 40}
                  - {id: rag, title: RAG, summary: Retrieval, phase: 1, importance: core, estimatedHours: 30,
                     requires: [{topic: python, reason: You build it in Python}]}
                """);
        Roadmap using = RoadmapReader.read("support-bots.yaml", """
                id: support-bots
                title: Support bots
                summary: Answering customers
                source: {document: bots.md, language: en, basedOn: Nothing}
                uses: [mini-ai]
                phases:
                  - {number: 1, title: Bots, goal: Build a bot}
                topics:
                  - {id: intents, title: Intents, summary: What a customer wants, phase: 1, importance: core,
                     estimatedHours: 4}
                  - id: faq-answering
                    title: FAQ answering
                    summary: Answers from a FAQ
                    phase: 1
                    importance: core
                    estimatedHours: 6
                    requires:
                      - {topic: "mini-ai:rag", reason: The answers are retrieved with RAG}
                      - {topic: intents, reason: First know the question}
                """);
        loader.load(used);
        loader.load(using);
        String loaded = fingerprint();
        Roadmap usedBack = loader.readLoaded(used.id()).orElseThrow();
        Roadmap usingBack = loader.readLoaded(using.id()).orElseThrow();

        assertThat(usingBack.uses()).containsExactly("mini-ai");
        assertThat(usingBack.references()).extracting(r -> r.topic() + " -> " + r.qualifiedId() + ": "
                + r.reason().preferred()).containsExactly("faq-answering -> mini-ai:rag: The answers are retrieved with RAG");
        assertThat(usingBack.topics()).extracting(t -> t.id()).containsExactly("intents", "faq-answering");
        assertThat(usingBack.topic("faq-answering").orElseThrow().requires()).extracting(r -> r.topic())
                .containsExactly("intents");
        clear();
        loader.load(usedBack);
        loader.load(usingBack);
        assertThat(fingerprint()).as("both roadmaps read back and loaded again").isEqualTo(loaded);
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
