package io.roadmapgraph.server.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.server.testing.TestTokens;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path answers exactly as Micronaut's controller does: every request below goes over a raw socket to a server
 * with the fast path (the default) and to one without ({@code roadmap.graphql.fast-path=false}), and the two answers
 * have the same status line, the same headers in the same order (but the {@code date}'s value) and the same body; the
 * plain ones were answered by the fast path, the others by Micronaut.
 */
class GraphQLFastPathIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_SIZE = 64 * 1024;

    private static TestServer fast;
    private static TestServer routed;

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>(TestTokens.serverSettings());
        settings.put("micronaut.server.max-request-size", MAX_REQUEST_SIZE);
        settings.put("roadmap.limits.max-batch-size", 3);
        // the deep test operations on a loaded machine: no time-out on one server and an answer on the other
        settings.put("roadmap.limits.query-timeout", "120s");
        fast = TestServer.start(settings);
        Map<String, Object> off = new HashMap<>(settings);
        off.put("roadmap.graphql.fast-path", false);
        routed = TestServer.start(off);
        assertThat(routed.context().findBean(GraphQLFastPath.class).map(GraphQLFastPath::answered).orElse(0L))
                .isZero();
    }

    @AfterAll
    static void stop() {
        fast.close();
        routed.close();
    }

    static Stream<String> testOperations() throws IOException, URISyntaxException {
        URI folder = GraphQLFastPathIT.class.getResource(TestServer.OPERATIONS).toURI();
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(GraphQLFastPathIT::read).filter(text -> !text.contains("mutation")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("testOperations")
    void answersTheTestOperationsAsMicronautDoes(String document) throws IOException {
        String body = JSON.writeValueAsString(Map.of("query", document));

        assertSameAnswersAndFast(List.of(post(body)), 1);
    }

    @Test
    void answersAQueryWithVariablesAndALearnersTokenAsMicronautDoes() throws IOException {
        String topic = JSON.writeValueAsString(Map.of("query", "query($id: ID!) { topic(id: $id) { id title } }",
                "variables", Map.of("id", "rag")));
        String me = JSON.writeValueAsString(Map.of("query", "{ me { learner progress { topic } } }"));
        String token = "Bearer " + TestTokens.token("fast-path-learner");

        assertSameAnswersAndFast(List.of(post(topic), post(me, "Authorization: " + token),
                post(me, "Authorization: Bearer not-a-token"), post(me)), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "{", "[]", "[1]", "{\"query\": 1}", "{\"query\": null}", "{\"nothing\": true}",
            "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ a }\", \"query\": \"{ b }\"}",
            "{\"query\": \"{ __typename }\", \"variables\": []}", "{\"query\": \"{ __typename }\", \"operationName\": 3}",
            "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ roadmaps { id } }\"}]",
            "[{\"query\": \"{ a }\"}, {\"query\": \"{ b }\"}, {\"query\": \"{ c }\"}, {\"query\": \"{ d }\"}]",
            "{\"query\": \"{ nosuchfield }\"}", "{\"query\": \"{ topic(id: \\\"rag\\\") { title } \"}", "   ",
            "{\"query\": \"{ __typename }\", \"extensions\": {\"a\": [1, 2.5, null, true, {\"b\": \"\\u00e9\"}]}}"})
    void answersBadBodiesAsMicronautDoes(String body) throws IOException {
        assertSameAnswersAndFast(List.of(post(body), post(body, "Accept: application/graphql-response+json")), 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/graphql-response+json", "application/json", "*/*", "*/*;q=0.5",
            "application/json;q=0.5, application/graphql-response+json",
            "application/json, application/graphql-response+json;q=0.1"})
    void negotiatesAsMicronautDoes(String accept) throws IOException {
        String body = "{\"query\": \"{ __typename }\"}";

        assertSameAnswersAndFast(List.of(post(body, "Accept: " + accept),
                post("{\"query\": \"{ nosuchfield }\"}", "Accept: " + accept)), 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept: text/html", "Accept: application/*", "Accept: application/json;q=0", "Accept: text/html, application/json",
            "Accept: application/json; charset=utf-8", "Origin: https://elsewhere.example",
            "Content-Type: text/plain", "Content-Type: application/json; charset=iso-8859-1",
            "Content-Type: application/graphql", "Connection: close", "Expect: 100-continue"})
    void leavesUnusualRequestsToMicronaut(String header) throws IOException {
        String body = "{\"query\": \"{ __typename }\"}";
        String request = header.startsWith("Content-Type")
                ? request("POST", "/graphql", body, List.of(header)) : post(body, header);

        assertSameAnswersAndFast(List.of(request), 0);
    }

    @Test
    void leavesOtherMethodsPathsAndMissingHeadersToMicronaut() throws IOException {
        String body = "{\"query\": \"{ __typename }\"}";
        String get = "GET /graphql?query=" + URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        String noType = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + body.length() + "\r\n\r\n"
                + body;
        String empty = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 0\r\n\r\n";

        assertSameAnswersAndFast(List.of(get, noType, empty, request("POST", "/graphql?x=1", body, List.of()),
                request("POST", "/graphql/", body, List.of())), 0);
    }

    @Test
    void answersABodyJustUnderTheLimitAndLeavesOneOverItToMicronaut() throws IOException {
        String query = "{\"query\": \"{ __typename }\"}";
        String under = " ".repeat(MAX_REQUEST_SIZE - query.length()) + query;
        String over = " ".repeat(MAX_REQUEST_SIZE + 1 - query.length()) + query;

        assertSameAnswersAndFast(List.of(post(under)), 1);
        List<String> overFast = exchange(fast, List.of(post(over)));
        assertThat(overFast).isEqualTo(exchange(routed, List.of(post(over))));
        assertThat(overFast.get(0)).startsWith("HTTP/1.1 413");
    }

    @Test
    void keepsTheOrderOfPipelinedRequestsOnOneConnection() throws IOException {
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(post(JSON.writeValueAsString(Map.of("query", "{ roadmaps { id } n" + i + ": __typename }"))));
            requests.add("GET /graphql?query=" + URLEncoder.encode("{ g" + i + ": __typename }", StandardCharsets.UTF_8)
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            requests.add(post(JSON.writeValueAsString(Map.of("query", "{ p" + i + ": __typename }"))));
            requests.add(post("{\"query\": \"{ o" + i + ": __typename }\"}", "Origin: https://elsewhere.example"));
        }
        long before = answered();

        List<String> answers = exchange(fast, requests);

        assertThat(answers).isEqualTo(exchange(routed, requests));
        assertThat(answers).hasSize(16);
        assertThat(answers.get(14)).contains("\"p3\":\"Query\"");
        assertThat(answered() - before).as("the first plain request at least is the fast path's").isPositive();
    }

    @Test
    void forgetsARequestWhoseClientLeftBeforeItsBodyCameAndAnswersTheNext() throws IOException {
        long before = answered();
        try (Socket socket = socket(fast)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"query\": ").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        List<String> next = exchange(fast, List.of(post("{\"query\": \"{ __typename }\"}")));

        assertThat(next.get(0)).startsWith("HTTP/1.1 200").endsWith("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(answered() - before).as("the next request only").isEqualTo(1);
    }

    @Test
    void closesAConnectionWhoseBodyStallsForTheReadIdleTimeout() throws IOException {
        try (TestServer stalling = TestServer.start(Map.of("micronaut.server.read-idle-timeout", "1s",
                "roadmap.bootstrap.enabled", false)); Socket socket = socket(stalling)) {
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"query\": ").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();

            int read = socket.getInputStream().read();

            assertThat(read).as("closed without an answer").isEqualTo(-1);
            assertThat((System.nanoTime() - start) / 1_000_000).as("within the read-idle-timeout and a bit")
                    .isLessThan(5_000);
        }
    }

    private static void assertSameAnswersAndFast(List<String> requests, int fastAnswers) {
        long before = answered();
        List<String> answers = exchange(fast, requests);
        assertThat(answered() - before).as("answered by the fast path").isEqualTo(fastAnswers);
        assertThat(answers).isEqualTo(exchange(routed, requests));
    }

    private static long answered() {
        return fast.context().getBean(GraphQLFastPath.class).answered();
    }

    private static String post(String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type: application/json"));
        all.addAll(List.of(headers));
        return request("POST", "/graphql", body, all);
    }

    private static String request(String method, String path, String body, List<String> headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        headers.forEach(h -> request.append(h).append("\r\n"));
        return request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length)
                .append("\r\n\r\n").append(body).toString();
    }

    /**
     * Sends the requests on one connection, all at once (pipelined), and reads as many answers: each as its status
     * line, its headers but {@code date} (whether it was there), and its body.
     */
    private static List<String> exchange(TestServer server, List<String> requests) {
        try (Socket socket = socket(server)) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(String.join("", requests).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // the server may answer (413) and close before it read everything: read what it answered
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                String answer = readAnswer(in);
                if (answer == null) {
                    break;
                }
                answers.add(answer);
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            return null;
        }
        StringBuilder answer = new StringBuilder(status).append('\n');
        int length = -1;
        boolean dated = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
            if (name.equals("date")) {
                dated = true;
                continue;
            }
            if (name.equals("content-length")) {
                length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
            }
            answer.append(header).append('\n');
        }
        answer.append(dated ? "(dated)\n" : "(no date)\n");
        assertThat(length).as("a content-length in " + answer).isNotNegative();
        byte[] body = in.readNBytes(length);
        return answer.append('\n').append(new String(body, StandardCharsets.UTF_8)).toString();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    private static Socket socket(TestServer server) throws IOException {
        Socket socket = new Socket(server.uri("/").getHost(), server.uri("/").getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
