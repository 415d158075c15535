package io.roadmapgraph.server.browser;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Publishes the Neo4j Browser guide and style sheet ({@code docs/browser/}) for {@code :play} and {@code :style}.
 * The Browser runs on another origin (the Neo4j HTTP connector) and fetches them cross-origin: these are public,
 * read-only documents, so any origin may read them, without credentials. Any request header: Chromium sends a
 * preflight for the style sheet without {@code Access-Control-Request-Headers}, which a fixed header list refuses.
 */
@Controller(NeoBrowserSetup.PATH)
// no allowedHeaders: left out, any header is allowed (a "*" given here would be taken literally)
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = HttpMethod.GET, allowCredentials = false)
class BrowserGuideController {

    private static final String FOLDER = "classpath:neo4j-browser/";

    private final String guide;
    private final String style;

    BrowserGuideController(ResourceResolver resources) {
        this.guide = read(resources, "roadmap-guide.html");
        this.style = read(resources, "roadmap.grass");
    }

    @Get(uri = "/roadmap-guide.html", produces = MediaType.TEXT_HTML)
    HttpResponse<String> guide() {
        return HttpResponse.ok(guide).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    @Get(uri = "/roadmap.grass", produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> style() {
        return HttpResponse.ok(style).contentType(MediaType.TEXT_PLAIN + ";charset=utf-8");
    }

    private static String read(ResourceResolver resources, String name) {
        try (InputStream in = resources.getResourceAsStream(FOLDER + name).orElseThrow(() ->
                new IllegalStateException(FOLDER + name + " is missing from the server's classpath (docs/browser/)"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
