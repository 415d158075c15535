package io.roadmapgraph.algorithms;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list of the names of the set bits of a {@link BitSet} within {@code [from, to)}, in bit order,
 * named only when an element is first read: {@link ProjectReach.Unlocking}'s lists of who needs a topic are counted
 * for every next topic (the ranking reads their sizes), and read by few callers. The bit set must not change after it
 * is given here.
 */
final class BitNamedList extends AbstractList<String> implements RandomAccess {

    private final BitSet bits;
    private final int from;
    private final int to;
    private final int size;
    private final IntFunction<String> name;
    private volatile String[] named;

    private BitNamedList(BitSet bits, int from, int to, int size, IntFunction<String> name) {
        this.bits = bits;
        this.from = from;
        this.to = to;
        this.size = size;
        this.name = name;
    }

    /**
     * The names of {@code bits}' set bits in {@code [from, to)}, bit {@code i} named {@code name.apply(i)}; an empty
     * list for null bits.
     */
    static List<String> of(BitSet bits, int from, int to, IntFunction<String> name) {
        Objects.requireNonNull(name, "name");
        if (bits == null) {
            return List.of();
        }
        int size = 0;
        for (int i = bits.nextSetBit(from); i >= 0 && i < to; i = bits.nextSetBit(i + 1)) {
            size++;
        }
        return of(bits, from, to, size, name);
    }

    /** As {@link #of(BitSet, int, int, IntFunction)}, the number of set bits in {@code [from, to)} known. */
    static List<String> of(BitSet bits, int from, int to, int size, IntFunction<String> name) {
        return size == 0 ? List.of() : new BitNamedList(bits, from, to, size, name);
    }

    /** {@code list} itself when it is a {@link BitNamedList}, else an unmodifiable copy of it. */
    static List<String> keptOrCopied(List<String> list) {
        return list instanceof BitNamedList ? list : List.copyOf(list);
    }

    private String[] named() {
        String[] names = named;
        if (names == null) {
            // a benign race: threads reading first each name the same bits; the array is whole before it is seen
            names = new String[size];
            int n = 0;
            for (int i = bits.nextSetBit(from); i >= 0 && i < to; i = bits.nextSetBit(i + 1)) {
                names[n++] = Objects.requireNonNull(name.apply(i), "name");
            }
            if (n != size) {
                throw new IllegalStateException("named " + n + " bits, not " + size);
            }
            named = names;
        }
        return names;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        return named()[index];
    }

    @Override
    public int size() {
        return size;
    }
}
