package io.roadmapgraph.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.server.configuration.ServerSettings;

class NeoBrowserSetupTest {

    private final EmbeddedNeo4j.Settings embedded = EmbeddedNeo4j.Settings.of(Path.of("target/never-started"), 7687)
            .withHttpPort(7474);

    @Test
    void afterConnectingTheBrowserAppliesOurStyleAndPlaysOurGuideFromThisServer() {
        EmbeddedNeo4j.Settings configured = new NeoBrowserSetup(true, 8080).configure(embedded);

        assertThat(configured.neo4jConfig()).containsOnly(
                entry(ServerSettings.browser_post_connect_cmd,
                        "style http://localhost:8080/neo4j-browser/roadmap.grass;"
                                + " play http://localhost:8080/neo4j-browser/roadmap-guide.html"),
                entry(ServerSettings.browser_remote_content_hostname_whitelist, "guides.neo4j.com,localhost,127.0.0.1"));
        assertThat(configured.httpPort()).hasValue(7474);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            false, 8080
            true,  -1
            true,  0
            """)
    void hasNoPostConnectCommandsWhenTurnedOffOrWithoutAKnownPort(boolean postConnect, int port) {
        EmbeddedNeo4j.Settings configured = new NeoBrowserSetup(postConnect, port).configure(embedded);

        assertThat(configured.neo4jConfig()).containsOnlyKeys(ServerSettings.browser_remote_content_hostname_whitelist);
    }

    @Test
    void theBrowserUrlNamesOurBoltAddressAndUserNeo4jOrNoAuthenticationWhenThereIsNone() {
        URI http = URI.create("http://127.0.0.1:7474");
        URI bolt = URI.create("bolt://127.0.0.1:7687");

        assertThat(NeoBrowserSetup.browserUrl(http, bolt, false)).hasToString(
                "http://127.0.0.1:7474/browser/?dbms=bolt://127.0.0.1:7687&preselectAuthMethod=NO_AUTH");
        assertThat(NeoBrowserSetup.browserUrl(http, bolt, true)).hasToString(
                "http://127.0.0.1:7474/browser/?dbms=bolt://neo4j@127.0.0.1:7687&preselectAuthMethod=NATIVE");
    }
}
