package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Topic,            topic_id
            SuccessCriterion, success_criterion_id
            RouteStep,        route_step_id
            """)
    void namesConstraintsInSnakeCase(String label, String name) {
        assertThat(Schema.constraintName(label)).isEqualTo(name);
    }

    @Test
    void createsAConstraintPerLabelAndTheFullTextIndexIdempotently() {
        assertThat(Schema.statements()).containsEntry("tip_id",
                "CREATE CONSTRAINT tip_id IF NOT EXISTS FOR (n:Tip) REQUIRE n.id IS UNIQUE");
        assertThat(Schema.statements().values()).hasSize(GraphModel.LABELS.size() + 1)
                .allMatch(statement -> statement.contains(" IF NOT EXISTS "))
                .contains("CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE")
                .last().isEqualTo("CREATE FULLTEXT INDEX roadmap_text IF NOT EXISTS FOR (n:Topic|Tool|Project) ON EACH "
                        + "[n.title, n.titleNl, n.summary, n.summaryNl, n.name, n.description, n.descriptionNl]");
    }
}
