package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Roadmap,          roadmap_id
            Revision,         revision_id
            Topic,            topic_id_rev
            SuccessCriterion, success_criterion_id_rev
            RouteStep,        route_step_id_rev
            """)
    void namesConstraintsInSnakeCase(String label, String name) {
        assertThat(Schema.constraintName(label)).isEqualTo(name);
    }

    @Test
    void createsAConstraintPerLabelAndTheFullTextIndexIdempotently() {
        assertThat(Schema.statements()).containsEntry("tip_id_rev",
                "CREATE CONSTRAINT tip_id_rev IF NOT EXISTS FOR (n:Tip) REQUIRE (n.id, n.rev) IS UNIQUE");
        assertThat(Schema.statements()).containsEntry("tip_rev", "CREATE INDEX tip_rev IF NOT EXISTS FOR (n:Tip) ON (n.rev)");
        // a constraint per label, an index on rev per label of a revision (all but Roadmap and Revision), full text
        assertThat(Schema.statements().values()).hasSize(2 * GraphModel.LABELS.size() - 2 + 1)
                .allMatch(statement -> statement.contains(" IF NOT EXISTS "))
                .contains("CREATE CONSTRAINT roadmap_id IF NOT EXISTS FOR (n:Roadmap) REQUIRE n.id IS UNIQUE")
                .last().isEqualTo("CREATE FULLTEXT INDEX roadmap_text IF NOT EXISTS FOR (n:Topic|Tool|Project) ON EACH "
                        + "[n.title, n.titleNl, n.summary, n.summaryNl, n.name, n.description, n.descriptionNl]");
    }

    @Test
    void aGraphWithTheWholeSchemaAndOnlyCurrentRoadmapsNeedsNeitherSchemaNorMigration() {
        Set<String> indexes = new HashSet<>(Schema.statements().keySet());
        indexes.add("index_343aff4e"); // Neo4j's own token lookup index
        List<Integer> current = List.of(GraphModel.CURRENT_MODEL_VERSION, GraphModel.CURRENT_MODEL_VERSION);

        assertThat(RoadmapLoader.schemaAndModelCurrent(indexes, List.of("roadmap_id", "topic_id_rev"), current))
                .isTrue();
        assertThat(RoadmapLoader.schemaAndModelCurrent(indexes, List.of(), List.of()))
                .as("an empty graph with the schema").isTrue();
    }

    @Test
    void aMissingIndexAVersion1ConstraintOrAnOlderRoadmapEachMeanTheLoaderHasWorkToDo() {
        Set<String> indexes = Schema.statements().keySet();
        Set<String> oneMissing = new HashSet<>(indexes);
        oneMissing.remove(GraphModel.FULLTEXT_INDEX);
        List<Integer> current = List.of(GraphModel.CURRENT_MODEL_VERSION);

        assertThat(RoadmapLoader.schemaAndModelCurrent(oneMissing, List.of(), current)).as("missing index").isFalse();
        assertThat(RoadmapLoader.schemaAndModelCurrent(indexes, List.of("topic_id"), current))
                .as("graph model 1's constraint").isFalse();
        assertThat(RoadmapLoader.schemaAndModelCurrent(indexes, List.of(),
                List.of(GraphModel.CURRENT_MODEL_VERSION, 0))).as("a roadmap from before model versions").isFalse();
    }
}
