package io.roadmapgraph.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs every {@code ```graphql} block of the Markdown docs against the real server (over HTTP, on an embedded Neo4j
 * with the bundled AI Engineer roadmap), so no documented query goes stale. A block may say, in GraphQL comments:
 * <pre>
 * # variables: {"id": "rag"}
 * # expect: /data/topic/title = "RAG"            (the JSON at that pointer equals the JSON value)
 * # expect: /data/search contains {"id": "rag"}  (an array holding an element with these fields, or a substring)
 * # expect-error: NOT_FOUND                      (the answer is an error with this extensions.code)
 * </pre>
 * Without {@code expect-error} the answer must have no errors.
 */
class DocumentedQueriesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLES = Pattern.compile("^\\s*#\\s*variables:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern EXPECT =
            Pattern.compile("^\\s*#\\s*expect:\\s*(/\\S*)\\s+(=|contains)\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern EXPECT_ERROR = Pattern.compile("^\\s*#\\s*expect-error:\\s*(\\w+)\\s*$",
            Pattern.MULTILINE);

    /** One documented operation, its variables and what it should answer. */
    record Example(String where, String document, Map<String, Object> variables, List<Expectation> expectations,
                   List<String> errorCodes) {

        static Example of(MarkdownBlocks.Block block) {
            String code = block.code();
            Matcher variables = VARIABLES.matcher(code);
            Map<String, Object> vars = variables.find() ? parseObject(block, variables.group(1)) : Map.of();
            List<Expectation> expectations = new ArrayList<>();
            Matcher expect = EXPECT.matcher(code);
            while (expect.find()) {
                expectations.add(new Expectation(expect.group(1), expect.group(2),
                        parse(block, expect.group(3).strip())));
            }
            List<String> codes = new ArrayList<>();
            Matcher error = EXPECT_ERROR.matcher(code);
            while (error.find()) {
                codes.add(error.group(1));
            }
            return new Example(block.where(), code, vars, expectations, codes);
        }

        void check(GraphQLResponse response) {
            if (errorCodes.isEmpty()) {
                assertThat(response.status()).as("%s: HTTP status; body %s", where, response.body()).isEqualTo(200);
                assertThat(response.errors()).as("%s: errors", where).isEmpty();
            } else {
                assertThat(response.errorCodes()).as("%s: error codes; body %s", where, response.body())
                        .containsExactlyElementsOf(errorCodes);
            }
            expectations.forEach(e -> e.check(where, response.json()));
        }
    }

    /** {@code pointer = value} or {@code pointer contains value}. */
    record Expectation(String pointer, String operator, JsonNode value) {

        void check(String where, JsonNode answer) {
            JsonNode actual = answer.at(pointer);
            assertThat(actual.isMissingNode()).as("%s: %s is missing from %s", where, pointer, answer).isFalse();
            if (operator.equals("=")) {
                assertThat(actual).as("%s: %s", where, pointer).isEqualTo(value);
            } else if (actual.isTextual()) {
                assertThat(actual.asText()).as("%s: %s", where, pointer).contains(value.asText());
            } else {
                assertThat(actual).as("%s: %s contains %s", where, pointer, value)
                        .anySatisfy(element -> assertThat(matches(element, value)).isTrue());
            }
        }

        /** An object matches when it has every field of the pattern with the same value; else plain equality. */
        private static boolean matches(JsonNode element, JsonNode pattern) {
            if (!pattern.isObject()) {
                return element.equals(pattern);
            }
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            pattern.fields().forEachRemaining(fields::add);
            return fields.stream().allMatch(f -> matches(element.path(f.getKey()), f.getValue()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedQueryAnswersAsDocumented() {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.all("graphql");
        assertThat(blocks).as("graphql blocks in the docs").hasSizeGreaterThan(10);
        TestServer api = DocsServer.shared();
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            Example example = Example.of(block);
            example.check(api.query(example.document(), example.variables()));
        }));
    }

    @Test
    void aBlockWithoutAnExpectedErrorFailsWhenTheServerAnswersWithOne() {
        Example example = Example.of(new MarkdownBlocks.Block("test.md", 1, "graphql", "{ topic(id: \"nope\") { id } }\n"));

        assertThatThrownBy(() -> example.check(DocsServer.shared().query(example.document(), Map.of())))
                .hasMessageContaining("test.md:1: errors");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            { topic(id: "rag") { id } }             | # expect: /data/topic/id = "rag"
            { topic(id: "rag") { title } }          | # expect: /data/topic/title contains "AG"
            { search(text: "retrieval") { id } }    | # expect: /data/search contains {"id": "rag"}
            { topic(id: "nope") { id } }            | # expect-error: NOT_FOUND
            """)
    void anExpectationThatHoldsPasses(String query, String comment) {
        Example example = Example.of(new MarkdownBlocks.Block("test.md", 1, "graphql", comment + "\n" + query + "\n"));

        example.check(DocsServer.shared().query(example.document(), Map.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            { topic(id: "rag") { id } }             | # expect: /data/topic/id = "python"
            { topic(id: "rag") { title } }          | # expect: /data/topic/title contains "Python"
            { search(text: "retrieval") { id } }    | # expect: /data/search contains {"id": "nope"}
            { topic(id: "rag") { id } }             | # expect: /data/topic/nothing = 1
            { topic(id: "nope") { id } }            | # expect-error: BAD_USER_INPUT
            """)
    void anExpectationThatDoesNotHoldFailsNamingTheBlock(String query, String comment) {
        Example example = Example.of(new MarkdownBlocks.Block("test.md", 7, "graphql", comment + "\n" + query + "\n"));

        assertThatThrownBy(() -> example.check(DocsServer.shared().query(example.document(), Map.of())))
                .hasMessageContaining("test.md:7");
    }

    private static Map<String, Object> parseObject(MarkdownBlocks.Block block, String json) {
        try {
            return JSON.readValue(json, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(block.where() + ": variables are not a JSON object: " + json, e);
        }
    }

    private static JsonNode parse(MarkdownBlocks.Block block, String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(block.where() + ": expected value is not JSON: " + json, e);
        }
    }
}
