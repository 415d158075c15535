package io.roadmapgraph.graph;

import io.roadmapgraph.testkit.CypherPropertyKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every property key the Cypher of the main sources spells is one that GraphModel defines. */
class GraphModelPropertyKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"graph-core", "graph-loader", "api-server", "bench"})
    void theCypherOfTheMainSourcesNamesOnlyPropertyKeysOfTheModel(String module) {
        List<String> cypher = CypherPropertyKeys.cypherLiteralsUnder(Path.of("..", module, "src", "main", "java"));

        cypher.forEach(text -> assertThat(CypherPropertyKeys.unknownIn(text)).as("unknown keys in%n%s", text)
                .isEmpty());
    }

    @Test
    void theQueryServiceAndTheWriterSpellPropertyKeysInTheirCypher() {
        List<String> keys = CypherPropertyKeys.cypherLiteralsUnder(Path.of("..", "graph-core", "src", "main", "java"))
                .stream().flatMap(text -> CypherPropertyKeys.of(text).stream()).distinct().toList();

        assertThat(keys).contains(GraphModel.ID, GraphModel.NUMBER, GraphModel.ORDER, GraphModel.REASON,
                GraphModel.dutch(GraphModel.REASON), GraphModel.REV, GraphModel.ROADMAP_ID);
    }

    @Test
    void aMisspeltKeyIsFound() {
        assertThat(CypherPropertyKeys.unknownIn("""
                MATCH (t:Topic)-[r:REQUIRES]->(q:Topic {id: $id})
                RETURN t {.id, .titel}, r.reasonNL, q.summary, $row.anything, db.index.fulltext""")).containsExactly(
                "reasonNL", "titel");
    }

    @Test
    void aKeyOfAMapTheCypherBuildsItselfIsNoPropertyKey() {
        assertThat(CypherPropertyKeys.unknownIn("""
                WITH collect({topic: t, level: 1}) AS steps UNWIND steps AS s
                RETURN s.topic.title, s.level, t.titel""")).containsExactly("titel");
    }

    @Test
    void everyTextPropertyHasItsDutchSideAmongTheKeys() {
        GraphModel.TEXT_PROPERTIES.forEach(key -> assertThat(GraphModel.PROPERTY_KEYS).contains(key,
                key + "Nl"));
        assertThat(GraphModel.PROPERTY_KEYS).containsAll(GraphModel.FULLTEXT_PROPERTIES);
    }
}
