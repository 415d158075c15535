package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks shared by the records: ids are kebab-case, lists are copied. */
final class Ids {

    static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    static String require(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id + "' is not kebab-case (a-z, 0-9 and single hyphens)");
        }
        return id;
    }

    static List<String> requireAll(List<String> ids, String what) {
        List<String> copy = List.copyOf(Objects.requireNonNull(ids, what));
        copy.forEach(id -> require(id, what));
        return copy;
    }

    /** The ids of references read from a file. */
    static java.util.Set<String> of(List<Fields.Ref> refs) {
        return refs.stream().map(Fields.Ref::id).collect(java.util.stream.Collectors.toSet());
    }

    static int positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
        return value;
    }
}
