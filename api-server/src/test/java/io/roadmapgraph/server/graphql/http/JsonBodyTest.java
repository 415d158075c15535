package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.jackson.JacksonConfiguration;
import io.micronaut.jackson.ObjectMapperFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBodyTest {

    private static final JsonBody BODY = new JsonBody(new RequestBodySettings());
    /** Micronaut's own mapper, as the controller gets it injected. */
    private static final ObjectMapper MICRONAUT = new ObjectMapperFactory().objectMapper(new JacksonConfiguration(),
            null);

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void variablesReadAsPlainValuesEqualTheMappersConversionOfTheSameJson(long seed) {
        Random random = new Random(seed);
        String text = object(random, 0);
        JsonNode tree = BODY.read(text, "the request body");

        Map<String, Object> plain = JsonBody.plainObject(tree);

        @SuppressWarnings("unchecked")
        Map<String, Object> converted = MICRONAUT.convertValue(tree, Map.class);
        assertThat(plain).as(text).isEqualTo(converted);
        assertThat(classes(plain)).as(text).isEqualTo(classes(converted));
    }

    @Test
    void numbersKeepTheTypesTheParserGaveThemAndNullStaysAKey() {
        Map<String, Object> plain = JsonBody.plainObject(BODY.read(
                "{\"i\": 7, \"l\": 12345678901, \"b\": 123456789012345678901234, \"d\": 2.5, \"e\": 1e3,"
                        + " \"n\": null, \"t\": true, \"s\": \"x\", \"a\": [1, [\"y\"], {}]}", "the request body"));

        assertThat(plain).containsOnlyKeys("i", "l", "b", "d", "e", "n", "t", "s", "a");
        assertThat(plain.get("i")).isEqualTo(7);
        assertThat(plain.get("l")).isEqualTo(12345678901L);
        assertThat(plain.get("b")).isEqualTo(new java.math.BigInteger("123456789012345678901234"));
        assertThat(plain.get("d")).isEqualTo(2.5d);
        assertThat(plain.get("e")).isEqualTo(1000.0d);
        assertThat(plain.get("n")).isNull();
        assertThat(plain.get("t")).isEqualTo(true);
        assertThat(plain.get("a")).isEqualTo(List.of(1, List.of("y"), Map.of()));
        assertThat(plain.keySet()).containsExactly("i", "l", "b", "d", "e", "n", "t", "s", "a");
    }

    /** Each value with its class, nested alike: equal maps may still hold an Integer where the other holds a Long. */
    private static Object classes(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(k, classes(v)));
            return result;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonBodyTest::classes).toList();
        }
        return value == null ? "null" : value.getClass().getName();
    }

    private static String object(Random random, int depth) {
        StringBuilder json = new StringBuilder("{");
        int size = random.nextInt(depth > 2 ? 2 : 5);
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append(random.nextInt(3)).append(i).append("\":")
                    .append(value(random, depth + 1));
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0 -> "\"" + List.of("python", "é ü", "a\\\"b", "", "\\u00e9").get(random.nextInt(5)) + "\"";
            case 1 -> String.valueOf(random.nextInt());
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> Arrays.asList("1.5", "-0.0", "1e300", "3.14159265358979", "12345678901234567890123", "0",
                    "-7E-3").get(random.nextInt(7));
            case 4 -> random.nextBoolean() ? "true" : "false";
            case 5 -> "null";
            case 6 -> object(random, depth);
            default -> {
                StringBuilder array = new StringBuilder("[");
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.append(i == 0 ? "" : ",").append(value(random, depth + 1));
                }
                yield array.append(']').toString();
            }
        };
    }
}
