package io.roadmapgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The landing page, GraphiQL served from the jar, and browsers sent from /graphql to GraphiQL, over real HTTP. */
class WebPagesIT {

    static final TestServer api = TestServer.shared();
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theLandingPageLinksToGraphiQLTheSchemaAndHealthAndEachLinkAnswers() {
        GraphQLResponse page = api.get("/", Map.of("Accept", BROWSER_ACCEPT));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("<title>Roadmap Graph</title>", "<code>/graphql</code>", "graphql.md");
        assertThat(links(page.body())).containsExactly("/graphiql", "/graphql/schema.graphqls", "/health");
        assertThat(links(page.body())).allSatisfy(link ->
                assertThat(api.get(link, Map.of()).status()).as(link).isEqualTo(200));
    }

    @Test
    void theLandingPageLinksNoNeo4jBrowserWhenNeo4jIsExternal() {
        assertThat(api.get("/", Map.of()).body()).doesNotContain("Neo4j Browser");
    }

    @Test
    void graphiQLLoadsOnlyPinnedProductionBuildsFromThisServerEachWithItsIntegrityHash() throws Exception {
        GraphQLResponse page = api.get("/graphiql", Map.of("Accept", BROWSER_ACCEPT));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "connect-src 'self'");
        assertThat(page.body()).doesNotContain("unpkg", "http://", "https://", "development")
                .contains("<title>Roadmap Graph GraphiQL</title>", "data-endpoint=\"/graphql\"");
        List<String[]> assets = assets(page.body());
        assertThat(assets).extracting(asset -> asset[0]).containsExactly(
                "/graphiql/assets/graphiql-2.4.7-graphiql.min.css",
                "/graphiql/assets/graphiql-page.css",
                "/graphiql/assets/react-18.3.1-react.production.min.js",
                "/graphiql/assets/react-dom-18.3.1-react-dom.production.min.js",
                "/graphiql/assets/graphiql-2.4.7-graphiql.min.js",
                "/graphiql/assets/graphiql-start.js");
        for (String[] asset : assets) {
            byte[] body = bytes(asset[0]);
            assertThat("sha384-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-384").digest(body))).as(asset[0]).isEqualTo(asset[1]);
        }
    }

    @Test
    void aVersionedFileIsCachedForGoodAndOurStartScriptIsRevalidated() {
        GraphQLResponse graphiql = api.get("/graphiql/assets/graphiql-2.4.7-graphiql.min.js", Map.of());
        GraphQLResponse start = api.get("/graphiql/assets/graphiql-start.js", Map.of());

        assertThat(graphiql.status()).isEqualTo(200);
        assertThat(graphiql.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
        assertThat(graphiql.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(start.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graphiql/assets/nothing.js", "/graphiql/assets/react-18.3.1-react.development.js",
            "/graphiql/assets/..%2F..%2Fapplication.yml"})
    void answersAFileNotOnItsListWith404(String path) {
        assertThat(api.get(path, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aBrowserOpeningTheEndpointIsSentToGraphiQL() {
        GraphQLResponse response = api.get("/graphql", Map.of("Accept", BROWSER_ACCEPT));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/graphiql");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/graphql-response+json", "*/*",
            "text/html;q=0.5, application/json"})
    void anApiClientWithoutAQueryStillGetsTheGraphQLError(String accept) {
        GraphQLResponse response = api.get("/graphql", Map.of("Accept", accept));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessages()).containsExactly("a GET request needs the GraphQL document in the 'query'"
                + " URL parameter");
    }

    @Test
    void aBrowserSendingAQueryGetsTheAnswerNotGraphiQL() {
        GraphQLResponse response = api.get("/graphql?query=" + URLEncoder.encode("{ __typename }",
                StandardCharsets.UTF_8), Map.of("Accept", "text/html, application/json"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.at("/data/__typename").asText()).isEqualTo("Query");
    }

    @Test
    void withGraphiQLOffThePageItsFilesAndTheRedirectAreGoneAndTheLandingPageSaysNothingOfIt() {
        try (TestServer off = TestServer.start(Map.of("graphql.graphiql.enabled", false))) {
            assertThat(off.get("/graphiql", Map.of()).status()).isEqualTo(404);
            assertThat(off.get("/graphiql/assets/graphiql-start.js", Map.of()).status()).isEqualTo(404);
            assertThat(off.get("/graphql", Map.of("Accept", BROWSER_ACCEPT)).status()).isEqualTo(400);
            GraphQLResponse landing = off.get("/", Map.of());
            assertThat(landing.status()).isEqualTo(200);
            assertThat(links(landing.body())).containsExactly("/graphql/schema.graphqls", "/health");
        }
    }

    static List<String> links(String html) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"").matcher(html);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    /** Every stylesheet and script the page loads: {url, integrity}, in page order. */
    private static List<String[]> assets(String html) {
        Matcher m = Pattern.compile("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\" integrity=\"([^\"]+)\"")
                .matcher(html);
        List<String[]> assets = new ArrayList<>();
        while (m.find()) {
            assets.add(new String[] {m.group(1), m.group(2)});
        }
        return assets;
    }

    private static byte[] bytes(String path) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(api.uri(path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
