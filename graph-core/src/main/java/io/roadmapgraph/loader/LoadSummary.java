package io.roadmapgraph.loader;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What loading (or removing) one roadmap changed, by node label and by relationship type.
 *
 * @param roadmapId     the roadmap
 * @param nodes         changes per label, sorted by label
 * @param relationships changes per relationship type, sorted by type
 * @param dryRun        true when the changes were computed and nothing was written
 */
@API(status = API.Status.STABLE)
public record LoadSummary(String roadmapId, Map<String, Change> nodes, Map<String, Change> relationships,
                          boolean dryRun) {

    /**
     * Changes of one label or type, compared with the roadmap's current revision: created (new), updated (other
     * properties), removed (no longer in the roadmap), unchanged. Other roadmaps' copies of shared ids never count:
     * a load never changes them. The roadmap's own texts count under {@code Roadmap}.
     */
    public record Change(int created, int updated, int removed, int unchanged) {

        public static final Change NONE = new Change(0, 0, 0, 0);

        public Change plus(Change other) {
            return new Change(created + other.created, updated + other.updated, removed + other.removed,
                    unchanged + other.unchanged);
        }

        public boolean changed() {
            return created + updated + removed > 0;
        }
    }

    public LoadSummary {
        Objects.requireNonNull(roadmapId, "roadmapId");
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
        relationships = Collections.unmodifiableMap(new TreeMap<>(relationships));
    }

    /** True when the graph is not as it was before. */
    public boolean changed() {
        return nodes.values().stream().anyMatch(Change::changed)
                || relationships.values().stream().anyMatch(Change::changed);
    }

    /** All labels together. */
    public Change nodeTotal() {
        return nodes.values().stream().reduce(Change.NONE, Change::plus);
    }

    /** All relationship types together. */
    public Change relationshipTotal() {
        return relationships.values().stream().reduce(Change.NONE, Change::plus);
    }
}
