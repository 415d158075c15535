package io.roadmapgraph.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner asks a {@link StudyPlan} for. Immutable; start with {@link #goals} or {@link #roadmap} and add the
 * rest with the {@code with...} methods. Dates are ISO texts ({@code 2027-02-01}) as a client sends them; the plan
 * checks them and says which one does not parse.
 */
public final class PlanRequest {

    /** How many topics may be in progress at once when the request does not say. */
    public static final int DEFAULT_MAX_IN_PROGRESS = 2;
    /** The most topics a request may have in progress at once. */
    public static final int MAX_IN_PROGRESS = 5;

    private final List<String> goals;
    private final List<String> known;
    private final Scope scope;
    private final Integer phase;
    private final Integer hoursPerWeek;
    private final String deadline;
    private final String startDate;
    private final int maxInProgress;
    private final Map<String, Integer> remainingHours;
    private final List<Choice> choices;

    private PlanRequest(List<String> goals, List<String> known, Scope scope, Integer phase, Integer hoursPerWeek,
                        String deadline, String startDate, int maxInProgress, Map<String, Integer> remainingHours,
                        List<Choice> choices) {
        this.goals = List.copyOf(goals);
        this.known = List.copyOf(known);
        this.scope = Objects.requireNonNull(scope, "scope must not be null");
        this.phase = phase;
        this.hoursPerWeek = hoursPerWeek;
        this.deadline = deadline;
        this.startDate = startDate;
        this.maxInProgress = maxInProgress;
        this.remainingHours = Map.copyOf(remainingHours);
        this.choices = List.copyOf(choices);
    }

    /** A plan towards these goal topics, over every loaded roadmap. */
    public static PlanRequest goals(Collection<String> goals) {
        return new PlanRequest(copy(goals, "goals"), List.of(), Scope.ALL, null, null, null, null,
                DEFAULT_MAX_IN_PROGRESS, Map.of(), List.of());
    }

    /** A plan towards every topic of a roadmap (or, {@link #withPhase}, of one of its phases). */
    public static PlanRequest roadmap(String roadmap) {
        return goals(List.of()).within(Scope.roadmap(roadmap));
    }

    public PlanRequest withKnown(Collection<String> topics) {
        return new PlanRequest(goals, copy(topics, "topics"), scope, phase, hoursPerWeek, deadline, startDate,
                maxInProgress, remainingHours, choices);
    }

    /** Only the topics of {@code scope} count; without goals, they are the goals. */
    public PlanRequest within(Scope newScope) {
        return new PlanRequest(goals, known, newScope, phase, hoursPerWeek, deadline, startDate, maxInProgress,
                remainingHours, choices);
    }

    /** Without goals: only the topics of this phase of the scope's roadmap. */
    public PlanRequest withPhase(int number) {
        return new PlanRequest(goals, known, scope, number, hoursPerWeek, deadline, startDate, maxInProgress,
                remainingHours, choices);
    }

    /** Hours of study a week, 1..80; without it (and without a deadline), the roadmap's {@code studyHoursPerWeek}. */
    public PlanRequest withHoursPerWeek(int hours) {
        return new PlanRequest(goals, known, scope, phase, hours, deadline, startDate, maxInProgress, remainingHours,
                choices);
    }

    /** Instead of hours per week: the date to be done by; the plan answers the hours a week that needs. */
    public PlanRequest withDeadline(String isoDate) {
        return new PlanRequest(goals, known, scope, phase, hoursPerWeek, Objects.requireNonNull(isoDate, "isoDate must not be null"),
                startDate, maxInProgress, remainingHours, choices);
    }

    /** The day week 1 starts (UTC); without it, today. */
    public PlanRequest withStartDate(String isoDate) {
        return new PlanRequest(goals, known, scope, phase, hoursPerWeek, deadline,
                Objects.requireNonNull(isoDate, "isoDate must not be null"), maxInProgress, remainingHours, choices);
    }

    /** How many topics may be in progress at once, 1..5 (default 2). */
    public PlanRequest withMaxInProgress(int topics) {
        return new PlanRequest(goals, known, scope, phase, hoursPerWeek, deadline, startDate, topics, remainingHours,
                choices);
    }

    /**
     * Instead of their estimates, the hours still to study of some topics (e.g. a LEARNING topic's estimate minus its
     * hours spent), each at least 1: the schedule, the totals, the lower bound and the critical path count these, and
     * the automatic picks among requirement groups' options and electives minimise them. A topic the plan does not
     * hold is ignored; hours above a topic's estimate count as its estimate.
     */
    public PlanRequest withRemainingHours(Map<String, Integer> hoursByTopic) {
        return new PlanRequest(goals, known, scope, phase, hoursPerWeek, deadline, startDate, maxInProgress,
                Objects.requireNonNull(hoursByTopic, "hoursByTopic must not be null"), choices);
    }

    /**
     * The learner's choices of requirement groups and tool alternatives (see
     * {@link RoadmapQueries#learningPath(Collection, Collection, Scope, List)}): the plan schedules the chosen path.
     */
    public PlanRequest withChoices(List<Choice> newChoices) {
        return new PlanRequest(goals, known, scope, phase, hoursPerWeek, deadline, startDate, maxInProgress,
                remainingHours, copy(newChoices, "newChoices"));
    }

    private static <T> List<T> copy(Collection<T> values, String name) {
        Objects.requireNonNull(values, name + " must not be null");
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException(name + " must not contain null");
        }
        return List.copyOf(values);
    }

    public List<Choice> choices() {
        return choices;
    }

    public List<String> goals() {
        return goals;
    }

    public List<String> known() {
        return known;
    }

    public Scope scope() {
        return scope;
    }

    public Optional<Integer> phase() {
        return Optional.ofNullable(phase);
    }

    public Optional<Integer> hoursPerWeek() {
        return Optional.ofNullable(hoursPerWeek);
    }

    public Optional<String> deadline() {
        return Optional.ofNullable(deadline);
    }

    public Optional<String> startDate() {
        return Optional.ofNullable(startDate);
    }

    public int maxInProgress() {
        return maxInProgress;
    }

    /** The hours still to study by topic id, given with {@link #withRemainingHours}; empty: every estimate counts. */
    public Map<String, Integer> remainingHours() {
        return remainingHours;
    }
}
