package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions a learning path (or plan) took on requirement groups and tool alternatives: per group what was
 * picked, why, and what each rejected option would have cost extra ({@link ChoicePlanner.Pick}); whether the search
 * proved them cheapest ({@code exact}); and, for each chosen tool alternative, the tools shown instead of a rejected
 * option ({@link #tools}).
 *
 * @param groups        the requirement groups on the path in the order they came up, then the chosen tool
 *                      alternatives in the order chosen
 * @param exact         false when the search for the cheapest picks (or for a rejected option's cost) stopped at its
 *                      budget, so a cheaper path may exist
 * @param toolsInsteadOf each rejected tool of a chosen alternative, with the tools picked instead
 */
public record GroupPicks(List<ChoicePlanner.Pick> groups, boolean exact, Map<String, List<String>> toolsInsteadOf) {

    /** No groups on the path and no tool chosen. */
    public static final GroupPicks NONE = new GroupPicks(List.of(), true, Map.of());

    public GroupPicks {
        groups = List.copyOf(groups);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        toolsInsteadOf.forEach((tool, picked) -> copy.put(tool, List.copyOf(picked)));
        toolsInsteadOf = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The tools shown for a topic or project that uses {@code tools}: each rejected option of a chosen alternative
     * replaced by the picked ones (each tool once, in the order they come), the rest as they are.
     */
    public List<String> tools(List<String> tools) {
        Set<String> shown = new LinkedHashSet<>();
        tools.forEach(tool -> shown.addAll(toolsInsteadOf.getOrDefault(tool, List.of(tool))));
        return new ArrayList<>(shown);
    }
}
