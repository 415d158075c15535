package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One client holding many half-sent requests (issue 12, item 3; on main 20,000 of them locked everybody out). The
 * test scales the attack to the configured limits: {@code max-per-address} + 100 connections from 127.0.0.1. The
 * connections over the address's share are closed at once, the rest when they stall for
 * {@code read-idle-timeout}, and a client on another address (127.0.0.2) is answered meanwhile.
 */
class ConnectionFloodIT {

    private static final int PER_ADDRESS = 20;
    /** A request the server answers without the database: {@code { __typename }}. */
    private static final String TYPENAME = "/graphql?query=%7B__typename%7D";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @Test
    void aClientHoldingManyHalfSentRequestsLocksNobodyOut() throws IOException {
        try (TestServer api = TestServer.start(Map.of("roadmap.connections.max-per-address", PER_ADDRESS,
                "micronaut.server.read-idle-timeout", "2s", "roadmap.bootstrap.enabled", false))) {
            InetSocketAddress server = new InetSocketAddress(api.uri("/").getHost(), api.uri("/").getPort());
            assertThat(get(server, InetAddress.getByName("127.0.0.2"), TYPENAME)).as("before the attack")
                    .startsWith("HTTP/1.1 200");
            List<Socket> attack = new ArrayList<>();
            try {
                for (int i = 0; i < PER_ADDRESS + 100; i++) {
                    Socket socket = new Socket();
                    socket.connect(server, 5000);
                    socket.getOutputStream().write("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Le"
                            .getBytes(StandardCharsets.US_ASCII));
                    attack.add(socket);
                }

                long start = System.nanoTime();
                String answer = get(server, InetAddress.getByName("127.0.0.2"), TYPENAME);
                long millis = (System.nanoTime() - start) / 1_000_000;

                assertThat(answer).startsWith("HTTP/1.1 200").contains("{\"data\":{\"__typename\":\"Query\"}}");
                assertThat(millis).as("answered while the connections are held").isLessThan(3000);
                assertThat(attack.stream().filter(s -> closedWithin(s, 1000)).count())
                        .as("the connections over the address's share are closed at once").isGreaterThanOrEqualTo(100);
                assertThat(attack.stream().filter(s -> closedWithin(s, 10_000)).count())
                        .as("the stalled ones within the read-idle-timeout").isEqualTo(PER_ADDRESS + 100);
            } finally {
                for (Socket socket : attack) {
                    socket.close();
                }
            }
            GraphQLResponse after = api.query("{ roadmaps { id } }", Map.of());
            assertThat(after.assertNoErrors().at("/data/roadmaps/0/id").asText()).isEqualTo("ai-engineer");
        }
    }

    @Test
    void aQueryThatRunsLongerThanTheReadIdleTimeoutIsStillAnswered() {
        try (TestServer api = TestServer.start(Map.of("micronaut.server.read-idle-timeout", "1s",
                "roadmap.limits.query-timeout", "3s", "roadmap.cost.max-estimate", Long.MAX_VALUE / 8,
                "roadmap.cost.max-values", 1_000_000_000_000L, "roadmap.bootstrap.enabled", false))) {
            long start = System.nanoTime();
            GraphQLResponse response = api.query(QueryCostIT.NESTED_LISTS, Map.of());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(response.errorCodes()).containsExactly("TIMEOUT");
            assertThat(millis).as("the query ran past the read-idle-timeout").isGreaterThan(1500);
        }
    }

    /** A GET over a socket bound to {@code from}, as a client on another machine would send it. */
    private static String get(InetSocketAddress server, InetAddress from, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(server, 5000);
            socket.setSoTimeout(15000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return head.toString();
                }
                head.append((char) b);
            }
            Matcher length = CONTENT_LENGTH.matcher(head);
            byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Whether the server closes the connection within this time (the read sees the end of the stream). */
    private static boolean closedWithin(Socket socket, int millis) {
        try {
            socket.setSoTimeout(millis);
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }
}
