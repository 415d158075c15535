package io.roadmapgraph.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The web example ({@code examples/web/index.html}) as docs/embedding.md tells to run it: the page served from a
 * static server whose origin is in the CORS allow-list, the API on another origin. Checked over HTTP (the preflight
 * and the exact request the page sends) and, where Chromium is installed, in headless Chromium.
 */
class WebExampleIT {

    static final Path PAGE = MarkdownBlocks.DOCS.resolveSibling("examples").resolve("web").resolve("index.html");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final ObjectMapper JSON = new ObjectMapper();

    static HttpServer staticServer;
    static String origin;
    static TestServer api;

    @BeforeAll
    static void serveThePageAndTheApi() throws IOException {
        // what `python3 -m http.server` in examples/web does: serve the folder as it is
        staticServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        staticServer.createContext("/", exchange -> {
            byte[] body = Files.readAllBytes(PAGE);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        staticServer.start();
        origin = "http://127.0.0.1:" + staticServer.getAddress().getPort();
        DocsServer.shared();   // the shared Neo4j holds the AI Engineer roadmap
        // as ROADMAP_CORS_ALLOWED_ORIGINS=https://learn.example.org,<origin> sets it: one comma-separated string
        api = DocsServer.start(Map.of("micronaut.server.cors.configurations.web.allowed-origins",
                "https://learn.example.org," + origin));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (staticServer != null) {
            staticServer.stop(0);
        }
    }

    @Test
    void thePagesOwnRequestIsAllowedFromItsOriginAndAnswersALearningPath() throws IOException {
        GraphQLResponse preflight = api.send("OPTIONS", "/graphql", Map.of("Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);

        String body = JSON.writeValueAsString(Map.of("query", pageQuery(), "operationName", "LearningPath",
                "variables", Map.of("goals", List.of("fine-tuning"), "known", List.of("python"))));
        GraphQLResponse answer = api.post("/graphql", body, Map.of("Origin", origin)).assertNoErrors();

        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
        assertThat(answer.at("/data/learningPath/steps")).isNotEmpty();
        assertThat(answer.at("/data/learningPath/steps/0/topic/phase/number").isInt()).isTrue();
    }

    /**
     * docs/embedding.md shows "the whole client" simplified: its fetch is the page's, with the values of the page's
     * inputs where the page reads them, so the request that
     * {@link #thePagesOwnRequestIsAllowedFromItsOriginAndAnswersALearningPath} sends is the one the page documents.
     */
    @Test
    void theClientTheEmbeddingPageShowsIsThePagesFetchWithItsInputsValues() throws IOException {
        String shown = MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve("embedding.md")).stream()
                .filter(block -> block.language().equals("js")).findFirst().orElseThrow().code();
        String html = Files.readString(PAGE);
        String page = html.replace("ids('goals')", "['" + inputValue(html, "goals") + "']")
                .replace("ids('known')", "['" + inputValue(html, "known") + "']");
        String fetch = shown.substring(0, shown.indexOf("});") + "});".length());

        assertThat(squeezed(page)).as("the page's fetch, as embedding.md shows it").contains(squeezed(fetch));
        assertThat(fetch).contains("variables: {goals: ['fine-tuning'], known: ['python']}");
        assertThat(shown).contains("await response.json()");
    }

    @Test
    void aPageFromAnOriginNotInTheListIsRefused() {
        GraphQLResponse preflight = api.send("OPTIONS", "/graphql", Map.of("Origin", "http://127.0.0.1:1",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"));

        assertThat(preflight.status()).as("refused").isBetween(400, 499);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void headlessChromiumRendersTheLearningPathTheApiAnswers() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium is installed").isTrue();
        JsonNode expected = api.query(pageQuery(), Map.of("goals", List.of("fine-tuning"), "known", List.of("python")))
                .assertNoErrors().at("/data/learningPath");
        List<String> expectedTopics = new ArrayList<>();
        expected.path("steps").forEach(step -> expectedTopics.add(step.at("/topic/id").asText()));

        String dom = dumpDom(origin + "/index.html?api=" + api.uri("/graphql"));

        assertThat(dom).contains("<p id=\"total\">" + expectedTopics.size() + " steps, "
                + expected.path("totalHours").asInt() + " hours</p>");
        assertThat(renderedTopics(dom)).containsExactlyElementsOf(expectedTopics);
        assertThat(dom).contains("<li data-topic=\"fine-tuning\" class=\"goal\">");
        assertThat(dom).contains("<p id=\"error\"></p>");
    }

    /** The operation inside the page's {@code <script type="application/graphql">}: exactly what it sends. */
    static String pageQuery() throws IOException {
        String html = Files.readString(PAGE);
        Matcher m = Pattern.compile("<script type=\"application/graphql\" id=\"learning-path-query\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the page holds its query").isTrue();
        return m.group(1);
    }

    /** The value an input of the page starts with: {@code <input id="goals" value="fine-tuning">}. */
    private static String inputValue(String html, String id) {
        Matcher m = Pattern.compile("<input id=\"" + id + "\" value=\"([^\"]*)\">").matcher(html);
        assertThat(m.find()).as("the page's input %s", id).isTrue();
        return m.group(1);
    }

    private static String squeezed(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    private static List<String> renderedTopics(String dom) {
        Matcher m = Pattern.compile("<li data-topic=\"([^\"]+)\"").matcher(dom);
        List<String> topics = new ArrayList<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        return topics;
    }

    private static String dumpDom(String url) throws IOException, InterruptedException {
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--virtual-time-budget=20000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(2, TimeUnit.MINUTES)).as("chromium finishes").isTrue();
        return dom;
    }
}
