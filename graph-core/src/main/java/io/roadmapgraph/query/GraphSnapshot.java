package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.CoverageRanking;
import io.roadmapgraph.algorithms.PrerequisiteGraph;
import io.roadmapgraph.model.Text;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the traversals need, read in one transaction: every topic with its direct requirements (as a
 * {@link Subgraph} over the whole graph, and as {@link RequiresLink}s with their reasons, both ways), every phase, and
 * every project with the topics it exercises. Immutable; it stands for the graph as of {@link #revision}, the ids and
 * revision stamps of all roadmaps at the time it was read. The batch lookups of {@link RoadmapQueries} answer the
 * facts it holds from it (see {@link RoadmapQueries}), so a nested field reads the same graph as the traversal.
 */
record GraphSnapshot(String revision, Subgraph all, Map<String, ProjectNode> projects,
                     List<CoverageRanking.Candidate> candidates,
                     Map<String, List<CoverageRanking.Candidate>> candidatesByTopic,
                     Map<String, PhaseNode> phases,
                     Map<String, List<RequiresLink>> requires,
                     Map<String, List<RequiresLink>> requiredBy) {

    GraphSnapshot {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(all, "all");
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(projects));
        candidates = List.copyOf(candidates);
        candidatesByTopic = Map.copyOf(candidatesByTopic);
        phases = Map.copyOf(phases);
        requires = Map.copyOf(requires);
        requiredBy = Map.copyOf(requiredBy);
    }

    /** The projects that exercise at least one of {@code topics}: the only ones a coverage ranking can list. */
    List<CoverageRanking.Candidate> candidatesFor(Collection<String> topics) {
        Set<CoverageRanking.Candidate> found = new LinkedHashSet<>();
        topics.forEach(topic -> found.addAll(candidatesByTopic.getOrDefault(topic, List.of())));
        return List.copyOf(found);
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

    /**
     * The graph's revision as this transaction sees it: every roadmap's id and revision stamp, in id order. The loader
     * renews a roadmap's stamp in the transaction of every load that changes its graph, and a removal takes the
     * roadmap away, so equal revisions mean an equal graph (as far as the loader wrote it).
     */
    static String revision(TransactionContext tx) {
        return tx.run(Cypher.REVISIONS).stream()
                .map(r -> r.get("id").asString() + "@" + r.get("revision").asString())
                .collect(Collectors.joining(","));
    }

    /** Reads the whole snapshot in this transaction. */
    static GraphSnapshot read(TransactionContext tx) {
        String revision = revision(tx);
        Map<String, TopicNode> topics = new LinkedHashMap<>();
        PrerequisiteGraph.Builder graph = PrerequisiteGraph.builder();
        Map<String, List<Value>> reasons = new HashMap<>();
        tx.run(Cypher.SNAPSHOT_TOPICS).forEachRemaining(r -> {
            TopicNode t = Rows.topic(r.get("node"));
            topics.put(t.id(), t);
            graph.topic(t.id(), t.orderKey(), t.estimatedHours(), r.get("requires").asList(Value::asString));
            Subgraph.subtopic(graph, t);
            reasons.put(t.id(), r.get("reasons").asList(v -> v));
        });
        Subgraph all = new Subgraph(Collections.unmodifiableMap(topics), graph.build());
        Map<String, List<RequiresLink>> requires = new HashMap<>();
        Map<String, List<RequiresLink>> requiredBy = new HashMap<>();
        reasons.forEach((owner, edges) -> edges.forEach(edge -> {
            TopicNode required = topics.get(edge.get("id").asString());
            if (required != null) {
                Text reason = RoadmapQueries.reason(edge);
                requires.computeIfAbsent(owner, k -> new ArrayList<>()).add(new RequiresLink(required, reason));
                requiredBy.computeIfAbsent(required.id(), k -> new ArrayList<>())
                        .add(new RequiresLink(topics.get(owner), reason));
            }
        }));
        Map<String, PhaseNode> phases = new HashMap<>();
        tx.run(Cypher.ALL_PHASES).forEachRemaining(r -> {
            PhaseNode phase = Rows.phase(r.get("node"));
            phases.put(phase.id(), phase);
        });
        Map<String, ProjectNode> projects = new LinkedHashMap<>();
        List<CoverageRanking.Candidate> candidates = new ArrayList<>();
        tx.run(Cypher.ALL_PROJECTS).forEachRemaining(r -> {
            ProjectNode project = Rows.project(r.get("node"));
            projects.put(project.id(), project);
            candidates.add(new CoverageRanking.Candidate(project.id(), project.number(),
                    r.get("exercises").asList(Value::asString)));
        });
        return new GraphSnapshot(revision, all, projects, candidates, byTopic(candidates), phases,
                sortedLinks(requires), sortedLinks(requiredBy));
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
