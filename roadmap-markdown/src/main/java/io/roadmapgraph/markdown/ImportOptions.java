package io.roadmapgraph.markdown;

import java.util.Objects;
import java.util.Optional;

/**
 * Choices of an import the document does not make.
 *
 * @param id       the roadmap's id; default: kebab-case of the document's title
 * @param language the document's language, {@code nl} or {@code en}; default: guessed from its words
 * @param profile  the mapping profile
 */
public record ImportOptions(Optional<String> id, Optional<String> language, MappingProfile profile) {

    public ImportOptions {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(profile, "profile");
        language.ifPresent(l -> {
            if (!l.equals("nl") && !l.equals("en")) {
                throw new MarkdownImportException("language '" + l + "' is not supported; use nl or en");
            }
        });
    }

    /** The default profile, the id from the title, the language from the words. */
    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), MappingProfile.defaults());
    }

    public ImportOptions withId(String newId) {
        return new ImportOptions(Optional.of(newId), language, profile);
    }

    public ImportOptions withLanguage(String newLanguage) {
        return new ImportOptions(id, Optional.of(newLanguage), profile);
    }

    public ImportOptions withProfile(MappingProfile newProfile) {
        return new ImportOptions(id, language, newProfile);
    }
}
