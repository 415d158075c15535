package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random AND/OR prerequisite graphs: a random DAG with subtopics ({@link RandomDags}) whose topics get any-of and n-of
 * groups, some nested, over topics earlier in a topological order (so no pick can make a cycle); and a brute-force
 * planner that tries every pick of every group, to compare the branch and bound against.
 */
final class RandomAndOrDags {

    private RandomAndOrDags() {
    }

    /** A random graph with random goals and known topics; {@code random} goes on to serve the test. */
    record Query(GroupedGraph graph, Set<String> goals, Set<String> known, Random random) {
        static Query of(long seed) {
            Random random = new Random(seed);
            GroupedGraph graph = RandomAndOrDags.graph(random);
            return new Query(graph, RandomDags.someOf(graph.plain(), random, 0.2),
                    RandomDags.someOf(graph.plain(), random, 0.15), random);
        }

        /** What someone knows after the path: K* and the path's topics. */
        static Set<String> learned(LearningPathPlanner.Plan plan) {
            Set<String> learned = new HashSet<>(plan.known());
            learned.addAll(plan.topics());
            return learned;
        }
    }

    static GroupedGraph graph(Random random) {
        PrerequisiteGraph plain = RandomDags.dagWithSubtopics(random).graph();
        List<String> order = TopologicalSort.sort(plain.topics(), plain::requires, plain::requiredBy, plain.byKey())
                .order();
        Map<String, List<Requirement.Group>> groups = new LinkedHashMap<>();
        double chance = random.nextDouble() * 0.5;
        for (int i = 2; i < order.size(); i++) {
            String owner = order.get(i);
            for (int k = 1; k <= 2 && random.nextDouble() < chance; k++) {
                groups.computeIfAbsent(owner, o -> new ArrayList<>())
                        .add(group(random, owner + "~" + k, order.subList(0, i), 0));
            }
        }
        return GroupedGraph.of(plain, groups);
    }

    /**
     * Two to four small blocks of 2..7 topics, each with groups over its own earlier topics, so that the groups of
     * different blocks do not interact unless a block's topic requires the one shared topic (which then joins them
     * when no goal brings it); small enough for {@link #everyPick} to try every pick of every group.
     */
    static GroupedGraph blocks(Random random) {
        PrerequisiteGraph.Builder builder = PrerequisiteGraph.builder();
        Map<String, List<Requirement.Group>> groups = new LinkedHashMap<>();
        builder.topic("shared", new OrderKey(1, 0), 1 + random.nextInt(40), List.of());
        double sharing = random.nextDouble() * 0.3;
        int blocks = 2 + random.nextInt(3);
        for (int b = 0; b < blocks; b++) {
            List<String> topics = new ArrayList<>();
            int n = 2 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                String id = "b" + b + "t" + i;
                List<String> requires = new ArrayList<>();
                topics.forEach(t -> {
                    if (random.nextDouble() < 0.25) {
                        requires.add(t);
                    }
                });
                if (random.nextDouble() < sharing) {
                    requires.add("shared");
                }
                builder.topic(id, new OrderKey(1 + random.nextInt(3), random.nextInt(100)), 1 + random.nextInt(40),
                        requires);
                if (i >= 2 && random.nextDouble() < 0.5) {
                    groups.put(id, List.of(group(random, id + "~1", List.copyOf(topics), 0)));
                }
                topics.add(id);
            }
        }
        return GroupedGraph.of(builder.build(), groups);
    }

    private static Requirement.Group group(Random random, String id, List<String> earlier, int depth) {
        List<String> pool = new ArrayList<>(earlier);
        Collections.shuffle(pool, random);
        int size = Math.min(pool.size(), 2 + random.nextInt(3));
        List<Requirement> options = new ArrayList<>();
        for (int j = 0; j < size; j++) {
            if (depth == 0 && pool.size() > 2 && random.nextDouble() < 0.2) {
                options.add(group(random, id + "." + (j + 1), earlier, depth + 1));
            } else {
                options.add(new Requirement.OnTopic(pool.get(j)));
            }
        }
        int n = random.nextDouble() < 0.6 ? 1 : 1 + random.nextInt(options.size());
        return new Requirement.Group(id, n, options);
    }

    /** Every way to pick the options of every group (the groups known topics satisfy pick nothing). */
    static List<Map<String, List<String>>> everyPick(GroupedGraph graph, Set<String> known) {
        List<Requirement.Group> all = graph.plain().topics().stream()
                .flatMap(t -> graph.groups(t).stream()).flatMap(Requirement.Group::withNested).toList();
        List<Map<String, List<String>>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (Requirement.Group group : all) {
            List<List<String>> combos = combos(group, known);
            List<Map<String, List<String>>> next = new ArrayList<>();
            for (Map<String, List<String>> partial : result) {
                for (List<String> combo : combos) {
                    Map<String, List<String>> more = new LinkedHashMap<>(partial);
                    more.put(group.id(), combo);
                    next.add(more);
                }
            }
            result = next;
            if (result.size() > 20_000) {
                return List.of();
            }
        }
        return result;
    }

    /** Every way to pick the options a group still needs beyond the known ones. */
    static List<List<String>> combos(Requirement.Group group, Set<String> known) {
        long satisfied = group.options().stream().filter(o -> GroupedGraph.satisfied(o, known)).count();
        List<String> free = group.options().stream().filter(o -> !GroupedGraph.satisfied(o, known))
                .map(Requirement::id).toList();
        int need = (int) Math.max(0, group.n() - satisfied);
        List<List<String>> combos = new ArrayList<>();
        for (int mask = 0; mask < 1 << free.size(); mask++) {
            if (Integer.bitCount(mask) == need) {
                List<String> combo = new ArrayList<>();
                for (int b = 0; b < free.size(); b++) {
                    if ((mask & 1 << b) != 0) {
                        combo.add(free.get(b));
                    }
                }
                combos.add(combo);
            }
        }
        return combos;
    }

    /**
     * The topics of the path under one assignment of picks: walk from the goals (and their subtopics) along plain
     * requirements and, for each topic not known, along the topics its groups picked (through picked nested groups).
     */
    static Set<String> path(GroupedGraph graph, Collection<String> goals, Set<String> known,
                            Map<String, List<String>> picks) {
        PrerequisiteGraph plain = graph.plain();
        Set<String> seen = new LinkedHashSet<>();
        List<String> stack = new ArrayList<>(Subtopics.withSubtopics(plain, goals));
        while (!stack.isEmpty()) {
            String t = stack.remove(stack.size() - 1);
            if (!seen.add(t)) {
                continue;
            }
            stack.addAll(plain.requires(t));
            if (!known.contains(t)) {
                graph.groups(t).forEach(g -> stack.addAll(picked(g, picks)));
            }
        }
        seen.removeAll(known);
        return seen;
    }

    private static Set<String> picked(Requirement.Group group, Map<String, List<String>> picks) {
        Set<String> topics = new HashSet<>();
        for (Requirement option : group.options()) {
            if (picks.getOrDefault(group.id(), List.of()).contains(option.id())) {
                if (option instanceof Requirement.Group nested) {
                    topics.addAll(picked(nested, picks));
                } else {
                    topics.add(option.id());
                }
            }
        }
        return topics;
    }

    static int hours(PrerequisiteGraph graph, Collection<String> topics) {
        return hours(graph, topics, Map.of());
    }

    /** The topics' hours, {@code hoursLeft} (at most the estimate) for the topics it has. */
    static int hours(PrerequisiteGraph graph, Collection<String> topics, Map<String, Integer> hoursLeft) {
        return topics.stream().mapToInt(t -> Math.min(graph.hours(t), hoursLeft.getOrDefault(t, graph.hours(t))))
                .sum();
    }

    /**
     * Hours left for some topics, as a learner's LEARNING topics have them: about a third of the topics, each with 0
     * to its estimate (sometimes more, which counts as the estimate), and one id the graph does not have.
     */
    static Map<String, Integer> hoursLeft(PrerequisiteGraph graph, Random random) {
        Map<String, Integer> left = new LinkedHashMap<>();
        for (String topic : graph.topics()) {
            if (random.nextDouble() < 0.35) {
                left.put(topic, random.nextInt(graph.hours(topic) + (random.nextDouble() < 0.1 ? 10 : 1)));
            }
        }
        left.put("not-in-the-graph", 1);
        return left;
    }
}
