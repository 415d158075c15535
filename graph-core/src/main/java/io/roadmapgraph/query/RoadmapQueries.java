package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.GroupedGraph;
import io.roadmapgraph.algorithms.LearningPathPlanner;
import io.roadmapgraph.algorithms.NextTopics;
import io.roadmapgraph.algorithms.PrerequisiteCycleException;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.Subtopics;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.query.RoadmapParts.CriterionNode;
import io.roadmapgraph.query.RoadmapParts.LayerNode;
import io.roadmapgraph.query.RoadmapParts.PrincipleNode;
import io.roadmapgraph.query.RoadmapParts.ResourceNode;
import io.roadmapgraph.query.RoadmapParts.RouteStageNode;
import io.roadmapgraph.query.RoadmapParts.TipNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The questions one can ask of the roadmap graph, as typed Java calls: lookups, prerequisites and dependents, learning
 * paths, next topics, project coverage and full-text search, plus batch lookups (one query per call, keyed by owner id)
 * for nested fields. Every call is one read transaction with the configured timeout. Thread-safe; the {@link Driver}
 * stays the caller's to close.
 *
 * <p>With {@link QueryOptions#snapshot()} (the default), the traversals (prerequisites, dependents, learning paths,
 * next topics, project coverage) answer from an in-memory snapshot of every topic, requires-edge and project: each call
 * reads the graph's revision (the roadmaps' ids and the revision stamps the loader renews with every change) in one
 * small read transaction, and reads the snapshot again, once, when the revision has changed. The answers are those of
 * the database as of that revision; a change made to the graph by hand, without renewing a roadmap's revision, is not
 * seen until the next load (see docs/graph-model.md). Concurrent calls share revision reads, and with
 * {@link QueryOptions#snapshotMaxAge()} a read serves later calls for that long. Given a {@link GraphChanges} feed
 * (an embedded Neo4j's commits), no call reads the revision: any committed write, a hand edit too, makes the snapshot
 * stale. With a snapshot max age above zero, a stale snapshot keeps answering while its successor is read in the
 * background (then swapped in whole): no call waits for a rebuild, and every answer is of one revision. The batch lookups of the facts the
 * snapshot holds (topics, phases and projects by id, requires-edges both ways with their reasons, a project's topics
 * and a topic's projects, a roadmap's route and its {@code studyHoursPerWeek}) answer from it too, so the nested fields of an answer read the same graph as the answer;
 * the other batch lookups always read the database. Search asks the full-text index for the snapshot's revisions and
 * folds with the texts the snapshot holds (made with it, so no search waits for them). Without the snapshot, each call
 * reads the part of the graph it needs.
 *
 * <p>Failures are {@link QueryException}s: {@code NOT_FOUND} names the unknown ids, {@code BAD_USER_INPUT} the bad
 * argument, {@code UNAVAILABLE} and {@code TIMEOUT} say what happened without the driver's message.
 */
public final class RoadmapQueries {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoadmapQueries.class);

    /** Said of an unknown id while the held snapshot's successor is read: the id may be one of that change. */
    static final String CHANGE_BEING_READ = "the answers come from the graph as it was before a change seen a moment"
            + " ago until its new snapshot is read (a moment): ask again";
    /** How long the planning of the unknown-ids lookup waits for the first snapshot before it plans anyway. */
    private static final Duration NOT_FOUND_PATIENCE = Duration.ofMinutes(2);
    /** How long after the first snapshot was handed to a call the planning of the unknown-ids lookup starts. */
    private static final Duration NOT_FOUND_AFTER_FIRST_USE = Duration.ofMillis(500);

    /** The largest {@code first} that {@link #search} accepts. */
    public static final int MAX_SEARCH_RESULTS = 100;
    /** The longest search text accepted, in characters. */
    public static final int MAX_SEARCH_TEXT = 200;

    private final Reads reads;
    private final QueryOptions options;
    private final Optional<Snapshots> snapshots;
    /** Whether the lookup of unknown ids has been planned, or is being planned (once per instance). */
    private final AtomicBoolean notFoundPrepared = new AtomicBoolean();
    private final LearnerProjects learnerProjects = new LearnerProjects(this);
    /**
     * Each scope's graph with its requirement groups, by the scope's roadmap: made once per snapshot ({@link
     * GroupedGraph#of} checks every group against the graph, and the planner reads the groups by topic number).
     */
    private final PerSnapshot<Optional<String>, GroupedGraph> groupedGraphs = new PerSnapshot<>(64);
    private final StudyPlans plans;
    /** These queries without the limit on ids (this instance when it has none): see {@link #withoutIdLimit()}. */
    private final RoadmapQueries unlimited;

    public RoadmapQueries(Driver driver) {
        this(driver, QueryOptions.DEFAULTS);
    }

    public RoadmapQueries(Driver driver, QueryOptions options) {
        this(driver, options, Optional.empty());
    }

    /**
     * Queries whose snapshot follows {@code changes} (an embedded Neo4j's commits: every write is seen, hand edits
     * too, and no call reads the revision) instead of the roadmaps' revision stamps.
     */
    public RoadmapQueries(Driver driver, QueryOptions options, GraphChanges changes) {
        this(driver, options, Optional.of(Objects.requireNonNull(changes, "changes must not be null")));
    }

    private RoadmapQueries(Driver driver, QueryOptions options, Optional<GraphChanges> changes) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.reads = new Reads(Objects.requireNonNull(driver, "driver must not be null"), options);
        this.snapshots = options.snapshot() ? Optional.of(new Snapshots(reads, options.snapshotMaxAge(), changes))
                : Optional.empty();
        this.unlimited = new RoadmapQueries(this);
        this.plans = new StudyPlans(this, unlimited, java.time.Clock.systemUTC());
    }

    /**
     * The same queries over the same snapshot without the limit on ids: for a plan's own lookups (a whole roadmap's
     * topics as goals, the topics of every project in reach), whose lists are not the caller's arguments.
     */
    private RoadmapQueries(RoadmapQueries limited) {
        QueryOptions o = limited.options;
        this.options = new QueryOptions(o.database(), o.readTimeout(), Integer.MAX_VALUE, o.snapshot(),
                o.snapshotMaxAge());
        this.reads = limited.reads;
        this.snapshots = limited.snapshots;
        this.unlimited = this;
        this.plans = new StudyPlans(this, this, java.time.Clock.systemUTC()); // not asked: callers plan with the limited queries
    }

    /**
     * The same queries over the same snapshot without the limit on ids, for lists that are not a caller's arguments:
     * a plan's own lookups, a learner's own records ({@link LearnerProgress} checks the caller's lists first).
     */
    RoadmapQueries withoutIdLimit() {
        return unlimited;
    }

    public QueryOptions options() {
        return options;
    }

    /**
     * How many times the held snapshot was read from the graph (its first read, and again after each load changed
     * the graph); 0 with {@code withSnapshot(false)}. For metrics, with {@link #snapshotReadTime()}.
     */
    public long snapshotReads() {
        return snapshots.map(Snapshots::readCount).orElse(0L);
    }

    /**
     * Starts reading the in-memory snapshot in the background, unless one is held or being read, and returns at once;
     * nothing with {@code withSnapshot(false)}. A server calls it when it starts (as soon as its roadmaps are loaded,
     * before it listens, and again when it listens; the second call finds the first read under way): its first
     * traversal then waits at most for the rest of that read (a call that comes during it waits for it, never starts
     * a second read), and after a load the snapshot it holds answers until the new one is ready.
     */
    public void prepareSnapshot() {
        snapshots.ifPresent(s -> {
            s.prepare();
            if (notFoundPrepared.compareAndSet(false, true)) {
                prepareNotFound(s);
            }
        });
    }

    /**
     * Has Neo4j plan the two statements an answer from the snapshot still reads, the kinds of unknown ids (for a
     * NOT_FOUND that says what an id is) and search's query of the full-text index, in the background: a fresh
     * server's first such answer (typically one that asks for a topic a load added while the snapshot of the graph
     * before it still answers, or a search) then does not wait for Cypher's planning. At a server's start it is the
     * JVM's first Cypher statement, planned cold (seconds of CPU on a small machine), and the first answers need the
     * snapshot and the CPU sooner than this: so it waits
     * until the first snapshot has been handed to a call and {@link #NOT_FOUND_AFTER_FIRST_USE} more (that call's
     * answer is on its way then), or until {@link #NOT_FOUND_PATIENCE} has passed without such a call.
     */
    private void prepareNotFound(Snapshots s) {
        Thread thread = new Thread(() -> {
            try {
                long giveUp = System.nanoTime() + NOT_FOUND_PATIENCE.toNanos();
                while (!s.handedOut() && System.nanoTime() < giveUp) {
                    Thread.sleep(50);
                }
                if (s.handedOut()) {
                    Thread.sleep(NOT_FOUND_AFTER_FIRST_USE.toMillis());
                }
                reads.read(tx -> tx.run(Cypher.KINDS_OF_IDS, Map.of("ids", List.of("?"), "revs", List.of()))
                        .consume());
                reads.read(tx -> indexed(tx, Lucene.query("prepared"), List.of(), 1, Optional.empty()));
            } catch (RuntimeException e) {
                LOG.debug("planning the lookup of unknown ids or search's index query failed: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "roadmap-prepare-not-found");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the in-memory snapshot has been read (always false with {@code withSnapshot(false)}). */
    public boolean snapshotReady() {
        return snapshots.map(Snapshots::ready).orElse(false);
    }

    /** The time the {@link #snapshotReads()} took, in all. */
    public Duration snapshotReadTime() {
        return snapshots.map(Snapshots::readTime).orElse(Duration.ZERO);
    }

    /**
     * A cycle that the loaded roadmaps' requires make together though none has one alone ({@link CrossRoadmapCycle}):
     * the default view cannot order its topics. Empty with one roadmap loaded, or when they agree. From the snapshot
     * (or, snapshots off, one read of the graph).
     */
    public Optional<CrossRoadmapCycle> cycleAcrossRoadmaps() {
        return CrossRoadmapCycle.in(snapshot());
    }

    // ---- lookups ------------------------------------------------------------------------------------------------

    /** Every roadmap in the graph, by id. */
    public List<RoadmapNode> roadmaps() {
        return reads.read(tx -> tx.run(Cypher.ROADMAPS).list(r -> Rows.roadmap(r.get("node"))));
    }

    /** @throws QueryException NOT_FOUND when there is no roadmap with that id */
    public RoadmapNode roadmap(String id) {
        return single("roadmap", id, roadmapsByIds(List.of(requireId(id, "roadmap"))));
    }

    /** @throws QueryException NOT_FOUND when there is no topic with that id */
    public TopicNode topic(String id) {
        String current = currentTopicId(id);
        Map<String, TopicNode> found = topicsByIds(List.of(current));
        requireTopics(List.of(current), found.keySet());
        return found.get(current);
    }

    /** @throws QueryException NOT_FOUND when there is no tool with that id */
    public ToolNode tool(String id) {
        return single("tool", id, toolsByIds(List.of(requireId(id, "tool"))));
    }

    /** @throws QueryException NOT_FOUND when there is no project with that id */
    public ProjectNode project(String id) {
        return single("project", id, projectsByIds(List.of(requireId(id, "project"))));
    }

    // ---- prerequisites, dependents ------------------------------------------------------------------------------

    /**
     * What {@code topic} requires: only the direct requirements (depth 1) unless {@code transitive}, else every topic
     * reachable along requires-edges, each once, depth = shortest distance. Sorted by depth, then phase and order.
     */
    public List<Requirement> prerequisites(String topic, boolean transitive) {
        return prerequisites(topic, transitive, Scope.ALL);
    }

    /** {@link #prerequisites(String, boolean)} among the topics of {@code scope} only. */
    public List<Requirement> prerequisites(String topic, boolean transitive, Scope scope) {
        return reached(topic, transitive, PrerequisiteGraph.Direction.PREREQUISITES, scope);
    }

    /** What {@code topic} unlocks: the topics that require it (directly, or through others when transitive). */
    public List<Requirement> dependents(String topic, boolean transitive) {
        return dependents(topic, transitive, Scope.ALL);
    }

    /** {@link #dependents(String, boolean)} among the topics of {@code scope} only. */
    public List<Requirement> dependents(String topic, boolean transitive, Scope scope) {
        return reached(topic, transitive, PrerequisiteGraph.Direction.DEPENDENTS, scope);
    }

    private List<Requirement> reached(String topic, boolean transitive, PrerequisiteGraph.Direction direction,
                                      Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        String id = currentTopicId(topic);
        Subgraph sub = scoped(snapshot(), scope, List.of(id));
        if (transitive) {
            return Closure.from(sub.graph(), id, direction, sub.byNumber(), Requirement::new);
        }
        return Closure.from(sub.graph(), id, direction, false).stream()
                .map(r -> new Requirement(sub.topics().get(r.topic()), r.depth()))
                .toList();
    }

    // ---- planning -----------------------------------------------------------------------------------------------

    /**
     * The learning path to {@code goals} for someone who knows {@code known} (and so all their prerequisites and the
     * non-elective subtopics of a known parent); a goal that is a parent brings its non-elective subtopics: see
     * {@link LearningPathPlanner}.
     *
     * @throws QueryException BAD_USER_INPUT for no goals or too many ids, NOT_FOUND naming unknown ids
     */
    public LearningPath learningPath(Collection<String> goals, Collection<String> known) {
        return learningPath(goals, known, Scope.ALL);
    }

    /** {@link #learningPath(Collection, Collection)} among the topics of {@code scope} only. */
    public LearningPath learningPath(Collection<String> goals, Collection<String> known, Scope scope) {
        return learningPath(goals, known, scope, List.of());
    }

    /**
     * {@link #learningPath(Collection, Collection, Scope)} with the learner's {@code choices}: a chosen requirement
     * group takes the picked options whatever else is cheaper (the rest of its n, if any, still cheapest); a chosen
     * tool alternative adds no step, and its rejected tools are shown as the picked ones ({@link GroupPicks#tools}).
     * The path's {@link LearningPath#picks()} say, per group, what was picked, why, and what each rejected option
     * would have cost extra.
     *
     * @throws QueryException BAD_USER_INPUT also for a choice of an unknown group (or one outside the scope), of a
     *                        phase's electives (they are chosen in a {@link #plan} of the whole roadmap or phase), of
     *                        an option not in its group, of more options than the group takes, of a group chosen
     *                        twice, or picks that make a cycle; each names the group and the value
     */
    public LearningPath learningPath(Collection<String> goals, Collection<String> known, Scope scope,
                                     List<Choice> choices) {
        return learningPath(goals, List.of(), known, scope, choices, Map.of());
    }

    /**
     * The path to {@code goals} that also satisfies {@code electives}, the groups of the path itself (the electives
     * of the phases a whole-roadmap or whole-phase plan covers): n options of each, with the subtopics each brings,
     * are learned as goals, the cheapest unless {@code choices} picks them. Goals may be empty when there are such
     * groups. "Cheapest" counts {@code hoursLeft} (a learner's LEARNING topics' hours left, a plan's remaining hours;
     * at most a topic's estimate) instead of those topics' estimates, in the picks and their rejected options' extra
     * hours; the path's {@code totalHours} still sums its steps' estimates.
     */
    LearningPath learningPath(Collection<String> goals, List<ChoicePlanner.PathGroup> electives,
                              Collection<String> known, Scope scope, List<Choice> choices,
                              Map<String, Integer> hoursLeft) {
        requireNoNulls(goals, "goals");
        requireNoNulls(known, "known");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(choices, "choices must not be null");
        List<String> goalIds = ids(goals, "goals");
        if (goalIds.isEmpty() && electives.isEmpty()) {
            throw QueryException.badInput("goals must name at least one topic");
        }
        List<String> knownIds = ids(known, "known");
        Set<String> all = new LinkedHashSet<>(goalIds);
        all.addAll(knownIds);
        GraphSnapshot snapshot = snapshot();
        Subgraph sub = scoped(snapshot, scope, all);
        Map<String, List<io.roadmapgraph.algorithms.Requirement.Group>> groups = snapshot.groups(scope.roadmap());
        Set<String> electiveIds = new LinkedHashSet<>();
        electives.forEach(e -> e.group().withNested().forEach(g -> electiveIds.add(g.id())));
        List<GroupNode> chosen = chosenGroups(choices, scope, electiveIds);
        Map<String, List<String>> forced = new LinkedHashMap<>();
        choices.forEach(c -> chosen.stream().filter(g -> g.id().equals(c.group())
                && g.scope() != io.roadmapgraph.model.RequirementGroup.Scope.TOOLS)
                .forEach(g -> forced.put(g.id(), c.pick())));
        LearningPathPlanner.Plan plan;
        GroupPicks picks;
        if (groups.isEmpty() && forced.isEmpty() && electives.isEmpty()) {
            // a roadmap without requirement groups is planned as before
            plan = acrossRoadmaps(scope, sub, () -> LearningPathPlanner.plan(sub.graph(), goalIds, knownIds));
            picks = GroupPicks.NONE;
        } else {
            ChoicePlanner.Result result = acrossRoadmaps(scope, sub, () -> choicePlan(grouped(snapshot, scope, sub),
                    goalIds, electives, knownIds, forced, hoursLeft));
            plan = result.plan();
            picks = new GroupPicks(result.picks(), result.exact(), Map.of());
        }
        List<LearningStep> steps = plan.steps().stream()
                .map(s -> new LearningStep(s.position(), sub.topics().get(s.topic()), s.goal(), s.neededByGoals(),
                        s.neededBySteps()))
                .toList();
        return new LearningPath(steps, plan.totalHours(), withTools(picks, choices, chosen));
    }

    /** The scope's graph {@code sub} with the scope's requirement groups: made once per snapshot and scope. */
    private GroupedGraph grouped(GraphSnapshot snapshot, Scope scope, Subgraph sub) {
        return groupedGraphs.get(snapshot, scope.roadmap(), roadmap -> GroupedGraph.of(sub.graph(),
                snapshot.groups(roadmap)));
    }

    private static ChoicePlanner.Result choicePlan(GroupedGraph graph, List<String> goals,
                                                   List<ChoicePlanner.PathGroup> electives, List<String> known,
                                                   Map<String, List<String>> forced,
                                                   Map<String, Integer> hoursLeft) {
        try {
            // the hours left are this request's, on top of the graph's hours memoised with the snapshot
            return ChoicePlanner.plan(graph, goals, electives, known, forced, hoursLeft);
        } catch (IllegalArgumentException e) {
            if (e instanceof PrerequisiteCycleException) {
                // the joined requires make the cycle, or a group's options all close one (acrossRoadmaps)
                throw e;
            }
            // what is left is a choice the graph's groups refuse: an option whose pick makes a cycle
            throw QueryException.badInput("choices " + forced + " cannot be planned: " + e.getMessage());
        }
    }

    /**
     * {@code answer}, or, when the default view's joined requires make a cycle that no single roadmap has,
     * {@code BAD_USER_INPUT} naming the cycle's topics and their roadmaps (a scoped answer has no such cycle: a
     * roadmap file with one is refused when it is read).
     */
    static <T> T acrossRoadmaps(Scope scope, Subgraph sub, java.util.function.Supplier<T> answer) {
        try {
            return answer.get();
        } catch (PrerequisiteCycleException e) {
            if (scope.roadmap().isPresent()) {
                throw e;
            }
            Set<String> roadmaps = new java.util.TreeSet<>();
            e.topics().forEach(id -> {
                TopicNode topic = sub.topics().get(id);
                if (topic != null) {
                    roadmaps.addAll(topic.roadmaps());
                }
            });
            throw QueryException.cycleAcrossRoadmaps(e.topics(), roadmaps);
        }
    }

    /** The picks with every chosen tool alternative after the groups: picked as chosen, the rest rejected at 0 h. */
    private static GroupPicks withTools(GroupPicks picks, List<Choice> choices, List<GroupNode> chosen) {
        List<ChoicePlanner.Pick> all = new ArrayList<>(picks.groups());
        Map<String, List<String>> instead = new LinkedHashMap<>();
        for (Choice choice : choices) {
            chosen.stream().filter(g -> g.id().equals(choice.group())
                    && g.scope() == io.roadmapgraph.model.RequirementGroup.Scope.TOOLS).findFirst().ifPresent(g -> {
                        List<String> rejected = g.optionIds().stream().filter(o -> !choice.pick().contains(o))
                                .toList();
                        all.add(new ChoicePlanner.Pick(g.id(), g.owner(), choice.pick(), ChoicePlanner.Why.CHOSEN,
                                rejected.stream().map(o -> new ChoicePlanner.Rejected(o, 0)).toList()));
                        rejected.forEach(o -> instead.put(o, choice.pick()));
                    });
        }
        return new GroupPicks(all, picks.exact(), instead);
    }

    /**
     * The groups {@code choices} name, in the choices' order, after checking each against the groups of the scope.
     *
     * @throws QueryException BAD_USER_INPUT naming the group and the value for a bad choice
     */
    private List<GroupNode> chosenGroups(List<Choice> choices, Scope scope, Set<String> electives) {
        if (choices.isEmpty()) {
            return List.of();
        }
        Map<String, GroupNode> known = new LinkedHashMap<>();
        allGroups().stream().filter(g -> scope.roadmap().map(g.roadmap()::equals).orElse(true))
                .forEach(g -> known.putIfAbsent(g.id(), g));
        Set<String> seen = new LinkedHashSet<>();
        List<GroupNode> chosen = new ArrayList<>();
        for (Choice choice : choices) {
            if (!seen.add(choice.group())) {
                throw QueryException.badInput("group '" + choice.group() + "' is chosen twice: choose each group once");
            }
            GroupNode group = known.get(choice.group());
            if (group == null) {
                throw QueryException.badInput("unknown group '" + choice.group() + "'" + scope.roadmap()
                        .map(r -> " in roadmap '" + r + "'").orElse("") + "; the groups are "
                        + (known.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(known.keySet()))));
            }
            if (group.scope() == io.roadmapgraph.model.RequirementGroup.Scope.ELECTIVES
                    && !electives.contains(group.id())) {
                throw QueryException.badInput("group '" + group.id() + "' is the electives of a phase, chosen only"
                        + " in a plan of the whole roadmap or of that phase (without goals): here, name the"
                        + " electives you want as goals instead of choosing " + String.join(", ", choice.pick()));
            }
            choice.pick().stream().filter(p -> !group.optionIds().contains(p)).findFirst().ifPresent(p -> {
                throw QueryException.badInput("'" + p + "' is not an option of group '" + group.id()
                        + "'; its options are " + String.join(", ", group.optionIds()));
            });
            if (choice.pick().size() > group.n()) {
                throw QueryException.badInput("group '" + group.id() + "' takes " + group.n() + " option"
                        + (group.n() == 1 ? "" : "s") + ", but " + choice.pick().size() + " were picked: "
                        + String.join(", ", choice.pick()));
            }
            chosen.add(group);
        }
        return chosen;
    }

    // ---- requirement groups ---------------------------------------------------------------------------------------

    /** Every requirement group of the current revisions, of the roadmap loaded first first, each by its key. */
    private List<GroupNode> allGroups() {
        return readCurrent((tx, revs) -> {
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < revs.size(); i++) {
                rank.put(revs.get(i).substring(0, revs.get(i).indexOf('@')), i);
            }
            return tx.run(Cypher.ALL_GROUPS, Map.of("revs", revs)).list(r -> Rows.group(r.get("node"),
                            r.get("owner").asString(""), r.get("options").asList(v -> v))).stream()
                    .sorted(Comparator.comparingInt((GroupNode g) -> rank.getOrDefault(g.roadmap(), 0)))
                    .toList();
        });
    }

    /** Every requirement group of one roadmap, nested ones too. */
    List<GroupNode> groupsOfRoadmap(String roadmap) {
        return allGroups().stream().filter(g -> g.roadmap().equals(roadmap)).toList();
    }

    /** Requirement groups by id (of a group several roadmaps have: the copy of the one loaded first). */
    public Map<String, GroupNode> groupsByIds(Collection<String> ids) {
        List<String> list = checkedIds(ids, "ids");
        Map<String, GroupNode> found = new LinkedHashMap<>();
        if (!list.isEmpty()) {
            allGroups().stream().filter(g -> list.contains(g.id())).forEach(g -> found.putIfAbsent(g.id(), g));
        }
        return found;
    }

    /** The requirement groups each topic requires directly (not the ones nested in them), by id. */
    public Map<String, List<GroupNode>> groupsOfTopics(Collection<String> topicIds) {
        return groupsBy(topicIds, groups -> {
            Set<String> nested = new java.util.HashSet<>();
            groups.forEach(g -> g.options().stream().filter(o -> o.kind() == GroupNode.OptionKind.GROUP)
                    .forEach(o -> nested.add(g.roadmap() + "/" + o.id())));
            return (g, id) -> g.scope() == io.roadmapgraph.model.RequirementGroup.Scope.REQUIRES
                    && g.owner().equals(id) && !nested.contains(g.roadmap() + "/" + g.id());
        });
    }

    /** The groups (requirements, electives, tool alternatives) that list each topic or tool as an option, by id. */
    public Map<String, List<GroupNode>> groupsWithOptions(Collection<String> ids) {
        return groupsBy(ids, groups -> (g, id) -> g.optionIds().contains(id));
    }

    /** Every asked id with the groups (one copy each, the first loaded roadmap's) the test made from all groups takes. */
    private Map<String, List<GroupNode>> groupsBy(Collection<String> ids,
            Function<List<GroupNode>, java.util.function.BiPredicate<GroupNode, String>> test) {
        List<String> list = checkedIds(ids, "ids");
        Map<String, List<GroupNode>> result = new LinkedHashMap<>();
        list.forEach(id -> result.put(id, new ArrayList<>()));
        if (list.isEmpty()) {
            return result;
        }
        List<GroupNode> groups = allGroups();
        java.util.function.BiPredicate<GroupNode, String> takes = test.apply(groups);
        Set<String> seen = new java.util.HashSet<>();
        groups.stream().filter(g -> seen.add(g.id())).forEach(g -> list.stream().filter(id -> takes.test(g, id))
                .forEach(id -> result.get(id).add(g)));
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    /**
     * A time-budgeted study plan towards the request's goals: the {@link #learningPath} scheduled into weeks and
     * months, with the finish, the lower bound, the critical path, slack, projects and the route compared (see
     * {@link StudyPlan}).
     *
     * @throws QueryException BAD_USER_INPUT for hours, dates or limits out of range or a deadline no budget meets,
     *                        NOT_FOUND naming unknown ids
     */
    public StudyPlan plan(PlanRequest request) {
        return plans.plan(Objects.requireNonNull(request, "request must not be null"));
    }

    /**
     * Those of {@code topics} that a learning path to them would list for someone who knows {@code known}: the ones
     * outside K* (see {@link #nextTopics}), found without planning the path (a plan asks this of every topic its
     * projects exercise, often most of the roadmap).
     */
    Set<String> notKnown(Collection<String> topics, Collection<String> known, Scope scope) {
        List<String> knownIds = ids(known, "known");
        Subgraph sub = scoped(snapshot(), scope, knownIds);
        Set<String> closure = Subtopics.knownSet(sub.graph(), knownIds);
        Set<String> outside = new LinkedHashSet<>(topics);
        outside.removeIf(closure::contains);
        return outside;
    }

    /**
     * Every topic not in K* (known, their non-elective subtopics and all their transitive prerequisites: see
     * {@link Subtopics#knownClosure}) whose direct prerequisites are all in K*;
     * sorted by phase, then the roadmap's order. With nothing known: the topics without prerequisites.
     */
    public List<TopicNode> nextTopics(Collection<String> known) {
        return nextTopics(known, Scope.ALL);
    }

    /** {@link #nextTopics(Collection)} among the topics of {@code scope} only. */
    public List<TopicNode> nextTopics(Collection<String> known, Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        List<String> knownIds = ids(known, "known");
        GraphSnapshot snapshot = snapshot();
        Subgraph in = scoped(snapshot, scope, knownIds);
        Map<String, List<io.roadmapgraph.algorithms.Requirement.Group>> groups = snapshot.groups(scope.roadmap());
        List<String> next = groups.isEmpty() ? NextTopics.of(in.graph(), knownIds)
                : grouped(snapshot, scope, in).nextTopics(knownIds);
        return next.stream().map(in.topics()::get).toList();
    }

    /**
     * Projects exercising every one ({@link SkillMatch#ALL}) or at least one ({@link SkillMatch#ANY}) of the given
     * topics, best coverage first, ties by project number.
     */
    public List<ProjectCoverage> projectsCovering(Collection<String> skills, SkillMatch match) {
        return projectsCovering(skills, match, Scope.ALL);
    }

    /**
     * {@link #projectsCovering(Collection, SkillMatch)} among the projects of {@code scope} only; the skills must be
     * topics of it.
     */
    public List<ProjectCoverage> projectsCovering(Collection<String> skills, SkillMatch match, Scope scope) {
        Objects.requireNonNull(match, "match must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        List<String> skillIds = ids(skills, "skills");
        if (skillIds.isEmpty()) {
            throw QueryException.badInput("skills must name at least one topic");
        }
        GraphSnapshot snapshot = snapshot();
        Coverable fetched = new Coverable(snapshot.all().topics(), snapshot.projects(),
                snapshot.candidatesFor(skillIds));
        requireTopics(skillIds, fetched.topics().keySet());
        Optional<String> roadmap = scope.roadmap().map(r -> requireRoadmap(scope));
        roadmap.ifPresent(r -> requireIn(r, skillIds, id -> fetched.topics().get(id).roadmaps().contains(r)));
        List<CoverageRanking.Candidate> candidates = fetched.candidates().stream()
                .filter(c -> roadmap.map(fetched.projects().get(c.project()).roadmaps()::contains).orElse(true))
                .toList();
        return CoverageRanking.rank(candidates, skillIds, match).stream()
                .map(c -> new ProjectCoverage(fetched.projects().get(c.project()),
                        c.covered().stream().map(fetched.topics()::get).toList(),
                        c.missing().stream().map(fetched.topics()::get).toList(),
                        c.coverage()))
                .toList();
    }

    /** The topics and projects {@link #projectsCovering} ranks. */
    private record Coverable(Map<String, TopicNode> topics, Map<String, ProjectNode> projects,
                             List<CoverageRanking.Candidate> candidates) {
    }

    /**
     * The snapshot's view for {@code scope} (the default view of every roadmap, or one roadmap's own), after checking
     * the asked ids are in it.
     *
     * @throws QueryException NOT_FOUND for an unknown id, an unknown roadmap, or an id the roadmap does not include
     */
    Subgraph scoped(GraphSnapshot snapshot, Scope scope, Collection<String> ids) {
        Subgraph sub = snapshot.all();
        requireTopics(ids, sub.topics().keySet());
        if (scope.roadmap().isEmpty()) {
            return sub;
        }
        String roadmap = requireRoadmap(scope);
        Subgraph in = snapshot.of(roadmap);
        requireIn(roadmap, ids, in.topics()::containsKey);
        return in;
    }

    /** The scope's roadmap id, checked to be loaded. */
    private String requireRoadmap(Scope scope) {
        String id = scope.roadmap().orElseThrow();
        List<String> loaded = roadmaps().stream().map(RoadmapNode::id).toList();
        if (!loaded.contains(id)) {
            throw QueryException.unknownRoadmap(id, loaded);
        }
        return id;
    }

    private static void requireIn(String roadmap, Collection<String> ids, java.util.function.Predicate<String> in) {
        List<String> outside = ids.stream().filter(in.negate()).distinct().toList();
        if (!outside.isEmpty()) {
            throw QueryException.notInRoadmap(roadmap, outside);
        }
    }

    /**
     * A value made once for the snapshot held now by {@code make} (given {@code key}), kept beside it and released
     * with it when a new snapshot is swapped in; empty when no snapshot is held (snapshots off, or the first not read
     * yet). For caches of what a caller derives from the snapshot's immutable nodes (the server's encoded JSON of
     * topics and projects): such a cache must still check that a node it is asked about is the one it holds, since a
     * call may be answered from the snapshot held before. Does not read the graph nor check that the snapshot is
     * current.
     */
    @SuppressWarnings("unchecked")
    public <K, V> Optional<V> heldSnapshotMemo(K key, Function<? super K, ? extends V> make) {
        return snapshots.flatMap(Snapshots::heldMemos)
                .map(memos -> (V) memos.computeIfAbsent(key, k -> make.apply((K) k)));
    }

    /**
     * The graph as of the roadmaps' current revisions: the held snapshot while it is current, or (snapshots off) one
     * read for this call.
     */
    private GraphSnapshot snapshot() {
        return snapshots.map(Snapshots::current).orElseGet(() -> reads.readSnapshot(GraphSnapshot::read));
    }

    /** Runs {@code work} in a read transaction with the current revisions ({@code $revs}) it must read. */
    private <T> T readCurrent(BiFunction<TransactionContext, List<String>, T> work) {
        return reads.read(tx -> work.apply(tx, GraphSnapshot.currentRevisions(tx)));
    }

    // ---- projects for a learner (see LearnerProjects) -------------------------------------------------------------

    /** The projects buildable with {@code known}: every topic they exercise is known. By number. */
    public List<ProjectNode> buildableProjects(Collection<String> known, Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        return learnerProjects.buildable(known, scope);
    }

    /**
     * The projects not buildable with {@code known} whose missing topics take at most {@code maxMissingHours}, fewest
     * missing hours first.
     *
     * @throws QueryException BAD_USER_INPUT for a negative maxMissingHours, NOT_FOUND naming unknown ids
     */
    public List<LearnerProjects.AlmostBuildable> almostBuildable(Collection<String> known, int maxMissingHours,
                                                                 Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        return learnerProjects.almostBuildable(known, maxMissingHours, scope);
    }

    /** The next topics, ranked by the projects and goals each brings within reach per hour of study. */
    public List<LearnerProjects.UnlockingTopic> unlockingTopics(Collection<String> known, Collection<String> goals,
                                                                Scope scope) {
        requireNoNulls(known, "known");
        requireNoNulls(goals, "goals");
        Objects.requireNonNull(scope, "scope must not be null");
        return learnerProjects.unlocking(known, goals, scope);
    }

    /**
     * The smallest set of projects (fewest projects, then fewest hours) exercising every asked skill that some
     * project exercises, naming the others.
     *
     * @throws QueryException BAD_USER_INPUT for no skills, NOT_FOUND naming unknown ids
     */
    public LearnerProjects.ProjectSet projectSetCovering(Collection<String> skills, Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        return learnerProjects.covering(skills, scope);
    }

    /**
     * For the query services beside this class: the answer from the current snapshot when snapshots are on, else from
     * a snapshot read for this call alone.
     */
    <T> T fromGraph(Function<GraphSnapshot, T> answer) {
        return answer.apply(snapshot());
    }

    // ---- search -------------------------------------------------------------------------------------------------

    /**
     * Full-text search over topics, tools and projects, English and Dutch, best match first. The text is matched
     * word by word (each word also as a prefix); Lucene syntax in it is escaped, so it is always taken literally.
     *
     * @throws QueryException BAD_USER_INPUT for blank or too long text, or {@code first} outside 1..100
     */
    public List<SearchHit> search(String text, int first) {
        return search(text, first, Scope.ALL);
    }

    /** {@link #search(String, int)} among the topics, tools and projects of {@code scope} only. */
    public List<SearchHit> search(String text, int first, Scope scope) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        if (first < 1 || first > MAX_SEARCH_RESULTS) {
            throw QueryException.badInput("first must be between 1 and " + MAX_SEARCH_RESULTS + ", was " + first);
        }
        int characters = text.codePointCount(0, text.length()); // an emoji is one character, two UTF-16 units
        if (characters > MAX_SEARCH_TEXT) {
            throw QueryException.badInput("search text must be at most " + MAX_SEARCH_TEXT + " characters, was "
                    + characters);
        }
        String query = Lucene.query(text);
        if (query.isEmpty()) {
            throw QueryException.badInput("search text must contain at least one letter or digit");
        }
        Optional<String> roadmap = scope.roadmap().map(r -> requireRoadmap(scope));
        Optional<GraphSnapshot> snapshot = snapshots.map(Snapshots::current);
        if (snapshot.isPresent()) {
            // the index asked for the revisions of the snapshot whose texts fold the query, which stay in the graph
            // while it answers (a load keeps the revision before its own until the next load of that roadmap)
            GraphSnapshot held = snapshot.get();
            return reads.read(tx -> folded(text, first, indexed(tx, query, held.revisions(), first, roadmap),
                    held.searchTexts(), roadmap));
        }
        return readCurrent((tx, revs) -> folded(text, first, indexed(tx, query, revs, first, roadmap),
                searchTexts(tx, revs), roadmap));
    }

    /** The full-text index's hits among {@code revs} for the Lucene {@code query}, an id once, best first. */
    private static List<SearchHit> indexed(TransactionContext tx, String query, List<String> revs, int first,
                                           Optional<String> roadmap) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("roadmap", roadmap.orElse(null));
        parameters.put("revs", revs);
        parameters.put("index", GraphModel.FULLTEXT_INDEX);
        parameters.put("query", query);
        parameters.put("limit", first * Math.max(1, revs.size())); // an id may come once per roadmap
        Map<String, SearchHit> indexed = new LinkedHashMap<>();
        tx.run(Cypher.SEARCH, parameters).list(RoadmapQueries::hit).forEach(h -> indexed.putIfAbsent(h.id(), h));
        return List.copyOf(indexed.values());
    }

    /** Every topic, tool and project of {@code revs} with its searchable texts, folded (search without a snapshot). */
    private static SearchTexts searchTexts(TransactionContext tx, List<String> revs) {
        SearchTexts.Collector texts = new SearchTexts.Collector(revs);
        tx.run(Cypher.SEARCHABLE, Map.of("revs", revs)).forEachRemaining(r -> texts.add(kind(r), r.get("node")));
        return texts.fold();
    }

    /**
     * The index's hits with what folding finds: first the nodes whose id or title is the text (folded), then the
     * index's hits, then the nodes with a word that starts with the folded text that the index missed.
     */
    private static List<SearchHit> folded(String text, int first, List<SearchHit> indexed, SearchTexts texts,
                                          Optional<String> roadmap) {
        String folded = Folding.fold(text);
        double top = indexed.stream().mapToDouble(SearchHit::score).max().orElse(0) + 1;
        Map<String, SearchHit> result = new LinkedHashMap<>();
        texts.exact(folded, roadmap, top).forEach(h -> result.putIfAbsent(h.id(), h));
        indexed.forEach(h -> result.putIfAbsent(h.id(), h));
        if (result.size() < first) {
            texts.prefixed(folded, roadmap, result.keySet()).forEach(h -> result.putIfAbsent(h.id(), h));
        }
        return result.values().stream().limit(first).toList();
    }

    private static SearchHit hit(Record r) {
        return new SearchHit(kind(r), r.get("id").asString(), r.get("title").asString(""), r.get("score").asDouble());
    }

    private static SearchHit.Kind kind(Record r) {
        List<String> labels = r.get("labels").asList(Value::asString);
        return labels.contains(GraphModel.TOPIC) ? SearchHit.Kind.TOPIC
                : labels.contains(GraphModel.TOOL) ? SearchHit.Kind.TOOL : SearchHit.Kind.PROJECT;
    }

    // ---- batch lookups for nested fields (ids not found are simply absent) --------------------------------------

    public Map<String, RoadmapNode> roadmapsByIds(Collection<String> ids) {
        return byIds(Cypher.ROADMAPS_BY_IDS, ids, Rows::roadmap, RoadmapNode::id);
    }

    public Map<String, TopicNode> topicsByIds(Collection<String> ids) {
        return held(ids, GraphSnapshot::topicsByIds);
    }

    public Map<String, ToolNode> toolsByIds(Collection<String> ids) {
        Map<String, ToolNode> found = new LinkedHashMap<>();
        grouped(Cypher.TOOLS_BY_IDS, ids, Rows::tool).forEach((id, tools) -> tools.stream().findFirst()
                .ifPresent(tool -> found.put(id, tool)));
        return found;
    }

    public Map<String, ProjectNode> projectsByIds(Collection<String> ids) {
        return heldOthers(ids, GraphSnapshot::projectsByIds);
    }

    public Map<String, PhaseNode> phasesByIds(Collection<String> ids) {
        return heldOthers(ids, GraphSnapshot::phasesByIds);
    }

    /** Phases of each roadmap, by number. */
    public Map<String, List<PhaseNode>> phasesOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.PHASES_OF_ROADMAPS, roadmapIds, Rows::phase);
    }

    /** Topics of each roadmap, in the roadmap's own order. */
    public Map<String, List<TopicNode>> topicsOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.TOPICS_OF_ROADMAPS, roadmapIds, Rows::topic);
    }

    public Map<String, List<ToolNode>> toolsOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.TOOLS_OF_ROADMAPS, roadmapIds, Rows::tool);
    }

    /** Projects of each roadmap, by number. */
    public Map<String, List<ProjectNode>> projectsOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.PROJECTS_OF_ROADMAPS, roadmapIds, Rows::project);
    }

    /** Topics of each phase (by phase node id), in the roadmap's own order. */
    public Map<String, List<TopicNode>> topicsOfPhases(Collection<String> phaseIds) {
        return grouped(Cypher.TOPICS_OF_PHASES, phaseIds, Rows::topic);
    }

    /** Layers by node id ("ai-engineer/application-development"). */
    public Map<String, LayerNode> layersByIds(Collection<String> ids) {
        Map<String, LayerNode> found = new LinkedHashMap<>();
        grouped(Cypher.LAYERS_BY_IDS, ids, Rows::layer).forEach((id, layers) -> layers.stream().findFirst()
                .ifPresent(layer -> found.put(id, layer)));
        return found;
    }

    /** Layers of each roadmap, by phase and number. */
    public Map<String, List<LayerNode>> layersOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.LAYERS_OF_ROADMAPS, roadmapIds, Rows::layer);
    }

    public Map<String, List<LayerNode>> layersOfPhases(Collection<String> phaseIds) {
        return grouped(Cypher.LAYERS_OF_PHASES, phaseIds, Rows::layer);
    }

    /** Topics of each layer (by layer node id), in the roadmap's own order. */
    public Map<String, List<TopicNode>> topicsOfLayers(Collection<String> layerIds) {
        return grouped(Cypher.TOPICS_OF_LAYERS, layerIds, Rows::topic);
    }

    /** The direct requirements of each topic, with their reasons, by phase and order. */
    public Map<String, List<RequiresLink>> requiresOfTopics(Collection<String> topicIds) {
        return held(topicIds, GraphSnapshot::requiresOfTopics);
    }

    /** The topics that directly require each topic, with their reasons, by phase and order. */
    public Map<String, List<RequiresLink>> requiredByOfTopics(Collection<String> topicIds) {
        return held(topicIds, GraphSnapshot::requiredByOfTopics);
    }

    public Map<String, List<TopicNode>> subtopicsOfTopics(Collection<String> topicIds) {
        return sortTopics(grouped(Cypher.SUBTOPICS_OF_TOPICS, topicIds, Rows::topic));
    }

    public Map<String, List<ToolNode>> toolsOfTopics(Collection<String> topicIds) {
        return grouped(Cypher.TOOLS_OF_TOPICS, topicIds, Rows::tool);
    }

    /** Projects exercising each topic, by number. */
    public Map<String, List<ProjectNode>> projectsOfTopics(Collection<String> topicIds) {
        return held(topicIds, GraphSnapshot::projectsOfTopics);
    }

    /**
     * The projects exercising at least one of the topics (current ids, as a plan's steps have them), each with every
     * topic it exercises, in no set order: for a plan's projects, which asks about all its topics at once.
     */
    List<GraphSnapshot.Exercising> projectsExercising(Collection<String> topicIds) {
        return fromHeld(List.copyOf(topicIds), GraphSnapshot::projectsExercising); // topics' current ids: no check
    }

    /** Topics each project exercises, by phase and order. */
    public Map<String, List<TopicNode>> topicsOfProjects(Collection<String> projectIds) {
        return heldOthers(projectIds, GraphSnapshot::topicsOfProjects);
    }

    public Map<String, List<ToolNode>> toolsOfProjects(Collection<String> projectIds) {
        return grouped(Cypher.TOOLS_OF_PROJECTS, projectIds, Rows::tool);
    }

    /** Projects that use each tool, by number. */
    public Map<String, List<ProjectNode>> projectsUsingTools(Collection<String> toolIds) {
        return grouped(Cypher.PROJECTS_USING_TOOLS, toolIds, Rows::project);
    }

    /** Topics that use each tool, by phase and order. */
    public Map<String, List<TopicNode>> topicsUsingTools(Collection<String> toolIds) {
        return sortTopics(grouped(Cypher.TOPICS_USING_TOOLS, toolIds, Rows::topic));
    }

    /** Route stages of each roadmap, by months, each with its steps. */
    public Map<String, List<RouteStageNode>> routeOfRoadmaps(Collection<String> roadmapIds) {
        if (snapshots.isPresent()) {
            return heldOthers(roadmapIds, GraphSnapshot::routeOfRoadmaps);
        }
        return grouped(Cypher.ROUTE_OF_ROADMAPS, roadmapIds, Rows::routeStage);
    }

    /**
     * The {@code studyHoursPerWeek} of the first of {@code roadmapIds} (by id) whose current revision states one:
     * from the snapshot when it is on.
     */
    Optional<Integer> studyHoursPerWeek(Collection<String> roadmapIds) {
        List<String> ids = checkedIds(roadmapIds, "roadmaps").stream().sorted().toList();
        Map<String, Integer> hours = snapshots.isPresent() ? snapshot().studyHours()
                : ids.isEmpty() ? Map.of() : reads.read(tx -> {
                    Map<String, Integer> found = new HashMap<>();
                    tx.run(Cypher.STUDY_HOURS, Map.of("ids", ids)).forEachRemaining(r -> found.put(
                            r.get("id").asString(), r.get("hours").asInt()));
                    return found;
                });
        return ids.stream().filter(hours::containsKey).findFirst().map(hours::get);
    }

    public Map<String, List<PrincipleNode>> principlesOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.PRINCIPLES_OF_ROADMAPS, roadmapIds, Rows::principle);
    }

    public Map<String, List<CriterionNode>> successCriteriaOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.CRITERIA_OF_ROADMAPS, roadmapIds, Rows::criterion);
    }

    public Map<String, List<ResourceNode>> resourcesOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.RESOURCES_OF_ROADMAPS, roadmapIds, Rows::resource);
    }

    public Map<String, List<TipNode>> tipsOfRoadmaps(Collection<String> roadmapIds) {
        return grouped(Cypher.TIPS_OF_ROADMAPS, roadmapIds, Rows::tip);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static final Comparator<TopicNode> TOPIC_ORDER =
            Comparator.comparingInt(TopicNode::phase).thenComparingInt(TopicNode::order).thenComparing(TopicNode::id);

    /**
     * A requirement's reason from a map with {@code reason}, {@code reasonNl} and {@code reasonOrigin}; "-" when it
     * has none.
     */
    static Text reason(Value edge) {
        return reason(edge.get("reason"), edge.get("reasonNl"))
                .withOrigin(Rows.originOf(edge.get("reasonOrigin").asString("")));
    }

    private static Text reason(Value en, Value nl) {
        String english = en.asString("");
        return new Text(english.isBlank() ? "-" : english, nl.asString(""));
    }

    /**
     * The one place where a batch lookup of the facts a snapshot holds (topics, phases, projects, requires-edges both
     * ways, the topics a project exercises) reads: the current snapshot ({@link #snapshot()}), so a nested field reads
     * the same revisions as the answer it belongs to.
     */
    private <T> T held(Collection<String> ids, BiFunction<GraphSnapshot, List<String>, T> fromSnapshot) {
        return fromHeld(ids(ids, "ids"), fromSnapshot);
    }

    /**
     * {@link #held} for ids of projects and phases: former ids are topics' only, so these are looked up as asked
     * (resolving them as topic ids would read the database for every id the snapshot has no topic of).
     */
    private <T> T heldOthers(Collection<String> ids, BiFunction<GraphSnapshot, List<String>, T> fromSnapshot) {
        return fromHeld(checkedIds(ids, "ids"), fromSnapshot);
    }

    private <T> T fromHeld(List<String> list, BiFunction<GraphSnapshot, List<String>, T> fromSnapshot) {
        return fromSnapshot.apply(list.isEmpty() ? GraphSnapshot.EMPTY : snapshot(), list); // none: no read
    }

    private <T> Map<String, T> byIds(String query, Collection<String> ids, Function<Value, T> mapper,
                                     Function<T, String> key) {
        List<String> list = ids(ids, "ids");
        if (list.isEmpty()) {
            return Map.of();
        }
        return reads.read(tx -> {
            Map<String, T> found = new LinkedHashMap<>();
            tx.run(query, Map.of("ids", list)).forEachRemaining(r -> {
                T value = mapper.apply(r.get("node"));
                found.put(key.apply(value), value);
            });
            return found;
        });
    }

    /** Runs a query returning {@code owner, node} rows; every asked id gets a list, maybe empty. */
    /**
     * Runs a query returning {@code owner, node} rows from the current revisions; every asked id gets a list, maybe
     * empty. The copies of one node that several roadmaps have come once, as {@link Copies#merge} says.
     */
    private <T> Map<String, List<T>> grouped(String query, Collection<String> ids, Function<Value, T> mapper) {
        List<String> list = ids(ids, "ids");
        Map<String, List<T>> result = new LinkedHashMap<>();
        list.forEach(id -> result.put(id, new ArrayList<>()));
        if (list.isEmpty()) {
            return result;
        }
        readCurrent((tx, revs) -> {
            Map<String, Map<String, List<Value>>> copies = new LinkedHashMap<>();
            tx.run(query, Map.of("ids", list, "revs", revs)).forEachRemaining(r -> copies
                    .computeIfAbsent(r.get("owner").asString(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("node").get(GraphModel.ID).asString(""), k -> new ArrayList<>())
                    .add(r.get("node")));
            Map<String, Integer> rank = Copies.ranks(revs);
            copies.forEach((owner, nodes) -> nodes.values().forEach(same ->
                    result.get(owner).add(mapper.apply(Copies.merge(same, rank)))));
            return null;
        });
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    private static Map<String, List<TopicNode>> sortTopics(Map<String, List<TopicNode>> byOwner) {
        byOwner.replaceAll((k, v) -> v.stream().sorted(TOPIC_ORDER).toList());
        return byOwner;
    }

    private static Map<String, List<RequiresLink>> sortLinks(Map<String, List<RequiresLink>> byOwner) {
        byOwner.replaceAll((k, v) -> v.stream()
                .sorted(Comparator.comparing(RequiresLink::topic, TOPIC_ORDER)).toList());
        return byOwner;
    }

    List<String> ids(Collection<String> ids, String what) {
        return current(checkedIds(ids, what));
    }

    /** The distinct ids, checked against the limit on ids and for blanks; former topic ids not resolved. */
    private List<String> checkedIds(Collection<String> ids, String what) {
        requireNoNulls(ids, what);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() > options.maxIds()) {
            throw QueryException.badInput(what + " may name at most " + options.maxIds() + " ids, was "
                    + distinct.size());
        }
        distinct.forEach(id -> requireId(id, what));
        return distinct;
    }

    /**
     * The topic ids with every former id ({@code formerIds} of a topic) replaced by the topic's current id; ids that
     * are neither stay as they are (and are reported as unknown later).
     */
    private List<String> current(List<String> ids) {
        if (snapshots.isPresent()) {
            // the held snapshot knows the former ids: no read, and the ids of the graph that answers
            GraphSnapshot snapshot = snapshot();
            return List.copyOf(new LinkedHashSet<>(ids.stream().map(snapshot::currentId).toList()));
        }
        if (ids.isEmpty()) {
            return ids;
        }
        Map<String, String> renamed = renamed(ids);
        return List.copyOf(new LinkedHashSet<>(ids.stream().map(id -> renamed.getOrDefault(id, id)).toList()));
    }

    /** The former ids among {@code ids}, each with the current id of its topic. */
    private Map<String, String> renamed(List<String> ids) {
        return readCurrent((tx, revs) -> {
            Map<String, String> found = new HashMap<>();
            tx.run(Cypher.CURRENT_IDS, Map.of("ids", ids, "revs", revs)).forEachRemaining(r -> found.put(r.get("asked").asString(),
                    r.get("id").asString()));
            return found;
        });
    }

    /**
     * Each of {@code ids} that names a topic of a loaded roadmap, directly or as one of its former ids, with the
     * topic's current id; ids that name no topic are left out (a learner's orphaned records). Not held to the limit
     * on ids: a learner's records may name more topics than a caller's list may.
     */
    public Map<String, String> resolveTopicIds(Collection<String> ids) {
        requireNoNulls(ids, "ids");
        List<String> asked = List.copyOf(new LinkedHashSet<>(ids));
        // as in current(): the held snapshot knows the former ids, and needs no read of them
        Map<String, String> renamed = new HashMap<>();
        if (snapshots.isPresent()) {
            GraphSnapshot snapshot = snapshot();
            asked.forEach(id -> renamed.put(id, snapshot.currentId(id)));
        } else if (!asked.isEmpty()) {
            renamed.putAll(renamed(asked));
        }
        Set<String> existing = unlimited.topicsByIds(asked.stream().map(id -> renamed.getOrDefault(id, id)).distinct()
                .toList())
                .keySet();
        Map<String, String> resolved = new LinkedHashMap<>();
        asked.forEach(id -> {
            String current = renamed.getOrDefault(id, id);
            if (existing.contains(current)) {
                resolved.put(id, current);
            }
        });
        return resolved;
    }

    private String currentTopicId(String id) {
        return current(List.of(requireId(id, "topic"))).get(0);
    }

    private static void requireNoNulls(Collection<String> ids, String what) {
        Objects.requireNonNull(ids, what + " must not be null");
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException(what + " must not contain null");
        }
    }

    private static String requireId(String id, String what) {
        Objects.requireNonNull(id, what + " must not be null");
        if (id.isBlank()) {
            throw QueryException.badInput(what + " must not contain a blank id");
        }
        return id;
    }

    private static <T> T single(String what, String id, Map<String, T> found) {
        T value = found.get(requireId(id, what));
        if (value == null) {
            throw QueryException.notFound(what, List.of(id));
        }
        return value;
    }

    /**
     * Checks that every asked topic id was found; else NOT_FOUND naming the unknown ids, with "did you mean" for a
     * likely typo and saying when an id is a tool or a project rather than a topic.
     */
    private void requireTopics(Collection<String> asked, Collection<String> found) {
        List<String> missing = asked.stream().filter(id -> !found.contains(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        // while the held snapshot's successor is read after a change (a load), no read of the graph either: it would
        // wait on a database busy with that rebuild's reads (after a load at 1k topics in the bench, up to a second)
        boolean replacing = snapshots.map(Snapshots::replacing).orElse(false);
        Map<String, String> kinds = replacing ? Map.of() : readCurrent((tx, revs) -> {
            Map<String, String> byId = new LinkedHashMap<>();
            tx.run(Cypher.KINDS_OF_IDS, Map.of("ids", missing, "revs", revs)).forEachRemaining(r -> byId.putIfAbsent(
                    r.get("id").asString(), r.get("kind").asString()));
            return byId;
        });
        // the hints come from the held snapshot (after a load maybe the previous graph's: a hint, not an answer), so
        // a typo reads no list of every id in the database
        Collection<String> topicIds = snapshots.isPresent() ? snapshot().all().topics().keySet()
                : readCurrent((tx, revs) -> tx.run(Cypher.TOPIC_IDS, Map.of("revs", revs))
                        .list(r -> r.get("id").asString()));
        List<String> others = missing.stream().filter(id -> kinds.containsKey(id)).toList();
        List<String> unknown = missing.stream().filter(id -> !kinds.containsKey(id)).toList();
        List<String> parts = new ArrayList<>();
        if (!unknown.isEmpty()) {
            List<String> hints = unknown.stream().flatMap(id -> io.roadmapgraph.model.Suggestions
                    .forTypedId(id, topicIds).map(s -> "'" + s + "'" + (unknown.size() == 1 ? "" : " for '" + id + "'"))
                    .stream()).toList();
            parts.add(QueryException.notFound("topic", unknown).getMessage()
                    + (hints.isEmpty() ? "" : "; did you mean " + String.join(", ", hints) + "?")
                    + (replacing ? "; " + CHANGE_BEING_READ : ""));
        }
        others.forEach(id -> parts.add("topic".equals(kinds.get(id))
                // the held snapshot is older than the graph (a load, or a hand edit, a moment ago): it answers until
                // its successor is read in the background, and then this id is found
                ? "'" + id + "' is a topic of a change the answers do not show yet (they come from the graph as it was"
                        + " before it until the new snapshot is read, a moment): ask again"
                : "'" + id + "' is a " + kinds.get(id) + ", not a topic"));
        throw new QueryException(QueryException.Kind.NOT_FOUND, String.join("; ", parts));
    }

    static void requireFound(String what, Collection<String> asked, Collection<String> found) {
        List<String> missing = asked.stream().filter(id -> !found.contains(id)).distinct().toList();
        if (!missing.isEmpty()) {
            throw QueryException.notFound(what, missing);
        }
    }
}
