package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Roadmap;

import java.util.Objects;

/**
 * A document imported: the roadmap (validated), the roadmap file written as YAML, and the report.
 *
 * @param roadmap the roadmap, as the reader reads {@code yaml}
 * @param yaml    the roadmap file; each item carries a comment with the Markdown line it comes from
 * @param report  what became of each line, the ids chosen and the inferred values
 */
public record ImportResult(Roadmap roadmap, String yaml, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(report, "report");
    }
}
