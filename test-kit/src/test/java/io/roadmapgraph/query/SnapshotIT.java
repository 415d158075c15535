package io.roadmapgraph.query;

import io.roadmapgraph.model.TopicGraphs;

import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.PrerequisiteGraph;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory snapshot behind the traversals follows every change the loader makes, and is read only then. */
class SnapshotIT {

    private static TestNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.start();
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @AfterEach
    void clear() {
        neo4j.driver().executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    private static Roadmap synthetic(int topics, long seed) {
        return SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, seed));
    }

    private static Snapshots snapshots() {
        return new Snapshots(new Reads(neo4j.driver(), QueryOptions.DEFAULTS), java.time.Duration.ZERO);
    }

    @Test
    void theSnapshotIsReadOnceWhileNoLoadChangesTheGraph() {
        neo4j.loader().load(synthetic(200, 1));
        Snapshots snapshots = snapshots();

        GraphSnapshot first = snapshots.current();
        neo4j.loader().load(synthetic(200, 1));

        assertThat(snapshots.current()).as("after a load that changed nothing").isSameAs(first);
        assertThat(first.all().topics()).hasSize(200);
        assertThat(first.projects()).hasSize(first.candidates().size()).isNotEmpty();
    }

    @Test
    void aLoadThatChangesTheGraphIsAnsweredFromANewSnapshotAtOnce() {
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver());
        neo4j.loader().load(synthetic(200, 1));
        String deepest = SyntheticRoadmap.topicId(199);
        List<Requirement> before = queries.prerequisites(deepest, true);

        Roadmap other = synthetic(200, 2);
        neo4j.loader().load(other);

        assertThat(queries.prerequisites(deepest, true)).extracting(r -> new Closure.Reached(r.topic().id(), r.depth()))
                .as("the prerequisites after the reload are those of the new roadmap")
                .containsExactlyElementsOf(Closure.from(TopicGraphs.prerequisites(other), deepest,
                        PrerequisiteGraph.Direction.PREREQUISITES, true))
                .isNotEqualTo(before.stream().map(r -> new Closure.Reached(r.topic().id(), r.depth())).toList());
    }

    @Test
    void aRemovedRoadmapsTopicsAreUnknownAtOnce() {
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver());
        Roadmap roadmap = synthetic(50, 3);
        neo4j.loader().load(roadmap);
        String topic = roadmap.topics().get(10).id();
        assertThat(queries.learningPath(List.of(topic), List.of()).steps()).isNotEmpty();

        neo4j.loader().remove(roadmap.id());

        assertThatThrownBy(() -> queries.learningPath(List.of(topic), List.of()))
                .isInstanceOf(QueryException.class).hasMessage("unknown topic '" + topic + "'");
    }
}
