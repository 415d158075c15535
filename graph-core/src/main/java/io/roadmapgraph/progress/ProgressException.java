package io.roadmapgraph.progress;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * Why a learner's progress could not be read or written: the message says what to fix and never carries a driver
 * message. Nothing was written when it is thrown.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ProgressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms of an API client (the GraphQL error code of the same name). */
    public enum Code {
        /** a topic id that is no topic of a loaded roadmap (nor a former id of one) */
        UNKNOWN_TOPIC,
        /** a status that is not DONE, LEARNING, SKIPPED or REVIEWING */
        BAD_STATUS,
        /** hours spent below 0 or above {@link TopicProgress#MAX_HOURS} */
        BAD_HOURS,
        /** a note longer than {@link TopicProgress#MAX_NOTE_LENGTH} */
        NOTE_TOO_LONG,
        /** an import with problems: every one is in {@link #problems()}, nothing was written */
        BAD_IMPORT,
        /** a bookmark (sent back by a client) that the database does not know */
        BAD_BOOKMARK,
        /** the database cannot be reached */
        UNAVAILABLE
    }

    private final Code code;
    private final List<String> problems;

    public ProgressException(Code code, String message) {
        this(code, message, List.of());
    }

    public ProgressException(Code code, String message, List<String> problems) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.problems = List.copyOf(problems);
    }

    public Code code() {
        return code;
    }

    /** Every problem of a rejected import, one line each; empty for the other codes. */
    public List<String> problems() {
        return problems;
    }
}
