package io.roadmapgraph.server.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Neo4jFactoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"bolt://localhost:7687", "neo4j://cluster.example:7687", "neo4j+s://abc.databases.neo4j.io",
            "bolt+ssc://10.0.0.5:7687", " bolt://localhost "})
    void acceptsEveryNeo4jScheme(String uri) {
        assertThat(Neo4jFactory.parseUri(uri)).isEqualTo(URI.create(uri.trim()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:7687", "localhost", "bolt://", "not a uri"})
    void rejectsANeo4jUriWithoutSchemeOrHostAndSaysWhatItExpects(String uri) {
        assertThatThrownBy(() -> Neo4jFactory.parseUri(uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NEO4J_URI '" + uri + "' is not a Neo4j address; expected e.g. bolt://localhost:7687,"
                        + " neo4j://host:7687 or neo4j+s://host");
    }

    @Test
    void theEmbeddedDefaultsAreLoopbackWithoutHttpOrPassword() {
        EmbeddedNeo4j.Settings settings = Neo4jFactory.toLoaderSettings(
                new EmbeddedSettings(Path.of("data/neo4j"), "127.0.0.1", 7687, false, 7474, Optional.empty()));

        assertThat(settings.home()).isEqualTo(Path.of("data/neo4j").toAbsolutePath());
        assertThat(settings.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.boltPort()).isEqualTo(7687);
        assertThat(settings.httpPort()).isEmpty();
        assertThat(settings.password()).isEmpty();
        assertThat(settings.deleteOnClose()).isFalse();
    }

    @Test
    void switchesOnTheHttpConnectorAndThePasswordWhenConfigured() {
        EmbeddedNeo4j.Settings settings = Neo4jFactory.toLoaderSettings(
                new EmbeddedSettings(Path.of("/srv/neo4j"), "0.0.0.0", 7688, true, 7475, Optional.of("s3cret-pass")));

        assertThat(settings.listenAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(OptionalInt.of(7475));
        assertThat(settings.password()).hasValue("s3cret-pass");
    }
}
