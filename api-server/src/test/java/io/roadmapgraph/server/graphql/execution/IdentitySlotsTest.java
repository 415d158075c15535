package io.roadmapgraph.server.graphql.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Values kept for an object are found by that very object only, however many are kept. */
class IdentitySlotsTest {

    /** A kept value: its key and a label. */
    private record Value(Object key, String label) {
    }

    private static IdentitySlots<Value> slots() {
        return new IdentitySlots<>(Value::key);
    }

    @Test
    void findsAValueByItsVeryKeyAndNotByAnEqualOne() {
        IdentitySlots<Value> slots = slots();
        String key = new String("rag");
        Value kept = new Value(key, "first");

        assertThat(slots.get(key)).isNull();
        assertThat(slots.keep(kept)).isSameAs(kept);

        assertThat(slots.get(key)).isSameAs(kept);
        assertThat(slots.get(new String("rag"))).isNull();
    }

    @Test
    void keepsTheFirstValueOfAKey() {
        IdentitySlots<Value> slots = slots();
        Object key = new Object();
        Value first = new Value(key, "first");
        slots.keep(first);

        assertThat(slots.keep(new Value(key, "second"))).isSameAs(first);
        assertThat(slots.get(key)).isSameAs(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 1_000_003})
    void everyKeptValueIsFoundAfterTheSlotsGrewAndNoEqualCopyOfAKeyFindsOne(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(5_000);
        IdentitySlots<Value> slots = slots();
        List<Value> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // equal keys on purpose: "k" + a few numbers, many of them the same text
            Value v = new Value(new String("k" + random.nextInt(50)), "v" + i);
            assertThat(slots.keep(v)).as("seed %d, value %d", seed, i).isSameAs(v);
            kept.add(v);
        }

        for (Value v : kept) {
            assertThat(slots.get(v.key())).as("seed %d", seed).isSameAs(v);
            assertThat(slots.get(new String((String) v.key()))).as("seed %d", seed).isNull();
        }
    }

    @Test
    void threadsKeepingTheSameKeysAllGetTheOneValueKeptForEach() throws Exception {
        Object[] keys = new Object[2_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
        }
        IdentitySlots<Value> slots = slots();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Value[]>> got = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String label = "thread " + t;
                got.add(pool.submit(() -> {
                    Value[] answers = new Value[keys.length];
                    for (int i = 0; i < keys.length; i++) {
                        Value found = slots.get(keys[i]);
                        answers[i] = found != null ? found : slots.keep(new Value(keys[i], label));
                    }
                    return answers;
                }));
            }
            for (Future<Value[]> answers : got) {
                Value[] values = answers.get();
                for (int i = 0; i < keys.length; i++) {
                    assertThat(values[i]).isSameAs(slots.get(keys[i]));
                    assertThat(values[i].key()).isSameAs(keys[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
