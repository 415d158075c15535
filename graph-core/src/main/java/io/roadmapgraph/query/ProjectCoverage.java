package io.roadmapgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * How a project covers the skills asked for.
 *
 * @param covered  the asked topics it exercises, in the order asked
 * @param missing  the asked topics it does not exercise
 * @param coverage covered / asked, from 0 to 1
 */
public record ProjectCoverage(ProjectNode project, List<TopicNode> covered, List<TopicNode> missing, double coverage) {
    public ProjectCoverage {
        Objects.requireNonNull(project, "project");
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }
}
