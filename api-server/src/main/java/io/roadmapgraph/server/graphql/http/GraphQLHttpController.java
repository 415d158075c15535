package io.roadmapgraph.server.graphql.http;

import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.roadmapgraph.server.graphql.execution.Caller;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * {@code /graphql} in Micronaut's routing, in place of micronaut-graphql's controller (which answers everything with
 * 200 and {@code application/json}, runs mutations over GET and takes any content type): GET and POST by the
 * GraphQL-over-HTTP specification, as {@link GraphQLOverHttp} answers them. This class is Micronaut's side of the
 * transport alone; plain POSTs may also be answered before they reach it, by {@link GraphQLFastPath}.
 */
@Controller("${graphql.path:/graphql}")
@Replaces(GraphQLController.class)
class GraphQLHttpController {

    static final String GRAPHQL_RESPONSE_JSON = GraphQLOverHttp.GRAPHQL_RESPONSE_JSON;
    /** The two answer types with their charset, parsed once (not for every response). */
    private static final MediaType GRAPHQL_RESPONSE_JSON_UTF8 =
            MediaType.of(GraphQLOverHttp.withCharset(GRAPHQL_RESPONSE_JSON));
    private static final MediaType APPLICATION_JSON_UTF8 =
            MediaType.of(GraphQLOverHttp.withCharset(MediaType.APPLICATION_JSON));

    private final GraphQLOverHttp http;

    GraphQLHttpController(GraphQLOverHttp http) {
        this.http = http;
    }

    @Get(produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> get(@QueryValue @Nullable String query,
                             @QueryValue @Nullable String operationName,
                             @QueryValue @Nullable String variables,
                             @QueryValue @Nullable String extensions,
                             HttpRequest<?> request) {
        String type = negotiate(request);
        return respond(whileConnected(request, clientGone -> http.get(type, query, operationName, variables,
                extensions, caller(request), clientGone)));
    }

    @Post(consumes = MediaType.ALL, produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> post(@Body @Nullable String body, HttpRequest<?> request) {
        String type = negotiate(request);
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        return respond(whileConnected(request, clientGone -> http.post(type, contentType, body, caller(request),
                clientGone)));
    }

    /** The answer's media type for this request's {@code Accept} headers ({@link GraphQLOverHttp#negotiate}). */
    static String negotiate(HttpRequest<?> request) {
        return GraphQLOverHttp.negotiate(request.getHeaders().getAll(HttpHeaders.ACCEPT));
    }

    /** The token and the bookmark reach the fields about a learner; nothing else reads a header. */
    private static Caller caller(HttpRequest<?> request) {
        return new Caller(request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class),
                request.getHeaders().get(Caller.BOOKMARK_HEADER, String.class));
    }

    /** Runs the operation, stopping it if the client closes the connection meanwhile. */
    private static GraphQLOverHttp.Answer whileConnected(HttpRequest<?> request,
                                                         Function<CompletionStage<?>, GraphQLOverHttp.Answer> work) {
        if (request instanceof NettyHttpRequest<?> netty) {
            return GraphQLOverHttp.untilClosed(netty.getChannelHandlerContext().channel(), work);
        }
        return work.apply(new CompletableFuture<>());
    }

    private static HttpResponse<byte[]> respond(GraphQLOverHttp.Answer answer) {
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.status()))
                .contentType(answer.contentType().startsWith(GRAPHQL_RESPONSE_JSON)
                        ? GRAPHQL_RESPONSE_JSON_UTF8 : APPLICATION_JSON_UTF8);
        answer.headers().forEach(response::header);
        return response.body(answer.body());
    }
}
