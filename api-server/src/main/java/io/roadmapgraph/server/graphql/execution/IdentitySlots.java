package io.roadmapgraph.server.graphql.execution;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Values found by the very object they were kept for (identity, never {@code equals}), in one array read at the
 * object's identity hash: a lookup touches the array's slot and the kept value, not a key's string, its hash and a
 * map's node (at 10k topics {@link EncodedNodes}' map by id was 23 % of a prerequisites answer's request threads,
 * mostly first touches of those). Reads take no lock (a read racing a write may miss the newest value: its caller
 * makes it again); a value is kept at most once per key, the first one kept wins.
 *
 * @param <V> the kept values; each knows its key ({@code keyOf}), so that a slot is one object
 */
final class IdentitySlots<V> {

    private static final int FIRST_CAPACITY = 64;

    private final Function<V, Object> keyOf;
    private volatile AtomicReferenceArray<V> slots = new AtomicReferenceArray<>(FIRST_CAPACITY);
    private int size; // guarded by this

    /** @param keyOf the key a value was kept for */
    IdentitySlots(Function<V, Object> keyOf) {
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
    }

    /** The value kept for this very {@code key}; null when none. */
    V get(Object key) {
        AtomicReferenceArray<V> s = slots;
        int mask = s.length() - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            V v = s.get(i);
            if (v == null || keyOf.apply(v) == key) {
                return v;
            }
        }
    }

    /** Keeps {@code value} for its key unless one is kept already; the value kept for that key afterwards. */
    synchronized V keep(V value) {
        Object key = keyOf.apply(value);
        V kept = get(key);
        if (kept != null) {
            return kept;
        }
        if (2 * (size + 1) > slots.length()) {
            AtomicReferenceArray<V> larger = new AtomicReferenceArray<>(2 * slots.length());
            for (int i = 0; i < slots.length(); i++) {
                V v = slots.get(i);
                if (v != null) {
                    put(larger, v);
                }
            }
            slots = larger;
        }
        put(slots, value);
        size++;
        return value;
    }

    private void put(AtomicReferenceArray<V> s, V value) {
        int mask = s.length() - 1;
        int i = slot(keyOf.apply(value), mask);
        while (s.get(i) != null) {
            i = (i + 1) & mask;
        }
        s.set(i, value);
    }

    private static int slot(Object key, int mask) {
        int h = System.identityHashCode(key);
        return (h ^ (h >>> 16)) & mask;
    }
}
