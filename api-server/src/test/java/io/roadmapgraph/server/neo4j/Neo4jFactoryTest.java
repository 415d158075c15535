package io.roadmapgraph.server.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import java.net.URI;
import org.neo4j.configuration.GraphDatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Neo4jFactoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"bolt://localhost:7687", "neo4j://cluster.example:7687", "neo4j+s://abc.databases.neo4j.io",
            "bolt+ssc://10.0.0.5:7687", " bolt://localhost "})
    void acceptsEveryNeo4jScheme(String uri) {
        assertThat(Neo4jSettings.parseUri(uri)).isEqualTo(URI.create(uri.trim()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:7687", "localhost", "bolt://", "not a uri"})
    void rejectsANeo4jUriWithoutSchemeOrHostAndSaysWhatItExpects(String uri) {
        assertThatThrownBy(() -> Neo4jSettings.parseUri(uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NEO4J_URI '" + uri + "' is not a Neo4j address; expected e.g. bolt://localhost:7687,"
                        + " neo4j://host:7687 or neo4j+s://host");
    }

    @Test
    void theEmbeddedPageCacheIsBoundedByDefaultAndSetFromItsSetting() {
        EmbeddedSettings embedded = embedded(Path.of("data/neo4j"), "127.0.0.1", 7687, false, 7474, "none", "");
        assertThat(Neo4jFactory.toLoaderSettings(embedded, Optional.empty()).neo4jConfig())
                .as("the default, 256m").containsEntry(GraphDatabaseSettings.pagecache_memory, 256L << 20);

        embedded.setPagecacheSize(" 1G ");
        assertThat(Neo4jFactory.toLoaderSettings(embedded, Optional.empty()).neo4jConfig())
                .containsEntry(GraphDatabaseSettings.pagecache_memory, 1L << 30);
    }

    @ParameterizedTest
    @CsvSource({"256m, 268435456", "512000k, 524288000", "2g, 2147483648", "1048576, 1048576"})
    void aPageCacheSizeIsANumberWithAnOptionalUnit(String size, long bytes) {
        EmbeddedSettings embedded = new EmbeddedSettings();
        embedded.setPagecacheSize(size);
        assertThat(embedded.pagecacheBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "1t", "-5m", "1.5g"})
    void aPageCacheSizeThatIsNoSizeStopsTheStartWithTheVariablesName(String size) {
        EmbeddedSettings embedded = new EmbeddedSettings();
        embedded.setPagecacheSize(size);
        assertThatThrownBy(embedded::pagecacheBytes).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ROADMAP_EMBEDDED_PAGECACHE_SIZE");
    }

    @Test
    void withoutHttpOrPasswordTheLoaderSettingsAreLoopbackWithoutEither() {
        EmbeddedNeo4j.Settings settings = Neo4jFactory.toLoaderSettings(
                embedded(Path.of("data/neo4j"), "127.0.0.1", 7687, false, 7474,
                        "none", ""), Optional.empty());

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
                embedded(Path.of("/srv/neo4j"), "0.0.0.0", 7688, true, 7475,
                        "password", "s3cret-pass"), Optional.of("s3cret-pass"));

        assertThat(settings.listenAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(OptionalInt.of(7475));
        assertThat(settings.password()).hasValue("s3cret-pass");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            password, PASSWORD
            ' None ', NONE
            '',       PASSWORD
            """)
    void authenticationIsOnUnlessNamedNone(String value, EmbeddedSettings.Auth expected) {
        assertThat(EmbeddedSettings.Auth.parse(value)).isEqualTo(expected);
    }

    @Test
    void anUnknownAuthenticationModeIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> EmbeddedSettings.Auth.parse("off"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ROADMAP_EMBEDDED_AUTH (roadmap.embedded.auth) must be 'password' or 'none', was 'off'");
    }

    @Test
    void authNoneWithAPasswordIsRefusedAsAContradiction() {
        assertThatThrownBy(() -> embedded(Path.of("data/neo4j"), "127.0.0.1", 7687, true, 7474,
                "none", "s3cret-pass").check())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ROADMAP_EMBEDDED_AUTH=none turns authentication off, but ROADMAP_EMBEDDED_PASSWORD is"
                        + " set: remove one of them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.0.2.10"})
    void authNoneIsRefusedBeyondLoopback(String address) {
        assertThatThrownBy(() -> embedded(Path.of("data/neo4j"), address, 7687, true, 7474,
                "none", "").check())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ROADMAP_EMBEDDED_AUTH=none is allowed on a loopback address only, but"
                        + " ROADMAP_EMBEDDED_LISTEN_ADDRESS is " + address
                        + ": use ROADMAP_EMBEDDED_AUTH=password, or listen on 127.0.0.1");
    }

    @Test
    void thePasswordFileIsInTheDataDirectory() {
        assertThat(embedded(Path.of("/srv/neo4j"), "127.0.0.1", 7687, true, 7474,
                "password", "").passwordFile())
                .isEqualTo(Path.of("/srv/neo4j/neo4j-password"));
    }

    @Test
    void aKeptPasswordFileTooShortToBeAPasswordIsRefusedSayingWhatToDo(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("neo4j-password"), "short\n");
        assertThatThrownBy(() -> EmbeddedPassword.resolve(data, Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the password file " + data.resolve("neo4j-password") + " holds fewer than 8 characters:"
                        + " remove it to get a new password, or set ROADMAP_EMBEDDED_PASSWORD");
    }

    @Test
    void aDataDirectoryOtherUsersCanReadIsNamedWithTheCommandThatClosesIt(@TempDir Path parent) throws Exception {
        Path data = Files.createDirectory(parent.resolve("neo4j"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x")); // made before passwords
        assertThat(EmbeddedPassword.openToOthers(data)).contains("the data directory " + data + " is open to other"
                + " users of this machine (rwxr-xr-x); it holds the learners' notes: chmod 700 " + data);

        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        assertThat(EmbeddedPassword.openToOthers(data)).as("as the server creates it").isEmpty();
    }

    /** The settings as Micronaut binds them from {@code roadmap.embedded.*}. */
    private static EmbeddedSettings embedded(Path dataDir, String listenAddress, int boltPort, boolean httpEnabled,
                                             int httpPort, String auth, String password) {
        EmbeddedSettings settings = new EmbeddedSettings();
        settings.setDataDir(dataDir.toString());
        settings.setListenAddress(listenAddress);
        settings.setBoltPort(boltPort);
        settings.setHttpEnabled(httpEnabled);
        settings.setHttpPort(httpPort);
        settings.setAuth(auth);
        settings.setPassword(password);
        return settings;
    }
}
