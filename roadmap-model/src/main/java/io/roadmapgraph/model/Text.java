package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A text in the roadmap's languages: English, Dutch or both. A language the roadmap (or this text) lacks is absent,
 * never an empty string.
 *
 * @param en     the English text, if there is one; never blank
 * @param nl     the Dutch text, if there is one; never blank
 * @param origin where the words in the source's language come from: the document's own, or written for the file
 */
public record Text(Optional<String> en, Optional<String> nl, Origin origin) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(origin, "origin");
        if (en.isEmpty() && nl.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        if (en.filter(String::isBlank).isPresent() || nl.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a text must not be blank; leave a missing language out");
        }
    }

    /**
     * A pair as stored in a graph, where an empty string stands for a missing language; the document's words.
     *
     * @throws IllegalArgumentException when both are empty
     */
    public Text(String en, String nl) {
        this(present(en), present(nl), Origin.DOCUMENT);
    }

    /** English only, the document's words (quotes, names). */
    public static Text en(String en) {
        return new Text(Optional.of(en), Optional.empty(), Origin.DOCUMENT);
    }

    /** Dutch only, the document's words. */
    public static Text nl(String nl) {
        return new Text(Optional.empty(), Optional.of(nl), Origin.DOCUMENT);
    }

    /** English and Dutch, the document's words. */
    public static Text of(String en, String nl) {
        return new Text(Optional.of(en), Optional.of(nl), Origin.DOCUMENT);
    }

    public Text withOrigin(Origin newOrigin) {
        return new Text(en, nl, newOrigin);
    }

    /** The text to show where one language must be chosen: the English, or the Dutch when there is no English. */
    public String preferred() {
        return en.isPresent() ? en.get() : nl.orElseThrow(); // no method reference made per call: every title reads this
    }

    /** The Dutch text, when there is one (the same as {@link #nl()}). */
    public Optional<String> dutch() {
        return nl;
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
