package io.roadmapgraph.query;

import io.roadmapgraph.loader.GraphLoadException;
import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.GraphFingerprint;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, item 2: a roadmap requires another roadmap's topics ({@code uses: [mini-ai]},
 * {@code requires: [mini-ai:rag]}) without redefining them. Loading it copies the required topics from the other
 * roadmap's current revision into its own; reloading the other roadmap leaves that copy as it was until the using
 * roadmap is loaded again; a used roadmap cannot be removed while a roadmap uses it.
 */
class TopicReferencesIT extends Neo4jTestSupport {

    private static final String USED = """
            id: mini-ai
            title: Mini AI
            summary: Two topics
            source: {document: mini.md, language: en, basedOn: Nothing}
            phases:
              - {number: 1, title: Basics, goal: Program}
              - {number: 2, title: Applications, goal: Build}
            topics:
              - {id: python, title: Python, summary: The language, phase: 1, importance: key, estimatedHours: 40}
              - id: rag
                title: RAG
                summary: Retrieval augmented generation
                phase: 2
                importance: core
                estimatedHours: %d
                requires:
                  - {topic: python, reason: You build it in Python}
            """;
    private static final String USING = """
            id: support-bots
            title: Support bots
            summary: Answering customers
            source: {document: bots.md, language: en, basedOn: Nothing}
            uses: [mini-ai]
            phases:
              - {number: 1, title: Bots, goal: Build a bot}
            topics:
              - id: faq-answering
                title: FAQ answering
                summary: Answers from a FAQ
                phase: 1
                importance: core
                estimatedHours: 6
                requires:
                  - {topic: "%s", reason: The answers are retrieved with RAG}
            """;
    private static final Scope BOTS = Scope.roadmap("support-bots");

    private final RoadmapLoader loader = new RoadmapLoader(driver);
    private final RoadmapQueries queries = new RoadmapQueries(driver);

    private static Roadmap used(int ragHours) {
        return RoadmapReader.read("mini-ai.yaml", USED.formatted(ragHours));
    }

    private static Roadmap using(String required) {
        return RoadmapReader.read("support-bots.yaml", USING.formatted(required));
    }

    @Test
    void aRoadmapRequiringAnotherRoadmapsTopicLearnsItFirstWithoutRedefiningIt() {
        loader.load(used(30));
        GraphFingerprint alone = GraphFingerprint.of(driver);
        TopicNode ragBefore = queries.topic("rag");

        loader.load(using("mini-ai:rag"));

        assertThat(queries.learningPath(List.of("faq-answering"), List.of(), BOTS).steps())
                .extracting(s -> s.topic().id()).containsExactly("rag", "faq-answering");
        assertThat(queries.learningPath(List.of("faq-answering"), List.of()).steps())
                .as("without a roadmap, rag brings what it requires in mini-ai")
                .extracting(s -> s.topic().id()).containsExactly("python", "rag", "faq-answering");
        assertThat(queries.topic("rag")).as("the default view is mini-ai's, which loaded first")
                .isEqualTo(GraphSnapshot.withRoadmaps(ragBefore, List.of("mini-ai", "support-bots")));
        assertThat(queries.requiresOfTopics(List.of("faq-answering")).get("faq-answering"))
                .singleElement().satisfies(r -> {
                    assertThat(r.topic().id()).isEqualTo("rag");
                    assertThat(r.reason().preferred()).isEqualTo("The answers are retrieved with RAG");
                });

        loader.remove("support-bots");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(alone);
    }

    @Test
    void reloadingTheUsedRoadmapLeavesTheCopyAsLoadedUntilTheUsingRoadmapIsLoadedAgain() {
        loader.load(used(30));
        loader.load(using("mini-ai:rag"));

        loader.load(used(25));
        assertThat(queries.learningPath(List.of("faq-answering"), List.of(), BOTS).totalHours())
                .as("support-bots' copy of rag is as it was loaded").isEqualTo(30 + 6);

        loader.load(using("mini-ai:rag"));
        assertThat(queries.learningPath(List.of("faq-answering"), List.of(), BOTS).totalHours()).isEqualTo(25 + 6);
    }

    @Test
    void aUsedRoadmapCannotBeRemovedWhileAnotherUsesIt() {
        loader.load(used(30));
        loader.load(using("mini-ai:rag"));

        assertThatThrownBy(() -> loader.remove("mini-ai")).isInstanceOf(GraphLoadException.class)
                .hasMessageContaining("roadmap mini-ai is used by support-bots (their 'uses' lists it); remove those"
                        + " first");
        assertThat(loader.roadmapIds()).containsExactly("mini-ai", "support-bots");

        loader.remove("support-bots");
        loader.remove("mini-ai");
        assertThat(loader.roadmapIds()).isEmpty();
    }

    @Test
    void filesLoadedTogetherLoadTheUsedRoadmapFirst(@TempDir Path dir) throws IOException {
        Path bots = Files.writeString(dir.resolve("support-bots.yaml"), USING.formatted("mini-ai:rag"));
        Path mini = Files.writeString(dir.resolve("mini-ai.yaml"), USED.formatted(30));

        assertThat(loader.load(bots, mini)).extracting(LoadSummary::roadmapId)
                .containsExactly("mini-ai", "support-bots");
        assertThat(queries.learningPath(List.of("faq-answering"), List.of(), BOTS).totalHours()).isEqualTo(30 + 6);
    }

    @Test
    void aRoadmapUsingOneThatIsNotLoadedIsRefusedWithTheLine() {
        assertThatThrownBy(() -> loader.load(using("mini-ai:rag"))).isInstanceOfSatisfying(GraphLoadException.class,
                e -> assertThat(e.problems()).containsExactly(new Problem("roadmap support-bots", 16, 0,
                        "requirement 'mini-ai:rag' of topic 'faq-answering': roadmap 'mini-ai' (in uses) is not"
                                + " loaded; load it before roadmap 'support-bots'")));
        assertThat(loader.roadmapIds()).isEmpty();
    }

    @Test
    void aTopicTheUsedRoadmapDoesNotHaveIsRefusedWithASuggestion() {
        loader.load(used(30));
        GraphFingerprint before = GraphFingerprint.of(driver);

        assertThatThrownBy(() -> loader.load(using("mini-ai:rga"))).isInstanceOfSatisfying(GraphLoadException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly("roadmap support-bots:16:0:"
                        + " requirement 'mini-ai:rga' of topic 'faq-answering': roadmap 'mini-ai' has no topic 'rga';"
                        + " did you mean 'mini-ai:rag'?"));
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        assertThat(loader.roadmapIds()).containsExactly("mini-ai");
    }
}
