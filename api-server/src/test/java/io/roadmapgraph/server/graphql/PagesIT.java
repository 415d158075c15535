package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.error;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Lists that grow with the roadmap read page by page: the pages, joined, are the whole list in its order. */
class PagesIT {

    private final GraphQLHarness server = GraphQLHarness.server();

    /** Follows endCursor from the first page to the last; returns every page's response. */
    private List<JsonNode> allPages(String operation, String connection, Map<String, Object> variables) {
        List<JsonNode> pages = new ArrayList<>();
        Map<String, Object> asked = new HashMap<>(variables);
        while (true) {
            JsonNode page = ok(server.run(operation, asked));
            pages.add(page);
            JsonNode info = page.at(connection + "/pageInfo");
            if (!info.at("/hasNextPage").asBoolean()) {
                return pages;
            }
            asked.put("after", info.at("/endCursor").asText());
        }
    }

    @Test
    void aRoadmapsTopicsReadPageByPageAreItsTopicsInItsOrder() {
        List<JsonNode> pages = allPages("topicsPage", "/data/roadmap/topicsConnection", Map.of("first", 7));
        List<String> whole = texts(pages.get(0), "/data/roadmap/topics", "/id");

        assertThat(joined(pages, "/data/roadmap/topicsConnection/nodes", "/id")).containsExactlyElementsOf(whole);
        assertThat(pages).hasSize((whole.size() + 6) / 7);
        JsonNode first = pages.get(0).at("/data/roadmap/topicsConnection");
        assertThat(first.at("/totalCount").asInt()).isEqualTo(whole.size());
        assertThat(texts(pages.get(0), "/data/roadmap/topicsConnection/edges", "/node/id"))
                .containsExactlyElementsOf(whole.subList(0, 7));
        assertThat(first.at("/pageInfo/hasPreviousPage").asBoolean()).isFalse();
        assertThat(first.at("/pageInfo/endCursor").asText()).isEqualTo(first.at("/edges/6/cursor").asText());
        assertThat(pages.get(1).at("/data/roadmap/topicsConnection/pageInfo/hasPreviousPage").asBoolean()).isTrue();
    }

    /** The ids of every page's nodes, one page after the other. */
    private static List<String> joined(List<JsonNode> pages, String nodes, String id) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(texts(p, nodes, id)));
        return ids;
    }

    @Test
    void dependentsPageByPageAreThePlainListInItsOrder() {
        List<JsonNode> pages = allPages("dependentsPage", "/data/dependentsConnection",
                Map.of("topic", "python", "first", 5));

        assertThat(joined(pages, "/data/dependentsConnection/nodes", "/topic/id")).hasSizeGreaterThan(5)
                .containsExactlyElementsOf(texts(pages.get(0), "/data/dependents", "/topic/id"));
    }

    @Test
    void searchHitsPageByPageAreTheBestHitsInTheirOrder() {
        List<JsonNode> pages = allPages("searchPage", "/data/searchConnection", Map.of("text", "model", "first", 3));

        assertThat(joined(pages, "/data/searchConnection/nodes", "/id")).hasSizeGreaterThan(3)
                .containsExactlyElementsOf(texts(pages.get(0), "/data/search", "/id"));
    }

    @Test
    void aPageSizeOutOfRangeOrACursorOfNoItemIsBadUserInput() {
        error(server.run("topicsPage", Map.of("first", 0)), "BAD_USER_INPUT", "first must be between 1 and 1000, was 0");
        error(server.run("dependentsPage", Map.of("topic", "python", "first", 5, "after", "bm8tc3VjaC10b3BpYw")),
                "BAD_USER_INPUT", "after: cursor 'bm8tc3VjaC10b3BpYw' names no item of this list (the item is gone,"
                        + " or the cursor is from another list): start again without after");
    }

    @Test
    void anExplicitNullPageSizeIsTheFieldsDefault() {
        Map<String, Object> nullFirst = new HashMap<>();
        nullFirst.put("first", null);
        Map<String, Object> searchNullFirst = new HashMap<>(nullFirst);
        searchNullFirst.put("text", "rag");

        JsonNode topics = ok(server.run("topicsPage", nullFirst)).at("/data/roadmap/topicsConnection");
        JsonNode search = ok(server.run("search", searchNullFirst)).at("/data/search");

        assertThat(topics.at("/edges").size()).isEqualTo(Math.min(100, topics.at("/totalCount").asInt()));
        assertThat(search.size()).isEqualTo(10);
    }

    @Test
    void aPageCountsItsFirstInTheCostEstimate() {
        JsonNode small = server.run("topicsPageNested", Map.of("first", 1));
        JsonNode large = server.run("topicsPageNested", Map.of("first", 1000));

        assertThat(small.has("errors")).as(small.toString()).isFalse();
        assertThat(large.at("/errors/0/extensions/code").asText()).as(large.toString()).isEqualTo("QUERY_TOO_COMPLEX");
    }
}
