package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Who can reach the server's own embedded Neo4j. By default: only this machine (Bolt and HTTP on loopback), and only
 * with user neo4j's password (generated into the data directory, owner-only, unless configured), because loopback is
 * no boundary against a web page open in a browser here. Neo4j's HTTP connector serves the Browser only (no
 * {@code /db/neo4j/tx}, no Query API) and {@code LOAD CSV} cannot read local files. No authentication only with
 * {@code ROADMAP_EMBEDDED_AUTH=none}, and only on loopback.
 */
class AccessIT {

    private static final String FOREIGN_ORIGIN = "http://evil.example";
    private static final String DELETE_EVERYTHING = "MATCH (n) DETACH DELETE n";

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
    void aFreshDataDirectoryGetsAGeneratedPasswordKeptOwnerOnlyAndReusedOnRestart(@TempDir Path temp)
            throws IOException {
        Path data = temp.resolve("neo4j");
        Path file = data.resolve("neo4j-password");
        String password;
        StandardOutput firstStart = new StandardOutput();
        try (firstStart; TestServer api = embedded(data, Map.of())) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(refusal(api, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(refusal(api, AuthTokens.basic(EmbeddedNeo4j.USER, "not-the-password")))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(countNodes(api, password)).isNotNegative();
        }
        assertThat(firstStart.text().lines().filter(line -> line.contains(password)))
                .as("printed once, in the log of the start that generated it")
                .singleElement().asString().contains("user neo4j").contains(file.toString());
        StandardOutput secondStart = new StandardOutput();
        try (secondStart; TestServer api = embedded(data, Map.of())) {
            assertThat(Files.readString(file).strip()).as("the kept password, not a new one").isEqualTo(password);
            assertThat(countNodes(api, password)).isNotNegative();
            assertThat(api.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps").isArray())
                    .as("the server itself uses the password").isTrue();
        }
        assertThat(secondStart.text()).as("the log of a later start").contains("Login     user neo4j, password in "
                + file.toAbsolutePath()).doesNotContain(password);
    }

    @Test
    void aConfiguredPasswordWinsOverTheKeptOne(@TempDir Path temp) throws IOException {
        Path data = Files.createDirectories(temp.resolve("neo4j"));
        Files.writeString(data.resolve("neo4j-password"), "the-kept-password\n");
        try (TestServer api = embedded(data, Map.of("roadmap.embedded.password", "the-configured-one"))) {
            assertThat(countNodes(api, "the-configured-one")).isNotNegative();
            assertThat(refusal(api, AuthTokens.basic(EmbeddedNeo4j.USER, "the-kept-password")))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(data.resolve("neo4j-password")).hasContent("the-kept-password");
        }
    }

    @Test
    void authNoneIsANamedOptInThatReallyTurnsAuthenticationOffAndTheNextDefaultStartTurnsItOn(@TempDir Path temp)
            throws Exception {
        Path data = temp.resolve("neo4j");
        try (TestServer api = embedded(data, Map.of("roadmap.embedded.auth", "none"))) {
            assertThat(countNodes(api, AuthTokens.none())).isNotNegative();
            assertThat(data.resolve("neo4j-password")).doesNotExist();
            // the raw WebSocket exchange below is the one that is refused with authentication on: here it succeeds
            assertThat(boltOverWebSocketWithoutCredentials(api).helloReply()).isEqualTo(BoltReply.SUCCESS);
            assertThat(httpApiAttack(api, "/db/neo4j/tx/commit")).as("even without authentication").isEqualTo(404);
        }
        // the same store, created without authentication, gets the generated password on the next default start
        try (TestServer api = embedded(data, Map.of())) {
            assertThat(refusal(api, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(countNodes(api, Files.readString(data.resolve("neo4j-password")).strip())).isNotNegative();
        }
    }

    @Test
    void authNoneIsRefusedBeyondLoopbackWithAMessageNamingTheSettings(@TempDir Path data) {
        assertThatThrownBy(() -> embedded(data, Map.of("roadmap.embedded.listen-address", "0.0.0.0",
                "roadmap.embedded.auth", "none")).close())
                .satisfies(e -> assertThat(causes(e)).contains("ROADMAP_EMBEDDED_AUTH=none is allowed on a loopback"
                        + " address only, but ROADMAP_EMBEDDED_LISTEN_ADDRESS is 0.0.0.0: use"
                        + " ROADMAP_EMBEDDED_AUTH=password, or listen on 127.0.0.1"));
    }

    @Test
    void withAPasswordBeyondLoopbackRefusesClientsWithoutIt(@TempDir Path data) {
        try (TestServer api = embedded(data, Map.of("roadmap.embedded.listen-address", "0.0.0.0",
                "roadmap.embedded.password", "a-long-s3cret"))) {
            assertThat(refusal(api, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(refusal(api, AuthTokens.basic(EmbeddedNeo4j.USER, "not-the-password")))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(api.query("{ roadmaps { id } }", Map.of()).assertNoErrors().at("/data/roadmaps").isArray())
                    .as("the server itself uses the password").isTrue();
        }
    }

    @Test
    void aForeignWebPageCannotChangeTheGraphOrReadLocalFiles(@TempDir Path data) throws Exception {
        try (TestServer api = embedded(data, Map.of())) {
            String password = Files.readString(data.resolve("neo4j-password")).strip();
            long nodes = countNodes(api, password);
            assertThat(nodes).as("the bundled roadmap is loaded").isPositive();

            // Neo4j's HTTP API and Query API are not served at all; the Browser is
            assertThat(httpApiAttack(api, "/db/neo4j/tx/commit")).isEqualTo(404);
            assertThat(httpApiAttack(api, "/db/neo4j/tx")).isEqualTo(404);
            assertThat(httpApiAttack(api, "/db/neo4j/query/v2")).isEqualTo(404);
            assertThat(httpGet(api, "/browser/")).isEqualTo(200);
            // and no other page may read the Browser's files or the discovery document (Neo4j's default is "*")
            String ownOrigin = neo4jHttp(api).toString();
            assertThat(allowedOrigin(api, "/")).containsExactly(ownOrigin);
            assertThat(allowedOrigin(api, "/browser/")).containsExactly(ownOrigin);

            // Bolt over a WebSocket from a foreign page: without the password HELLO fails and nothing runs
            WebSocketAttack attack = boltOverWebSocketWithoutCredentials(api);
            assertThat(attack.helloReply()).isEqualTo(BoltReply.FAILURE);
            assertThat(attack.replyText()).contains("Neo.ClientError.Security.Unauthorized");

            // what a page's driver would do: no credentials
            assertThat(refusal(api, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(countNodes(api, password)).as("the graph is unchanged").isEqualTo(nodes);

            try (Driver driver = driver(api, AuthTokens.basic(EmbeddedNeo4j.USER, password))) {
                // even with the password, LOAD CSV reads no local file
                assertThatThrownBy(() -> driver.executableQuery(
                        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row)").execute())
                        .isInstanceOf(ClientException.class)
                        .hasMessageContaining("dbms.security.allow_csv_import_from_file_urls' is false");
                // what the Browser's ":access-mode read" does (docs/neo4j-browser.md): Neo4j refuses writes
                try (Session reader = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ).build())) {
                    assertThatThrownBy(() -> reader.run(DELETE_EVERYTHING).consume())
                            .isInstanceOf(ClientException.class)
                            .hasMessageContaining("read access mode");
                }
            }
            assertThat(countNodes(api, password)).as("the graph is unchanged").isEqualTo(nodes);
        }
    }

    /** Copies what is printed to standard output (where the server logs) until closed. */
    private static final class StandardOutput implements AutoCloseable {
        private final PrintStream original = System.out;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

        StandardOutput() {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    original.write(b);
                    synchronized (copy) {
                        copy.write(b);
                    }
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    original.write(bytes, offset, length);
                    synchronized (copy) {
                        copy.write(bytes, offset, length);
                    }
                }
            }, true, StandardCharsets.UTF_8));
        }

        String text() {
            synchronized (copy) {
                return copy.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() {
            System.setOut(original);
        }
    }

    /** Which Bolt message answered a HELLO. */
    enum BoltReply { SUCCESS, FAILURE, NONE }

    record WebSocketAttack(BoltReply helloReply, String replyText) {
    }

    /**
     * What a foreign page can do with {@code new WebSocket("ws://127.0.0.1:<bolt>")}: a WebSocket upgrade with its
     * {@code Origin}, the Bolt handshake asking for version 4.4, a HELLO with scheme {@code none}, then, whatever the
     * answer, a RUN of {@value #DELETE_EVERYTHING} with a PULL.
     */
    private static WebSocketAttack boltOverWebSocketWithoutCredentials(TestServer api) throws Exception {
        URI bolt = boltUri(api);
        Collector replies = new Collector();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", FOREIGN_ORIGIN)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + bolt.getPort()), replies)
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendBinary(ByteBuffer.wrap(new byte[] {
                    0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), true)
                    .get(10, TimeUnit.SECONDS);
            byte[] version = replies.await(4);
            assertThat(version).as("Bolt version agreed").containsExactly(0, 0, 4, 4);

            ByteArrayOutputStream hello = new ByteArrayOutputStream();
            hello.write(new byte[] {(byte) 0xB1, 0x01, (byte) 0xA2});
            packString(hello, "user_agent");
            packString(hello, "evil-page/1.0");
            packString(hello, "scheme");
            packString(hello, "none");
            socket.sendBinary(ByteBuffer.wrap(chunk(hello.toByteArray())), true).get(10, TimeUnit.SECONDS);
            byte[] reply = replies.awaitMessage();
            BoltReply helloReply = reply.length < 4 ? BoltReply.NONE
                    : reply[3] == 0x70 ? BoltReply.SUCCESS : reply[3] == 0x7F ? BoltReply.FAILURE : BoltReply.NONE;

            if (helloReply != BoltReply.SUCCESS && !socket.isOutputClosed()) {
                ByteArrayOutputStream run = new ByteArrayOutputStream();
                run.write(new byte[] {(byte) 0xB3, 0x10});
                packString(run, DELETE_EVERYTHING);
                run.write(new byte[] {(byte) 0xA0, (byte) 0xA0});
                byte[] pull = {(byte) 0xB1, 0x3F, (byte) 0xA1, (byte) 0x81, 'n', (byte) 0xFF};
                socket.sendBinary(ByteBuffer.wrap(concat(chunk(run.toByteArray()), chunk(pull))), true)
                        .exceptionally(error -> null).get(10, TimeUnit.SECONDS);
                replies.awaitQuiet(Duration.ofSeconds(2));
            }
            return new WebSocketAttack(helloReply, new String(reply, StandardCharsets.ISO_8859_1));
        } finally {
            socket.abort();
        }
    }

    /** Collects the bytes of binary WebSocket messages. */
    private static final class Collector implements WebSocket.Listener {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private int consumed;

        @Override
        public synchronized CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            received.write(bytes, 0, bytes.length);
            notifyAll();
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public synchronized CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            notifyAll();
            return null;
        }

        /** The next {@code count} bytes. */
        synchronized byte[] await(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.size() - consumed < count && System.nanoTime() < deadline) {
                wait(200);
            }
            byte[] all = received.toByteArray();
            int available = Math.min(count, all.length - consumed);
            byte[] next = java.util.Arrays.copyOfRange(all, consumed, consumed + available);
            consumed += available;
            return next;
        }

        /** The next Bolt message, chunks included up to its 00 00 end marker (empty when none came). */
        synchronized byte[] awaitMessage() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                byte[] all = received.toByteArray();
                int at = consumed;
                while (at + 2 <= all.length) {
                    int size = ((all[at] & 0xFF) << 8) | (all[at + 1] & 0xFF);
                    at += 2 + size;
                    if (size == 0 && at <= all.length) {
                        byte[] message = java.util.Arrays.copyOfRange(all, consumed, at);
                        consumed = at;
                        return message;
                    }
                }
                wait(200);
            }
            return new byte[0];
        }

        synchronized void awaitQuiet(Duration duration) throws InterruptedException {
            wait(duration.toMillis());
        }
    }

    private static byte[] chunk(byte[] message) {
        byte[] chunk = new byte[message.length + 4];
        chunk[0] = (byte) (message.length >> 8);
        chunk[1] = (byte) message.length;
        System.arraycopy(message, 0, chunk, 2, message.length);
        return chunk;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** A PackStream string of fewer than 256 bytes. */
    private static void packString(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 16) {
            out.write(0x80 | bytes.length);
        } else {
            out.write(0xD0);
            out.write(bytes.length);
        }
        out.write(bytes, 0, bytes.length);
    }

    /** POSTs {@value #DELETE_EVERYTHING} from a foreign origin to a path of Neo4j's HTTP connector: the status. */
    private static int httpApiAttack(TestServer api, String path) throws Exception {
        String body = path.contains("/query/")
                ? "{\"statement\": \"" + DELETE_EVERYTHING + "\"}"
                : "{\"statements\": [{\"statement\": \"" + DELETE_EVERYTHING + "\"}]}";
        HttpRequest request = HttpRequest.newBuilder(neo4jHttp(api).resolve(path))
                .header("Origin", FOREIGN_ORIGIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int httpGet(TestServer api, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(neo4jHttp(api).resolve(path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The {@code Access-Control-Allow-Origin} values Neo4j's HTTP connector answers a foreign page's GET with. */
    private static List<String> allowedOrigin(TestServer api, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(neo4jHttp(api).resolve(path)).header("Origin", FOREIGN_ORIGIN)
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).headers()
                .allValues("Access-Control-Allow-Origin");
    }

    private static URI neo4jHttp(TestServer api) {
        return api.context().getBean(Neo4jConnection.class).embedded().orElseThrow().httpUri().orElseThrow();
    }

    private static Driver driver(TestServer api, AuthToken auth) {
        return GraphDatabase.driver(URI.create("bolt://127.0.0.1:" + boltUri(api).getPort()), auth);
    }

    private static Throwable refusal(TestServer api, AuthToken auth) {
        try (Driver driver = driver(api, auth)) {
            driver.verifyConnectivity();
            throw new AssertionError("the embedded Neo4j accepted " + auth);
        } catch (AuthenticationException e) {
            return e;
        }
    }

    private static long countNodes(TestServer api, String password) {
        return countNodes(api, AuthTokens.basic(EmbeddedNeo4j.USER, password));
    }

    private static long countNodes(TestServer api, AuthToken auth) {
        try (Driver driver = driver(api, auth)) {
            return driver.executableQuery("MATCH (n) RETURN count(n) AS nodes").execute().records().get(0)
                    .get("nodes").asLong();
        }
    }

    private static TestServer embedded(Path data, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "neo4j.uri", "",
                "roadmap.embedded.data-dir", data.toString(),
                "roadmap.embedded.bolt-port", 0,
                "roadmap.embedded.http-port", 0));
        properties.putAll(extra);
        return TestServer.start(properties);
    }

    private static URI boltUri(TestServer api) {
        return api.context().getBean(Neo4jConnection.class).boltUri();
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
