package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.CoverageRanking;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything the traversals need, read in one transaction: every topic with its direct requirements (as a
 * {@link Subgraph} over the whole graph) and every project with the topics it exercises. Immutable; it stands for the
 * graph as of {@link #revision}, the ids and revision stamps of all roadmaps at the time it was read.
 */
record GraphSnapshot(String revision, Subgraph all, Map<String, ProjectNode> projects,
                     List<CoverageRanking.Candidate> candidates,
                     Map<String, List<CoverageRanking.Candidate>> candidatesByTopic) {

    GraphSnapshot {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(all, "all");
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(projects));
        candidates = List.copyOf(candidates);
        candidatesByTopic = Map.copyOf(candidatesByTopic);
    }

    GraphSnapshot(String revision, Subgraph all, Map<String, ProjectNode> projects,
                  List<CoverageRanking.Candidate> candidates) {
        this(revision, all, projects, candidates, byTopic(candidates));
    }

    /** The projects that exercise at least one of {@code topics}: the only ones a coverage ranking can list. */
    List<CoverageRanking.Candidate> candidatesFor(Collection<String> topics) {
        Set<CoverageRanking.Candidate> found = new LinkedHashSet<>();
        topics.forEach(topic -> found.addAll(candidatesByTopic.getOrDefault(topic, List.of())));
        return List.copyOf(found);
    }

    private static Map<String, List<CoverageRanking.Candidate>> byTopic(List<CoverageRanking.Candidate> candidates) {
        Map<String, List<CoverageRanking.Candidate>> byTopic = new HashMap<>();
        candidates.forEach(c -> c.topics().forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(c)));
        Map<String, List<CoverageRanking.Candidate>> frozen = new HashMap<>();
        byTopic.forEach((topic, list) -> frozen.put(topic, List.copyOf(list)));
        return frozen;
    }

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
        Subgraph all = Subgraph.read(tx, Cypher.ALL_TOPICS, Map.of());
        Map<String, ProjectNode> projects = new LinkedHashMap<>();
        List<CoverageRanking.Candidate> candidates = new ArrayList<>();
        tx.run(Cypher.ALL_PROJECTS).forEachRemaining(r -> {
            ProjectNode project = Rows.project(r.get("node"));
            projects.put(project.id(), project);
            candidates.add(new CoverageRanking.Candidate(project.id(), project.number(),
                    r.get("exercises").asList(Value::asString)));
        });
        return new GraphSnapshot(revision, all, projects, candidates);
    }
}
