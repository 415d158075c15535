package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An object completed by the shortcut is the map graphql-java would have made: same entries, order and equality. */
class FieldValuesTest {

    private static final FieldValues.Keys KEYS = new FieldValues.Keys(new String[] {"depth", "topic", "note"});

    private static FieldValues values() {
        return new FieldValues(KEYS, new Object[] {2, Map.of("id", "rag"), null});
    }

    private static Map<String, Object> linked() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("depth", 2);
        map.put("topic", Map.of("id", "rag"));
        map.put("note", null);
        return map;
    }

    @Test
    void equalsAndHashesLikeTheLinkedHashMapOfTheSameEntries() {
        assertThat(values()).isEqualTo(linked()).hasSameHashCodeAs(linked());
        assertThat(linked()).isEqualTo(values());
        assertThat(values()).isNotEqualTo(Map.of("depth", 2));
        assertThat(values().toString()).isEqualTo(linked().toString());
    }

    @Test
    void answersItsKeysInTheSelectionsOrderAndNothingElse() {
        FieldValues values = values();

        assertThat(values.keySet()).containsExactly("depth", "topic", "note");
        assertThat(values.get("depth")).isEqualTo(2);
        assertThat(values.containsKey("note")).isTrue();
        assertThat(values.get("note")).isNull();
        assertThat(values.containsKey("title")).isFalse();
        assertThat(values.get("title")).isNull();
        List<String> walked = new ArrayList<>();
        values.forEach((key, value) -> walked.add(key + "=" + value));
        assertThat(walked).containsExactly("depth=2", "topic={id=rag}", "note=null");
    }

    @Test
    void cannotBeChanged() {
        assertThatThrownBy(() -> values().put("depth", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values().entrySet().iterator().next().setValue(3))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsKeysAndValuesOfDifferentLengths() {
        assertThatThrownBy(() -> new FieldValues(KEYS, new Object[1])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3 keys for 1 values");
    }

    @Test
    void isWrittenAsJsonByteForByteAsTheLinkedHashMapOfTheSameEntries() throws Exception {
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);
        FieldValues topic = new FieldValues(new FieldValues.Keys(new String[] {"id", "title"}),
                new Object[] {"rag", "Retrieval \"RAG\" é"});
        Map<String, Object> topicMap = new LinkedHashMap<>(Map.of("id", "rag"));
        topicMap.put("title", "Retrieval \"RAG\" é");
        EncodedNodes.Encoded encoded = new EncodedNodes.Encoded("node", "{\"id\":\"e\\u00e9\"}".getBytes(UTF_8));
        FieldValues.Keys keys = new FieldValues.Keys(new String[] {"perHour", "topic", "projects", "goals", "count",
                "exact", "note", "nested", "encoded"});
        FieldValues values = new FieldValues(keys, new Object[] {0.25, topic, List.of(), List.of(topic, topic), 7,
                true, null, Arrays.asList(List.of("a", "b"), null, List.of(), 1.5, -3, encoded),
                List.of(encoded, Integer.MIN_VALUE)});
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("perHour", 0.25);
        map.put("topic", topicMap);
        map.put("projects", List.of());
        map.put("goals", List.of(topicMap, topicMap));
        map.put("count", 7);
        map.put("exact", true);
        map.put("note", null);
        map.put("nested", Arrays.asList(List.of("a", "b"), null, List.of(), 1.5, -3, encoded));
        map.put("encoded", List.of(encoded, Integer.MIN_VALUE));

        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(FieldValues.class))
                .isInstanceOf(FieldValues.Writer.class);
        assertThat(mapper.writeValueAsString(List.of(values, Map.of("data", values))))
                .isEqualTo(mapper.writeValueAsString(List.of(map, Map.of("data", map))))
                .contains("\"note\":null", "\"projects\":[]", "{\"id\":\"e\\u00e9\"}", "-2147483648");
        assertThat(mapper.writeValueAsBytes(List.of(values, Map.of("data", values))))
                .as("the transport's UTF-8 generator, keys from their encoded names")
                .isEqualTo(mapper.writeValueAsBytes(List.of(map, Map.of("data", map))));
    }

    @Test
    void writesDoublesAndBooleansByteForByteAsJacksonsOwnSerializersDoZeroIncluded() throws Exception {
        Object[] written = {0.0, -0.0, 0.1, 1.0 / 3, 1e-7, 1e21, 2.0, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false};
        String[] names = new String[written.length];
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < written.length; i++) {
            names[i] = "v" + i;
            map.put(names[i], written[i]);
        }
        FieldValues values = new FieldValues(new FieldValues.Keys(names), written);
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper numbersAsStrings = JsonMapper.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
        ObjectMapper nonNumericBare = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

        for (ObjectMapper mapper : List.of(plain, numbersAsStrings, nonNumericBare)) {
            assertThat(mapper.writeValueAsBytes(values)).isEqualTo(mapper.writeValueAsBytes(map));
        }
        assertThat(plain.writeValueAsString(values)).startsWith("{\"v0\":0.0,\"v1\":-0.0,\"v2\":0.1,")
                .endsWith("\"v11\":true,\"v12\":false}");
        assertThat(numbersAsStrings.writeValueAsString(values)).startsWith("{\"v0\":\"0.0\",\"v1\":\"-0.0\",");
    }
}
