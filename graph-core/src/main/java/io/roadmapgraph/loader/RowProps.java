package io.roadmapgraph.loader;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The properties of one row, immutable and compact: the values in an array, the names in a {@link Shape} that all rows
 * with the same names in the same order share. A 100k-topic roadmap's million rows are held for the whole of its load;
 * as {@code LinkedHashMap}s (an entry object per property) they took ~370 MB of the bench's 2 GiB heap, which the
 * collector marks again and again while Neo4j writes. Iterates in the order the properties were put, like the map it
 * was made from; no null values.
 */
final class RowProps extends AbstractMap<String, Object> {

    /** The names of a kind of row, in the order given, and that order sorted (for the content hash's lines). */
    static final class Shape {
        private final String[] keys;
        private final int[] sorted;
        private final List<String> names;

        private Shape(List<String> keys) {
            this.names = List.copyOf(keys);
            this.keys = keys.toArray(String[]::new);
            Integer[] order = new Integer[this.keys.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> this.keys[a].compareTo(this.keys[b]));
            this.sorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
    }

    /** The shapes of one set of rows, each made once (a roadmap's rows have a few dozen). */
    static final class Shapes {
        private final Map<List<String>, Shape> byKeys = new HashMap<>();
        /**
         * The shape made or found last: rows come in runs of one kind (a topic's requirements, then its tools), so
         * most rows are of the shape before them and need no list of their names to look it up.
         */
        private Shape last;

        /** {@code props} as a compact row (the map itself is left as it is). */
        Map<String, Object> compact(Map<String, Object> props) {
            if (props.size() <= 1) { // Map.of's own forms are smaller still
                return props.isEmpty() ? Map.of() : Map.copyOf(props);
            }
            Object[] values = new Object[props.size()];
            boolean same = last != null && last.keys.length == values.length;
            int i = 0;
            for (Map.Entry<String, Object> e : props.entrySet()) {
                same = same && last.keys[i].equals(e.getKey());
                values[i++] = e.getValue();
            }
            if (!same) {
                last = byKeys.computeIfAbsent(List.copyOf(props.keySet()), Shape::new);
            }
            return new RowProps(last, values);
        }

        /**
         * {@code props} and one more property {@code key} (not among them) as a compact row, without a copy of
         * {@code props} to put it in.
         */
        Map<String, Object> compactWith(Map<String, Object> props, String key, Object value) {
            if (props.isEmpty()) {
                return Map.of(key, value);
            }
            Object[] values = new Object[props.size() + 1];
            boolean same = last != null && last.keys.length == values.length && last.keys[props.size()].equals(key);
            int i = 0;
            for (Map.Entry<String, Object> e : props.entrySet()) {
                same = same && last.keys[i].equals(e.getKey());
                values[i++] = e.getValue();
            }
            values[i] = value;
            if (!same) {
                List<String> keys = new java.util.ArrayList<>(props.keySet());
                keys.add(key);
                last = byKeys.computeIfAbsent(List.copyOf(keys), Shape::new);
            }
            return new RowProps(last, values);
        }
    }

    /**
     * The names of {@code props}: for a compact row its shape's list, one object for every row of that shape (so that
     * a batch of rows can collect its names once per shape, not once per row); for any other map its key set.
     */
    static java.util.Collection<String> names(Map<String, Object> props) {
        return props instanceof RowProps row ? row.shape.names : props.keySet();
    }

    private final Shape shape;
    private final Object[] values;

    private RowProps(Shape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        String[] keys = shape.keys;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(shape.keys[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /**
     * {@code props} as a {@code TreeMap} of them prints itself ({@code {a=1, b=[x, y]}}, the names sorted): the text of
     * a row's properties in its content-hash line, without a sorted copy of the map per row.
     */
    static void appendSorted(StringBuilder line, Map<String, Object> props) {
        if (!(props instanceof RowProps row)) {
            if (props.size() > 1) {
                line.append(new java.util.TreeMap<>(props));
            } else { // Shapes' form of none or one property (most relationships): no map, no string to print it
                line.append('{');
                props.forEach((name, value) -> appendValue(line.append(name).append('='), value));
                line.append('}');
            }
            return;
        }
        line.append('{');
        int[] sorted = row.shape.sorted;
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                line.append(", ");
            }
            line.append(row.shape.keys[sorted[i]]).append('=');
            appendValue(line, row.values[sorted[i]]);
        }
        line.append('}');
    }

    /**
     * {@code value} as {@code String.valueOf} prints it, a number, a truth value or a list written straight into the
     * line (a list's items as {@code AbstractCollection.toString} does: {@code [a, b]}), without a string of its own.
     */
    private static void appendValue(StringBuilder line, Object value) {
        if (value instanceof String text) {
            line.append(text);
        } else if (value instanceof Integer number) {
            line.append(number.intValue());
        } else if (value instanceof Long number) {
            line.append(number.longValue());
        } else if (value instanceof Boolean truth) {
            line.append(truth.booleanValue());
        } else if (value instanceof List<?> list) {
            line.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    line.append(", ");
                }
                appendValue(line, list.get(i));
            }
            line.append(']');
        } else {
            line.append(value);
        }
    }
}
