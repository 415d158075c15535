package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A remark the source attaches to a topic or a phase: a tip ("🔥 Tip: Begin ALTIJD met prompt engineering") or a
 * note ("💡 Waarom beide?").
 *
 * @param kind  tip or note
 * @param title its heading, if the source gives one ("Waarom beide?")
 * @param text  the remark
 */
public record Note(Kind kind, Optional<Text> title, Text text) {

    public enum Kind { TIP, NOTE }

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
