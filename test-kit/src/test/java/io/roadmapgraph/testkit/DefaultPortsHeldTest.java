package io.roadmapgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The suite runs with Neo4j's and the server's default ports in use, as beside a running server: so a test that binds
 * one of them fails in every build, not only on a machine where a server happens to run.
 */
class DefaultPortsHeldTest {

    static final java.util.List<Integer> DEFAULT_PORTS = DefaultPortsHeld.HELD;

    @ParameterizedTest
    @FieldSource("DEFAULT_PORTS")
    void aDefaultPortIsInUseWhileTheTestsRun(int port) throws IOException {
        try (Socket client = new Socket()) {
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            assertThat(client.isConnected()).isTrue();
        }
    }

    @ParameterizedTest
    @FieldSource("DEFAULT_PORTS")
    void bindingADefaultPortFailsWhileTheTestsRun(int port) {
        assertThatThrownBy(() -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        }).isInstanceOf(BindException.class);
    }

    @ParameterizedTest
    @FieldSource("DEFAULT_PORTS")
    void bindingADefaultPortOnEveryAddressFailsToo(int port) {
        // Micronaut and Neo4j may listen on 0.0.0.0: that clashes with a socket on 127.0.0.1 as well
        assertThatThrownBy(() -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
        }).isInstanceOf(BindException.class);
    }
}
