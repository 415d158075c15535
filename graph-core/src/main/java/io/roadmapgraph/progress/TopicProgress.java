package io.roadmapgraph.progress;

import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner's record of one topic, keyed by the topic's id (so a topic shared by two roadmaps is done in both).
 *
 * @param topic      the topic's id
 * @param hoursSpent 0 to {@link #MAX_HOURS}
 * @param note       Markdown, at most {@link #MAX_NOTE_LENGTH} characters; empty for none
 * @param updatedAt  when it was last written
 * @throws ProgressException BAD_HOURS, NOTE_TOO_LONG, UNKNOWN_TOPIC (a blank id)
 */
@API(status = API.Status.EXPERIMENTAL)
public record TopicProgress(String topic, ProgressStatus status, int hoursSpent, String note, Instant updatedAt) {

    /** The most hours a record may hold: more is a typing error, not study. */
    public static final int MAX_HOURS = 10_000;
    /** The longest note, in characters. */
    public static final int MAX_NOTE_LENGTH = 10_000;

    public TopicProgress {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (topic.isBlank()) {
            throw new ProgressException(ProgressException.Code.UNKNOWN_TOPIC, "the topic id must not be blank");
        }
        if (hoursSpent < 0 || hoursSpent > MAX_HOURS) {
            throw new ProgressException(ProgressException.Code.BAD_HOURS, "hoursSpent of '" + topic + "' must be"
                    + " between 0 and " + MAX_HOURS + ", was " + hoursSpent);
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new ProgressException(ProgressException.Code.NOTE_TOO_LONG, "the note of '" + topic + "' has "
                    + note.length() + " characters; at most " + MAX_NOTE_LENGTH + " are kept");
        }
    }

    /** The same record under another topic id (a former id resolved to the current one). */
    public TopicProgress withTopic(String id) {
        return new TopicProgress(id, status, hoursSpent, note, updatedAt);
    }
}
