package io.roadmapgraph.query;

import io.roadmapgraph.graph.GraphModel;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default view of a topic, tool or project that several roadmaps have: each roadmap's revision has its own copy
 * (docs/graph-model.md, "One id, one concept"), and an answer about the id without a roadmap shows the copy of the
 * roadmap loaded first, with the ids of all the roadmaps that have it.
 */
final class Copies {

    private Copies() {
    }

    /** The position of each revision in load order, as {@link GraphSnapshot#currentRevisions} lists them. */
    static Map<String, Integer> ranks(List<String> revs) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < revs.size(); i++) {
            rank.put(revs.get(i), i);
        }
        return rank;
    }

    /**
     * One node map from the copies of one id: that of the roadmap loaded first, its {@code roadmaps} the sorted ids
     * of every copy's roadmap.
     */
    static Value merge(List<Value> copies, Map<String, Integer> rank) {
        Value first = copies.stream().min(Comparator.comparingInt(v -> rank.getOrDefault(
                Rows.str(v, GraphModel.REV), Integer.MAX_VALUE))).orElseThrow();
        if (copies.size() == 1 || first.get(GraphModel.ROADMAPS).isNull()) {
            return first;
        }
        Map<String, Object> merged = new LinkedHashMap<>(first.asMap());
        merged.put(GraphModel.ROADMAPS, copies.stream().flatMap(v -> Rows.strings(v, GraphModel.ROADMAPS).stream())
                .distinct().sorted().toList());
        return Values.value(merged);
    }
}
