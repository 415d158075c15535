package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.algorithms.Requirement;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Text;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the traversals need, read in one transaction from the roadmaps' current revisions: every topic with its
 * direct requirements (as a {@link Subgraph} over all roadmaps, one per roadmap, and as {@link RequiresLink}s with
 * their reasons, both ways), every phase, and every project with the topics it exercises. Immutable; it stands for the
 * graph as of {@link #revision}, the current revisions of all roadmaps at the time it was read.
 *
 * <p>Each revision has its own copy of the topics and projects it names. {@link #all} is the default view of a
 * topic: the properties of the copy of the roadmap loaded first that has it, the requirements of all copies (their
 * union); {@link #byRoadmap} holds each roadmap's own view. The batch lookups of {@link RoadmapQueries} answer the
 * facts it holds from it (see {@link RoadmapQueries}), so a nested field reads the same graph as the traversal, and
 * search folds the texts of its topics, tools and projects ({@link #searchTexts}, made from the same rows).
 */
record GraphSnapshot(String revision, Subgraph all, Map<String, Subgraph> byRoadmap,
                     Map<String, ProjectNode> projects,
                     List<CoverageRanking.Candidate> candidates,
                     Map<String, List<CoverageRanking.Candidate>> candidatesByTopic,
                     Map<String, PhaseNode> phases,
                     Map<String, List<RequiresLink>> requires,
                     Map<String, List<RequiresLink>> requiredBy,
                     Map<String, Map<String, List<Requirement.Group>>> groups,
                     Map<String, List<RoadmapParts.RouteStageNode>> routes,
                     Map<String, Integer> studyHours,
                     Map<String, String> formerIds,
                     SearchTexts searchTexts) {

    /** The snapshot of an empty graph: answers lookups of no ids without a read. */
    static final GraphSnapshot EMPTY = new GraphSnapshot("", Subgraph.EMPTY, Map.of(), Map.of(), List.of(), Map.of(),
            Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), SearchTexts.NONE);

    GraphSnapshot {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(all, "all");
        byRoadmap = Map.copyOf(byRoadmap);
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(projects));
        candidates = List.copyOf(candidates);
        candidatesByTopic = Map.copyOf(candidatesByTopic);
        phases = Map.copyOf(phases);
        requires = Map.copyOf(requires);
        requiredBy = Map.copyOf(requiredBy);
        groups = Map.copyOf(groups);
        routes = Map.copyOf(routes);
        studyHours = Map.copyOf(studyHours);
        formerIds = Map.copyOf(formerIds);
        Objects.requireNonNull(searchTexts, "searchTexts");
    }

    /** The revisions it stands for, in load order ({@link #revision} is them joined). */
    List<String> revisions() {
        return revision.isEmpty() ? List.of() : List.of(revision.split(","));
    }

    /**
     * {@code id} when it is a topic's id, else the id of the topic that had it before ({@code formerIds}; the least,
     * when several had it), as {@link Cypher#CURRENT_IDS} finds it, else {@code id}: from the snapshot, no read.
     */
    String currentId(String id) {
        return all.topics().containsKey(id) ? id : formerIds.getOrDefault(id, id);
    }

    /**
     * The requirement groups of the topics, by the topic that requires them: of one roadmap, or with no roadmap those
     * of all (each topic's groups from the roadmap loaded first that gives it any). Empty for a roadmap without groups.
     */
    Map<String, List<Requirement.Group>> groups(java.util.Optional<String> roadmap) {
        return groups.getOrDefault(roadmap.orElse(""), Map.of());
    }

    /** The projects that exercise at least one of {@code topics}: the only ones a coverage ranking can list. */
    List<CoverageRanking.Candidate> candidatesFor(Collection<String> topics) {
        Map<String, CoverageRanking.Candidate> found = new LinkedHashMap<>();
        topics.forEach(topic -> candidatesByTopic.getOrDefault(topic, List.of())
                .forEach(c -> found.putIfAbsent(c.project(), c)));
        return List.copyOf(found.values());
    }

    /** A project with every topic it exercises. */
    record Exercising(ProjectNode project, List<String> topics) {
        Exercising {
            Objects.requireNonNull(project, "project");
            topics = List.copyOf(topics);
        }
    }

    /**
     * The projects that exercise at least one of {@code topics}, each with every topic it exercises: one pass over
     * the topics' projects, not a sorted list per topic as {@link #projectsOfTopics} gives.
     */
    List<Exercising> projectsExercising(Collection<String> topics) {
        return candidatesFor(topics).stream().map(c -> new Exercising(projects.get(c.project()),
                c.topics().stream().filter(all.topics()::containsKey).toList())).toList();
    }

    // ---- the batch lookups this snapshot can answer: same keys, values and order as the database's ---------------

    Map<String, TopicNode> topicsByIds(Collection<String> ids) {
        return pick(ids, all.topics()::get);
    }

    Map<String, ProjectNode> projectsByIds(Collection<String> ids) {
        return pick(ids, projects::get);
    }

    Map<String, PhaseNode> phasesByIds(Collection<String> ids) {
        return pick(ids, phases::get);
    }

    /** Every asked topic gets a list, maybe empty (an unknown id too, as from the database). */
    Map<String, List<RequiresLink>> requiresOfTopics(Collection<String> ids) {
        return listed(ids, id -> requires.getOrDefault(id, List.of()));
    }

    Map<String, List<RequiresLink>> requiredByOfTopics(Collection<String> ids) {
        return listed(ids, id -> requiredBy.getOrDefault(id, List.of()));
    }

    /** The topics each project exercises, by phase and order. */
    Map<String, List<TopicNode>> topicsOfProjects(Collection<String> ids) {
        Map<String, Collection<String>> exercised = new HashMap<>();
        candidates.forEach(c -> exercised.put(c.project(), c.topics()));
        return listed(ids, id -> exercised.getOrDefault(id, Set.of()).stream().map(all.topics()::get)
                .filter(Objects::nonNull).sorted(RoadmapQueries.TOPIC_ORDER).toList());
    }

    /** The projects exercising each topic, by number. */
    Map<String, List<ProjectNode>> projectsOfTopics(Collection<String> ids) {
        return listed(ids, id -> candidatesByTopic.getOrDefault(id, List.of()).stream()
                .map(c -> projects.get(c.project()))
                .sorted(Comparator.comparingInt(ProjectNode::number).thenComparing(ProjectNode::id)).toList());
    }

    /** The route stages of each roadmap, as {@link Cypher#ROUTE_OF_ROADMAPS} reads them. */
    Map<String, List<RoadmapParts.RouteStageNode>> routeOfRoadmaps(Collection<String> ids) {
        return listed(ids, id -> routes.getOrDefault(id, List.of()));
    }

    private static <T> Map<String, T> pick(Collection<String> ids, Function<String, T> lookup) {
        Map<String, T> found = new LinkedHashMap<>();
        ids.forEach(id -> {
            T value = lookup.apply(id);
            if (value != null) {
                found.put(id, value);
            }
        });
        return found;
    }

    private static <T> Map<String, List<T>> listed(Collection<String> ids, Function<String, List<T>> lookup) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, lookup.apply(id)));
        return result;
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** The current revisions of every roadmap, in load order, as {@link Cypher#CURRENT_REVISIONS} reads them. */
    static List<String> currentRevisions(TransactionContext tx) {
        return tx.run(Cypher.CURRENT_REVISIONS).list(r -> r.get("revision").asString());
    }

    /** The snapshot's rows as {@link Cypher}'s statements read them over a driver, in one transaction. */
    private record BoltRows(TransactionContext tx) implements SnapshotRows {
        @Override
        public List<String> currentRevisions() {
            return GraphSnapshot.currentRevisions(tx);
        }

        @Override
        public void topics(List<String> revisions, Consumer<MapAccessor> row) {
            tx.run(Cypher.SNAPSHOT_TOPICS, Map.of("revs", revisions)).forEachRemaining(row);
        }

        @Override
        public void phases(List<String> revisions, Consumer<MapAccessor> row) {
            tx.run(Cypher.ALL_PHASES, Map.of("revs", revisions)).forEachRemaining(row);
        }

        @Override
        public void projects(List<String> revisions, Consumer<MapAccessor> row) {
            tx.run(Cypher.ALL_PROJECTS, Map.of("revs", revisions)).forEachRemaining(row);
        }

        @Override
        public void tools(List<String> revisions, Consumer<MapAccessor> row) {
            tx.run(Cypher.ALL_TOOLS, Map.of("revs", revisions)).forEachRemaining(row);
        }

        @Override
        public void groups(List<String> revisions, Consumer<MapAccessor> row) {
            tx.run(Cypher.SNAPSHOT_GROUPS, Map.of("revs", revisions)).forEachRemaining(row);
        }

        @Override
        public void roadmaps(Consumer<MapAccessor> row) {
            tx.run(Cypher.ROADMAPS).forEachRemaining(row);
        }

        @Override
        public void routes(List<String> roadmaps, Consumer<MapAccessor> row) {
            tx.run(Cypher.ROUTE_OF_ROADMAPS, Map.of("ids", roadmaps)).forEachRemaining(row);
        }
    }

    /**
     * The graph's revision as this transaction sees it: every roadmap's current revision (whose id starts with the
     * roadmap's), in load order. A load switches a roadmap to a new revision, a removal takes the roadmap away, so
     * equal revisions mean an equal graph.
     */
    static String revision(TransactionContext tx) {
        return String.join(",", currentRevisions(tx));
    }

    /** One roadmap's copy of a topic, with the reasons of its requirements. */
    private record TopicCopy(TopicNode node, int rank, List<Edge> reasons) {
        List<String> requires() {
            return reasons.stream().map(Edge::id).toList();
        }
    }

    /**
     * A requires-edge as read: the required topic's id, the reason and where it comes from; made from the driver's
     * map as its row is read, so that no driver value outlives its row (at 100k topics they were most of the heap a
     * read took).
     */
    private record Edge(String id, Text reason, Origin origin) {
        static Edge of(Value edge, Canon canon) {
            return new Edge(canon.of(edge.get("id").asString()), canon.of(RoadmapQueries.reason(edge)),
                    Rows.originOf(edge.get(GraphModel.ORIGIN).asString("")));
        }
    }

    /**
     * One instance of each equal value a snapshot read meets (ids, reasons, lists of roadmaps): the driver hands out a
     * new string for every mention of an id, and at 100k topics the half million requires-edges name their ends again
     * and again. Used while one snapshot is read, then dropped.
     */
    private static final class Canon {
        private final Map<Object, Object> seen = new HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            return (T) seen.computeIfAbsent(value, v -> v);
        }
    }

    /** Reads the whole snapshot in this transaction, with {@link Cypher}'s statements. */
    static GraphSnapshot read(TransactionContext tx) {
        return build(new BoltRows(tx));
    }

    /** {@link #read(TransactionContext)} with the prerequisite graphs built by {@code graphs} (a test's). */
    static GraphSnapshot read(TransactionContext tx, Executor graphs) {
        return build(new BoltRows(tx), graphs);
    }

    /**
     * Runs each task on a new daemon thread: the prerequisite graphs of a snapshot are built beside the rest of its
     * read (pure work on what was read, no transaction), not after it on the reading thread. At 100k topics they are
     * about a third of what the read does after the topics' rows (start13's profile), while the other core is idle.
     */
    private static final Executor BESIDE = task -> {
        Thread thread = new Thread(task, "snapshot-graphs");
        thread.setDaemon(true);
        thread.start();
    };

    /**
     * Builds the whole snapshot from {@code rows} (read in one transaction). Topics and projects are taken in the
     * order of their ids, whatever the order of the rows, so that every reader gives the same snapshot.
     */
    static GraphSnapshot build(SnapshotRows source) {
        return build(source, BESIDE);
    }

    /**
     * {@link #build(SnapshotRows)} with the prerequisite graphs (all roadmaps', each roadmap's) built by {@code graphs}
     * while this thread reads the rest; it waits for them before it returns ({@code Runnable::run}: all on this thread).
     */
    static GraphSnapshot build(SnapshotRows source, Executor graphs) {
        List<String> revs = source.currentRevisions();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < revs.size(); i++) {
            rank.put(revs.get(i), i);
        }
        Canon canon = new Canon();
        Map<String, List<TopicCopy>> unsorted = new HashMap<>();
        Map<String, String> formerIds = new HashMap<>();
        SearchTexts.Collector searchable = new SearchTexts.Collector(revs);
        source.topics(revs, r -> {
            searchable.add(SearchHit.Kind.TOPIC, r.get("node"));
            TopicNode t = canonical(Rows.topic(r.get("node")), canon);
            Rows.strings(r.get("node"), GraphModel.FORMER_IDS).forEach(former -> formerIds.merge(former, t.id(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b));
            unsorted.computeIfAbsent(t.id(), k -> new ArrayList<>())
                    .add(new TopicCopy(t, rank.get(r.get("node").get(GraphModel.REV).asString()),
                            r.get("reasons").asList(v -> Edge.of(v, canon))));
        });
        Map<String, List<TopicCopy>> copies = byId(unsorted);
        copies.values().forEach(list -> list.sort(Comparator.comparingInt(TopicCopy::rank)));

        Map<String, Map<String, TopicNode>> roadmapTopics = new HashMap<>();
        Map<String, PrerequisiteGraph.Builder> roadmapGraphs = new HashMap<>();
        Map<String, TopicNode> topics = new LinkedHashMap<>();
        PrerequisiteGraph.Builder graph = PrerequisiteGraph.builder();
        Map<String, Map<String, Edge>> reasons = new LinkedHashMap<>();
        // one revision: its own view is the default view (one copy of every topic), built once and held once
        boolean oneRevision = revs.size() == 1;
        copies.forEach((id, list) -> {
            List<String> roadmaps = canon.of(list.stream().flatMap(c -> c.node().roadmaps().stream()).distinct()
                    .sorted().toList());
            for (TopicCopy copy : list) {
                if (!oneRevision) {
                    TopicNode view = withRoadmaps(copy.node(), roadmaps);
                    String roadmap = copy.node().roadmaps().isEmpty() ? "" : copy.node().roadmaps().get(0);
                    roadmapTopics.computeIfAbsent(roadmap, k -> new LinkedHashMap<>()).put(id, view);
                    PrerequisiteGraph.Builder own = roadmapGraphs.computeIfAbsent(roadmap,
                            k -> PrerequisiteGraph.builder());
                    own.topic(id, view.orderKey(), view.estimatedHours(), copy.requires());
                    Subgraph.subtopic(own, view);
                }
                copy.reasons().forEach(edge -> reasons.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .putIfAbsent(edge.id(), edge));
            }
            TopicNode first = withRoadmaps(list.get(0).node(), roadmaps);
            topics.put(id, first);
            graph.topic(id, first.orderKey(), first.estimatedHours(),
                    List.copyOf(reasons.getOrDefault(id, Map.of()).keySet()));
            Subgraph.subtopic(graph, first);
        });
        // the builders are complete: from here on only the graphs' thread reads them
        CompletableFuture<Graphs> built = CompletableFuture.supplyAsync(() -> {
            Map<String, PrerequisiteGraph> own = new HashMap<>();
            roadmapGraphs.forEach((roadmap, builder) -> own.put(roadmap, builder.build()));
            return new Graphs(graph.build(), own);
        }, graphs);

        Map<String, List<RequiresLink>> requires = new HashMap<>();
        Map<String, List<RequiresLink>> requiredBy = new HashMap<>();
        reasons.forEach((owner, edges) -> edges.forEach((target, edge) -> {
            TopicNode required = topics.get(target);
            if (required != null) {
                Text reason = edge.reason();
                Origin origin = edge.origin();
                requires.computeIfAbsent(owner, k -> new ArrayList<>())
                        .add(new RequiresLink(required, reason, origin));
                requiredBy.computeIfAbsent(target, k -> new ArrayList<>())
                        .add(new RequiresLink(topics.get(owner), reason, origin));
            }
        }));
        Map<String, PhaseNode> phases = new HashMap<>();
        source.phases(revs, r -> {
            PhaseNode phase = Rows.phase(r.get("node"));
            phases.put(phase.id(), phase);
        });
        Map<String, List<MapAccessor>> unsortedProjects = new HashMap<>();
        source.projects(revs, r -> {
            searchable.add(SearchHit.Kind.PROJECT, r.get("node"));
            unsortedProjects.computeIfAbsent(r.get("node").get(GraphModel.ID).asString(), k -> new ArrayList<>())
                    .add(r);
        });
        source.tools(revs, r -> searchable.add(SearchHit.Kind.TOOL, r.get("node")));
        // folded beside the rest of the read, as the prerequisite graphs are built
        CompletableFuture<SearchTexts> searchTexts = CompletableFuture.supplyAsync(searchable::fold, graphs);
        Map<String, List<MapAccessor>> projectCopies = byId(unsortedProjects);
        Map<String, ProjectNode> projects = new LinkedHashMap<>();
        List<CoverageRanking.Candidate> candidates = new ArrayList<>();
        projectCopies.forEach((id, list) -> {
            list.sort(Comparator.comparingInt(v -> rank.get(v.get("node").get(GraphModel.REV).asString())));
            ProjectNode first = Rows.project(list.get(0).get("node"));
            List<String> roadmaps = list.stream().flatMap(v -> Rows.strings(v.get("node"), GraphModel.ROADMAPS)
                    .stream()).distinct().sorted().toList();
            ProjectNode project = new ProjectNode(first.id(), first.number(), first.title(), first.summary(),
                    first.level(), roadmaps, first.estimatedHours());
            projects.put(id, project);
            List<String> exercises = list.stream().flatMap(v -> v.get("exercises").asList(Value::asString).stream())
                    .distinct().toList();
            candidates.add(new CoverageRanking.Candidate(id, project.number(), exercises));
        });
        Map<String, Integer> studyHours = new HashMap<>();
        Map<String, List<RequiresLink>> sortedRequires = sortedLinks(requires);
        Map<String, List<RequiresLink>> sortedRequiredBy = sortedLinks(requiredBy);
        Map<String, Map<String, List<Requirement.Group>>> groups = groups(source, revs);
        Map<String, List<RoadmapParts.RouteStageNode>> routes = routes(source, studyHours);

        Graphs graphsBuilt = joined(built);
        Subgraph all = new Subgraph(Collections.unmodifiableMap(topics), graphsBuilt.all());
        Map<String, Subgraph> byRoadmap = new HashMap<>();
        if (oneRevision) {
            topics.values().stream().findFirst().ifPresent(t -> byRoadmap.put(
                    t.roadmaps().isEmpty() ? "" : t.roadmaps().get(0), all));
        } else {
            roadmapTopics.forEach((roadmap, own) -> byRoadmap.put(roadmap,
                    new Subgraph(Collections.unmodifiableMap(own), graphsBuilt.byRoadmap().get(roadmap))));
        }
        return new GraphSnapshot(String.join(",", revs), all, byRoadmap, projects, candidates, byTopic(candidates),
                phases, sortedRequires, sortedRequiredBy, groups, routes, studyHours, formerIds, joined(searchTexts));
    }

    /** The prerequisite graphs {@link #build} makes: all roadmaps', and each roadmap's (none with one revision). */
    private record Graphs(PrerequisiteGraph all, Map<String, PrerequisiteGraph> byRoadmap) {
        Graphs {
            Objects.requireNonNull(all, "all");
            byRoadmap = Map.copyOf(byRoadmap);
        }
    }

    /** The value of work done on another thread, once done; what it threw, thrown here. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static <T> Map<String, T> byId(Map<String, T> unsorted) {
        Map<String, T> sorted = new LinkedHashMap<>();
        unsorted.keySet().stream().sorted().forEach(id -> sorted.put(id, unsorted.get(id)));
        return sorted;
    }

    /**
     * Every roadmap's route stages (what a plan compares itself with); fills {@code studyHours} with each roadmap's
     * {@code studyHoursPerWeek} where its current revision states one.
     */
    private static Map<String, List<RoadmapParts.RouteStageNode>> routes(SnapshotRows source,
                                                                         Map<String, Integer> studyHours) {
        List<String> roadmaps = new ArrayList<>();
        source.roadmaps(r -> {
            Value roadmap = r.get("node");
            roadmaps.add(roadmap.get(GraphModel.ID).asString());
            if (!roadmap.get(GraphModel.STUDY_HOURS_PER_WEEK).isNull()) {
                studyHours.put(roadmap.get(GraphModel.ID).asString(),
                        roadmap.get(GraphModel.STUDY_HOURS_PER_WEEK).asInt());
            }
        });
        Map<String, List<RoadmapParts.RouteStageNode>> routes = new HashMap<>();
        source.routes(roadmaps, r -> routes
                .computeIfAbsent(r.get("owner").asString(), k -> new ArrayList<>()).add(Rows.routeStage(r.get("node"))));
        routes.replaceAll((k, v) -> List.copyOf(v));
        return routes;
    }

    /** One stored group: how many of its options it needs, the topic that requires it (none if nested), its options. */
    private record GroupRow(int n, String owner, List<Value> options) {
    }

    /** The topics' requirement groups by roadmap (and under "" all of them), rebuilt as nested groups. */
    private static Map<String, Map<String, List<Requirement.Group>>> groups(SnapshotRows source,
                                                                           List<String> revs) {
        Map<String, Map<String, GroupRow>> rows = new LinkedHashMap<>();
        source.groups(revs, r -> rows
                .computeIfAbsent(r.get("roadmap").asString(), k -> new LinkedHashMap<>())
                .put(r.get("key").asString(), new GroupRow(r.get("n").asInt(), r.get("owner").asString(null),
                        r.get("options").asList(v -> v))));
        Map<String, Map<String, List<Requirement.Group>>> byRoadmap = new HashMap<>();
        Map<String, List<Requirement.Group>> all = new LinkedHashMap<>();
        Set<String> named = new java.util.HashSet<>();
        for (String rev : revs) {
            String roadmap = rev.substring(0, rev.indexOf('@'));
            Map<String, GroupRow> own = rows.getOrDefault(roadmap, Map.of());
            Map<String, List<Requirement.Group>> byOwner = new LinkedHashMap<>();
            own.forEach((key, row) -> {
                if (row.owner() != null) {
                    byOwner.computeIfAbsent(row.owner(), k -> new ArrayList<>()).add(group(key, own));
                }
            });
            byOwner.values().forEach(list -> list.sort(Comparator.comparing(Requirement.Group::id)));
            byRoadmap.put(roadmap, Collections.unmodifiableMap(byOwner));
            byOwner.forEach((owner, list) -> {
                List<String> ids = list.stream().flatMap(Requirement.Group::withNested).map(Requirement.Group::id)
                        .toList();
                if (!all.containsKey(owner) && ids.stream().noneMatch(named::contains)) {
                    all.put(owner, list);
                    named.addAll(ids);
                }
            });
        }
        if (!all.isEmpty()) {
            byRoadmap.put("", Collections.unmodifiableMap(all));
        }
        return byRoadmap;
    }

    private static Requirement.Group group(String key, Map<String, GroupRow> rows) {
        GroupRow row = rows.get(key);
        List<Requirement> options = row.options().stream()
                .sorted(Comparator.comparingInt(o -> o.get("order").asInt()))
                .<Requirement>map(o -> o.get("nested").asBoolean() ? group(o.get("id").asString(), rows)
                        : new Requirement.OnTopic(o.get("id").asString()))
                .toList();
        return new Requirement.Group(key, row.n(), options);
    }

    /** One roadmap's view of the topics it has, or an empty one for a roadmap that has none (or is not loaded). */
    Subgraph of(String roadmap) {
        return byRoadmap.getOrDefault(roadmap, Subgraph.EMPTY);
    }

    static TopicNode withRoadmaps(TopicNode t, List<String> roadmaps) {
        if (t.roadmaps().equals(roadmaps)) {
            return t;
        }
        return new TopicNode(t.id(), t.title(), t.summary(), t.phase(), t.phaseId(), t.order(), t.layer(), t.parent(),
                t.importance(), t.startHere(), t.estimatedHours(), t.hoursOrigin(),
                t.whenToUse(), t.points(), roadmaps);
    }

    /** {@code t} with the snapshot's one instance of its id, phase id, layer, parent and roadmaps. */
    private static TopicNode canonical(TopicNode t, Canon canon) {
        return new TopicNode(canon.of(t.id()), t.title(), t.summary(), t.phase(), canon.of(t.phaseId()), t.order(),
                canon.of(t.layer()), canon.of(t.parent()), t.importance(), t.startHere(), t.estimatedHours(),
                t.hoursOrigin(), t.whenToUse(), t.points(), canon.of(t.roadmaps()));
    }

    private static Map<String, List<CoverageRanking.Candidate>> byTopic(List<CoverageRanking.Candidate> candidates) {
        Map<String, List<CoverageRanking.Candidate>> byTopic = new HashMap<>();
        candidates.forEach(c -> c.topics().forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(c)));
        Map<String, List<CoverageRanking.Candidate>> frozen = new HashMap<>();
        byTopic.forEach((topic, list) -> frozen.put(topic, List.copyOf(list)));
        return frozen;
    }

    private static Map<String, List<RequiresLink>> sortedLinks(Map<String, List<RequiresLink>> links) {
        Map<String, List<RequiresLink>> sorted = new HashMap<>();
        links.forEach((owner, list) -> sorted.put(owner, list.stream()
                .sorted(Comparator.comparing(RequiresLink::topic, RoadmapQueries.TOPIC_ORDER)).toList()));
        return sorted;
    }
}
