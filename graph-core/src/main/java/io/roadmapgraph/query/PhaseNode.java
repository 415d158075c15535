package io.roadmapgraph.query;

import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * A phase of one roadmap.
 *
 * @param id       "&lt;roadmap&gt;/phase-&lt;n&gt;"
 * @param duration months; empty for an ongoing phase
 */
public record PhaseNode(String id, String roadmap, int number, Text title, Text goal, Optional<MonthRange> duration) {
    public PhaseNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(duration, "duration");
    }

    public boolean ongoing() {
        return duration.isEmpty();
    }
}
