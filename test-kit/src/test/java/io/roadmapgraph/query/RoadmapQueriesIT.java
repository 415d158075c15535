package io.roadmapgraph.query;

import io.roadmapgraph.model.TopicGraphs;

import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.NextTopics;
import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.algorithms.PrerequisiteGraph;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.algorithms.PrerequisiteGraph.Direction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query service on an embedded Neo4j holding the bundled AI Engineer roadmap, loaded by RoadmapLoader. */
class RoadmapQueriesIT {

    private static TestNeo4j neo4j;
    private static Driver driver;
    private static RoadmapQueries queries;
    private static Roadmap roadmap;
    private static PrerequisiteGraph graph;

    @BeforeAll
    static void loadTheAiEngineerRoadmap() {
        neo4j = TestNeo4j.start();
        driver = neo4j.driver();
        roadmap = RoadmapReader.aiEngineer();
        neo4j.loader().load(roadmap);
        driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        queries = new RoadmapQueries(driver);
        graph = TopicGraphs.prerequisites(roadmap);
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void listsTheRoadmapWithItsPartsInOrder() {
        assertThat(queries.roadmaps()).extracting(RoadmapNode::id).containsExactly("ai-engineer");
        String id = roadmap.id();
        assertThat(queries.phasesOfRoadmaps(List.of(id)).get(id)).extracting(PhaseNode::number)
                .containsExactlyElementsOf(roadmap.phases().stream().map(p -> p.number()).toList());
        assertThat(queries.topicsOfRoadmaps(List.of(id)).get(id)).extracting(TopicNode::id)
                .containsExactlyElementsOf(roadmap.topics().stream().map(Topic::id).toList());
        assertThat(queries.projectsOfRoadmaps(List.of(id)).get(id)).extracting(ProjectNode::id)
                .containsExactlyElementsOf(roadmap.projects().stream().map(p -> p.id()).toList());
        assertThat(queries.toolsOfRoadmaps(List.of(id)).get(id)).hasSameSizeAs(roadmap.tools());
        assertThat(queries.routeOfRoadmaps(List.of(id)).get(id)).hasSameSizeAs(roadmap.route());
        assertThat(queries.principlesOfRoadmaps(List.of(id)).get(id)).hasSameSizeAs(roadmap.principles());
        assertThat(queries.successCriteriaOfRoadmaps(List.of(id)).get(id)).hasSameSizeAs(roadmap.successCriteria());
        assertThat(queries.resourcesOfRoadmaps(List.of(id)).get(id)).hasSameSizeAs(roadmap.resources());
        assertThat(queries.tipsOfRoadmaps(List.of(id)).get(id)).hasSameSizeAs(roadmap.tips());
    }

    /** The graph keeps a text's words, not yet its origin (graph model 2 will): compare the words. */
    private static final String TEXT_ORIGIN = "(.*\\.)?origin";

    @Test
    void aTopicCarriesWhatTheRoadmapSaysOfIt() {
        for (int i = 0; i < roadmap.topics().size(); i++) {
            Topic expected = roadmap.topics().get(i);
            TopicNode actual = queries.topicsByIds(List.of(expected.id())).get(expected.id());
            assertThat(actual.title()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(TEXT_ORIGIN)
                    .isEqualTo(expected.title());
            assertThat(actual.summary()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(TEXT_ORIGIN)
                    .isEqualTo(expected.summary());
            assertThat(actual.phase()).isEqualTo(expected.phase());
            assertThat(actual.order()).isEqualTo(i);
            assertThat(actual.importance()).isEqualTo(expected.importance());
            assertThat(actual.estimatedHours()).isEqualTo(expected.estimatedHours());
            assertThat(actual.whenToUse()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(TEXT_ORIGIN)
                    .isEqualTo(expected.whenToUse());
            assertThat(actual.points()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(TEXT_ORIGIN)
                    .isEqualTo(expected.pointTexts());
            assertThat(actual.parent()).isEqualTo(expected.parent());
        }
    }

    @Test
    void prerequisitesOfHybridSearchReachDownToPython() {
        assertThat(queries.prerequisites("hybrid-search", true)).extracting(r -> r.topic().id())
                .contains("bm25", "vector-search", "embeddings", "python");
    }

    @Test
    void theLearningPathToFineTuningStartsWithPythonKeepsTheOrderOfTheSourceAndEndsWithItsSubtopics() {
        List<String> path = queries.learningPath(List.of("fine-tuning"), List.of()).steps().stream()
                .map(s -> s.topic().id()).toList();
        assertThat(path.get(0)).isEqualTo("python");
        assertThat(path).containsSubsequence("prompt-engineering", "rag", "dataset-engineering", "fine-tuning", "peft",
                "lora");
        assertThat(path.subList(path.indexOf("fine-tuning") + 1, path.size()))
                .containsExactlyInAnyOrder("peft", "lora", "adapter-methods", "prefix-tuning");
    }

    @Test
    void prerequisitesAndDependentsOfEveryTopicEqualTheInMemoryClosure() {
        for (Topic topic : roadmap.topics()) {
            for (boolean transitive : List.of(true, false)) {
                assertThat(queries.prerequisites(topic.id(), transitive))
                        .as("prerequisites of %s, transitive %s", topic.id(), transitive)
                        .extracting(r -> new Closure.Reached(r.topic().id(), r.depth()))
                        .containsExactlyElementsOf(Closure.from(graph, topic.id(), Direction.PREREQUISITES, transitive));
                assertThat(queries.dependents(topic.id(), transitive))
                        .as("dependents of %s, transitive %s", topic.id(), transitive)
                        .extracting(r -> new Closure.Reached(r.topic().id(), r.depth()))
                        .containsExactlyElementsOf(Closure.from(graph, topic.id(), Direction.DEPENDENTS, transitive));
            }
        }
    }

    @Test
    void learningPathsAndNextTopicsOfEveryTopicEqualThePlainAlgorithms() {
        for (Topic topic : roadmap.topics()) {
            List<String> known = topic.requiredTopicIds().isEmpty() ? List.of() : List.of(topic.requiredTopicIds().get(0));
            LearningPath path = queries.learningPath(List.of(topic.id()), known);
            LearningPathPlanner.Plan plan = LearningPathPlanner.plan(graph, List.of(topic.id()), known);
            assertThat(path.steps()).as("path to %s knowing %s", topic.id(), known)
                    .extracting(s -> s.topic().id()).containsExactlyElementsOf(plan.topics());
            assertThat(path.totalHours()).isEqualTo(plan.totalHours());
            assertThat(queries.nextTopics(List.of(topic.id()))).as("next after %s", topic.id())
                    .extracting(TopicNode::id).containsExactlyElementsOf(NextTopics.of(graph, List.of(topic.id())));
        }
        assertThat(queries.nextTopics(List.of())).extracting(TopicNode::id)
                .containsExactlyElementsOf(NextTopics.of(graph, List.of()));
    }

    @Test
    void projectsCoveringRankBestCoverageFirstAsThePlainRanking() {
        List<CoverageRanking.Candidate> candidates = roadmap.projects().stream()
                .map(p -> new CoverageRanking.Candidate(p.id(), p.number(), p.topics())).toList();
        for (var project : roadmap.projects()) {
            List<String> skills = project.topics();
            for (SkillMatch match : SkillMatch.values()) {
                assertThat(queries.projectsCovering(skills, match))
                        .as("%s of %s", match, skills)
                        .extracting(c -> c.project().id())
                        .containsExactlyElementsOf(CoverageRanking.rank(candidates, skills, match).stream()
                                .map(CoverageRanking.Coverage::project).toList())
                        .contains(project.id());
            }
        }
    }

    @Test
    void batchLookupsAnswerForEveryAskedIdInOneCall() {
        List<String> ids = roadmap.topics().stream().map(Topic::id).toList();
        Map<String, List<RequiresLink>> requires = queries.requiresOfTopics(ids);
        for (Topic topic : roadmap.topics()) {
            assertThat(requires.get(topic.id())).extracting(l -> l.topic().id())
                    .containsExactlyInAnyOrderElementsOf(topic.requiredTopicIds());
        }
        Map<String, List<ToolNode>> tools = queries.toolsOfTopics(ids);
        for (Topic topic : roadmap.topics()) {
            assertThat(tools.get(topic.id())).extracting(ToolNode::id)
                    .containsExactlyInAnyOrderElementsOf(topic.tools());
        }
        assertThat(queries.topicsByIds(List.of("python", "no-such-topic"))).containsOnlyKeys("python");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            retrieval,      TOPIC
            embeddings,     TOPIC
            omgezet,        TOPIC
            """)
    void searchFindsTopicsInEnglishAndDutch(String text, SearchHit.Kind kind) {
        List<SearchHit> hits = queries.search(text, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits).extracting(SearchHit::kind).contains(kind);
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void searchTakesLuceneSyntaxLiterally() {
        for (String text : List.of("\"unbalanced", "title:(rag", "a AND OR NOT", "*?~^ rag", "rag)")) {
            assertThat(queries.search(text, 10)).as(text).isNotNull();
        }
        assertThat(queries.search("RAG", 3)).hasSizeLessThanOrEqualTo(3)
                .extracting(SearchHit::id).contains("rag");
    }

    @Test
    void unknownIdsAreNotFoundAndNamed() {
        assertThatThrownBy(() -> queries.topic("ragg")).isInstanceOf(QueryException.class)
                .hasMessage("unknown topic 'ragg'; did you mean 'rag'?")
                .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> queries.prerequisites("ragg", true))
                .hasMessage("unknown topic 'ragg'; did you mean 'rag'?");
        assertThatThrownBy(() -> queries.learningPath(List.of("rag", "nope"), List.of("python", "nix")))
                .hasMessage("unknown topics 'nope', 'nix'");
        assertThatThrownBy(() -> queries.roadmap("data-engineer")).hasMessage("unknown roadmap 'data-engineer'");
        assertThatThrownBy(() -> queries.projectsCovering(List.of("ragg"), SkillMatch.ANY))
                .hasMessage("unknown topic 'ragg'; did you mean 'rag'?");
        assertThatThrownBy(() -> queries.nextTopics(List.of("ragg")))
                .hasMessage("unknown topic 'ragg'; did you mean 'rag'?");
    }

    @Test
    void badArgumentsAreBadUserInputWithAMessageThatSaysWhy() {
        assertBadInput(() -> queries.learningPath(List.of(), List.of()), "goals must name at least one topic");
        assertBadInput(() -> queries.projectsCovering(List.of(), SkillMatch.ALL), "skills must name at least one topic");
        assertBadInput(() -> queries.search("rag", 0), "first must be between 1 and 100, was 0");
        assertBadInput(() -> queries.search("rag", 101), "first must be between 1 and 100, was 101");
        assertBadInput(() -> queries.search("  ", 10), "search text must contain at least one letter or digit");
        assertBadInput(() -> queries.search("x".repeat(201), 10), "search text must be at most 200 characters, was 201");
        List<String> many = java.util.stream.IntStream.range(0, 501).mapToObj(i -> "t" + i).toList();
        assertBadInput(() -> queries.nextTopics(many), "known may name at most 500 ids, was 501");
        assertBadInput(() -> queries.topic(" "), "topic must not contain a blank id");
    }

    @Test
    void aTimedOutReadIsATimeoutWithoutTheDriversText() {
        Reads reads = new Reads(driver, QueryOptions.DEFAULTS);
        assertThatThrownBy(() -> reads.read(tx -> {
            throw new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                    "driver text that must not leak");
        })).isInstanceOf(QueryException.class)
                .hasMessage("the query took longer than 5000 ms and was stopped")
                .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.TIMEOUT);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        org.neo4j.driver.Config config = org.neo4j.driver.Config.builder()
                .withMaxTransactionRetryTime(0, java.util.concurrent.TimeUnit.MILLISECONDS)
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build();
        try (Driver down = org.neo4j.driver.GraphDatabase.driver("bolt://127.0.0.1:" + closedPort,
                org.neo4j.driver.AuthTokens.none(), config)) {
            assertThatThrownBy(() -> new RoadmapQueries(down).roadmaps()).isInstanceOf(QueryException.class)
                    .hasMessage("the graph database is not reachable right now; try again later")
                    .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.UNAVAILABLE);
        }
    }

    private static void assertBadInput(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(QueryException.class).hasMessage(message)
                .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
    }
}
