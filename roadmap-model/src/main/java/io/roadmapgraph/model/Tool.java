package io.roadmapgraph.model;

import java.util.Objects;

/**
 * A tool, library or service one learns or uses.
 *
 * @param id          kebab-case, unique
 * @param name        its proper name ("Weights &amp; Biases")
 * @param category    what kind of tool it is
 * @param url         where to find it
 * @param description what it is for
 */
public record Tool(String id, String name, ToolCategory category, String url, Text description) {

    public Tool {
        Ids.require(id, "tool id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tool " + id + " must have a name");
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("tool " + id + " url must be http(s), was '" + url + "'");
        }
        Objects.requireNonNull(description, "description");
    }
}
