package io.roadmapgraph.query;

import java.util.Objects;
import java.util.Optional;

/**
 * Which loaded roadmaps a learner's question is about: all of them (the default), or one. A roadmap's topics are
 * those it includes (topics are shared by id); with one roadmap, only its topics and the requires-edges between them
 * count.
 */
public final class Scope {

    /** Every loaded roadmap. */
    public static final Scope ALL = new Scope(null);

    private final String roadmap;

    private Scope(String roadmap) {
        this.roadmap = roadmap;
    }

    /** Only the roadmap with this id. */
    public static Scope roadmap(String id) {
        Objects.requireNonNull(id, "id must not be null");
        if (id.isBlank()) {
            throw QueryException.badInput("roadmap must not be blank");
        }
        return new Scope(id);
    }

    /** The roadmap's id, or empty for every loaded roadmap. */
    public Optional<String> roadmap() {
        return Optional.ofNullable(roadmap);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && Objects.equals(roadmap, s.roadmap);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(roadmap);
    }

    @Override
    public String toString() {
        return roadmap == null ? "all roadmaps" : "roadmap '" + roadmap + "'";
    }
}
