package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PerSnapshotTest {

    private static GraphSnapshot snapshot(String revision) {
        return new GraphSnapshot(revision, Subgraph.EMPTY, Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), SearchTexts.NONE);
    }

    private final List<String> made = new ArrayList<>();

    private String make(GraphSnapshot snapshot, String key) {
        made.add(snapshot.revision() + "/" + key);
        return snapshot.revision() + "/" + key + "#" + made.size();
    }

    @Test
    void aValueIsMadeOncePerSnapshotAndKey() {
        PerSnapshot<String, String> values = new PerSnapshot<>(8);
        GraphSnapshot first = snapshot("r1");

        String a = values.get(first, "a", k -> make(first, k));
        String again = values.get(first, "a", k -> make(first, k));
        String b = values.get(first, "b", k -> make(first, k));

        assertThat(again).isSameAs(a);
        assertThat(b).isEqualTo("r1/b#2");
        assertThat(made).containsExactly("r1/a", "r1/b");
    }

    @Test
    void aNewSnapshotStartsAfreshSoNoValueOutlivesTheSnapshotItWasMadeFrom() {
        PerSnapshot<String, String> values = new PerSnapshot<>(8);
        GraphSnapshot first = snapshot("r1");
        GraphSnapshot second = snapshot("r2");
        values.get(first, "a", k -> make(first, k));

        String fromSecond = values.get(second, "a", k -> make(second, k));
        String fromFirstAgain = values.get(first, "a", k -> make(first, k));

        assertThat(fromSecond).isEqualTo("r2/a#2");
        assertThat(fromFirstAgain).as("an older snapshot's call gets a value of that snapshot").isEqualTo("r1/a#3");
        assertThat(made).containsExactly("r1/a", "r2/a", "r1/a");
    }

    @Test
    void beyondItsBoundAValueIsMadeForItsCallAlone() {
        PerSnapshot<String, String> values = new PerSnapshot<>(1);
        GraphSnapshot first = snapshot("r1");
        values.get(first, "a", k -> make(first, k));

        values.get(first, "b", k -> make(first, k));
        values.get(first, "b", k -> make(first, k));
        values.get(first, "a", k -> make(first, k));

        assertThat(made).containsExactly("r1/a", "r1/b", "r1/b");
    }
}
