package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.ProjectReach;
import io.roadmapgraph.algorithms.ProjectSetCover;
import io.roadmapgraph.model.Hours;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.TopicGraphs;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projects for a learner through the JVM API, on a graph holding the AI Engineer roadmap and a synthetic second
 * one, from the snapshot and from the database alike: with the AI Engineer roadmap named, the answers are those of the
 * algorithms over its file.
 */
class LearnerProjectsIT {

    private static final Scope AI = Scope.roadmap("ai-engineer");
    private static final Roadmap ROADMAP = RoadmapReader.aiEngineer();
    private static final PrerequisiteGraph GRAPH = TopicGraphs.prerequisites(ROADMAP);
    private static final List<CoverageRanking.Candidate> PROJECTS = ROADMAP.projects().stream()
            .map(p -> new CoverageRanking.Candidate(p.id(), p.number(), p.topics())).toList();

    private static TestNeo4j neo4j;

    @BeforeAll
    static void loadTwoRoadmaps() {
        neo4j = TestNeo4j.start();
        neo4j.loader().load(ROADMAP);
        neo4j.loader().load(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(40, 3)));
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

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void buildableAndAlmostBuildableProjectsAreTheAlgorithmsAnswersOverTheRoadmapFile(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        for (List<String> known : List.of(List.<String>of(), List.of("python"), List.of("rag", "ai-interfaces"),
                List.of("prompt-engineering", "agents"))) {
            assertThat(queries.buildableProjects(known, AI)).as("buildable with %s", known)
                    .extracting(ProjectNode::id)
                    .containsExactlyElementsOf(ProjectReach.buildable(GRAPH, PROJECTS, known));
            List<ProjectReach.Missing> expected = ProjectReach.almostBuildable(GRAPH, PROJECTS, known, 40);
            List<LearnerProjects.AlmostBuildable> almost = queries.almostBuildable(known, 40, AI);
            assertThat(almost).as("almost buildable with %s", known)
                    .extracting(a -> a.project().id(), a -> a.missing().stream().map(TopicNode::id).toList(),
                            LearnerProjects.AlmostBuildable::missingHours)
                    .containsExactlyElementsOf(expected.stream()
                            .map(m -> org.assertj.core.groups.Tuple.tuple(m.project(), m.topics(), m.hours()))
                            .toList());
        }
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void unlockingTopicsAreRankedAsTheAlgorithmRanksThem(boolean snapshot) {
        List<String> known = List.of("python", "prompt-engineering", "rag");
        List<String> goals = List.of("fine-tuning", "agents");

        List<LearnerProjects.UnlockingTopic> ranked = queries(snapshot).unlockingTopics(known, goals, AI);

        List<ProjectReach.Unlocking> expected = ProjectReach.unlocking(GRAPH, PROJECTS, known, goals);
        assertThat(ranked).extracting(u -> u.topic().id())
                .containsExactlyElementsOf(expected.stream().map(ProjectReach.Unlocking::topic).toList());
        assertThat(ranked.get(0).goals()).extracting(TopicNode::id)
                .containsExactlyElementsOf(expected.get(0).goals());
        assertThat(ranked).extracting(LearnerProjects.UnlockingTopic::perHour)
                .containsExactlyElementsOf(expected.stream().map(ProjectReach.Unlocking::perHour).toList());
        for (int i = 0; i < ranked.size(); i++) {
            LearnerProjects.UnlockingTopic topic = ranked.get(i);
            ProjectReach.Unlocking algorithms = expected.get(i);
            assertThat(topic.projects()).extracting(ProjectNode::id).containsExactlyElementsOf(algorithms.projects());
            assertThat(topic.goals()).extracting(TopicNode::id).containsExactlyElementsOf(algorithms.goals());
            assertThat(topic.projectsNeeding()).extracting(ProjectNode::id)
                    .containsExactlyElementsOf(algorithms.projectsNeeding());
            assertThat(topic.goalsNeeding()).extracting(TopicNode::id)
                    .containsExactlyElementsOf(algorithms.goalsNeeding());
        }
        assertThat(ranked).as("next topics needed by none and by some, of the projects and of the goals")
                .anyMatch(u -> u.projectsNeeding().isEmpty()).anyMatch(u -> !u.projectsNeeding().isEmpty())
                .anyMatch(u -> u.goalsNeeding().isEmpty()).anyMatch(u -> !u.goalsNeeding().isEmpty());
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void theCoveringSetUsesTheProjectsHoursFromTheGraph(boolean snapshot) {
        List<String> skills = List.of("rag", "bm25", "function-calling", "lora", "python");
        List<ProjectSetCover.Option> options = ROADMAP.projects().stream()
                .map(p -> new ProjectSetCover.Option(p.id(), p.number(), p.estimatedHours().map(Hours::value)
                        .orElse(0), p.topics()))
                .toList();
        ProjectSetCover.Cover expected = ProjectSetCover.of(options, skills);

        LearnerProjects.ProjectSet set = queries(snapshot).projectSetCovering(skills, AI);

        assertThat(set.projects()).extracting(ProjectNode::id).containsExactlyElementsOf(expected.projects());
        assertThat(set.projects()).extracting(p -> p.estimatedHours().orElseThrow())
                .containsExactlyElementsOf(expected.projects().stream().map(id -> ROADMAP.projects().stream()
                        .filter(p -> p.id().equals(id)).findFirst().flatMap(Project::estimatedHours)
                        .orElseThrow().value()).toList());
        assertThat(set.totalHours()).isEqualTo(expected.hours());
        assertThat(set.uncoverable()).extracting(TopicNode::id).containsExactly("python");
        assertThat(set.exact()).isTrue();
        assertThat(set.gap()).isZero();
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void withoutARoadmapTheOtherRoadmapsProjectsCountToo(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);
        String synthetic = SyntheticRoadmap.topicId(0);

        assertThat(queries.almostBuildable(List.of(), 100_000, Scope.ALL)).extracting(a -> a.project().id())
                .contains("faq-bot").anyMatch(id -> id.startsWith("project-"));
        assertThatThrownBy(() -> queries.projectSetCovering(List.of(synthetic), AI))
                .isInstanceOf(QueryException.class)
                .hasMessage("topic '" + synthetic + "' is not in roadmap 'ai-engineer'");
    }

    @ParameterizedTest(name = "snapshot {0}")
    @ValueSource(booleans = {true, false})
    void badInputIsNamed(boolean snapshot) {
        RoadmapQueries queries = queries(snapshot);

        assertThatThrownBy(() -> queries.almostBuildable(List.of("python"), -1, AI))
                .isInstanceOf(QueryException.class).hasMessage("maxMissingHours must be at least 0, was -1")
                .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT);
        assertThatThrownBy(() -> queries.unlockingTopics(List.of("python"), List.of("fine-tunning"), AI))
                .hasMessage("unknown topic 'fine-tunning'; did you mean 'fine-tuning'?")
                .extracting(e -> ((QueryException) e).kind()).isEqualTo(QueryException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> queries.projectSetCovering(List.of(), Scope.ALL))
                .hasMessage("skills must name at least one topic");
    }
}
