package io.roadmapgraph.embedded;

import org.junit.jupiter.api.Test;
import org.neo4j.server.configuration.ServerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class EmbeddedNeo4jSettingsTest {

    private final EmbeddedNeo4j.Settings settings = EmbeddedNeo4j.Settings.of(Path.of("target/never-started"), 7687);

    @Test
    void defaultsToLoopbackWithoutHttpAndWithoutAuthentication() {
        assertThat(settings.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.httpPort()).isEmpty();
        assertThat(settings.password()).isEmpty();
        assertThat(settings.deleteOnClose()).isFalse();
        assertThat(settings.neo4jConfig()).isEmpty();
    }

    @Test
    void keepsFurtherNeo4jSettingsThroughEveryWither() {
        EmbeddedNeo4j.Settings configured = settings.withNeo4jConfig(ServerSettings.browser_post_connect_cmd, "play start")
                .withHttpPort(7474).withBoltPort(7688).withPassword("long-enough").withListenAddress("127.0.0.1");
        assertThat(configured.neo4jConfig()).containsExactly(entry(ServerSettings.browser_post_connect_cmd, "play start"));
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAPassword() {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(settings.withListenAddress("0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refusing to start Neo4j on 0.0.0.0 without a password: set a password, or listen on 127.0.0.1");
    }

    @Test
    void refusesAPasswordNeo4jWouldReject() {
        assertThatThrownBy(() -> settings.withPassword("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Neo4j password must have at least 8 characters");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65_536})
    void refusesPortsOutsideTheValidRange(int port) {
        assertThatThrownBy(() -> settings.withBoltPort(port))
                .hasMessage("Bolt port must be 0 (any free port) or 1..65535, was " + port);
        assertThatThrownBy(() -> settings.withHttpPort(port))
                .hasMessage("HTTP port must be 0 (any free port) or 1..65535, was " + port);
    }
}
