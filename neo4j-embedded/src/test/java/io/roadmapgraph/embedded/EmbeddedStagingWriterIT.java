package io.roadmapgraph.embedded;

import io.roadmapgraph.loader.StagingWriter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The keys of {@link #EVERY_KIND} and the type Cypher over Bolt stores for each. */
    private static final Map<String, String> STORED_TYPES = Map.ofEntries(
            Map.entry("text", "STRING NOT NULL"),
            Map.entry("int", "INTEGER NOT NULL"),
            Map.entry("long", "INTEGER NOT NULL"),
            Map.entry("double", "FLOAT NOT NULL"),
            Map.entry("float", "FLOAT NOT NULL"),
            Map.entry("flag", "BOOLEAN NOT NULL"),
            Map.entry("texts", "LIST<STRING NOT NULL> NOT NULL"),
            Map.entry("ints", "LIST<INTEGER NOT NULL> NOT NULL"),
            Map.entry("mixedNumbers", "LIST<FLOAT NOT NULL> NOT NULL"),
            Map.entry("flags", "LIST<BOOLEAN NOT NULL> NOT NULL"),
            Map.entry("empty", "LIST<NOTHING> NOT NULL")); // Cypher's type of any empty list (a text array here)
    private static final List<String> KEYS = List.of("text", "int", "long", "double", "float", "flag", "texts",
            "ints", "mixedNumbers", "flags", "empty", "none");
    /** A row with a value of every kind the loader writes, for {@link #KEYS}; {@code none} is null. */
    private static final List<Object> EVERY_KIND = Arrays.asList("RAG", 3, 4L, 2.5, 1.5f, true, List.of("a", "b"),
            List.of(1, 2L), List.of(1, 2.5), List.of(true, false), List.of(), null);

    @Test
    void aNodesAndARelationshipsValuesAreStoredWithTheTypesCypherOverBoltStoresAndANullStoresNothing() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
             Driver driver = neo4j.openDriver()) {
            StagingWriter writer = neo4j.stagingWriter();
            List<Object> node = new ArrayList<>(List.of("rag"));
            node.addAll(EVERY_KIND);
            long[] ids = writer.createNodes("r1", List.of("T", "K"), KEYS, List.of(node, node));
            List<Object> relationship = new ArrayList<>(List.of(ids[0], ids[1]));
            relationship.addAll(EVERY_KIND);
            writer.createRelationships("r1", "REQUIRES", KEYS, List.of(relationship));

            assertThat(types(driver, "MATCH (e:T:K {rev: 'r1'}) WHERE id(e) = $id", ids[0]))
                    .containsExactlyInAnyOrderEntriesOf(withRev(STORED_TYPES));
            assertThat(types(driver, "MATCH (a)-[e:REQUIRES]->(b) WHERE id(a) = $id AND id(b) = $end", ids[0],
                    ids[1])).containsExactlyInAnyOrderEntriesOf(STORED_TYPES);
        }
    }

    @Test
    void aRelationshipToANodeThatDoesNotExistFailsAsTheDriversClientErrorWithNeo4jsCodeAndWritesNothing() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
             Driver driver = neo4j.openDriver()) {
            StagingWriter writer = neo4j.stagingWriter();
            long[] ids = writer.createNodes("r1", List.of("T"), List.of("id", "title"), ONE_TOPIC);

            assertThatThrownBy(() -> writer.createRelationships("r1", "REQUIRES", List.of(),
                    List.of(List.of(ids[0], ids[0]), List.of(ids[0], ids[0] + 1_000))))
                    .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code())
                            .isEqualTo("Neo.ClientError.Statement.EntityNotFound"));
            assertThat(driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS n").execute().records().get(0)
                    .get("n").asLong()).isZero();
        }
    }

    /** The stored type of each property of the entity {@code e} that {@code match} finds. */
    private static Map<String, String> types(Driver driver, String match, long id, long... end) {
        return driver.executableQuery(match + " UNWIND keys(e) AS k RETURN k, valueType(e[k]) AS type")
                .withParameters(end.length == 0 ? Map.of("id", id) : Map.of("id", id, "end", end[0])).execute()
                .records().stream()
                .collect(Collectors.toMap(r -> r.get("k").asString(), r -> r.get("type").asString()));
    }

    private static Map<String, String> withRev(Map<String, String> types) {
        Map<String, String> all = new HashMap<>(types);
        all.put("rev", "STRING NOT NULL");
        return all;
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
