package io.roadmapgraph.query;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Values that depend on a snapshot and a key (a scope) alone, made once per snapshot instead of once per request and
 * dropped with it: holds the values of one snapshot, the one asked last; a call with another snapshot (a new one, or
 * an older one a call is still answered from) starts afresh, so a value never outlives the snapshot it was made
 * from. At most {@code maxKeys} values are kept; beyond them a value is made for its call alone.
 *
 * <p>Calls at once for one snapshot and key make the value once: the first call makes it, the others wait for it
 * (each key on its own, so a slow make holds up only the calls for its key). A make that fails is not kept: its
 * failure goes to the calls that waited for it, and the next call makes the value again.
 */
final class PerSnapshot<K, V> {

    private record Held<K, V>(GraphSnapshot snapshot, Map<K, CompletableFuture<V>> values) {
        Held(GraphSnapshot snapshot) {
            this(snapshot, new ConcurrentHashMap<>());
        }
    }

    private final int maxKeys;
    private final AtomicReference<Held<K, V>> held = new AtomicReference<>(new Held<>(GraphSnapshot.EMPTY));

    PerSnapshot(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** The value of {@code key} for {@code snapshot}: the one made before for it, else {@code make}'s. */
    V get(GraphSnapshot snapshot, K key, Function<? super K, ? extends V> make) {
        Objects.requireNonNull(snapshot, "snapshot");
        Held<K, V> h = held.updateAndGet(last -> last.snapshot() == snapshot ? last : new Held<>(snapshot));
        CompletableFuture<V> found = h.values().get(key);
        if (found == null) {
            if (h.values().size() >= maxKeys) {
                return made(key, make);
            }
            CompletableFuture<V> mine = new CompletableFuture<>();
            found = h.values().putIfAbsent(key, mine);
            if (found == null) {
                try {
                    V value = made(key, make);
                    mine.complete(value);
                    return value;
                } catch (RuntimeException | Error e) {
                    h.values().remove(key, mine); // not kept: the next call makes it again
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        return GraphSnapshot.joined(found);
    }

    private static <K, V> V made(K key, Function<? super K, ? extends V> make) {
        return Objects.requireNonNull(make.apply(key), "made");
    }
}
