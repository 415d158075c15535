package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Random acyclic prerequisite graphs for property tests, and brute-force answers to compare against. */
final class RandomDags {

    private RandomDags() {
    }

    /** Seeds for {@code @MethodSource}: 200 of them, so every property runs on 200 graphs. */
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** A random DAG of 1..24 topics: edges only go from later to earlier in a hidden random order. */
    static PrerequisiteGraph dag(Random random) {
        int n = 1 + random.nextInt(24);
        List<String> hidden = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> "t" + i).toList());
        Collections.shuffle(hidden, random);
        List<Integer> orders = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(orders, random);
        double density = random.nextDouble() * 0.4;
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        for (int i = 0; i < n; i++) {
            List<String> requires = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextDouble() < density) {
                    requires.add(hidden.get(j));
                }
            }
            builder.topic(hidden.get(i), new OrderKey(1 + random.nextInt(4), orders.get(i)), 1 + random.nextInt(40),
                    requires);
        }
        return builder.build();
    }

    /**
     * A random DAG with subtopics that follow the subtopic rule: {@code parents} maps a subtopic to its parent (which it
     * requires, and which is earlier in the hidden order, so no parent requires its own subtopic); {@code elective}
     * holds the elective subtopics.
     */
    record WithSubtopics(PrerequisiteGraph graph, Map<String, String> parents, Set<String> elective) {
    }

    static WithSubtopics dagWithSubtopics(Random random) {
        int n = 1 + random.nextInt(24);
        List<String> hidden = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> "t" + i).toList());
        Collections.shuffle(hidden, random);
        double density = random.nextDouble() * 0.3;
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        Map<String, String> parents = new HashMap<>();
        Set<String> elective = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String id = hidden.get(i);
            List<String> requires = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextDouble() < density) {
                    requires.add(hidden.get(j));
                }
            }
            if (i > 0 && random.nextDouble() < 0.4) {
                String parent = hidden.get(random.nextInt(i));
                parents.put(id, parent);
                if (!requires.contains(parent)) {
                    requires.add(parent);
                }
                boolean isElective = random.nextDouble() < 0.3;
                if (isElective) {
                    elective.add(id);
                }
                builder.subtopic(parent, id, isElective);
            }
            builder.topic(id, new OrderKey(1 + random.nextInt(4), random.nextInt(100)), 1 + random.nextInt(40),
                    requires);
        }
        return new WithSubtopics(builder.build(), parents, elective);
    }

    /** A random subset of the graph's topics, each picked with the given chance. */
    static Set<String> someOf(PrerequisiteGraph graph, Random random, double chance) {
        Set<String> picked = new HashSet<>();
        graph.topics().forEach(t -> {
            if (random.nextDouble() < chance) {
                picked.add(t);
            }
        });
        return picked;
    }

    /**
     * Shortest requires-distances between all pairs by Floyd–Warshall, independent of the BFS under test:
     * {@code d[i][j]} = edges from topic i to prerequisite j, or {@link Integer#MAX_VALUE}/2 when unreachable.
     */
    static int[][] distances(PrerequisiteGraph graph, List<String> ids) {
        int n = ids.size();
        int inf = Integer.MAX_VALUE / 2;
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = i == j ? 0 : inf;
            }
            for (String r : graph.requires(ids.get(i))) {
                d[i][ids.indexOf(r)] = 1;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d;
    }
}
