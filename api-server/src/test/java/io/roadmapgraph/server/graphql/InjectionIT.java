package io.roadmapgraph.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.testkit.GraphFingerprint;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.server.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cypher- and Lucene-injection payloads through every String and ID argument of every Query field (found by
 * introspection, so new fields are covered too), as variables and as literals: every answer is a clean GraphQL
 * result (data, or NOT_FOUND / BAD_USER_INPUT errors without driver messages) and the graph is unchanged.
 */
class InjectionIT {

    private static final List<String> PAYLOADS = List.of(
            "x' WITH true AS t MATCH (n) DETACH DELETE n; //",
            "\"}) DETACH DELETE n //",
            "rag'}) MATCH (n) DETACH DELETE n RETURN 1 AS x //",
            "rag\"}) MATCH (n) SET n.hacked = true //",
            "`) DETACH DELETE n //",
            "' OR 1=1 //",
            "MATCH (n) DETACH DELETE n",
            "CALL db.clearQueryCaches()",
            "$ids",
            "{id: 'rag'}",
            "*:*",
            "title:* OR name:*",
            "rag AND NOT prompt-engineering",
            "\"unterminated",
            "(((",
            "\\",
            "rag~2",
            "/.*/",
            "[a TO z]",
            "+-&&||!(){}[]^\"~*?:\\/",
            "rag\u0000DETACH",
            "\u202erag\u202c",
            "🏃🏊",
            "",
            "   ",
            "a".repeat(5000));

    private static final Set<String> CLEAN_CODES = Set.of("NOT_FOUND", "BAD_USER_INPUT");

    private static TestServer api;
    private static String knownTopic;

    @BeforeAll
    static void start() {
        GraphQLHarness.server();
        api = TestServer.shared();
        knownTopic = api.query("{ roadmap(id: \"ai-engineer\") { topics { id } } }", Map.of())
                .assertNoErrors().at("/data/roadmap/topics/0/id").asText();
    }

    @Test
    void injectionPayloadsInEveryStringAndIdArgumentLeaveTheGraphUnchanged() {
        GraphQLFingerprintCheck check = new GraphQLFingerprintCheck();
        List<Field> fields = queryFields();
        assertThat(fields).extracting(Field::name)
                .contains("roadmap", "topic", "prerequisites", "dependents", "learningPath", "nextTopics",
                        "projectsCovering", "search");
        int sent = 0;
        for (Field field : fields) {
            for (Argument target : field.arguments()) {
                if (!target.takesText()) {
                    continue;
                }
                for (String payload : PAYLOADS) {
                    assertClean(field, target, viaVariable(field, target, payload), payload);
                    assertClean(field, target, viaLiteral(field, target, payload), payload);
                    sent += 2;
                }
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(2 * PAYLOADS.size() * 10);
        check.assertUnchanged();
    }

    private static void assertClean(Field field, Argument target, GraphQLResponse response, String payload) {
        String what = field.name() + "(" + target.name() + ": " + abbreviate(payload) + ") answered HTTP "
                + response.status() + ": " + abbreviate(response.body());
        assertThat(response.status()).as(what).isEqualTo(200);
        assertThat(response.errorCodes()).as(what).allMatch(CLEAN_CODES::contains);
        assertThat(response.errorMessages()).as(what)
                .noneMatch(m -> m.contains("Neo4j") || m.contains("Cypher") || m.contains("Exception")
                        || m.contains("org.") || m.contains("Lucene"));
        if (response.errorCodes().isEmpty()) {
            assertThat(response.data().path(field.name()).isMissingNode()).as(what).isFalse();
        }
    }

    private static GraphQLResponse viaVariable(Field field, Argument target, String payload) {
        Object value = target.isList() ? List.of(payload) : payload;
        String query = "query Injected($v: " + target.type() + ") { " + field.name() + "(" + target.name() + ": $v"
                + otherArguments(field, target) + ")" + field.selection() + " }";
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("v", value);
        return api.query(query, variables);
    }

    private static GraphQLResponse viaLiteral(Field field, Argument target, String payload) {
        String literal = quote(payload);
        String value = target.isList() ? "[" + literal + "]" : literal;
        String query = "{ " + field.name() + "(" + target.name() + ": " + value + otherArguments(field, target) + ")"
                + field.selection() + " }";
        return api.query(query, Map.of());
    }

    /** Valid values for the other required arguments, so that the payload is what the field sees. */
    private static String otherArguments(Field field, Argument target) {
        StringBuilder out = new StringBuilder();
        for (Argument other : field.arguments()) {
            if (other == target || !other.required()) {
                continue;
            }
            String value = switch (other.namedType()) {
                case "ID", "String" -> quote(knownTopic);
                case "Int" -> "5";
                case "Boolean" -> "true";
                default -> other.firstEnumValue();
            };
            out.append(", ").append(other.name()).append(": ").append(other.isList() ? "[" + value + "]" : value);
        }
        return out.toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static List<Field> queryFields() {
        JsonNode fields = api.query("""
                {
                  __schema {
                    queryType {
                      fields {
                        name
                        type { ...T }
                        args { name defaultValue type { ...T } }
                      }
                    }
                  }
                }
                fragment T on __Type {
                  kind name enumValues { name }
                  ofType { kind name enumValues { name } ofType { kind name enumValues { name }
                    ofType { kind name enumValues { name } } } }
                }""", Map.of()).assertNoErrors().at("/data/__schema/queryType/fields");
        List<Field> result = new ArrayList<>();
        for (JsonNode field : fields) {
            List<Argument> arguments = new ArrayList<>();
            field.path("args").forEach(arg -> arguments.add(new Argument(arg.path("name").asText(),
                    arg.path("type"), !arg.path("defaultValue").isNull())));
            result.add(new Field(field.path("name").asText(), field.path("type"), arguments));
        }
        return result;
    }

    private record Field(String name, JsonNode type, List<Argument> arguments) {
        String selection() {
            JsonNode named = type;
            while (named.path("name").isNull() || named.path("name").isMissingNode()) {
                named = named.path("ofType");
            }
            return named.path("kind").asText().equals("OBJECT") ? " { __typename }" : "";
        }
    }

    private record Argument(String name, JsonNode typeNode, boolean hasDefault) {
        boolean required() {
            return typeNode.path("kind").asText().equals("NON_NULL") && !hasDefault;
        }

        boolean isList() {
            JsonNode t = typeNode.path("kind").asText().equals("NON_NULL") ? typeNode.path("ofType") : typeNode;
            return t.path("kind").asText().equals("LIST");
        }

        JsonNode named() {
            JsonNode t = typeNode;
            while (!t.path("ofType").isNull() && !t.path("ofType").isMissingNode()) {
                t = t.path("ofType");
            }
            return t;
        }

        String namedType() {
            return named().path("name").asText();
        }

        boolean takesText() {
            return namedType().equals("ID") || namedType().equals("String");
        }

        String firstEnumValue() {
            return named().path("enumValues").path(0).path("name").asText();
        }

        String type() {
            return render(typeNode);
        }

        private static String render(JsonNode t) {
            return switch (t.path("kind").asText()) {
                case "NON_NULL" -> render(t.path("ofType")) + "!";
                case "LIST" -> "[" + render(t.path("ofType")) + "]";
                default -> t.path("name").asText();
            };
        }
    }

    /** The shared graph's fingerprint now, compared later. */
    private static final class GraphQLFingerprintCheck {
        private final GraphFingerprint before = GraphFingerprint.of(SharedNeo4j.driver());

        void assertUnchanged() {
            GraphFingerprint after = GraphFingerprint.of(SharedNeo4j.driver());
            assertThat(before.nodes()).as("the AI Engineer roadmap is loaded").isGreaterThan(100);
            assertThat(after).as("the graph after the injection payloads").isEqualTo(before);
        }
    }
}
