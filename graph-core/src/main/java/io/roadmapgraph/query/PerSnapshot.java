package io.roadmapgraph.query;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that depend on a snapshot and a key (a scope) alone, made once per snapshot instead of once per request and
 * dropped with it: holds the values of one snapshot, the one asked last; a call with another snapshot (a new one, or
 * an older one a call is still answered from) starts afresh, so a value never outlives the snapshot it was made
 * from. At most {@code maxKeys} values are kept; beyond them a value is made for its call alone.
 */
final class PerSnapshot<K, V> {

    private record Held<K, V>(GraphSnapshot snapshot, Map<K, V> values) {
    }

    private final int maxKeys;
    private volatile Held<K, V> held = new Held<>(GraphSnapshot.EMPTY, new ConcurrentHashMap<>());

    PerSnapshot(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** The value of {@code key} for {@code snapshot}: the one made before for it, else {@code make}'s. */
    V get(GraphSnapshot snapshot, K key, Function<? super K, ? extends V> make) {
        Objects.requireNonNull(snapshot, "snapshot");
        Held<K, V> h = held;
        if (h.snapshot() != snapshot) {
            h = new Held<>(snapshot, new ConcurrentHashMap<>());
            held = h;
        }
        V found = h.values().get(key);
        if (found != null) {
            return found;
        }
        V made = Objects.requireNonNull(make.apply(key), "made");
        if (h.values().size() < maxKeys) {
            h.values().putIfAbsent(key, made);
        }
        return made;
    }
}
