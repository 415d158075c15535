package io.roadmapgraph.algorithms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner can build with what they know, and what to learn next to build more. What someone knows is K*
 * ({@link Subtopics#knownClosure}: the topics they name, the non-elective subtopics of a named parent, and every
 * prerequisite of either). A project <em>needs</em> the topics it exercises and all their transitive prerequisites; a
 * parent it exercises does not bring its subtopics along (a project that needs a subtopic names it, as the AI Engineer
 * roadmap's domain chatbot names {@code lora} beside {@code fine-tuning}). A project is <em>buildable</em> when every
 * topic it exercises is in K*; its <em>missing</em> topics are what it needs minus K*.
 */
public final class ProjectReach {

    private ProjectReach() {
    }

    /**
     * A project that is not buildable yet, and what it takes to make it so.
     *
     * @param topics the missing topics in the order to learn them (each after its prerequisites; among the free ones,
     *               earlier phase, then the roadmap's order)
     * @param hours  the sum of their hours
     */
    public record Missing(String project, List<String> topics, int hours) {
        public Missing {
            Objects.requireNonNull(project, "project");
            topics = List.copyOf(topics);
        }
    }

    /**
     * A next topic ({@link NextTopics}) and what learning it brings within reach.
     *
     * @param hours            its hours of study
     * @param projects         the projects it makes buildable (buildable with it, not without)
     * @param goals            the goals it brings within reach: itself if it is a goal, and the goals it makes next
     *                         topics (all their prerequisites known, not so without it)
     * @param projectsNeeding  the projects it is a missing topic of (those in {@code projects} included)
     * @param goalsNeeding     the goals whose learning path it is on ({@link LearningPathPlanner})
     * @param perHour          (projects + goals) / hours: the ranking's first key
     */
    public record Unlocking(String topic, int hours, List<String> projects, List<String> goals,
                            List<String> projectsNeeding, List<String> goalsNeeding, double perHour) {
        public Unlocking {
            Objects.requireNonNull(topic, "topic");
            projects = List.copyOf(projects);
            goals = List.copyOf(goals);
            projectsNeeding = List.copyOf(projectsNeeding);
            goalsNeeding = List.copyOf(goalsNeeding);
        }

        /** (projects needing + goals needing) / hours: the ranking's second key. */
        public double neededPerHour() {
            return (double) (projectsNeeding.size() + goalsNeeding.size()) / Math.max(1, hours);
        }
    }

    /** The projects buildable with {@code known}, by number, then id. Every id must be in the graph. */
    public static List<String> buildable(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects,
                                         Collection<String> known) {
        Closure.Reach knownClosure = knownClosure(graph, projects, known);
        return sorted(projects).stream().filter(p -> knownClosure.containsAll(p.topics()))
                .map(CoverageRanking.Candidate::project).toList();
    }

    /**
     * The projects not buildable with {@code known} whose missing topics take at most {@code maxMissingHours}, fewest
     * missing hours first, then by number, then id.
     *
     * @throws IllegalArgumentException when {@code maxMissingHours} is negative or an id is not in the graph
     */
    public static List<Missing> almostBuildable(PrerequisiteGraph graph,
                                                Collection<CoverageRanking.Candidate> projects,
                                                Collection<String> known, int maxMissingHours) {
        if (maxMissingHours < 0) {
            throw new IllegalArgumentException("maxMissingHours must be at least 0, was " + maxMissingHours);
        }
        Closure.Reach knownClosure = knownClosure(graph, projects, known);
        List<Missing> result = new ArrayList<>();
        for (CoverageRanking.Candidate p : sorted(projects)) {
            missing(graph, p.topics(), knownClosure, maxMissingHours)
                    .filter(missing -> !missing.isEmpty())
                    .ifPresent(missing -> result.add(new Missing(p.project(), inOrder(graph, missing),
                            missing.stream().mapToInt(graph::hours).sum())));
        }
        result.sort(Comparator.comparingInt(Missing::hours)); // stable: number, then id, within equal hours
        return List.copyOf(result);
    }

    /**
     * Every next topic for someone who knows {@code known}, ranked by what it brings within reach per hour of study
     * ({@link Unlocking#perHour()}, highest first), then by what needs it per hour ({@link Unlocking#neededPerHour()}),
     * then earlier phase and the roadmap's order. Goals already known are left out of the counts.
     *
     * @throws IllegalArgumentException when an id is not in the graph
     */
    public static List<Unlocking> unlocking(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects,
                                            Collection<String> known, Collection<String> goals) {
        Closure.Reach knownClosure = knownClosure(graph, projects, known);
        goals.forEach(graph::key);
        List<String> next = NextTopics.ofClosure(graph, knownClosure);
        List<CoverageRanking.Candidate> ordered = sorted(projects);
        List<String> openGoals = new LinkedHashSet<>(goals).stream().filter(g -> !knownClosure.contains(g)).toList();
        // who needs each unknown topic: the projects (and goals) that need it directly or through a dependent
        List<Collection<String>> starts = new ArrayList<>();
        ordered.forEach(p -> starts.add(p.topics()));
        openGoals.forEach(g -> starts.add(Subtopics.withSubtopics(graph, List.of(g))));
        BitSet[] neededBy = neededBy(graph, starts, knownClosure);
        Map<String, List<String>> projectsMade = new HashMap<>();
        for (CoverageRanking.Candidate p : ordered) {
            List<String> unknown = p.topics().stream().filter(t -> !knownClosure.contains(t)).toList();
            if (unknown.size() == 1) { // made buildable by it when it is a next topic (its prerequisites known)
                projectsMade.computeIfAbsent(unknown.get(0), k -> new ArrayList<>()).add(p.project());
            }
        }
        List<Unlocking> result = new ArrayList<>();
        for (String topic : next) {
            // a goal other than the topic is brought within reach when the topic completes its prerequisites
            List<String> goalsReached = openGoals.stream().filter(g -> g.equals(topic)
                    || graph.requires(g).contains(topic) && graph.requires(g).stream()
                    .allMatch(r -> r.equals(topic) || knownClosure.contains(r))).toList();
            List<String> made = projectsMade.getOrDefault(topic, List.of());
            int hours = graph.hours(topic);
            BitSet needing = Objects.requireNonNullElseGet(neededBy[graph.numbered().number(topic)], BitSet::new);
            List<String> projectsNeeding = needing.stream().filter(i -> i < ordered.size())
                    .mapToObj(i -> ordered.get(i).project()).toList();
            List<String> goalsNeeding = needing.stream().filter(i -> i >= ordered.size())
                    .mapToObj(i -> openGoals.get(i - ordered.size())).toList();
            result.add(new Unlocking(topic, hours, made, goalsReached, projectsNeeding, goalsNeeding,
                    (double) (made.size() + goalsReached.size()) / Math.max(1, hours)));
        }
        result.sort(Comparator.comparingDouble(Unlocking::perHour).reversed()
                .thenComparing(Comparator.comparingDouble(Unlocking::neededPerHour).reversed())); // stable: by key
        return List.copyOf(result);
    }

    /**
     * For every topic outside K* that someone needs, who needs it, by topic number ({@link PrerequisiteGraph#numbered},
     * null for a topic nobody needs): bit i set when the topics {@code starts.get(i)} need it (are it, or have it as a
     * transitive prerequisite). One pass over the topics, dependents first, each unknown one taking the union of its
     * dependents' sets: linear in the edges times the number of starts / 64. The order is the graph's own, made once
     * (any order with dependents after their prerequisites gives the same unions); with a cycle, the unknown topics
     * are sorted here, which names the cycle when it is among them.
     */
    private static BitSet[] neededBy(PrerequisiteGraph graph, List<Collection<String>> starts,
                                     Closure.Reach knownClosure) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        BitSet[] needers = new BitSet[numbered.size()];
        for (int i = 0; i < starts.size(); i++) {
            for (String t : starts.get(i)) {
                int number = numbered.number(t);
                if (!knownClosure.has(number)) {
                    (needers[number] == null ? needers[number] = new BitSet() : needers[number]).set(i);
                }
            }
        }
        int[] order = numbered.topological().orElseGet(() -> {
            Set<String> unknown = new LinkedHashSet<>(graph.topics());
            unknown.removeAll(knownClosure);
            return inOrder(graph, unknown).stream().mapToInt(numbered::number).toArray();
        });
        for (int i = order.length - 1; i >= 0; i--) {
            int topic = order[i];
            if (knownClosure.has(topic)) {
                continue;
            }
            for (int dependent : numbered.neighbours(topic, PrerequisiteGraph.Direction.DEPENDENTS)) {
                BitSet theirs = needers[dependent];
                if (theirs != null) {
                    (needers[topic] == null ? needers[topic] = new BitSet() : needers[topic]).or(theirs);
                }
            }
        }
        return needers;
    }

    /**
     * The topics a project needs minus K*, or empty when they take more than {@code maxHours}: a walk along
     * requires-edges from the topics it exercises that stops at known topics (K* holds their prerequisites too).
     */
    static Optional<Set<String>> missing(PrerequisiteGraph graph, Collection<String> exercised,
                                         Set<String> knownClosure, int maxHours) {
        Set<String> missing = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        long hours = 0;
        for (String t : exercised) {
            if (!knownClosure.contains(t) && missing.add(t)) {
                queue.add(t);
                hours += graph.hours(t);
            }
        }
        while (!queue.isEmpty() && hours <= maxHours) {
            for (String r : graph.requires(queue.poll())) {
                if (!knownClosure.contains(r) && missing.add(r)) {
                    queue.add(r);
                    hours += graph.hours(r);
                }
            }
        }
        return hours <= maxHours ? Optional.of(missing) : Optional.empty();
    }

    private static List<String> inOrder(PrerequisiteGraph graph, Set<String> topics) {
        TopologicalSort.Result<String> sorted = TopologicalSort.sort(topics, graph::requires, graph::requiredBy,
                graph.byKey());
        if (!sorted.complete()) {
            throw new IllegalArgumentException("the requires-edges between " + sorted.stuck() + " form a cycle");
        }
        return sorted.order();
    }

    /** K*, after checking that every known topic and every topic a project exercises is in the graph. */
    private static Closure.Reach knownClosure(PrerequisiteGraph graph,
                                              Collection<CoverageRanking.Candidate> projects,
                                              Collection<String> known) {
        known.forEach(graph::key);
        projects.forEach(p -> p.topics().forEach(graph::key));
        return Subtopics.knownReach(graph, known);
    }

    private static List<CoverageRanking.Candidate> sorted(Collection<CoverageRanking.Candidate> projects) {
        return projects.stream().sorted(Comparator.comparingInt(CoverageRanking.Candidate::number)
                .thenComparing(CoverageRanking.Candidate::project)).toList();
    }
}
