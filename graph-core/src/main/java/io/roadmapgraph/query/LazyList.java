package io.roadmapgraph.query;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list made by {@code make} when an element is first read (once, whichever thread reads first): for
 * the parts of an answer that a caller may not read at all, such as a plan's weeks and months when a GraphQL query
 * selects neither. Its size is known without making it when given.
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    private final OptionalInt size;
    private Supplier<List<T>> make;
    private volatile List<T> made;

    private LazyList(OptionalInt size, Supplier<List<T>> make) {
        this.size = size;
        this.make = Objects.requireNonNull(make, "make");
    }

    /** A list of {@code size} elements, made when one is read. */
    static <T> LazyList<T> sized(int size, Supplier<List<T>> make) {
        return new LazyList<>(OptionalInt.of(size), make);
    }

    /** A list made when it is read, its size too. */
    static <T> LazyList<T> of(Supplier<List<T>> make) {
        return new LazyList<>(OptionalInt.empty(), make);
    }

    /** {@code list} itself when it is a {@link LazyList} (made when read), else an unmodifiable copy of it. */
    static <T> List<T> keptOrCopied(List<T> list) {
        return list instanceof LazyList<T> ? list : List.copyOf(list);
    }

    private List<T> made() {
        List<T> list = made;
        if (list == null) {
            synchronized (this) {
                list = made;
                if (list == null) {
                    list = List.copyOf(make.get());
                    if (size.isPresent() && list.size() != size.getAsInt()) {
                        throw new IllegalStateException("made " + list.size() + " elements, not " + size.getAsInt());
                    }
                    made = list;
                    make = null;
                }
            }
        }
        return list;
    }

    @Override
    public T get(int index) {
        return made().get(index);
    }

    @Override
    public int size() {
        return size.isPresent() ? size.getAsInt() : made().size();
    }
}
