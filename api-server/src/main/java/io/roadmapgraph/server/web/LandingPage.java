package io.roadmapgraph.server.web;

import io.micronaut.configuration.graphql.GraphQLConfiguration;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import io.roadmapgraph.embedded.Neo4jConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /}: what this server is and where everything is (GraphiQL when it is on, Neo4j Browser when the embedded
 * Neo4j serves it, the schema, health, the docs). One self-contained page: no script, no file from anywhere else.
 */
@Controller
class LandingPage {

    private final String page;

    LandingPage(ResourceResolver resources, Neo4jConnection neo4j, GraphQLConfiguration graphQL) {
        String graphqlPath = graphQL.getPath();
        boolean graphiqlEnabled = graphQL.getGraphiql().isEnabled();
        String graphiqlPath = graphQL.getGraphiql().getPath();
        List<String> items = new ArrayList<>();
        if (graphiqlEnabled) {
            items.add(link(graphiqlPath, "GraphiQL") + ": write and run queries in the browser, with the schema's"
                    + " documentation beside them");
        }
        browserUrl(neo4j).ifPresent(url -> items.add(link(url, "Neo4j Browser") + ": the graph itself, with a"
                + " guide to the roadmap (served by the embedded Neo4j)"));
        items.add(link(graphqlPath + "/schema.graphqls", "The GraphQL schema") + " (SDL), for client code generators");
        items.add(link("/health", "Health") + ": UP when the server and Neo4j answer");
        this.page = WebAsset.text(resources, "landing.html")
                .replace("{{endpoint}}", Html.escape(graphqlPath))
                .replace("{{links}}", String.join("\n", items.stream().map(item -> "        <li>" + item + "</li>")
                        .toList()));
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        return Html.page(page);
    }

    /** The URL the start-up banner prints: only an embedded Neo4j with its HTTP connector serves the Browser. */
    private static Optional<String> browserUrl(Neo4jConnection neo4j) {
        return neo4j.embedded().flatMap(embedded -> embedded.httpUri().map(http ->
                NeoBrowserSetup.browserUrl(http, embedded.boltUri(), embedded.authEnabled()).toString()));
    }

    private static String link(String href, String text) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }
}
