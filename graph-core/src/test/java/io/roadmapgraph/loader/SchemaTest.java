package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

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
}
