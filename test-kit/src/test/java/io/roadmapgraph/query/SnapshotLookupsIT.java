package io.roadmapgraph.query;

import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One read path per fact: with snapshots on, the batch lookups of the facts a snapshot holds answer from it, and they
 * answer exactly what the database answers with snapshots off (same keys, values and order), unknown ids included.
 */
class SnapshotLookupsIT {

    private static TestNeo4j neo4j;
    private static RoadmapQueries fromSnapshot;
    private static RoadmapQueries fromDatabase;
    private static List<String> topics;
    private static List<String> projects;
    private static List<String> phases;

    @BeforeAll
    static void loadTheAiEngineerRoadmap() {
        neo4j = TestNeo4j.start();
        Roadmap roadmap = RoadmapReader.aiEngineer();
        neo4j.loader().load(roadmap);
        fromSnapshot = new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS.withSnapshot(true));
        fromDatabase = new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS.withSnapshot(false));
        topics = new ArrayList<>(roadmap.topics().stream().map(Topic::id).toList());
        topics.add("no-such-topic");
        projects = new ArrayList<>(roadmap.projects().stream().map(Project::id).toList());
        projects.add("no-such-project");
        phases = new ArrayList<>(roadmap.phases().stream().map(p -> roadmap.id() + "/phase-" + p.number()).toList());
        phases.add(roadmap.id() + "/phase-99");
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void topicsProjectsAndPhasesByIdAreTheDatabasesOnes() {
        assertThat(fromSnapshot.topicsByIds(topics)).isEqualTo(fromDatabase.topicsByIds(topics))
                .hasSize(topics.size() - 1);
        assertThat(fromSnapshot.projectsByIds(projects)).isEqualTo(fromDatabase.projectsByIds(projects))
                .hasSize(projects.size() - 1);
        assertThat(fromSnapshot.phasesByIds(phases)).isEqualTo(fromDatabase.phasesByIds(phases))
                .hasSize(phases.size() - 1);
    }

    @Test
    void requirementsBothWaysComeWithTheSameReasonsInTheSameOrder() {
        assertThat(fromSnapshot.requiresOfTopics(topics)).containsExactlyEntriesOf(fromDatabase.requiresOfTopics(topics));
        assertThat(fromSnapshot.requiredByOfTopics(topics))
                .containsExactlyEntriesOf(fromDatabase.requiredByOfTopics(topics));
        assertThat(fromSnapshot.requiresOfTopics(topics).values()).anySatisfy(links -> assertThat(links).isNotEmpty());
    }

    @Test
    void theTopicsOfProjectsAndTheProjectsOfTopicsAreTheDatabasesOnes() {
        assertThat(fromSnapshot.topicsOfProjects(projects))
                .containsExactlyEntriesOf(fromDatabase.topicsOfProjects(projects));
        assertThat(fromSnapshot.projectsOfTopics(topics)).containsExactlyEntriesOf(fromDatabase.projectsOfTopics(topics));
    }

    @Test
    void theIdsAreCheckedTheSameWayOnBothPaths() {
        List<String> blank = List.of(" ");
        for (RoadmapQueries queries : List.of(fromSnapshot, fromDatabase)) {
            assertThatThrownBy(() -> queries.topicsByIds(blank))
                    .isInstanceOf(QueryException.class).hasMessage("ids must not contain a blank id");
        }
    }

}
