package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the order in which to learn topics. Knowing a topic implies knowing its prerequisites, and knowing a parent
 * implies knowing its non-elective subtopics: K* is {@link Subtopics#knownClosure}. A goal that is a parent brings its
 * non-elective subtopics along ({@link Subtopics#withSubtopics}). The path holds the goals, the subtopics they bring
 * and all their transitive prerequisites minus K*, each once, each after all its prerequisites; among topics free to go next, the smaller {@link OrderKey} (earlier phase,
 * then the roadmap's own order) goes first ({@link TopologicalSort}).
 */
public final class LearningPathPlanner {

    private LearningPathPlanner() {
    }

    /**
     * One step of a plan.
     *
     * @param position      1-based place in the path
     * @param topic         the topic to learn
     * @param hours         its estimated hours
     * @param goal          whether the topic is one of the goals
     * @param neededByGoals the goals that need it: those it is a transitive prerequisite or a brought subtopic of (or
     *                      a prerequisite of such a subtopic), and itself if a goal
     * @param neededBySteps positions of the later steps that directly require it
     */
    public record Step(int position, String topic, int hours, boolean goal, List<String> neededByGoals,
                       List<Integer> neededBySteps) {
        public Step {
            Objects.requireNonNull(topic, "topic");
            neededByGoals = List.copyOf(neededByGoals);
            neededBySteps = List.copyOf(neededBySteps);
        }
    }

    /** A plan: its steps in order, the known closure K* it skips, and the sum of the steps' hours. */
    public record Plan(List<Step> steps, Set<String> known, int totalHours) {
        public Plan {
            steps = List.copyOf(steps);
            known = Set.copyOf(known);
        }

        public List<String> topics() {
            return steps.stream().map(Step::topic).toList();
        }
    }

    /**
     * Plans the path to {@code goals} for someone who knows {@code known}. Every id must be in the graph.
     *
     * @throws IllegalArgumentException when an id is not in the graph or the needed part of the graph has a cycle
     */
    public static Plan plan(PrerequisiteGraph graph, Collection<String> goals, Collection<String> known) {
        List<String> goalList = List.copyOf(new LinkedHashSet<>(goals));
        for (String id : goalList) {
            graph.key(id);
        }
        for (String id : known) {
            graph.key(id);
        }
        Set<String> knownClosure = Subtopics.knownClosure(graph, known);
        Set<String> needed = new LinkedHashSet<>(Closure.all(graph, Subtopics.withSubtopics(graph, goalList),
                PrerequisiteGraph.Direction.PREREQUISITES));
        needed.removeAll(knownClosure);

        TopologicalSort.Result<String> sorted = TopologicalSort.sort(needed, graph::requires, graph::requiredBy,
                graph.byKey());
        if (!sorted.complete()) {
            throw new IllegalArgumentException("the requires-edges between " + sorted.stuck() + " form a cycle");
        }
        List<String> order = sorted.order();
        return new Plan(steps(graph, order, goalList, knownClosure), knownClosure,
                order.stream().mapToInt(graph::hours).sum());
    }

    private static List<Step> steps(PrerequisiteGraph graph, List<String> order, List<String> goals, Set<String> known) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i + 1);
        }
        Map<String, List<String>> goalsNeeding = new HashMap<>();
        for (String goal : goals) {
            for (String id : Closure.all(graph, Subtopics.withSubtopics(graph, List.of(goal)),
                    PrerequisiteGraph.Direction.PREREQUISITES)) {
                if (known.contains(id)) {
                    continue;
                }
                goalsNeeding.computeIfAbsent(id, k -> new ArrayList<>()).add(goal);
            }
        }
        Set<String> goalSet = Set.copyOf(goals);
        List<Step> steps = new ArrayList<>();
        for (String id : order) {
            List<Integer> later = graph.requiredBy(id).stream()
                    .filter(position::containsKey).map(position::get).sorted().toList();
            steps.add(new Step(position.get(id), id, graph.hours(id), goalSet.contains(id),
                    goalsNeeding.getOrDefault(id, List.of()), later));
        }
        return steps;
    }
}
