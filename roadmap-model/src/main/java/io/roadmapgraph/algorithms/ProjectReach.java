package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        Set<String> knownClosure = knownClosure(graph, projects, known);
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
        Set<String> knownClosure = knownClosure(graph, projects, known);
        List<Missing> result = new ArrayList<>();
        for (CoverageRanking.Candidate p : sorted(projects)) {
            List<String> missing = missing(graph, p.topics(), knownClosure);
            int hours = missing.stream().mapToInt(graph::hours).sum();
            if (!missing.isEmpty() && hours <= maxMissingHours) {
                result.add(new Missing(p.project(), missing, hours));
            }
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
        Set<String> knownClosure = knownClosure(graph, projects, known);
        goals.forEach(graph::key);
        Map<String, List<String>> missingOf = sorted(projects).stream().collect(Collectors.toMap(
                CoverageRanking.Candidate::project, p -> missing(graph, p.topics(), knownClosure), (a, b) -> a,
                java.util.LinkedHashMap::new));
        List<String> openGoals = new LinkedHashSet<>(goals).stream().filter(g -> !knownClosure.contains(g)).toList();
        Map<String, Set<String>> pathOf = openGoals.stream().collect(Collectors.toMap(Function.identity(),
                g -> learningPath(graph, g, knownClosure)));
        List<Unlocking> result = new ArrayList<>();
        for (String topic : NextTopics.of(graph, known)) {
            Set<String> withTopic = new HashSet<>(knownClosure);
            withTopic.add(topic); // still closed under prerequisites: a next topic's are all known
            List<String> projectsMade = names(missingOf, m -> m.equals(List.of(topic)));
            List<String> projectsNeeding = names(missingOf, m -> m.contains(topic));
            List<String> goalsReached = openGoals.stream().filter(g -> g.equals(topic)
                    || graph.requires(g).contains(topic) && withTopic.containsAll(graph.requires(g))).toList();
            List<String> goalsNeeding = openGoals.stream().filter(g -> pathOf.get(g).contains(topic)).toList();
            int hours = graph.hours(topic);
            result.add(new Unlocking(topic, hours, projectsMade, goalsReached, projectsNeeding, goalsNeeding,
                    (double) (projectsMade.size() + goalsReached.size()) / Math.max(1, hours)));
        }
        result.sort(Comparator.comparingDouble(Unlocking::perHour).reversed()
                .thenComparing(Comparator.comparingDouble(Unlocking::neededPerHour).reversed())); // stable: by key
        return List.copyOf(result);
    }

    /** The topics a project needs minus K*, in learning order. */
    static List<String> missing(PrerequisiteGraph graph, Collection<String> exercised, Set<String> knownClosure) {
        Set<String> needed = new LinkedHashSet<>(Closure.all(graph, exercised, PrerequisiteGraph.Direction.PREREQUISITES));
        needed.removeAll(knownClosure);
        return inOrder(graph, needed);
    }

    private static Set<String> learningPath(PrerequisiteGraph graph, String goal, Set<String> knownClosure) {
        Set<String> path = new HashSet<>(Closure.all(graph, Subtopics.withSubtopics(graph, List.of(goal)),
                PrerequisiteGraph.Direction.PREREQUISITES));
        path.removeAll(knownClosure);
        return path;
    }

    private static List<String> inOrder(PrerequisiteGraph graph, Set<String> topics) {
        TopologicalSort.Result<String> sorted = TopologicalSort.sort(topics, graph::requires, graph::requiredBy,
                graph.byKey());
        if (!sorted.complete()) {
            throw new IllegalArgumentException("the requires-edges between " + sorted.stuck() + " form a cycle");
        }
        return sorted.order();
    }

    private static List<String> names(Map<String, List<String>> missingOf, java.util.function.Predicate<List<String>> test) {
        return missingOf.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** K*, after checking that every known topic and every topic a project exercises is in the graph. */
    private static Set<String> knownClosure(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects,
                                            Collection<String> known) {
        known.forEach(graph::key);
        projects.forEach(p -> p.topics().forEach(graph::key));
        return Subtopics.knownClosure(graph, known);
    }

    private static List<CoverageRanking.Candidate> sorted(Collection<CoverageRanking.Candidate> projects) {
        return projects.stream().sorted(Comparator.comparingInt(CoverageRanking.Candidate::number)
                .thenComparing(CoverageRanking.Candidate::project)).toList();
    }
}
