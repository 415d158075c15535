package io.roadmapgraph.embedded;

import io.roadmapgraph.loader.StagingWriter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedStagingWriterIT {

    /** A row: the node's id, then the values of the keys {@code id, title}. */
    private static final List<List<Object>> ONE_TOPIC = List.of(List.of("rag", "rag", "RAG"));

    @Test
    void aBatchThatBreaksAConstraintFailsAsTheDriversClientErrorWithNeo4jsCodeAndWritesNothing() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
             Driver driver = neo4j.openDriver()) {
            driver.executableQuery("CREATE CONSTRAINT t FOR (n:T) REQUIRE (n.id, n.rev) IS UNIQUE").execute();
            StagingWriter writer = neo4j.stagingWriter();
            writer.createNodes("r1", List.of("T"), List.of("id", "title"), ONE_TOPIC);

            assertThatThrownBy(() -> writer.createNodes("r1", List.of("T"), List.of("id", "title"), ONE_TOPIC))
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));
            assertThat(driver.executableQuery("MATCH (n:T) RETURN count(n) AS n").execute().records().get(0)
                    .get("n").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aBatchForADatabaseThatHasShutDownFailsAsTheDriversServiceUnavailable() {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
        StagingWriter writer = neo4j.stagingWriter();
        neo4j.close();

        assertThatThrownBy(() -> writer.createNodes("r1", List.of("T"), List.of("id", "title"), ONE_TOPIC))
                .isInstanceOf(ServiceUnavailableException.class);
    }
}
