package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.NextTopics;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The learner's questions with and without a roadmap, on a graph holding the AI Engineer roadmap and a synthetic
 * second one, from the snapshot and from the database alike; and the hints for ids a person types.
 */
class ScopedQueriesIT {

    private static final String SECOND = "synthetic-40";

    private static TestNeo4j neo4j;
    private static PrerequisiteGraph aiEngineer;

    @BeforeAll
    static void loadTwoRoadmaps() {
        neo4j = TestNeo4j.start();
        Roadmap roadmap = withFormerIdOfRag();
        neo4j.loader().load(roadmap);
        neo4j.loader().load(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(40, 3)));
        neo4j.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
        aiEngineer = TopicGraphs.prerequisites(roadmap);
    }

    /** The bundled roadmap, its topic {@code rag} with the former id {@code retrieval-augmented-generation}. */
    private static Roadmap withFormerIdOfRag() {
        try (var in = RoadmapReader.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            String content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(content).contains("\n  - id: rag\n");
            return RoadmapReader.read("ai-engineer.yaml", content.replace("\n  - id: rag\n",
                    "\n  - id: rag\n    formerIds: [retrieval-augmented-generation]\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    private static RoadmapQueries queries(boolean snapshot) {
        return new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS.withSnapshot(snapshot));
    }

    private static final Scope AI = Scope.roadmap("ai-engineer");

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void withARoadmapTheNextTopicsAreThatRoadmapsAlone(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        assertThat(queries.nextTopics(List.of(), AI)).extracting(TopicNode::id)
                .containsExactlyElementsOf(NextTopics.of(aiEngineer, List.of()));
        assertThat(queries.nextTopics(List.of()))
                .as("without a roadmap, the second roadmap's first topics are there too")
                .extracting(TopicNode::id).contains(SyntheticRoadmap.topicId(0));
        assertThat(queries.nextTopics(List.of("python"), AI)).extracting(TopicNode::id)
                .containsExactlyElementsOf(NextTopics.of(aiEngineer, List.of("python")));
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void withARoadmapPathsAndPrerequisitesFollowThatRoadmap(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        assertThat(queries.learningPath(List.of("fine-tuning"), List.of("python"), AI).steps())
                .extracting(s -> s.topic().id())
                .containsExactlyElementsOf(LearningPathPlanner.plan(aiEngineer, List.of("fine-tuning"),
                        List.of("python")).topics());
        assertThat(queries.prerequisites("rag", true, AI)).extracting(r -> r.topic().id())
                .containsExactlyElementsOf(queries.prerequisites("rag", true).stream().map(r -> r.topic().id())
                        .toList());
        assertThat(queries.dependents(SyntheticRoadmap.topicId(0), true, Scope.roadmap(SECOND)))
                .extracting(r -> r.topic().id()).allMatch(id -> id.startsWith("t"));
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void aTopicOutsideTheRoadmapIsNotFoundAndSaysSo(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        String other = SyntheticRoadmap.topicId(1);
        assertThatThrownBy(() -> queries.learningPath(List.of(other), List.of(), AI))
                .isInstanceOf(QueryException.class)
                .hasMessage("topic '" + other + "' is not in roadmap 'ai-engineer'");
        assertThatThrownBy(() -> queries.nextTopics(List.of("python", other), AI))
                .hasMessage("topic '" + other + "' is not in roadmap 'ai-engineer'");
        assertThatThrownBy(() -> queries.prerequisites("rag", true, Scope.roadmap(SECOND)))
                .hasMessage("topic 'rag' is not in roadmap '" + SECOND + "'");
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void anUnknownRoadmapIsNotFoundAndTheLoadedOnesAreNamed(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        String message = "unknown roadmap 'ai'; the loaded roadmaps are 'ai-engineer', '" + SECOND + "'";
        assertThatThrownBy(() -> queries.nextTopics(List.of(), Scope.roadmap("ai")))
                .isInstanceOf(QueryException.class).hasMessage(message)
                .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> queries.learningPath(List.of("rag"), List.of(), Scope.roadmap("ai")))
                .hasMessage(message);
        assertThatThrownBy(() -> queries.search("rag", 5, Scope.roadmap("ai"))).hasMessage(message);
        assertThatThrownBy(() -> queries.projectsCovering(List.of("rag"), SkillMatch.ANY, Scope.roadmap("ai")))
                .hasMessage(message);
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void searchAndProjectsWithARoadmapFindOnlyItsNodes(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        String second = SyntheticRoadmap.topicId(3);
        assertThat(queries.search("synthetic topic 3", 100)).extracting(SearchHit::id).contains(second);
        assertThat(queries.search("synthetic topic 3", 100, AI)).extracting(SearchHit::id)
                .doesNotContain(second).noneMatch(id -> id.matches("t[0-9]+|project-[0-9]+|tool-.*"));
        assertThat(queries.search("rag", 5, AI)).extracting(SearchHit::id).contains("rag");
        assertThat(queries.projectsCovering(List.of("rag"), SkillMatch.ANY, AI))
                .extracting(c -> c.project().id())
                .containsExactlyElementsOf(queries.projectsCovering(List.of("rag"), SkillMatch.ANY).stream()
                        .map(c -> c.project().id()).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            Python,       python
            RAG,          rag
            fine-tunning, fine-tuning
            agent,        agents
            """)
    void anIdWithATypoGetsADidYouMean(String typed, String meant) {
        assertThatThrownBy(() -> queries(true).learningPath(List.of(typed), List.of()))
                .isInstanceOf(QueryException.class)
                .hasMessage("unknown topic '" + typed + "'; did you mean '" + meant + "'?");
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void aToolOrProjectGivenAsATopicSaysWhatItIs(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        assertThatThrownBy(() -> queries.learningPath(List.of("pinecone"), List.of()))
                .hasMessage("'pinecone' is a tool, not a topic");
        assertThatThrownBy(() -> queries.nextTopics(List.of("faq-bot")))
                .hasMessage("'faq-bot' is a project, not a topic");
        assertThatThrownBy(() -> queries.topic("ragg")).hasMessage("unknown topic 'ragg'; did you mean 'rag'?");
        assertThatThrownBy(() -> queries.learningPath(List.of("ragg", "pinecone", "zzzzzzzz"), List.of()))
                .hasMessage("unknown topics 'ragg', 'zzzzzzzz'; did you mean 'rag' for 'ragg'?;"
                        + " 'pinecone' is a tool, not a topic");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(textBlock = """
            finetuning,  fine-tuning
            Fine Tuning, fine-tuning
            FINE-TUNING, fine-tuning
            definieren,  evaluation
            """)
    void searchFoldsCaseHyphensSpacesAndAccents(String text, String id) {
        assertThat(queries(false).search(text, 10)).extracting(SearchHit::id).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rag", "RAG", "evaluation", "pinecone", "finetuning"})
    void anExactIdOrTitleMatchRanksAboveLongerTitlesThatContainTheWord(String text) {
        List<SearchHit> hits = queries(true).search(text, 10);
        assertThat(hits).isNotEmpty();
        assertThat(Folding.fold(hits.get(0).id())).isEqualTo(Folding.fold(text));
        assertThat(hits).extracting(SearchHit::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void aFormerIdIsAcceptedAndAnsweredWithTheCurrentOne(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        String former = "retrieval-augmented-generation";
        assertThat(queries.topic(former).id()).isEqualTo("rag");
        assertThat(queries.learningPath(List.of(former), List.of("python")).steps())
                .extracting(s -> s.topic().id()).contains("rag").doesNotContain(former);
        assertThat(queries.prerequisites(former, true)).extracting(r -> r.topic().id())
                .containsExactlyElementsOf(queries.prerequisites("rag", true).stream().map(r -> r.topic().id())
                        .toList());
        assertThat(queries.nextTopics(List.of(former))).extracting(TopicNode::id)
                .containsExactlyElementsOf(queries.nextTopics(List.of("rag")).stream().map(TopicNode::id).toList());
        assertThat(queries.projectsCovering(List.of(former), SkillMatch.ANY)).isNotEmpty();
    }
}
