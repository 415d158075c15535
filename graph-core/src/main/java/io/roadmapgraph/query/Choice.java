package io.roadmapgraph.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A learner's choice: the options {@code pick} of requirement group (or tool alternative) {@code group} are taken,
 * whatever else would be cheaper. Whether the group exists and takes these options is checked against the graph
 * when a path or plan is asked for (see {@link RoadmapQueries#learningPath(java.util.Collection,
 * java.util.Collection, Scope, List)}).
 *
 * @param group the group's id ({@code vector-database})
 * @param pick  the options taken, at least one, each once (topic, tool or nested group ids)
 */
public record Choice(String group, List<String> pick) {
    public Choice {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(pick, "pick");
        if (group.isBlank()) {
            throw QueryException.badInput("a choice must name a group");
        }
        if (pick.isEmpty()) {
            throw QueryException.badInput("the choice of group '" + group + "' picks nothing: name at least one of"
                    + " its options");
        }
        pick.forEach(p -> {
            if (Objects.requireNonNull(p, "pick").isBlank()) {
                throw QueryException.badInput("the choice of group '" + group + "' picks a blank option");
            }
        });
        pick = List.copyOf(new LinkedHashSet<>(pick));
    }
}
