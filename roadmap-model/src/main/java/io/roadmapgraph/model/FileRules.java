package io.roadmapgraph.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a roadmap file declares for all its parts, read before them: its languages (the main one first) and the
 * default origin of each kind of value. Texts and values read afterwards follow it.
 */
final class FileRules {

    /** The languages a text can have. */
    static final List<String> SUPPORTED = List.of("en", "nl");

    /** The kinds of value that have a default origin, as written under {@code origins:} in a file. */
    enum Kind {
        TEXTS("texts"), REASONS("reasons"), REQUIRES("requires"), HOURS("hours");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private List<String> languages = SUPPORTED;
    private final Map<Kind, Origin> defaults = new EnumMap<>(Kind.class);

    FileRules() {
        defaults.put(Kind.TEXTS, Origin.DOCUMENT);
        defaults.put(Kind.REASONS, Origin.AUTHORED);
        defaults.put(Kind.REQUIRES, Origin.AUTHORED);
        defaults.put(Kind.HOURS, Origin.AUTHORED);
    }

    List<String> languages() {
        return languages;
    }

    String main() {
        return languages.get(0);
    }

    void languages(List<String> declared) {
        languages = List.copyOf(declared);
    }

    Origin origin(Kind kind) {
        return defaults.get(kind);
    }

    void origin(Kind kind, Origin origin) {
        defaults.put(kind, origin);
    }
}
