package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule by which an option of a topic's requirement group cannot be picked: the option needs that topic itself,
 * directly or through others, where a topic needs its plain requirements, its parent and <em>every</em> option of its
 * groups (any of them may be picked). Picking it would make the topic require itself. A roadmap file may not have such
 * an option (the reader's group checks refuse it, by this rule); the default view, which joins several roadmaps'
 * requires, may have one, and there the planner does not pick it ({@link GroupedGraph#cycle}).
 */
public final class OptionCycles {

    private OptionCycles() {
    }

    /**
     * The shortest way from {@code from} to {@code to} along {@code needs}, both ends included ({@code [from]} when
     * they are the same topic); empty when there is none.
     */
    public static Optional<List<String>> path(String from, String to,
                                              Function<String, ? extends Collection<String>> needs) {
        Map<String, String> cameFrom = new HashMap<>();
        cameFrom.put(from, from);
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (current.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String at = to; ; at = cameFrom.get(at)) {
                    path.add(0, at);
                    if (at.equals(from)) {
                        return Optional.of(path);
                    }
                }
            }
            for (String next : needs.apply(current)) {
                if (cameFrom.putIfAbsent(next, current) == null) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The cycle that picking {@code option} for a group of {@code owner} would close, following requires and starting
     * at the owner ({@code [owner, option, ..., t]}: the owner requires the option, ..., t requires the owner); empty
     * when the option does not need the owner.
     */
    public static Optional<List<String>> cycle(String owner, String option,
                                               Function<String, ? extends Collection<String>> needs) {
        return path(option, owner, needs).map(p -> {
            List<String> cycle = new ArrayList<>(p.size());
            cycle.add(owner);
            cycle.addAll(p.subList(0, p.size() - 1));
            return List.copyOf(cycle);
        });
    }
}
