package io.roadmapgraph.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guide and style sheet Neo4j Browser fetches cross-origin from its own origin (the Neo4j HTTP connector). */
class BrowserGuideIT {

    private static final String BROWSER = "http://127.0.0.1:7474";

    @Test
    void servesTheStyleSheetToTheBrowsersOriginWithoutCredentials() {
        GraphQLResponse style = TestServer.shared().get(NeoBrowserSetup.STYLE, Map.of("Origin", BROWSER));

        assertThat(style.status()).isEqualTo(200);
        assertThat(style.headers().firstValue("Access-Control-Allow-Origin")).hasValue(BROWSER);
        assertThat(style.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(style.body()).contains("node.Topic {", "caption: '{title}';");
    }

    @Test
    void servesTheGuideAsHtmlSlides() {
        GraphQLResponse guide = TestServer.shared().get(NeoBrowserSetup.GUIDE, Map.of("Origin", BROWSER));

        assertThat(guide.status()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(guide.body()).contains("<slide>", "<pre class=\"runnable\">");
    }

    @Test
    void answersTheBrowsersPreflightsWithAndWithoutRequestHeaders() {
        // :play sends pragma and cache-control; Chromium's preflight for :style names no header at all
        for (Map<String, String> preflight : java.util.List.of(
                Map.of("Origin", BROWSER, "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "cache-control,pragma"),
                Map.of("Origin", BROWSER, "Access-Control-Request-Method", "GET"))) {
            GraphQLResponse response = TestServer.shared().send("OPTIONS", NeoBrowserSetup.GUIDE, preflight);

            assertThat(response.status()).as(preflight.toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(BROWSER);
        }
    }
}
