package io.roadmapgraph.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.roadmapgraph.model.Roadmap;

import java.util.Locale;
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

    /** The roadmap file as JSON (the same fields; JSON has no comments, so no Markdown line numbers). */
    public String json() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml)) + "\n";
        } catch (JsonProcessingException e) {
            throw new MarkdownImportException("cannot write the imported roadmap as JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The roadmap file for a file of this name, in the format the reader reads it in: JSON for a name ending in
     * {@code .json}, else YAML ({@code .yaml}, {@code .yml}).
     */
    public String file(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? json() : yaml;
    }
}
