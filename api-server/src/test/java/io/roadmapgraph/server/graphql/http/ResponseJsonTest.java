package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A response written straight onto the generator has the bytes the mapper itself writes. */
class ResponseJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    private static final String[] TEXTS = {"", "rag", "Retrieval-augmented generation (RAG)", "a \"quoted\" word",
        "back\\slash", "line\nbreak\ttab\r", "\u0000\u001f control", "ünïcödé", "日本語", "emoji \uD83D\uDE80",
        "</script>", "a\u2028b", "lone \uD800 surrogate"};

    @Test
    void writesTheMappersBytesForRandomAnswersOfMapsListsTextsNumbersAndNulls() throws JsonProcessingException {
        ResponseJson writer = new ResponseJson(MAPPER);
        for (long seed = 1; seed <= 300; seed++) {
            Object answer = Map.of("data", value(new Random(seed), 0));
            assertThat(writer.write(answer)).as("seed %d", seed).isEqualTo(MAPPER.writeValueAsBytes(answer));
        }
    }

    @Test
    void writesAnErrorResponseAsTheMapperDoes() throws JsonProcessingException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "topic 'nope' is not known");
        error.put("locations", List.of(Map.of("line", 1, "column", 3)));
        error.put("path", List.of("prerequisites", 0, "topic"));
        error.put("extensions", Map.of("code", "NOT_FOUND", "values", 5_000_000_000L, "ratio", 0.25));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("errors", List.of(error));
        response.put("data", null);

        assertThat(new ResponseJson(MAPPER).write(response)).isEqualTo(MAPPER.writeValueAsBytes(response));
    }

    @Test
    void leavesWhatItDoesNotKnowToTheMapperWhole() throws JsonProcessingException {
        Map<Object, Object> numberKeys = new LinkedHashMap<>();
        numberKeys.put(1, "one");
        numberKeys.put(LocalDate.of(2027, 1, 4), List.of(BigDecimal.valueOf(15, 1)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("data", Map.of("ok", List.of("a", 1)));
        response.put("extensions", Map.of("odd", numberKeys, "decimal", new BigDecimal("1E+3"), "float", 1.5f,
                "short", (short) 7, "enum", SerializationFeature.INDENT_OUTPUT));

        assertThat(new ResponseJson(MAPPER).write(response)).isEqualTo(MAPPER.writeValueAsBytes(response));
    }

    @Test
    void leavesAMapperThatSortsOrIndentsToItself() throws JsonProcessingException {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("data", Map.of("b", List.of(1), "a", "x"));
        for (SerializationFeature feature : List.of(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS,
                SerializationFeature.INDENT_OUTPUT, SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)) {
            ObjectMapper mapper = MAPPER.copy().enable(feature);

            assertThat(new String(new ResponseJson(mapper).write(response)))
                    .isEqualTo(mapper.writeValueAsString(response))
                    .isNotEqualTo(new String(new ResponseJson(MAPPER).write(response)));
        }
    }

    /** A JSON-like value of the kinds GraphQL answers hold, up to four levels deep. */
    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth >= 4 ? 6 : 9);
        return switch (kind) {
            case 0 -> null;
            case 1, 2 -> TEXTS[random.nextInt(TEXTS.length)] + (random.nextBoolean() ? "" : random.nextInt());
            case 3 -> random.nextInt();
            case 4 -> random.nextBoolean();
            case 5 -> random.nextBoolean() ? (Object) random.nextLong()
                    : (Object) (random.nextBoolean() ? random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)
                    : (double) random.nextInt(100));
            case 6 -> {
                Map<String, Object> map = random.nextBoolean() ? new LinkedHashMap<>() : new HashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(TEXTS[random.nextInt(TEXTS.length)] + i, value(random, depth + 1));
                }
                yield map;
            }
            default -> {
                List<Object> list = random.nextBoolean() ? new ArrayList<>() : new LinkedList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
        };
    }
}
