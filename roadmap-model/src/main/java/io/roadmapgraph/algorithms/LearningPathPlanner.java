package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
        // over topic numbers (int arrays, a heap of ranks): the same order as TopologicalSort.sort by byKey()
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        Closure.Reach knownClosure = Subtopics.knownReach(graph, known);
        Closure.Reach needed = Closure.reach(graph, Subtopics.withSubtopics(graph, goalList),
                PrerequisiteGraph.Direction.PREREQUISITES).minus(knownClosure);
        int[] order = TopologicalSort.byRank(numbered, needed);
        if (order.length < needed.size()) {
            throw new PrerequisiteCycleException(stuck(graph, goalList, knownClosure, order));
        }
        int totalHours = 0;
        for (int topic : order) {
            totalHours += numbered.hours(topic);
        }
        return new Plan(steps(graph, numbered, order, goalList), knownClosure, totalHours);
    }

    /** The needed topics left out of {@code order}: on a cycle or behind one, in the order the walk reached them. */
    private static Set<String> stuck(PrerequisiteGraph graph, List<String> goals, Set<String> known, int[] order) {
        Set<String> stuck = new LinkedHashSet<>(Closure.all(graph, Subtopics.withSubtopics(graph, goals),
                PrerequisiteGraph.Direction.PREREQUISITES));
        stuck.removeAll(known);
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        for (int topic : order) {
            stuck.remove(numbered.id(topic));
        }
        return stuck;
    }

    /**
     * The steps of {@code order}. At 100k topics a path has ~76,000 steps and 8 concurrent requests hold theirs at
     * once, so a step costs no more objects than its record needs: a position is boxed once (not once per later
     * step that lists it), the steps needed by the same goals share one list, no stream per step.
     */
    private static List<Step> steps(PrerequisiteGraph graph, PrerequisiteGraph.Numbered numbered, int[] order,
                                    List<String> goals) {
        int[] position = new int[numbered.size()]; // 0: not on the path
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i + 1;
        }
        // every topic of a goal's closure not in K* is on the path: the goals needing a step are those reaching it
        List<Closure.Reach> reached = new ArrayList<>(goals.size());
        for (String goal : goals) {
            reached.add(Closure.reach(graph, Subtopics.withSubtopics(graph, List.of(goal)),
                    PrerequisiteGraph.Direction.PREREQUISITES));
        }
        // the goals by topic number: a step is a goal by one bit, not by comparing its id with each goal's
        long[] goalBits = new long[(numbered.size() + 63) >>> 6];
        for (String goal : goals) {
            int g = numbered.number(goal);
            goalBits[g >>> 6] |= 1L << g;
        }
        Map<BitSet, List<String>> goalLists = new HashMap<>();
        BitSet needing = new BitSet(goals.size());
        Integer[] boxed = new Integer[order.length + 1];
        int[] later = new int[16];
        List<Step> steps = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            int topic = order[i];
            needing.clear();
            for (int g = 0; g < goals.size(); g++) {
                if (reached.get(g).has(topic)) {
                    needing.set(g);
                }
            }
            List<String> neededByGoals = goalLists.get(needing);
            if (neededByGoals == null) {
                neededByGoals = needing.stream().mapToObj(goals::get).toList();
                goalLists.put((BitSet) needing.clone(), neededByGoals);
            }
            int[] dependents = numbered.neighbours(topic, PrerequisiteGraph.Direction.DEPENDENTS);
            if (later.length < dependents.length) {
                later = new int[dependents.length];
            }
            int count = 0;
            for (int dependent : dependents) {
                if (position[dependent] > 0) {
                    later[count++] = position[dependent];
                }
            }
            Arrays.sort(later, 0, count);
            Integer[] neededBySteps = new Integer[count];
            for (int k = 0; k < count; k++) {
                int p = later[k];
                Integer b = boxed[p];
                neededBySteps[k] = b != null ? b : (boxed[p] = p);
            }
            String id = numbered.id(topic);
            boolean goal = (goalBits[topic >>> 6] & 1L << topic) != 0;
            steps.add(new Step(i + 1, id, numbered.hours(topic), goal, neededByGoals, List.of(neededBySteps)));
        }
        return steps;
    }
}
