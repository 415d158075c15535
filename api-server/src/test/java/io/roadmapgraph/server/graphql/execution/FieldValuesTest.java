package io.roadmapgraph.server.graphql.execution;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An object completed by the shortcut is the map graphql-java would have made: same entries, order and equality. */
class FieldValuesTest {

    private static final String[] KEYS = {"depth", "topic", "note"};

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
}
