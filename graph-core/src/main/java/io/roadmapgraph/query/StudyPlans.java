package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.algorithms.StudyScheduler.Schedule;
import io.roadmapgraph.algorithms.StudyScheduler.Task;
import io.roadmapgraph.query.RoadmapParts.RouteStageNode;
import io.roadmapgraph.query.RoadmapParts.RouteStepNode;
import io.roadmapgraph.query.StudyPlan.HoursSource;
import io.roadmapgraph.query.StudyPlan.Month;
import io.roadmapgraph.query.StudyPlan.PlannedProject;
import io.roadmapgraph.query.StudyPlan.PlannedTopic;
import io.roadmapgraph.query.StudyPlan.RouteDifference;
import io.roadmapgraph.query.StudyPlan.Timing;
import io.roadmapgraph.query.StudyPlan.TopicHours;
import io.roadmapgraph.query.StudyPlan.Week;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes {@link StudyPlan}s: the learning path of {@link RoadmapQueries#learningPath} (known closure, subtopic rule,
 * scope) scheduled into weeks by {@link StudyScheduler}, with dates, months, projects and the route comparison.
 */
final class StudyPlans {

    private final RoadmapQueries limited;
    private final RoadmapQueries queries;
    private final Clock clock;

    /**
     * @param limited the queries as callers get them: they check the request's own lists against the limit on ids
     * @param queries the same without that limit, for the plan's own lookups (a whole roadmap's topics as goals, the
     *                topics of the projects in reach), which grow with the roadmap
     */
    StudyPlans(RoadmapQueries limited, RoadmapQueries queries, Clock clock) {
        this.limited = limited;
        this.queries = queries;
        this.clock = clock;
    }

    StudyPlan plan(PlanRequest request) {
        limited.ids(request.goals(), "goals");
        limited.ids(request.known(), "known");
        int maxInProgress = request.maxInProgress();
        if (maxInProgress < 1 || maxInProgress > PlanRequest.MAX_IN_PROGRESS) {
            throw QueryException.badInput("maxInProgress must be between 1 and " + PlanRequest.MAX_IN_PROGRESS
                    + ", was " + maxInProgress);
        }
        request.hoursPerWeek().ifPresent(StudyPlans::requireHours);
        request.remainingHours().forEach((topic, hours) -> {
            if (hours < 1) {
                throw QueryException.badInput("remaining hours of '" + topic + "' must be at least 1, was " + hours);
            }
        });
        if (request.hoursPerWeek().isPresent() && request.deadline().isPresent()) {
            throw QueryException.badInput("give hoursPerWeek or a deadline, not both: with a deadline the plan "
                    + "answers the hours per week it needs");
        }
        LocalDate start = request.startDate().map(d -> date(d, "startDate")).orElseGet(() -> LocalDate.now(clock));
        Optional<LocalDate> deadline = request.deadline().map(d -> date(d, "deadline"));
        if (deadline.isPresent() && deadline.get().isBefore(start)) {
            throw QueryException.badInput("deadline " + deadline.get() + " is before the start date " + start);
        }
        Goals asked = goals(request);
        List<String> goals = asked.topics();
        LearningPath path = queries.learningPath(goals, asked.electives(), request.known(), request.scope(),
                request.choices());
        List<Task> tasks = tasks(path, request.remainingHours());
        List<String> goalRoadmaps = goalRoadmaps(request, goals);

        int hoursPerWeek;
        HoursSource source;
        if (request.hoursPerWeek().isPresent()) {
            hoursPerWeek = request.hoursPerWeek().get();
            source = HoursSource.ASKED;
        } else if (deadline.isPresent()) {
            hoursPerWeek = hoursForDeadline(tasks, maxInProgress, start, deadline.get());
            source = HoursSource.DEADLINE;
        } else {
            hoursPerWeek = roadmapHours(goalRoadmaps);
            source = HoursSource.ROADMAP;
        }
        Schedule schedule = StudyScheduler.schedule(tasks, hoursPerWeek, maxInProgress);
        return new Assembly(path, tasks, schedule, start).plan(source, deadline, goalRoadmaps, request);
    }

    private static void requireHours(int hours) {
        if (hours < 1 || hours > StudyScheduler.MAX_HOURS_PER_WEEK) {
            throw QueryException.badInput("hoursPerWeek must be between 1 and " + StudyScheduler.MAX_HOURS_PER_WEEK
                    + ", was " + hours);
        }
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw QueryException.badInput(what + " '" + text + "' is not a date like 2027-02-01");
        }
    }

    /**
     * What a plan must learn: the topics it names, or the topics of a whole roadmap or phase but its phases'
     * electives, which are groups the path satisfies with n of them (each with its subtopics).
     */
    private record Goals(List<String> topics, List<ChoicePlanner.PathGroup> electives) {
    }

    /**
     * The goals asked, or every topic of the scope's roadmap (or of its phase) but the options of its phases'
     * electives and their subtopics, with those electives as groups to satisfy.
     */
    private Goals goals(PlanRequest request) {
        if (!request.goals().isEmpty()) {
            if (request.phase().isPresent()) {
                throw QueryException.badInput("give goals or a phase, not both");
            }
            return new Goals(request.goals(), List.of());
        }
        String roadmap = request.scope().roadmap().orElseThrow(() -> QueryException.badInput(
                "goals must name at least one topic, or give a roadmap (and a phase) to plan all its topics"));
        List<String> loaded = queries.roadmaps().stream().map(RoadmapNode::id).toList();
        if (!loaded.contains(roadmap)) {
            throw QueryException.unknownRoadmap(roadmap, loaded);
        }
        List<PhaseNode> phases = queries.phasesOfRoadmaps(List.of(roadmap)).get(roadmap);
        if (request.phase().isEmpty()) {
            return withElectives(roadmap, queries.topicsOfRoadmaps(List.of(roadmap)).get(roadmap),
                    phases.stream().map(PhaseNode::id).toList());
        }
        int number = request.phase().get();
        PhaseNode phase = phases.stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new QueryException(QueryException.Kind.NOT_FOUND, "roadmap '" + roadmap
                        + "' has no phase " + number + "; its phases are " + phases.stream()
                        .map(p -> String.valueOf(p.number())).collect(Collectors.joining(", "))));
        return withElectives(roadmap, queries.topicsOfPhases(List.of(phase.id())).get(phase.id()),
                List.of(phase.id()));
    }

    /**
     * {@code topics} as goals but the options of the electives of {@code phases} and every subtopic under them (at
     * any depth, among {@code topics}), which are each option's bundle: picking the elective learns them all.
     */
    private Goals withElectives(String roadmap, List<TopicNode> topics, List<String> phases) {
        List<GroupNode> groups = queries.groupsOfRoadmap(roadmap);
        Map<String, GroupNode> byId = new HashMap<>();
        Set<String> nested = new java.util.HashSet<>();
        groups.forEach(g -> {
            byId.put(g.id(), g);
            g.options().stream().filter(o -> o.kind() == GroupNode.OptionKind.GROUP).forEach(o -> nested.add(o.id()));
        });
        Map<String, String> parents = new HashMap<>();
        topics.forEach(t -> t.parent().ifPresent(p -> parents.put(t.id(), p)));
        List<ChoicePlanner.PathGroup> electives = new ArrayList<>();
        Set<String> bundled = new java.util.HashSet<>();
        for (GroupNode g : groups) {
            if (g.scope() != io.roadmapgraph.model.RequirementGroup.Scope.ELECTIVES || nested.contains(g.id())
                    || !phases.contains(g.owner())) {
                continue;
            }
            io.roadmapgraph.algorithms.Requirement.Group group = requirement(g, byId);
            Map<String, List<String>> bundles = new LinkedHashMap<>();
            group.withNested().flatMap(n -> n.options().stream())
                    .filter(o -> o instanceof io.roadmapgraph.algorithms.Requirement.OnTopic)
                    .forEach(o -> bundles.put(o.id(), java.util.stream.Stream.concat(java.util.stream.Stream.of(o.id()),
                            topics.stream().map(TopicNode::id).filter(t -> !t.equals(o.id())
                                    && under(t, o.id(), parents))).toList()));
            bundles.forEach((option, bundle) -> {
                bundled.add(option);
                bundled.addAll(bundle);
            });
            electives.add(new ChoicePlanner.PathGroup(g.owner(), group, bundles));
        }
        return new Goals(ids(topics).stream().filter(t -> !bundled.contains(t)).toList(), electives);
    }

    /** Whether {@code topic} is {@code option} or a subtopic of it at any depth. */
    private static boolean under(String topic, String option, Map<String, String> parents) {
        Set<String> seen = new java.util.HashSet<>();
        for (String t = topic; t != null && seen.add(t); t = parents.get(t)) {
            if (t.equals(option)) {
                return true;
            }
        }
        return false;
    }

    /** A stored group as the planner's group, its nested groups looked up by id. */
    private static io.roadmapgraph.algorithms.Requirement.Group requirement(GroupNode g, Map<String, GroupNode> byId) {
        List<io.roadmapgraph.algorithms.Requirement> options = g.options().stream()
                .<io.roadmapgraph.algorithms.Requirement>map(o -> o.kind() == GroupNode.OptionKind.GROUP
                        ? requirement(byId.get(o.id()), byId)
                        : new io.roadmapgraph.algorithms.Requirement.OnTopic(o.id()))
                .toList();
        return new io.roadmapgraph.algorithms.Requirement.Group(g.id(), g.n(), options);
    }

    private static List<String> ids(List<TopicNode> topics) {
        return topics.stream().map(TopicNode::id).toList();
    }

    /**
     * The tasks of a learning path: each step with its hours (its remaining hours when given, at most its estimate)
     * and the earlier steps it requires.
     */
    private static List<Task> tasks(LearningPath path, Map<String, Integer> remaining) {
        Map<Integer, String> byPosition = new HashMap<>();
        path.steps().forEach(s -> byPosition.put(s.position(), s.topic().id()));
        Map<String, List<String>> requires = new HashMap<>();
        path.steps().forEach(s -> s.neededBySteps().forEach(p -> requires.computeIfAbsent(byPosition.get(p),
                k -> new ArrayList<>()).add(s.topic().id())));
        return path.steps().stream().map(s -> new Task(s.topic().id(), Math.min(s.topic().estimatedHours(),
                remaining.getOrDefault(s.topic().id(), Integer.MAX_VALUE)), requires.getOrDefault(s.topic().id(),
                List.of()))).toList();
    }

    /** The scope's roadmap, or else the roadmaps that include every goal, by id. */
    private List<String> goalRoadmaps(PlanRequest request, List<String> goals) {
        if (request.scope().roadmap().isPresent()) {
            return List.of(request.scope().roadmap().get());
        }
        Set<String> shared = null;
        for (TopicNode goal : queries.topicsByIds(goals).values()) {
            if (shared == null) {
                shared = new java.util.TreeSet<>(goal.roadmaps());
            } else {
                shared.retainAll(goal.roadmaps());
            }
        }
        return shared == null ? List.of() : List.copyOf(shared);
    }

    private int roadmapHours(List<String> roadmaps) {
        return queries.studyHoursPerWeek(roadmaps).orElseThrow(() -> QueryException.badInput("give hoursPerWeek (1.."
                + StudyScheduler.MAX_HOURS_PER_WEEK + ") or a deadline: " + (roadmaps.isEmpty()
                ? "the goals share no roadmap"
                : roadmaps.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", "))
                + (roadmaps.size() == 1 ? " states" : " state") + " no studyHoursPerWeek")));
    }

    /** The fewest hours a week that finish by the deadline; BAD_USER_INPUT naming the chain when none does. */
    private static int hoursForDeadline(List<Task> tasks, int maxInProgress, LocalDate start, LocalDate deadline) {
        int weeks = (int) ((ChronoUnit.DAYS.between(start, deadline) + 1) / 7);
        if (tasks.isEmpty()) {
            return 1;
        }
        OptionalInt hours = StudyScheduler.hoursPerWeekFor(tasks, maxInProgress, weeks);
        if (hours.isPresent()) {
            return hours.getAsInt();
        }
        int most = StudyScheduler.MAX_HOURS_PER_WEEK;
        String fit = "only " + weeks + " whole week" + (weeks == 1 ? "" : "s") + " fit between " + start + " and "
                + deadline;
        StudyScheduler.Chain chain = StudyScheduler.longestChain(tasks, most, maxInProgress);
        Schedule best = StudyScheduler.schedule(tasks, most, maxInProgress);
        String why;
        if (chain.weeks() > weeks) {
            why = "the chain " + String.join(" → ", chain.topics()) + " takes at least " + chain.weeks()
                    + " weeks (a topic starts after its prerequisites are finished and gets at most " + most + "/"
                    + maxInProgress + " hours a week)";
        } else if (best.lowerBoundWeeks() > weeks) {
            why = "the " + best.totalHours() + " hours to learn take at least " + best.lowerBoundWeeks() + " weeks";
        } else {
            why = "the best plan found takes " + best.finishWeek() + " weeks";
        }
        throw QueryException.badInput("no budget up to " + most + " hours a week finishes by " + deadline + ": "
                + why + ", and " + fit);
    }

    /** The parts of a plan put together from a learning path and its schedule. */
    private final class Assembly {
        private final Map<String, TopicNode> topics = new LinkedHashMap<>();
        private final Schedule schedule;
        private final GroupPicks picks;
        private final LocalDate start;
        private final Map<String, StudyScheduler.Timing> timings = new HashMap<>();

        /** The planned topics each planned topic directly requires. */
        private final Map<String, List<String>> requires = new HashMap<>();

        Assembly(LearningPath path, List<Task> tasks, Schedule schedule, LocalDate start) {
            path.steps().forEach(s -> topics.put(s.topic().id(), s.topic()));
            this.picks = path.picks();
            tasks.forEach(t -> requires.put(t.id(), t.requires()));
            this.schedule = schedule;
            this.start = start;
            schedule.timings().forEach(t -> timings.put(t.topic(), t));
        }

        LocalDate weekStart(int week) {
            return start.plusDays(7L * (week - 1));
        }

        LocalDate weekEnd(int week) {
            return start.plusDays(7L * week - 1);
        }

        /** The month of the plan (1-based) that a day falls in, counted from the start date. */
        int planMonth(LocalDate day) {
            return (int) Period.between(start, day).toTotalMonths() + 1;
        }

        StudyPlan plan(HoursSource source, Optional<LocalDate> deadline, List<String> goalRoadmaps,
                       PlanRequest request) {
            Set<String> critical = Set.copyOf(schedule.criticalPath());
            List<PlannedTopic> planned = schedule.timings().stream().map(t -> new PlannedTopic(topics.get(t.topic()),
                    t.hours(), t.start(), t.finish(), weekStart(t.start()), weekEnd(t.finish()), t.slack(),
                    critical.contains(t.topic()))).toList();
            Map<String, PlannedTopic> byId = new HashMap<>();
            planned.forEach(p -> byId.put(p.topic().id(), p));
            List<PlannedProject> projects = projects(request);
            Map<Integer, List<PlannedProject>> projectsByWeek = projects.stream()
                    .collect(Collectors.groupingBy(PlannedProject::week));
            List<Week> weeks = schedule.weeks().stream().map(w -> new Week(w.number(), weekStart(w.number()),
                    weekEnd(w.number()), w.slots().stream().map(s -> new TopicHours(topics.get(s.topic()), s.hours()))
                    .toList(), projectsByWeek.getOrDefault(w.number(), List.of()))).toList();
            Optional<String> routeRoadmap = goalRoadmaps.size() == 1 ? Optional.of(goalRoadmaps.get(0))
                    : Optional.empty();
            List<RouteDifference> route = routeRoadmap.map(r -> route(r, byId, projects)).orElse(List.of());
            return new StudyPlan(schedule.hoursPerWeek(), source, schedule.maxInProgress(), start, deadline,
                    weeks.isEmpty() ? Optional.empty() : Optional.of(weekEnd(weeks.size())), weeks, months(weeks),
                    schedule.totalHours(), schedule.lowerBoundWeeks(),
                    schedule.criticalPath().stream().map(byId::get).toList(), schedule.criticalPathHours(), planned,
                    projects, routeRoadmap, route, picks);
        }

        private List<Month> months(List<Week> weeks) {
            Map<YearMonth, List<Week>> byMonth = new TreeMap<>();
            weeks.forEach(w -> byMonth.computeIfAbsent(YearMonth.from(w.start()), k -> new ArrayList<>()).add(w));
            List<Month> months = new ArrayList<>();
            byMonth.forEach((month, in) -> {
                Map<String, Integer> hours = new LinkedHashMap<>();
                in.forEach(w -> w.topics().forEach(t -> hours.merge(t.topic().id(), t.hours(), Integer::sum)));
                months.add(new Month(month, in.get(0).number(), in.get(in.size() - 1).number(),
                        hours.entrySet().stream().map(e -> new TopicHours(topics.get(e.getKey()), e.getValue()))
                                .toList(),
                        in.stream().flatMap(w -> w.projects().stream()).toList()));
            });
            return months;
        }

        /**
         * The projects exercising a planned topic, whose other topics are known, each in the week its last planned
         * topic finishes.
         */
        private List<PlannedProject> projects(PlanRequest request) {
            if (topics.isEmpty()) {
                return List.of();
            }
            Map<String, ProjectNode> candidates = new LinkedHashMap<>();
            queries.projectsOfTopics(topics.keySet()).values().forEach(list -> list.forEach(p -> candidates
                    .putIfAbsent(p.id(), p)));
            request.scope().roadmap().ifPresent(r -> candidates.values().removeIf(p -> !p.roadmaps().contains(r)));
            if (candidates.isEmpty()) {
                return List.of();
            }
            Map<String, List<TopicNode>> exercised = queries.topicsOfProjects(candidates.keySet());
            Set<String> unplanned = exercised.values().stream().flatMap(List::stream).map(TopicNode::id)
                    .filter(id -> !topics.containsKey(id)).collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> unknown = unplanned.isEmpty() ? Set.of() : queries.notKnown(unplanned, request.known(),
                    request.scope());
            Map<String, Integer> hours = projectHours(candidates.keySet());
            List<PlannedProject> placed = new ArrayList<>();
            candidates.values().forEach(p -> {
                List<String> ids = ids(exercised.get(p.id()));
                if (ids.stream().noneMatch(unknown::contains)) {
                    int week = ids.stream().filter(topics::containsKey).mapToInt(id -> timings.get(id).finish())
                            .max().orElseThrow();
                    placed.add(new PlannedProject(p, week, weekEnd(week), Optional.ofNullable(hours.get(p.id()))));
                }
            });
            placed.sort(Comparator.comparingInt(PlannedProject::week).thenComparingInt(pp -> pp.project().number())
                    .thenComparing(pp -> pp.project().id()));
            return placed;
        }

        private Map<String, Integer> projectHours(Collection<String> ids) {
            Map<String, Integer> found = new HashMap<>();
            queries.projectsByIds(ids).forEach((id, project) ->
                    project.estimatedHours().ifPresent(hours -> found.put(id, hours)));
            return found;
        }

        /** Each planned topic and placed project of the roadmap's route, with when the plan reaches it and why. */
        private List<RouteDifference> route(String roadmap, Map<String, PlannedTopic> planned,
                                            List<PlannedProject> projects) {
            Map<String, PlannedProject> placed = new HashMap<>();
            projects.forEach(p -> placed.put(p.project().id(), p));
            Map<String, List<String>> exercised = placed.isEmpty() ? Map.of()
                    : queries.topicsOfProjects(placed.keySet()).entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> ids(e.getValue())));
            List<RouteDifference> differences = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            List<RouteStageNode> stages = queries.routeOfRoadmaps(List.of(roadmap)).get(roadmap);
            Map<String, RouteStageNode> routeStages = new HashMap<>();
            stages.forEach(stage -> stage.steps().forEach(step -> step.topics().forEach(t ->
                    routeStages.putIfAbsent(t, stage))));
            for (RouteStageNode stage : stages) {
                for (RouteStepNode step : stage.steps()) {
                    for (String id : step.topics()) {
                        PlannedTopic topic = planned.get(id);
                        if (topic != null && seen.add("topic " + id)) {
                            differences.add(difference("topic", id, stage, planMonth(topic.finishDate()),
                                    topicReason(topic, planned)));
                        }
                    }
                    for (String id : step.projects()) {
                        PlannedProject project = placed.get(id);
                        if (project != null && seen.add("project " + id)) {
                            differences.add(difference("project", id, stage, planMonth(project.date()),
                                    projectReason(project, stage, exercised.get(id), planned, routeStages)));
                        }
                    }
                }
            }
            return differences;
        }

        private RouteDifference difference(String kind, String id, RouteStageNode stage, int month,
                                           java.util.function.Function<Timing, String> reason) {
            int from = Math.max(1, stage.months().min());
            int to = Math.max(from, stage.months().max());
            Timing timing = month < from ? Timing.EARLIER : month > to ? Timing.LATER : Timing.WITHIN;
            return new RouteDifference(kind, id, from, to, month, timing, reason.apply(timing));
        }

        private java.util.function.Function<Timing, String> topicReason(PlannedTopic topic,
                                                                        Map<String, PlannedTopic> planned) {
            Optional<PlannedTopic> last = requires.get(topic.topic().id()).stream().map(planned::get)
                    .max(Comparator.comparingInt(PlannedTopic::finishWeek));
            int ready = last.map(p -> p.finishWeek() + 1).orElse(1);
            return timing -> switch (timing) {
                case LATER -> topic.startWeek() > ready
                        ? "it waits from week " + ready + " to week " + topic.startWeek() + " for one of the "
                                + schedule.maxInProgress() + " places in progress (topics on longer chains go first)"
                        : last.map(p -> "it waits for " + p.topic().id() + ", done in month "
                                + planMonth(p.finishDate()))
                        .orElse("its " + topic.hours() + " hours at up to " + schedule.hoursPerWeek() + "/"
                                + schedule.maxInProgress() + " hours a week take until month "
                                + planMonth(topic.finishDate()));
                case EARLIER -> last.map(p -> "what it needs is done by month " + planMonth(p.finishDate()))
                        .orElse("nothing it needs is left to learn");
                case WITHIN -> "as the route says";
            };
        }

        private java.util.function.Function<Timing, String> projectReason(PlannedProject project,
                                                                          RouteStageNode stage,
                                                                          List<String> exercised,
                                                                          Map<String, PlannedTopic> planned,
                                                                          Map<String, RouteStageNode> routeStages) {
            Optional<PlannedTopic> last = exercised.stream().map(planned::get).filter(java.util.Objects::nonNull)
                    .max(Comparator.comparingInt(PlannedTopic::finishWeek));
            return timing -> switch (timing) {
                case LATER -> last.map(p -> "it exercises " + p.topic().id() + ", done in month "
                        + planMonth(p.finishDate()) + Optional.ofNullable(routeStages.get(p.topic().id()))
                        .filter(s -> s.months().min() > stage.months().min())
                        .map(s -> " (the route itself teaches it only in months " + s.months().min() + "-"
                                + s.months().max() + ")").orElse("")).orElseThrow();
                case EARLIER -> "everything it exercises is done by month " + planMonth(project.date());
                case WITHIN -> "as the route says";
            };
        }
    }
}
