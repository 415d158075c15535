package io.roadmapgraph.loader;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RowPropsTest {

    private final RowProps.Shapes shapes = new RowProps.Shapes();

    private static Map<String, Object> topic(String id, String title) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", id);
        props.put("title", title);
        props.put("estimatedHours", 3);
        props.put("points", List.of("a", "b"));
        return props;
    }

    @Test
    void keepsTheOrderItsPropertiesWerePutInAndEqualsTheMapItWasMadeFrom() {
        Map<String, Object> plain = topic("rag", "RAG");
        Map<String, Object> compact = shapes.compact(plain);

        assertThat(compact).isInstanceOf(RowProps.class).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(compact).containsExactly(entry("id", "rag"), entry("title", "RAG"), entry("estimatedHours", 3),
                entry("points", List.of("a", "b")));
        assertThat(compact.get("title")).isEqualTo("RAG");
        assertThat(compact.get("summary")).isNull();
        assertThat(compact.containsKey("points")).isTrue();
        assertThat(compact.containsKey("summary")).isFalse();
    }

    @Test
    void printsItsPropertiesSortedExactlyAsATreeMapOfThemDoes() {
        Map<String, Object> compact = shapes.compact(topic("rag", "RAG"));
        StringBuilder line = new StringBuilder();

        RowProps.appendSorted(line, compact);

        assertThat(line).hasToString(new TreeMap<>(compact).toString())
                .hasToString("{estimatedHours=3, id=rag, points=[a, b], title=RAG}");
    }

    @Test
    void leavesEmptyAndOneEntryPropertiesInMapOfsOwnSmallerForms() {
        assertThat(shapes.compact(new LinkedHashMap<>())).isSameAs(Map.of());
        assertThat(shapes.compact(new LinkedHashMap<>(Map.of("order", 2)))).isNotInstanceOf(RowProps.class)
                .containsExactly(entry("order", 2));
        StringBuilder line = new StringBuilder();
        RowProps.appendSorted(line, Map.of());
        assertThat(line).hasToString("{}");
    }
    @Test
    void aRowWithOneMorePropertyEqualsTheMapWithItPutLast() {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("reason", "needs it");
        reason.put("origin", "file:3");
        Map<String, Object> plain = new LinkedHashMap<>(reason);
        plain.put("roadmaps", List.of("demo"));

        Map<String, Object> compact = shapes.compactWith(reason, "roadmaps", List.of("demo"));

        assertThat(compact).isInstanceOf(RowProps.class).isEqualTo(plain).hasSameHashCodeAs(plain)
                .containsExactly(entry("reason", "needs it"), entry("origin", "file:3"), entry("roadmaps", List.of("demo")));
        assertThat(shapes.compactWith(Map.of(), "roadmaps", List.of("demo"))).isNotInstanceOf(RowProps.class)
                .containsExactly(entry("roadmaps", List.of("demo")));
        assertThat(reason).containsOnlyKeys("reason", "origin");
    }

    @Test
    void rowsOfOneKindShareTheirNamesAndARowOfAnotherKindInBetweenDoesNotMixThem() {
        Map<String, Object> first = shapes.compact(topic("rag", "RAG"));
        Map<String, Object> other = shapes.compact(new LinkedHashMap<>(Map.of("order", 1, "id", "x")));
        Map<String, Object> second = shapes.compact(topic("llm", "LLM"));
        Map<String, Object> renamed = new LinkedHashMap<>(topic("agent", "Agent"));
        renamed.remove("points");
        renamed.put("pointsNl", List.of("a"));

        assertThat(RowProps.names(first)).isSameAs(RowProps.names(second))
                .containsExactly("id", "title", "estimatedHours", "points");
        assertThat(RowProps.names(other)).containsExactlyInAnyOrder("order", "id");
        assertThat(shapes.compact(renamed)).isEqualTo(renamed).containsKey("pointsNl").doesNotContainKey("points");
        assertThat(second).isEqualTo(topic("llm", "LLM"));
        assertThat(RowProps.names(Map.of("order", 1))).containsExactly("order");
    }
    @Test
    void printsEveryKindOfValueAsATreeMapOfThemDoes() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("title", "Récupération");
        props.put("hours", 12);
        props.put("loadedAt", 1_764_900_000_000L);
        props.put("ongoing", false);
        props.put("share", 0.25);
        props.put("points", List.of("a, b", "c"));
        props.put("empty", List.of());
        props.put("nested", java.util.Arrays.asList(List.of(1, 2L), new java.util.ArrayList<>(List.of(true))));
        StringBuilder line = new StringBuilder();

        RowProps.appendSorted(line, shapes.compact(props));

        assertThat(line).hasToString(new TreeMap<>(props).toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("oneValueOfEachKind")
    void printsAMapOfOneEntryOfAnyKindAsATreeMapOfItDoes(Object value) {
        Map<String, Object> props = shapes.compact(new LinkedHashMap<>(Map.of("order", value)));
        StringBuilder line = new StringBuilder("before ");

        RowProps.appendSorted(line, props);

        assertThat(line).hasToString("before " + new TreeMap<>(props));
    }

    static List<Object> oneValueOfEachKind() {
        return List.of("Récupération 🔎", 12, 1_764_900_000_000L, true, 0.25, List.of("a, b", "c"), List.of(),
                List.of(List.of(1, 2L), List.of(false)));
    }
}
