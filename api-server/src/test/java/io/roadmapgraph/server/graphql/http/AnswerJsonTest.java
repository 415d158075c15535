package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micronaut.jackson.JacksonConfiguration;
import io.micronaut.jackson.ObjectMapperFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerJsonTest {

    /** Micronaut's own mapper, as the server gets it injected. */
    private static final ObjectMapper MICRONAUT = new ObjectMapperFactory().objectMapper(new JacksonConfiguration(),
            null);

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anAnswerIsWrittenAsTheSameBytesAsTheMapperWritesItWithNullsAndEmptyValuesKept(long seed) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", value(new Random(seed), 0));

        assertThat(text(new AnswerJson(MICRONAUT).write(answer))).isEqualTo(text(mappersBytes(MICRONAUT, answer)));
    }

    @Test
    void nullsEmptyListsAndEmptyObjectsStayInTheAnswer() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("topic", null);
        data.put("search", List.of());
        data.put("extensions", Map.of());

        assertThat(text(new AnswerJson(MICRONAUT).write(Map.of("data", data))))
                .isEqualTo("{\"data\":{\"topic\":null,\"search\":[],\"extensions\":{}}}");
    }

    @Test
    void aMapperThatIndentsOrSortsKeysWritesTheSameAnswerThroughTheWriter() {
        ObjectMapper indenting = MICRONAUT.copy().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectMapper sorting = MICRONAUT.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", object(new Random(7), 0));

        assertThat(text(new AnswerJson(indenting).write(answer))).isEqualTo(text(mappersBytes(indenting, answer)))
                .contains("\n");
        assertThat(text(new AnswerJson(sorting).write(answer))).isEqualTo(text(mappersBytes(sorting, answer)));
    }

    private static byte[] mappersBytes(ObjectMapper mapper, Object value) {
        try {
            return mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS).writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A random value of what an answer can hold: mostly maps, lists, strings, integers and booleans. */
    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth >= 4 ? 9 : 12);
        return switch (kind) {
            case 0 -> null;
            case 1, 2 -> text(random);
            case 3 -> random.nextInt();
            case 4 -> random.nextLong();
            case 5 -> random.nextBoolean();
            case 6 -> random.nextDouble() * 1000;
            case 7 -> random.nextBoolean() ? new BigDecimal(random.nextInt(100000)).movePointLeft(2)
                    : BigInteger.valueOf(random.nextLong()).multiply(BigInteger.TEN.pow(5));
            case 8 -> random.nextBoolean() ? Thread.State.values()[random.nextInt(6)] : (float) random.nextInt(50) / 4;
            case 9 -> list(random, depth);
            case 10 -> object(random, depth);
            default -> random.nextBoolean() ? object(random, depth) : numberKeyed(random);
        };
    }

    private static List<Object> list(Random random, int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            list.add(value(random, depth + 1));
        }
        return list;
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            object.put(text(random), value(random, depth + 1));
        }
        return object;
    }

    private static Map<Integer, Object> numberKeyed(Random random) {
        Map<Integer, Object> map = new TreeMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            map.put(random.nextInt(100), text(random));
        }
        return map;
    }

    private static String text(Random random) {
        String[] pieces = {"a", "Zoë", "\"", "\\", "\n", "\t", "\u0001", "é", "😀", "/", "<script>", " ", "\u2028"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
