package io.roadmapgraph.query;

import java.util.Objects;

/**
 * Why a query could not be answered. The message is meant for the user who asked: it names the unknown ids or the
 * bad argument, and never carries a driver message or stack trace.
 */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms of an API client. */
    public enum Kind {
        /** an id that is not in the graph */
        NOT_FOUND,
        /** an argument out of range: empty goals, too many ids, {@code first} too large, blank search text */
        BAD_USER_INPUT,
        /** the database cannot be reached */
        UNAVAILABLE,
        /** the query took longer than the configured read timeout */
        TIMEOUT
    }

    private final Kind kind;

    public QueryException(Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    static QueryException notFound(String what, java.util.Collection<String> ids) {
        String names = ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(", "));
        return new QueryException(Kind.NOT_FOUND, "unknown " + what + (ids.size() == 1 ? " " : "s ") + names);
    }

    static QueryException unknownRoadmap(String id, java.util.Collection<String> loaded) {
        String names = loaded.stream().map(r -> "'" + r + "'").collect(java.util.stream.Collectors.joining(", "));
        return new QueryException(Kind.NOT_FOUND, "unknown roadmap '" + id + "'; "
                + (loaded.isEmpty() ? "no roadmap is loaded" : "the loaded roadmaps are " + names));
    }

    static QueryException notInRoadmap(String roadmap, java.util.Collection<String> ids) {
        String names = ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(", "));
        return new QueryException(Kind.NOT_FOUND, (ids.size() == 1 ? "topic " + names + " is" : "topics " + names
                + " are") + " not in roadmap '" + roadmap + "'");
    }

    /**
     * The default view joins every loaded roadmap's requires, and two roadmaps that order the same topics the other way
     * round make a cycle together that neither has alone: the user can still ask each roadmap on its own.
     */
    static QueryException cycleAcrossRoadmaps(java.util.Collection<String> topics,
                                              java.util.Collection<String> roadmaps) {
        String names = roadmaps.stream().map(r -> "'" + r + "'").collect(java.util.stream.Collectors.joining(", "));
        return new QueryException(Kind.BAD_USER_INPUT, "the requires of roadmaps " + names + " together form a cycle "
                + "between " + topics + " (each roadmap alone has none): without a roadmap argument the answer joins "
                + "them, so give roadmap to answer from one of them");
    }

    static QueryException badInput(String message) {
        return new QueryException(Kind.BAD_USER_INPUT, message);
    }
}
