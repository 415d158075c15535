package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.algorithms.StudyScheduler;
import io.roadmapgraph.algorithms.StudyScheduler.Schedule;
import io.roadmapgraph.algorithms.StudyScheduler.Tasks;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes {@link StudyPlan}s: the learning path of {@link RoadmapQueries#learningPath} (known closure, subtopic rule,
 * scope) scheduled into weeks by {@link StudyScheduler}, with dates, months, projects and the route comparison.
 */
final class StudyPlans {

    /** The dates a plan takes: {@code yyyy-MM-dd}, without the sign and longer years ISO also allows. */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The last day a plan's dates (texts with a four-digit year) can name. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

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
        // the picks minimise the hours the plan counts: a topic's remaining hours where the request has them
        LearningPath path = queries.learningPath(goals, asked.electives(), request.known(), request.scope(),
                request.choices(), request.remainingHours());
        Tasks tasks = tasks(path, request.remainingHours());
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
        requireEndInRange(start, schedule);
        return new Assembly(path, tasks, schedule, start).plan(source, deadline, goalRoadmaps, request);
    }

    private static void requireHours(int hours) {
        if (hours < 1 || hours > StudyScheduler.MAX_HOURS_PER_WEEK) {
            throw QueryException.badInput("hoursPerWeek must be between 1 and " + StudyScheduler.MAX_HOURS_PER_WEEK
                    + ", was " + hours);
        }
    }

    /**
     * An ISO date with a four-digit year: {@link LocalDate#parse} also takes signed years of up to nine digits
     * ({@code +999999999-12-01}), from which a plan's weeks would run past the last day a {@link LocalDate} holds.
     */
    private static LocalDate date(String text, String what) {
        if (FOUR_DIGIT_YEAR.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // a day the month does not have: refused below like any other text
            }
        }
        throw QueryException.badInput(what + " '" + text + "' is not a date like 2027-02-01");
    }

    /** A plan's last week must end by {@link #LAST_DAY}: its dates are texts with a four-digit year too. */
    private static void requireEndInRange(LocalDate start, Schedule schedule) {
        LocalDate end = start.plusDays(7L * schedule.weeks().size() - 1);
        if (end.isAfter(LAST_DAY)) {
            throw QueryException.badInput("the plan's " + schedule.weeks().size() + " weeks from " + start
                    + " would end after " + LAST_DAY + "; start earlier or plan more hours a week");
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
     * and the earlier steps it requires, by index. One pass over the steps and their edges (no map of ids).
     */
    private static Tasks tasks(LearningPath path, Map<String, Integer> remaining) {
        List<LearningStep> steps = path.steps();
        int n = steps.size();
        Tasks.Builder tasks = Tasks.builder(n);
        for (LearningStep step : steps) {
            TopicNode topic = step.topic();
            Integer left = remaining.isEmpty() ? null : remaining.get(topic.id());
            tasks.add(topic.id(), left == null ? topic.estimatedHours() : Math.min(topic.estimatedHours(), left));
        }
        // a step's position is its index + 1 (LearningPath checks its positions are 1 to n in order)
        for (int i = 0; i < n; i++) {
            for (int p : steps.get(i).neededBySteps()) {
                tasks.require(p - 1, i);
            }
        }
        return tasks.build();
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
    private static int hoursForDeadline(Tasks tasks, int maxInProgress, LocalDate start, LocalDate deadline) {
        int weeks = (int) ((ChronoUnit.DAYS.between(start, deadline) + 1) / 7);
        if (tasks.size() == 0) {
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

    /**
     * The parts of a plan put together from a learning path and its schedule. The path's steps, the tasks and the
     * schedule's timings share one order (the path's), so a topic is found by its index in it; a week's dates are
     * made once, when first asked for.
     */
    private final class Assembly {
        private final List<LearningStep> steps;
        private final Tasks tasks;
        /**
         * Each planned topic's index in {@link #steps}, {@link #tasks} and the schedule's timings, made when first
         * asked for (by the projects, the route or the weeks: a plan whose query selects none of them needs no map).
         */
        private volatile Map<String, Integer> index;
        private final Schedule schedule;
        private final GroupPicks picks;
        private final LocalDate start;
        /** The first and last day of each week of the schedule, 1-based (index 0 unused). */
        private final LocalDate[] weekStarts;
        private final LocalDate[] weekEnds;

        Assembly(LearningPath path, Tasks tasks, Schedule schedule, LocalDate start) {
            this.steps = path.steps();
            this.tasks = tasks;
            this.picks = path.picks();
            this.schedule = schedule;
            this.start = start;
            int weeks = schedule.weeks().size();
            this.weekStarts = new LocalDate[weeks + 1];
            this.weekEnds = new LocalDate[weeks + 1];
        }

        LocalDate weekStart(int week) {
            return day(weekStarts, week, 7L * (week - 1));
        }

        LocalDate weekEnd(int week) {
            return day(weekEnds, week, 7L * week - 1);
        }

        /**
         * The day {@code days} after the start, kept in {@code kept[week]} when first asked for: a plan whose weeks
         * are not selected asks only for its topics' weeks. A benign race when weeks are made on another thread
         * (LocalDate is immutable: each thread finds the same day or makes its equal).
         */
        private LocalDate day(LocalDate[] kept, int week, long days) {
            if (week >= kept.length) {
                return start.plusDays(days);
            }
            LocalDate day = kept[week];
            if (day == null) {
                day = start.plusDays(days);
                kept[week] = day;
            }
            return day;
        }

        /** The month of the plan (1-based) that a day falls in, counted from the start date. */
        int planMonth(LocalDate day) {
            return (int) Period.between(start, day).toTotalMonths() + 1;
        }

        private Map<String, Integer> index() {
            Map<String, Integer> made = index;
            if (made == null) {
                synchronized (this) {
                    made = index;
                    if (made == null) {
                        made = new HashMap<>(steps.size() * 4 / 3 + 1);
                        for (int i = 0; i < steps.size(); i++) {
                            made.put(steps.get(i).topic().id(), i);
                        }
                        index = made;
                    }
                }
            }
            return made;
        }

        /** The week a planned topic's last hour is studied. */
        private int finish(String id) {
            return schedule.timings().get(index().get(id)).finish();
        }

        StudyPlan plan(HoursSource source, Optional<LocalDate> deadline, List<String> goalRoadmaps,
                       PlanRequest request) {
            Set<String> critical = Set.copyOf(schedule.criticalPath());
            Map<String, PlannedTopic> onCriticalPath = new HashMap<>();
            List<StudyScheduler.Timing> timings = schedule.timings();
            List<PlannedTopic> planned = new ArrayList<>(timings.size());
            for (int i = 0; i < timings.size(); i++) {
                StudyScheduler.Timing t = timings.get(i);
                PlannedTopic topic = new PlannedTopic(steps.get(i).topic(), t.hours(), t.start(), t.finish(),
                        weekStart(t.start()), weekEnd(t.finish()), t.slack(), critical.contains(t.topic()));
                planned.add(topic);
                if (topic.critical()) {
                    onCriticalPath.put(t.topic(), topic);
                }
            }
            java.util.function.Function<String, PlannedTopic> byId = id -> {
                Integer i = index().get(id);
                return i == null ? null : planned.get(i);
            };
            // the projects and the route as the weeks and months: made when a query selects them (or the weeks)
            List<PlannedProject> projects = LazyList.of(() -> projects(request));
            int weekCount = schedule.weeks().size();
            Calendar calendar = new Calendar(projects);
            List<Week> weeks = LazyList.sized(weekCount, calendar::weeks);
            Optional<String> routeRoadmap = goalRoadmaps.size() == 1 ? Optional.of(goalRoadmaps.get(0))
                    : Optional.empty();
            List<RouteDifference> route = LazyList.of(() -> routeRoadmap.map(r -> route(r, byId, projects))
                    .orElse(List.of()));
            return new StudyPlan(schedule.hoursPerWeek(), source, schedule.maxInProgress(), start, deadline,
                    weekCount == 0 ? Optional.empty() : Optional.of(weekEnd(weekCount)), weeks,
                    LazyList.of(calendar::months), schedule.totalHours(), schedule.lowerBoundWeeks(),
                    schedule.criticalPath().stream().map(onCriticalPath::get).toList(), schedule.criticalPathHours(),
                    planned,
                    projects, routeRoadmap, route, picks);
        }

        /**
         * The weeks and calendar months of a plan, made once when either is first read ({@link LazyList}): a query
         * that selects neither does not pay for them.
         */
        private final class Calendar {
            private final List<PlannedProject> projects;
            private List<Week> weeks;
            /** Each week's topics as indexes into {@link #steps}. */
            private int[][] slotTopics;

            Calendar(List<PlannedProject> projects) {
                this.projects = projects;
            }

            synchronized List<Week> weeks() {
                if (weeks != null) {
                    return weeks;
                }
                Map<Integer, List<PlannedProject>> projectsByWeek = projects.stream()
                        .collect(Collectors.groupingBy(PlannedProject::week));
                List<StudyScheduler.Week> scheduled = schedule.weeks();
                List<Week> made = new ArrayList<>(scheduled.size());
                slotTopics = new int[scheduled.size()][];
                for (int w = 0; w < scheduled.size(); w++) {
                    StudyScheduler.Week week = scheduled.get(w);
                    List<StudyScheduler.Slot> slots = week.slots();
                    int[] at = new int[slots.size()];
                    List<TopicHours> hours = new ArrayList<>(slots.size());
                    for (int k = 0; k < slots.size(); k++) {
                        at[k] = index().get(slots.get(k).topic());
                        hours.add(new TopicHours(steps.get(at[k]).topic(), slots.get(k).hours()));
                    }
                    slotTopics[w] = at;
                    made.add(new Week(week.number(), weekStart(week.number()), weekEnd(week.number()), hours,
                            projectsByWeek.getOrDefault(week.number(), List.of())));
                }
                weeks = made;
                return weeks;
            }

            /**
             * The calendar months of the weeks: a week belongs to the month its first day is in, so (the weeks being
             * in order) a month is a run of consecutive weeks. A month's topics in the order they first appear in it,
             * each with its hours summed.
             */
            synchronized List<Month> months() {
                List<Week> weeks = weeks();
                List<Month> months = new ArrayList<>();
                int[] hours = new int[steps.size()];
                int[] order = new int[steps.size()];
                int from = 0;
                while (from < weeks.size()) {
                    LocalDate first = weeks.get(from).start();
                    int to = from + 1;
                    while (to < weeks.size() && weeks.get(to).start().getMonthValue() == first.getMonthValue()
                            && weeks.get(to).start().getYear() == first.getYear()) {
                        to++;
                    }
                    int count = 0;
                    List<PlannedProject> built = new ArrayList<>();
                    for (int w = from; w < to; w++) {
                        List<TopicHours> slots = weeks.get(w).topics();
                        for (int k = 0; k < slots.size(); k++) {
                            int t = slotTopics[w][k];
                            if (hours[t] == 0) {
                                order[count++] = t;
                            }
                            hours[t] += slots.get(k).hours();
                        }
                        built.addAll(weeks.get(w).projects());
                    }
                    List<TopicHours> topics = new ArrayList<>(count);
                    for (int c = 0; c < count; c++) {
                        topics.add(new TopicHours(steps.get(order[c]).topic(), hours[order[c]]));
                        hours[order[c]] = 0;
                    }
                    months.add(new Month(YearMonth.from(first), weeks.get(from).number(), weeks.get(to - 1).number(),
                            topics, built));
                    from = to;
                }
                return months;
            }
        }

        /**
         * The projects exercising a planned topic, whose other topics are known, each in the week its last planned
         * topic finishes.
         */
        private List<PlannedProject> projects(PlanRequest request) {
            if (steps.isEmpty()) {
                return List.of();
            }
            List<GraphSnapshot.Exercising> candidates = queries.projectsExercising(
                    steps.stream().map(s -> s.topic().id()).toList()).stream()
                    .filter(e -> request.scope().roadmap().map(e.project().roadmaps()::contains).orElse(true))
                    .toList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            Set<String> unplanned = candidates.stream().flatMap(e -> e.topics().stream())
                    .filter(id -> !index().containsKey(id)).collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> unknown = unplanned.isEmpty() ? Set.of() : queries.notKnown(unplanned, request.known(),
                    request.scope());
            List<PlannedProject> placed = new ArrayList<>();
            candidates.forEach(e -> {
                if (e.topics().stream().noneMatch(unknown::contains)) {
                    int week = e.topics().stream().filter(index()::containsKey).mapToInt(this::finish)
                            .max().orElseThrow();
                    placed.add(new PlannedProject(e.project(), week, weekEnd(week), e.project().estimatedHours()));
                }
            });
            placed.sort(Comparator.comparingInt(PlannedProject::week).thenComparingInt(pp -> pp.project().number())
                    .thenComparing(pp -> pp.project().id()));
            return placed;
        }

        /** Each planned topic and placed project of the roadmap's route, with when the plan reaches it and why. */
        private List<RouteDifference> route(String roadmap, java.util.function.Function<String, PlannedTopic> planned,
                                            List<PlannedProject> projects) {
            List<RouteStageNode> stages = queries.routeOfRoadmaps(List.of(roadmap)).getOrDefault(roadmap, List.of());
            if (stages.isEmpty()) {
                return List.of();
            }
            Map<String, PlannedProject> placed = new HashMap<>();
            projects.forEach(p -> placed.put(p.project().id(), p));
            Map<String, List<String>> exercised = placed.isEmpty() ? Map.of()
                    : queries.topicsOfProjects(placed.keySet()).entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> ids(e.getValue())));
            List<RouteDifference> differences = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            Map<String, RouteStageNode> routeStages = new HashMap<>();
            stages.forEach(stage -> stage.steps().forEach(step -> step.topics().forEach(t ->
                    routeStages.putIfAbsent(t, stage))));
            for (RouteStageNode stage : stages) {
                for (RouteStepNode step : stage.steps()) {
                    for (String id : step.topics()) {
                        PlannedTopic topic = planned.apply(id);
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
                                                                        java.util.function.Function<String,
                                                                                PlannedTopic> planned) {
            Optional<PlannedTopic> last = java.util.Arrays.stream(tasks.requires(index().get(topic.topic().id())))
                    .mapToObj(i -> planned.apply(tasks.id(i))).max(Comparator.comparingInt(PlannedTopic::finishWeek));
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
                                                                          java.util.function.Function<String,
                                                                                  PlannedTopic> planned,
                                                                          Map<String, RouteStageNode> routeStages) {
            Optional<PlannedTopic> last = exercised.stream().map(planned).filter(java.util.Objects::nonNull)
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
