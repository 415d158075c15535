package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A requirement on a topic of another roadmap, written {@code roadmap:topic} ({@code requires: [{topic:
 * ai-engineer:python, reason: ...}]} in a roadmap that lists {@code uses: [ai-engineer]}). The other roadmap's topic is
 * referred to, not redefined: its title, hours and requirements stay that roadmap's. Loading checks that the roadmap is
 * loaded and has the topic (docs/roadmap-format.md, "Topics of other roadmaps"; docs/design/graph-model-2.md).
 *
 * @param topic    the topic of this roadmap that has the requirement
 * @param roadmap  the id of the other roadmap, one of this roadmap's {@code uses}
 * @param required the id of the required topic in that roadmap
 * @param reason   why it is needed first
 * @param origin   where the requirement comes from
 * @param line     the line of the requirement in the file (0 when not read from a file), for messages at load time
 */
public record TopicReference(String topic, String roadmap, String required, Text reason, Origin origin, int line) {

    /** Between the roadmap and the topic of a qualified id. */
    public static final String SEPARATOR = ":";

    public TopicReference {
        Ids.require(topic, "topic");
        Ids.require(roadmap, "roadmap of a topic reference");
        Ids.require(required, "required topic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, was " + line);
        }
    }

    /** {@code roadmap:topic}, as the file writes it. */
    public String qualifiedId() {
        return roadmap + SEPARATOR + required;
    }

    /** Whether {@code id} is written as a qualified id (it holds the separator), well formed or not. */
    static boolean isQualified(String id) {
        return id.contains(SEPARATOR);
    }

    /** The roadmap and topic of a well-formed qualified id: two kebab-case ids around one separator. */
    static Optional<String[]> split(String qualified) {
        String[] parts = qualified.split(SEPARATOR, -1);
        return parts.length == 2 && Ids.KEBAB_CASE.matcher(parts[0]).matches()
                && Ids.KEBAB_CASE.matcher(parts[1]).matches() ? Optional.of(parts) : Optional.empty();
    }
}
