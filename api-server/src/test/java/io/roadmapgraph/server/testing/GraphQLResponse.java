package io.roadmapgraph.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * The answer to one GraphQL request over HTTP. Assert on JSON paths:
 * {@code assertThat(response.at("/data/topic/title").asText()).isEqualTo("Python")}.
 *
 * @param status  the HTTP status
 * @param headers the HTTP headers
 * @param body    the raw body
 * @param json    the body parsed as JSON ({@code MissingNode} when it is not JSON)
 */
public record GraphQLResponse(int status, HttpHeaders headers, String body, JsonNode json) {

    public GraphQLResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(json, "json");
    }

    /** The node at a JSON pointer such as {@code /data/roadmaps/0/id}; a missing node when there is none. */
    public JsonNode at(String jsonPointer) {
        return json.at(jsonPointer);
    }

    /** {@code /data}. */
    public JsonNode data() {
        return json.path("data");
    }

    /** {@code /errors}, empty when there are none. */
    public JsonNode errors() {
        return json.path("errors");
    }

    /** The {@code extensions.code} of every error, in order. */
    public List<String> errorCodes() {
        return StreamSupport.stream(errors().spliterator(), false)
                .map(error -> error.at("/extensions/code").asText(""))
                .toList();
    }

    /** The message of every error, in order. */
    public List<String> errorMessages() {
        return StreamSupport.stream(errors().spliterator(), false)
                .map(error -> error.path("message").asText(""))
                .toList();
    }

    /** Fails with the whole body in the message unless the status is 200 and there are no errors. */
    public GraphQLResponse assertNoErrors() {
        if (status != 200 || !errors().isMissingNode() && !errors().isEmpty()) {
            throw new AssertionError("expected a GraphQL answer without errors, got HTTP " + status + ": " + body);
        }
        return this;
    }
}
