package io.roadmapgraph.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.server.configuration.ServerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
    void aDirectoryNobodyCanWriteIsRefusedBeforeNeo4jStartsNamingWhatCannotBeWritten() {
        // procfs takes no new files, not even from root (which the tests run as)
        Path unwritable = Path.of("/proc/self/neo4j");

        assertThat(EmbeddedNeo4j.notWritable(unwritable)).hasValueSatisfying(why -> assertThat(why)
                .startsWith("/proc/self is not writable by user " + System.getProperty("user.name"))
                .endsWith(", so /proc/self/neo4j cannot be created"));
        assertThatThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(unwritable, 0)))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessageStartingWith("cannot start the embedded Neo4j: /proc/self is not writable")
                .hasMessageEndingWith("nothing was changed: give this user write access to /proc/self/neo4j, or use"
                        + " another directory");
    }

    @Test
    void aWritableDirectoryPassesTheCheckAndKeepsNoProbeFile(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("kept"), "x");

        assertThat(EmbeddedNeo4j.notWritable(home)).isEmpty();
        assertThat(EmbeddedNeo4j.notWritable(home.resolve("not/yet/there"))).isEmpty();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).containsExactly(home.resolve("kept"));
        }
    }

    @Test
    void nobodyHoldsTheLockOfADirectoryWithoutNeo4j(@TempDir Path home) {
        assertThat(EmbeddedNeo4j.lockHolder(home)).isEmpty();
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
