package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * Who can reach the server's own embedded Neo4j: by default only this machine (Bolt on loopback, no password);
 * listening anywhere else needs a password, and then the database refuses clients without it.
 */
class AccessIT {

    @Test
    void theEmbeddedBoltConnectorListensOnLoopbackOnly(@TempDir Path data) throws IOException {
        try (TestServer api = embedded(data, Map.of())) {
            URI bolt = boltUri(api);
            assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
            assertThat(canConnect(new InetSocketAddress("127.0.0.1", bolt.getPort()))).isTrue();
            Optional<InetAddress> external = externalAddress();
            assertThat(external).as("this test needs a non-loopback IPv4 address on the machine").isPresent();
            assertThat(canConnect(new InetSocketAddress(external.get(), bolt.getPort())))
                    .as("Bolt reachable on " + external.get()).isFalse();
        }
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAPassword(@TempDir Path data) {
        assertThatThrownBy(() -> embedded(data, Map.of("roadmap.embedded.listen-address", "0.0.0.0")).close())
                .satisfies(e -> assertThat(causes(e)).contains(
                        "refusing to start Neo4j on 0.0.0.0 without a password: set a password, or listen on 127.0.0.1"));
    }

    @Test
    void withAPasswordBeyondLoopbackRefusesClientsWithoutIt(@TempDir Path data) {
        try (TestServer api = embedded(data, Map.of("roadmap.embedded.listen-address", "0.0.0.0",
                "roadmap.embedded.password", "a-long-s3cret"))) {
            URI bolt = URI.create("bolt://127.0.0.1:" + boltUri(api).getPort());
            try (Driver anonymous = GraphDatabase.driver(bolt, AuthTokens.none());
                 Driver wrong = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "not-the-password"))) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            assertThat(api.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps").isArray())
                    .as("the server itself uses the password").isTrue();
        }
    }

    private static TestServer embedded(Path data, Map<String, Object> extra) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", data.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.bootstrap.enabled", false));
        properties.putAll(extra);
        return TestServer.start(properties);
    }

    private static URI boltUri(TestServer api) {
        return URI.create(api.get("/health", Map.of()).at("/details/neo4j/details/uri").asText());
    }

    private static String causes(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }

    private static boolean canConnect(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
