package io.roadmapgraph.server.web;

import io.micronaut.configuration.graphql.GraphQLConfiguration;
import io.micronaut.configuration.graphql.GraphiQLController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GraphiQL at {@code graphql.graphiql.path} (default {@code /graphiql}), every file it loads served from the server's
 * jar: GraphiQL's and React's production builds from their WebJars, pinned in the root pom, each tag with its
 * Subresource Integrity hash. No CDN, so it works offline; the page's Content-Security-Policy lets it load nothing
 * from another origin. Replaces micronaut-graphql's page, which loads unpinned React development builds from a CDN.
 * Like that page, it exists only with {@code graphql.graphiql.enabled=true} (ROADMAP_GRAPHIQL_ENABLED): off, both
 * the page and its files are 404.
 */
@Controller("${graphql.graphiql.path:/graphiql}")
@Requires(property = "graphql.graphiql.enabled", value = "true", defaultValue = "false")
@Replaces(GraphiQLController.class)
class GraphiQLPage {

    private static final String ASSETS = "/assets/";

    private final Map<String, WebAsset> assets = new LinkedHashMap<>();
    private final String page;

    GraphiQLPage(ResourceResolver resources, GraphQLConfiguration graphQL) {
        String graphiqlPath = graphQL.getGraphiql().getPath();
        String graphqlPath = graphQL.getPath();
        String title = graphQL.getGraphiql().getPageTitle();
        List<WebAsset> styles = List.of(
                WebAsset.webJar(resources, "graphiql", "graphiql.min.css", WebAsset.CSS),
                WebAsset.own(resources, "graphiql-page.css", WebAsset.CSS));
        // React first: GraphiQL's bundle expects the React and ReactDOM globals
        List<WebAsset> scripts = List.of(
                WebAsset.webJar(resources, "react", "umd/react.production.min.js", WebAsset.JAVASCRIPT),
                WebAsset.webJar(resources, "react-dom", "umd/react-dom.production.min.js", WebAsset.JAVASCRIPT),
                WebAsset.webJar(resources, "graphiql", "graphiql.min.js", WebAsset.JAVASCRIPT),
                WebAsset.own(resources, "graphiql-start.js", WebAsset.JAVASCRIPT));
        styles.forEach(asset -> assets.put(asset.name(), asset));
        scripts.forEach(asset -> assets.put(asset.name(), asset));
        String base = graphiqlPath.replaceAll("/+$", "") + ASSETS;
        this.page = WebAsset.text(resources, "graphiql.html")
                .replace("{{title}}", Html.escape(title))
                .replace("{{endpoint}}", Html.escape(graphqlPath))
                .replace("{{stylesheets}}", styles.stream().map(asset -> "<link rel=\"stylesheet\" href=\""
                        + Html.escape(base + asset.name()) + "\" integrity=\"" + asset.integrity() + "\">")
                        .collect(Collectors.joining("\n    ")))
                .replace("{{scripts}}", scripts.stream().map(asset -> "<script src=\""
                        + Html.escape(base + asset.name()) + "\" integrity=\"" + asset.integrity() + "\"></script>")
                        .collect(Collectors.joining("\n")));
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        return Html.page(page);
    }

    @Get(uri = ASSETS + "{name}")
    HttpResponse<byte[]> asset(@PathVariable String name) {
        WebAsset asset = assets.get(name);
        if (asset == null) {
            return HttpResponse.notFound();
        }
        MutableHttpResponse<byte[]> response = HttpResponse.ok(asset.content()).contentType(asset.mediaType())
                .header("X-Content-Type-Options", "nosniff");
        // a WebJar file's name carries its version: it never changes under that name
        return response.header("Cache-Control", asset.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
    }
}
