package io.roadmapgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A learning resource: a book, documentation, a community, a place to practise.
 *
 * @param id    kebab-case, unique within the roadmap
 * @param kind  what kind of resource it is
 * @param title its name or description
 * @param url   where to find it, if it has one place
 * @param mustRead true where the source marks it "Must-Read"
 */
public record Resource(String id, ResourceKind kind, Text title, Optional<String> url, boolean mustRead) {

    public Resource(String id, ResourceKind kind, Text title, Optional<String> url) {
        this(id, kind, title, url, false);
    }

    public Resource {
        Ids.require(id, "resource id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
