package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A text in English with, where the source roadmap has it, the original Dutch beside it.
 *
 * @param en the English text, never blank
 * @param nl the Dutch text, or the empty string when the source has no Dutch for it
 */
public record Text(String en, String nl) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(nl, "nl");
        if (en.isBlank()) {
            throw new IllegalArgumentException("English text must not be blank");
        }
    }

    /** English only, for text the source gives in English (quotes, names). */
    public static Text en(String en) {
        return new Text(en, "");
    }

    public static Text of(String en, String nl) {
        return new Text(en, nl);
    }

    /** The Dutch text, when there is one. */
    public Optional<String> dutch() {
        return nl.isBlank() ? Optional.empty() : Optional.of(nl);
    }
}
