package io.roadmapgraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random roadmap whose prerequisites form a DAG: each topic gets a hidden rank and may require only topics of a
 * lower rank and of the same or an earlier phase. Topics are listed in random order, so the file's order is not a
 * topological one. Written as YAML, remembering the line of every requirement.
 */
final class RandomRoadmap {

    final int phases;
    /** Topic ids in file order. */
    final List<String> topics = new ArrayList<>();
    final Map<String, Integer> phaseOf = new HashMap<>();
    final Map<String, Integer> rankOf = new HashMap<>();
    /** What each topic requires, in order. */
    final Map<String, List<String>> requires = new LinkedHashMap<>();

    RandomRoadmap(Random random) {
        phases = 1 + random.nextInt(4);
        int count = 1 + random.nextInt(25);
        List<String> byRank = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "topic-" + i;
            byRank.add(id);
            rankOf.put(id, i);
        }
        // phases ascend with rank in most cases, but not all: same-phase and earlier-phase requirements both occur
        for (String id : byRank) {
            phaseOf.put(id, 1 + random.nextInt(phases));
        }
        for (String id : byRank) {
            List<String> candidates = byRank.subList(0, rankOf.get(id)).stream()
                    .filter(other -> phaseOf.get(other) <= phaseOf.get(id)).toList();
            List<String> chosen = new ArrayList<>();
            for (String candidate : candidates) {
                if (random.nextInt(3) == 0) {
                    chosen.add(candidate);
                }
            }
            Collections.shuffle(chosen, random);
            requires.put(id, chosen);
        }
        topics.addAll(byRank);
        Collections.shuffle(topics, random);
    }

    /** The YAML text; {@code lines} receives, for "a\nb", the line of a's requirement of b. */
    String yaml(Map<String, Integer> lines) {
        StringBuilder yaml = new StringBuilder();
        List<String> out = new ArrayList<>(List.of("id: random", "title: Random", "summary: A random roadmap",
                "source: {document: random.md, language: en, basedOn: Chance}", "phases:"));
        for (int p = 1; p <= phases; p++) {
            out.add("  - {number: " + p + ", title: Phase " + p + ", goal: Goal " + p + "}");
        }
        out.add("topics:");
        for (String id : topics) {
            out.add("  - id: " + id);
            out.add("    title: Title of " + id);
            out.add("    summary: {en: Summary of " + id + ", nl: Samenvatting}");
            out.add("    phase: " + phaseOf.get(id));
            out.add("    importance: core");
            out.add("    estimatedHours: " + (1 + rankOf.get(id)));
            if (!requires.get(id).isEmpty()) {
                out.add("    requires:");
                for (String required : requires.get(id)) {
                    out.add("      - {topic: " + required + ", reason: needed}");
                    lines.put(id + "\n" + required, out.size());
                }
            }
        }
        out.forEach(line -> yaml.append(line).append('\n'));
        return yaml.toString();
    }

    /** How many distinct requirement paths lead from {@code from} to each topic (capped at 2). */
    Map<String, Integer> pathCounts(String from) {
        Map<String, Integer> counts = new HashMap<>();
        counts.put(from, 1);
        List<String> byRankDescending = new ArrayList<>(rankOf.keySet());
        byRankDescending.sort((a, b) -> rankOf.get(b) - rankOf.get(a));
        for (String topic : byRankDescending) {
            int here = counts.getOrDefault(topic, 0);
            if (here > 0) {
                for (String required : requires.get(topic)) {
                    counts.merge(required, here, (a, b) -> Math.min(2, a + b));
                }
            }
        }
        return counts;
    }
}
