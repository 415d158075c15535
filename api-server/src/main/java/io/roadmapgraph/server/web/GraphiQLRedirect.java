package io.roadmapgraph.server.web;

import io.micronaut.configuration.graphql.GraphQLConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A browser that opens {@code /graphql} (a GET that asks for HTML and carries no {@code query}) is sent to GraphiQL
 * (303). API clients ask for JSON and never get here: everything else passes untouched to the GraphQL endpoint.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "graphql.graphiql.enabled", value = "true", defaultValue = "false")
class GraphiQLRedirect {

    private static final List<String> JSON_TYPES = List.of("application/json", "application/graphql-response+json");

    private final String graphqlPath;
    private final URI graphiql;

    GraphiQLRedirect(GraphQLConfiguration graphQL) {
        this.graphqlPath = graphQL.getPath();
        this.graphiql = URI.create(graphQL.getGraphiql().getPath());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> sendBrowsersToGraphiQL(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || !request.getPath().equals(graphqlPath)
                || request.getParameters().contains("query")
                || !prefersHtml(request.getHeaders().getAll(HttpHeaders.ACCEPT))) {
            return null;
        }
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(headers -> headers
                .location(graphiql)
                .add(HttpHeaders.VARY, HttpHeaders.ACCEPT));
    }

    /** text/html is named, and no JSON type is named with a higher quality (a browser; never an API client). */
    static boolean prefersHtml(List<String> acceptHeaders) {
        double html = 0;
        double json = 0;
        for (MediaType type : MediaType.orderedOf(acceptHeaders)) {
            double quality = type.getQualityAsNumber().doubleValue();
            String name = type.getName().toLowerCase(Locale.ROOT);
            if (name.equals(MediaType.TEXT_HTML)) {
                html = Math.max(html, quality);
            } else if (JSON_TYPES.contains(name)) {
                json = Math.max(json, quality);
            }
        }
        return html > 0 && html >= json;
    }
}
