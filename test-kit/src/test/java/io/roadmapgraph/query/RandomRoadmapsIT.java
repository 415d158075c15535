package io.roadmapgraph.query;

import io.roadmapgraph.model.TopicGraphs;

import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.NextTopics;
import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.algorithms.PrerequisiteGraph;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Prerequisite;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Source;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.algorithms.PrerequisiteGraph.Direction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random roadmaps (random requires-DAGs, phases, file order and projects) loaded into Neo4j: the service answers every
 * question on every topic exactly as the plain algorithms do on the roadmap's records.
 */
class RandomRoadmapsIT {

    private static TestNeo4j neo4j;
    private static RoadmapLoader loader;
    private static RoadmapQueries fromSnapshot;
    private static RoadmapQueries fromDatabase;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.start();
        loader = neo4j.loader();
        fromSnapshot = new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS.withSnapshot(true));
        fromDatabase = new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS.withSnapshot(false));
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    /**
     * Each seed loads a new random roadmap under the same id (and removes it after), so the snapshot side also shows
     * that a changed graph is never answered from the previous roadmap's snapshot.
     */
    @ParameterizedTest(name = "seed {0}, from the snapshot: {1}")
    @CsvSource(textBlock = """
            1, true
            2, true
            3, true
            4, true
            5, true
            1, false
            2, false
            3, false
            4, false
            5, false""")
    void theServiceAgreesWithThePlainAlgorithmsOnARandomRoadmap(long seed, boolean snapshot) {
        RoadmapQueries queries = snapshot ? fromSnapshot : fromDatabase;
        Random random = new Random(seed);
        Roadmap roadmap = randomRoadmap(random);
        loader.load(roadmap);
        try {
            PrerequisiteGraph graph = TopicGraphs.prerequisites(roadmap);
            List<String> ids = roadmap.topics().stream().map(Topic::id).toList();
            for (String id : ids) {
                for (boolean transitive : List.of(true, false)) {
                    for (Direction direction : Direction.values()) {
                        List<Requirement> actual = direction == Direction.PREREQUISITES
                                ? queries.prerequisites(id, transitive) : queries.dependents(id, transitive);
                        assertThat(actual).as("seed %d: %s of %s, transitive %s", seed, direction, id, transitive)
                                .extracting(r -> new Closure.Reached(r.topic().id(), r.depth()))
                                .containsExactlyElementsOf(Closure.from(graph, id, direction, transitive));
                    }
                }
                List<String> known = someOf(ids, random, 0.2);
                List<String> goals = List.of(id);
                assertThat(queries.learningPath(goals, known).steps())
                        .as("seed %d: path to %s knowing %s", seed, id, known)
                        .extracting(s -> s.topic().id())
                        .containsExactlyElementsOf(LearningPathPlanner.plan(graph, goals, known).topics());
                assertThat(queries.nextTopics(known)).as("seed %d: next knowing %s", seed, known)
                        .extracting(TopicNode::id).containsExactlyElementsOf(NextTopics.of(graph, known));
            }
            List<CoverageRanking.Candidate> candidates = roadmap.projects().stream()
                    .map(p -> new CoverageRanking.Candidate(p.id(), p.number(), p.topics())).toList();
            for (int i = 0; i < 5; i++) {
                List<String> skills = someOf(ids, random, 0.15);
                if (skills.isEmpty()) {
                    continue;
                }
                for (SkillMatch match : SkillMatch.values()) {
                    assertThat(queries.projectsCovering(skills, match)).as("seed %d: %s of %s", seed, match, skills)
                            .extracting(c -> c.project().id())
                            .containsExactlyElementsOf(CoverageRanking.rank(candidates, skills, match).stream()
                                    .map(CoverageRanking.Coverage::project).toList());
                }
            }
        } finally {
            loader.remove(roadmap.id());
        }
    }

    private static List<String> someOf(List<String> ids, Random random, double chance) {
        return ids.stream().filter(id -> random.nextDouble() < chance).toList();
    }

    /** 2..30 topics; requires only point backwards in a hidden order (a DAG); the file order is shuffled. */
    static Roadmap randomRoadmap(Random random) {
        int phases = 1 + random.nextInt(4);
        int n = 2 + random.nextInt(29);
        List<String> hidden = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> "topic-" + i).toList());
        Collections.shuffle(hidden, random);
        double density = random.nextDouble() * 0.3;
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Prerequisite> requires = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextDouble() < density) {
                    requires.add(new Prerequisite(hidden.get(j), Text.en("needed first")));
                }
            }
            topics.add(new Topic(hidden.get(i), Text.en("Topic " + hidden.get(i)), Text.en("About " + hidden.get(i)),
                    1 + random.nextInt(phases), Optional.empty(), Optional.empty(),
                    Importance.values()[random.nextInt(3)], false, 1 + random.nextInt(40), Optional.empty(),
                    List.of(), requires, List.of()));
        }
        Collections.shuffle(topics, random);
        List<Project> projects = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int p = 1; p <= count; p++) {
            List<String> exercised = new ArrayList<>(someOf(hidden, random, 0.3));
            if (exercised.isEmpty()) {
                exercised.add(hidden.get(random.nextInt(n)));
            }
            projects.add(new Project("project-" + p, p, Text.en("Project " + p), Text.en("Practice"),
                    Level.values()[random.nextInt(3)], exercised, List.of()));
        }
        List<Phase> phaseList = IntStream.rangeClosed(1, phases)
                .mapToObj(i -> new Phase(i, Text.en("Phase " + i), Text.en("Goal " + i),
                        Optional.of(MonthRange.of(i, i + 1))))
                .toList();
        return new Roadmap("random-roadmap", Text.en("Random"), Text.en("A random roadmap"),
                new Source("random.yaml", "en", Text.en("nothing")), Optional.empty(), phaseList, List.of(), topics,
                List.of(), projects, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
