package io.roadmapgraph.loader;

import io.roadmapgraph.model.Problem;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * Loading or removing roadmaps in Neo4j failed, or the database could not be reached. The message says what went
 * wrong and what to do about it; {@link #kind()} tells callers (and the CLI's exit code) which case it is.
 */
@API(status = API.Status.STABLE)
public final class GraphLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which case a failure is. */
    public enum Kind {
        /** A roadmap file is invalid; {@link #problems()} lists where and why. Nothing was written. */
        INVALID_INPUT,
        /** The database could not be reached: wrong URI, not running, wrong credentials, TLS mismatch. */
        DATABASE_UNREACHABLE,
        /** The database was reached but the load failed; the roadmap's transaction was rolled back. */
        LOAD_FAILED,
        /**
         * A roadmap id to remove names no roadmap the graph holds (a typo?); the message lists those it holds.
         * Nothing was changed.
         */
        UNKNOWN_ROADMAP
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public GraphLoadException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problems = List.of();
    }

    public GraphLoadException(Kind kind, String message) {
        this(kind, message, null);
    }

    /** An invalid-input failure carrying every problem found, each with file, line and column. */
    public GraphLoadException(String message, List<Problem> problems, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Kind.INVALID_INPUT;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    /** The problems of invalid roadmap files; empty for any other kind. */
    public List<Problem> problems() {
        return problems;
    }
}
