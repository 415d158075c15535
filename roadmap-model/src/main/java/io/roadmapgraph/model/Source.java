package io.roadmapgraph.model;

import java.util.Objects;

/**
 * Where a roadmap comes from.
 *
 * @param document the document it was written from ("stappenplan_AI_Engineer.md")
 * @param language the language of that document (ISO 639-1, "nl")
 * @param basedOn  the work the document itself rests on ("AI Engineering by Chip Huyen")
 */
public record Source(String document, String language, Text basedOn) {

    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(basedOn, "basedOn");
    }
}
