package io.roadmapgraph.server.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import io.roadmapgraph.query.QueryException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cursor pagination of a list that grows with the roadmap (Relay's connections): {@code first} items after the
 * {@code after} cursor, as {@code edges} (each with its cursor) and {@code nodes}, with {@code pageInfo} and the
 * {@code totalCount}. A cursor names an item by its key (an id), so a page after a cursor stays right when items
 * before it come or go; a cursor whose item is gone is a BAD_USER_INPUT error.
 */
public final class Pages {

    /** The most items one page may hold. */
    public static final int MAX_FIRST = 1000;

    private Pages() {
    }

    /** One item of a page and the cursor that starts the page after it. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Where this page is in the whole list; cursors are empty for an empty page. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, Optional<String> startCursor,
                           Optional<String> endCursor) {
    }

    /** One page: its edges, the same items as nodes, where it is, and how many items the whole list has. */
    public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {
        public List<T> nodes() {
            return edges.stream().map(Edge::node).toList();
        }
    }

    /**
     * The page that the field's {@code first} (an explicit null: its default) and {@code after} arguments ask of
     * {@code all}.
     */
    public static <T> Connection<T> page(DataFetchingEnvironment env, List<T> all, Function<T, String> key) {
        return page(all, key, Defaults.<Integer>argument(env, "first"),
                Optional.ofNullable(env.<String>getArgument("after")));
    }

    static <T> Connection<T> page(List<T> all, Function<T, String> key, int first, Optional<String> after) {
        if (first < 1 || first > MAX_FIRST) {
            throw badInput("first must be between 1 and " + MAX_FIRST + ", was " + first);
        }
        int from = after.map(cursor -> position(all, key, cursor) + 1).orElse(0);
        int to = Math.min(all.size(), from + first);
        List<Edge<T>> edges = all.subList(from, to).stream().map(item -> new Edge<>(cursor(key.apply(item)), item))
                .toList();
        PageInfo info = new PageInfo(to < all.size(), from > 0,
                edges.stream().findFirst().map(Edge::cursor), edges.isEmpty() ? Optional.empty()
                : Optional.of(edges.get(edges.size() - 1).cursor()));
        return new Connection<>(edges, info, all.size());
    }

    private static QueryException badInput(String message) {
        return new QueryException(QueryException.Kind.BAD_USER_INPUT, message);
    }

    static String cursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> int position(List<T> all, Function<T, String> key, String cursor) {
        String wanted;
        try {
            wanted = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw badInput("after: '" + cursor + "' is not a cursor of this list");
        }
        for (int i = 0; i < all.size(); i++) {
            if (key.apply(all.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw badInput("after: cursor '" + cursor + "' names no item of this list (the item is gone,"
                + " or the cursor is from another list): start again without after");
    }
}
