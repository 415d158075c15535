package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans a learning path through requirement groups: for every group of a topic on the path that known topics do not
 * satisfy, it picks the options that give the <em>fewest total hours for the whole path</em> (ties: fewer topics,
 * then the groups' own order). Options share prerequisites, so picking per group greedily is wrong; the picks are
 * found by branch and bound over the groups' option combinations, in the order the groups come up, with each option's
 * closure memoised and a partial path's hours as the bound. Beyond {@link #NODE_BUDGET} search nodes it stops and
 * keeps the best path found so far, which is never worse than the greedy one it starts from (each group takes the
 * options of fewest extra hours given the picks before it); the result then says it is not proven exact.
 *
 * <p>A learner's choice forces a group's picks (the rest of n, if any, is still picked cheapest). Knowing any option
 * satisfies a group; knowing a topic that requires a group satisfies it for everything after, but marks none of its
 * options known. Once picked, the options are ordinary requires-edges of their topic, and the path, its order and its
 * steps are exactly {@link LearningPathPlanner}'s on that graph, so a graph without groups plans as before.
 */
public final class ChoicePlanner {

    /**
     * Search nodes (partial paths tried) before the search stops at the best path found. The random AND/OR DAGs of
     * the tests (up to 24 topics, 2 groups each) need at most a few hundred; 80 topics each needing 2 of 4 others
     * (ChoicePlannerTest#beyondTheBudget...) exceed it, and its 20,000 nodes took 0.56 s measured on the shared
     * 2-core build machine at load average ~20 (about 28 µs a node there; an idle core is several times faster).
     */
    public static final int NODE_BUDGET = 20_000;

    /**
     * The least budget of each search for a rejected option's cost (the budget is otherwise shared among them); when
     * the path's own search ran out, the rejected options are costed greedily.
     */
    static final int REJECTED_BUDGET = 5_000;

    /**
     * Beyond this many options of decided groups (or when the path's own search ran out), a rejected option's cost is
     * the hours its closure adds to the path as it is (the other picks unchanged, its own groups not counted) rather
     * than a new search for each; the result is then not marked exact.
     */
    static final int REJECTED_SEARCHES = 60;

    /** How many undecided groups the bound looks at (any subset gives a valid bound; more cut more but cost more). */
    static final int BOUND_GROUPS = 16;

    private ChoicePlanner() {
    }

    /** Why a group got its picks. */
    public enum Why {
        /** the picks give the fewest hours for the whole path */
        CHEAPEST,
        /** the learner chose them */
        CHOSEN,
        /** known topics satisfy the group already; nothing is picked */
        ALREADY_KNOWN
    }

    /** A rejected option and how many hours the whole path would take more with it (less, when negative). */
    public record Rejected(String option, int extraHours) {
        public Rejected {
            Objects.requireNonNull(option, "option");
        }
    }

    /**
     * The decision for one group on the path.
     *
     * @param group    the group's id
     * @param owner    the topic that requires it (for a nested group: the topic of the group it is in)
     * @param picked   the options picked (topic ids or nested group ids), in the group's order; for ALREADY_KNOWN
     *                 the options known
     * @param why      why these
     * @param rejected each option not picked, with the whole path's extra hours had it been picked instead
     */
    public record Pick(String group, String owner, List<String> picked, Why why, List<Rejected> rejected) {
        public Pick {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(owner, "owner");
            picked = List.copyOf(picked);
            Objects.requireNonNull(why, "why");
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * The path, the decision of every group on it in the order they came up, and whether the searches (for the path
     * and for each rejected option's cost) were exhaustive.
     */
    public record Result(LearningPathPlanner.Plan plan, List<Pick> picks, boolean exact) {
        public Result {
            Objects.requireNonNull(plan, "plan");
            picks = List.copyOf(picks);
        }
    }

    /**
     * Plans the path to {@code goals} for someone who knows {@code known}, with the learner's {@code choices}
     * (group id to the options it must pick).
     *
     * @throws IllegalArgumentException when an id is not in the graph, a choice names an unknown group or an option
     *                                  not in it or picks more than the group takes, or the picks make a cycle
     */
    public static Result plan(GroupedGraph graph, Collection<String> goals, Collection<String> known,
                              Map<String, List<String>> choices) {
        PrerequisiteGraph plain = graph.plain();
        goals.forEach(plain::key);
        known.forEach(plain::key);
        checkChoices(graph, choices);
        Search search = new Search(graph, goals, Subtopics.knownClosure(plain, known));
        Solution best = search.solve(choices, NODE_BUDGET);
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        best.picks.forEach((group, picked) -> {
            Requirement.Group g = graph.group(group).orElseThrow();
            picked.forEach(option -> {
                if (!(option(g, option) instanceof Requirement.Group)) {
                    edges.computeIfAbsent(graph.owner(group), k -> new LinkedHashSet<>()).add(option);
                }
            });
        });
        LearningPathPlanner.Plan plan;
        try {
            plan = LearningPathPlanner.plan(graph.hasGroups() ? graph.withEdges(edges) : plain, goals, known);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the picks " + best.picks + " make a cycle: " + e.getMessage(), e);
        }
        int alternatives = best.picks.keySet().stream().mapToInt(g -> graph.group(g).orElseThrow().options().size())
                .sum();
        int budget = Math.max(NODE_BUDGET / Math.max(1, alternatives), REJECTED_BUDGET);
        boolean resolve = best.exact && alternatives <= REJECTED_SEARCHES;
        boolean[] exact = {best.exact};
        List<Pick> picks = new ArrayList<>();
        Set<String> path = Set.copyOf(plan.topics());
        best.picks.forEach((group, picked) -> picks.add(pick(graph, search, choices, best, group, picked,
                resolve ? budget : -1, path, exact)));
        return new Result(plan, picks, exact[0]);
    }

    private static Pick pick(GroupedGraph graph, Search search, Map<String, List<String>> choices, Solution best,
                             String group, List<String> picked, int budget, Set<String> path, boolean[] exact) {
        Requirement.Group g = graph.group(group).orElseThrow();
        String owner = graph.owner(group);
        if (!choices.containsKey(group) && search.need(g, List.of()) <= 0) {
            List<String> known = g.options().stream().filter(o -> GroupedGraph.satisfied(o, search.known))
                    .map(Requirement::id).toList();
            return new Pick(group, owner, known, Why.ALREADY_KNOWN, List.of());
        }
        List<Rejected> rejected = new ArrayList<>();
        for (Requirement option : g.options()) {
            if (picked.contains(option.id()) || GroupedGraph.satisfied(option, search.known)) {
                continue;
            }
            if (budget < 0) {
                exact[0] = false;
                rejected.add(new Rejected(option.id(), search.extraBeyond(option, path)));
                continue;
            }
            Map<String, List<String>> instead = new HashMap<>(choices);
            instead.put(group, List.of(option.id()));
            Solution with = search.solve(instead, budget);
            exact[0] &= with.exact;
            rejected.add(new Rejected(option.id(), with.hours - best.hours));
        }
        return new Pick(group, owner, picked, choices.containsKey(group) ? Why.CHOSEN : Why.CHEAPEST, rejected);
    }

    private static Requirement option(Requirement.Group group, String id) {
        return group.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static void checkChoices(GroupedGraph graph, Map<String, List<String>> choices) {
        choices.forEach((group, picks) -> {
            Requirement.Group g = graph.group(group).orElseThrow(() -> new IllegalArgumentException(
                    "unknown group '" + group + "'; choose a group of the roadmap"));
            for (String pick : picks) {
                if (g.options().stream().noneMatch(o -> o.id().equals(pick))) {
                    throw new IllegalArgumentException("'" + pick + "' is not an option of group '" + group
                            + "'; its options are " + g.options().stream().map(Requirement::id).toList());
                }
            }
            if (new LinkedHashSet<>(picks).size() > g.n()) {
                throw new IllegalArgumentException("group '" + group + "' takes " + g.n() + " option"
                        + (g.n() == 1 ? "" : "s") + ", but " + picks.size() + " were picked: " + picks);
            }
        });
    }

    /** A complete set of picks: hours and topics of the path, each decided group's picks in order. */
    private record Solution(int hours, int count, Map<String, List<String>> picks, boolean exact) {
        boolean dearerThan(Search.State state) {
            return hours > state.hours || (hours == state.hours && count > state.count);
        }

        boolean costsAsMuchAs(Search.State state) {
            return hours == state.hours && count == state.count;
        }
    }

    /** The branch and bound over one query's groups; closures are memoised across the solves of the query. */
    private static final class Search {
        private final GroupedGraph graph;
        private final PrerequisiteGraph plain;
        private final Set<String> known;
        private final List<String> ids;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, BitSet> closures = new HashMap<>();
        private final Map<String, List<List<String>>> combos = new HashMap<>();
        private final BitSet start;
        private Map<String, List<String>> forced;
        private Solution best;
        private boolean fromGreedy;
        private int nodes;
        private int budget;

        Search(GroupedGraph graph, Collection<String> goals, Set<String> known) {
            this.graph = graph;
            this.plain = graph.plain();
            this.known = known;
            this.ids = List.copyOf(plain.topics());
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
            this.start = bits(Closure.all(plain, Subtopics.withSubtopics(plain, List.copyOf(goals)),
                    PrerequisiteGraph.Direction.PREREQUISITES));
        }

        Solution solve(Map<String, List<String>> choices, int budget) {
            forced = choices;
            this.budget = budget;
            best = null;
            nodes = 0;
            combos.clear();
            State initial = new State(new BitSet(), 0, 0, null, null);
            State first = initial.add(start);
            descend(first, true);
            fromGreedy = true;
            if (graph.hasGroups()) {
                descend(first, false);
            }
            return new Solution(best.hours, best.count, best.picks, nodes <= budget);
        }

        /** How many more options the group needs beyond the known ones and {@code picked}. */
        int need(Requirement.Group group, List<String> picked) {
            return group.n() - (int) group.options().stream()
                    .filter(o -> picked.contains(o.id()) || GroupedGraph.satisfied(o, known)).count();
        }

        private void descend(State state, boolean greedy) {
            if (!greedy && (++nodes > budget || prune(state))) {
                return;
            }
            if (state.pending == null) {
                if (best == null || best.dearerThan(state) || (fromGreedy && !greedy && best.costsAsMuchAs(state))) {
                    best = new Solution(state.hours, state.count, Link.decisions(state.picks), true);
                    fromGreedy = greedy;
                }
                return;
            }
            Requirement.Group group = state.pending.head();
            List<String> free = free(group, state);
            if (!free.isEmpty()) {
                descend(state.decide(group, free), greedy);
                return;
            }
            State cheapest = null;
            for (List<String> combo : combos(group)) {
                if (!greedy && nodes > budget) {
                    return;
                }
                State next = state.decide(group, combo);
                if (!greedy) {
                    descend(next, false);
                } else if (cheapest == null || next.hours < cheapest.hours
                        || (next.hours == cheapest.hours && next.count < cheapest.count)) {
                    cheapest = next;
                }
            }
            if (greedy) {
                descend(cheapest, true);
            }
        }

        /**
         * A partial path's hours and topics only grow, so one dearer than the best (or as dear: later) is cut; so is
         * one whose hours plus what its dearest undecided group must add at least exceed the best.
         */
        private boolean prune(State state) {
            return best != null && (state.hours > best.hours || (state.hours == best.hours && state.count > best.count)
                    || (!fromGreedy && best.costsAsMuchAs(state)) || state.hours + atLeast(state) > best.hours);
        }

        /**
         * The most hours any one of the next {@link #BOUND_GROUPS} undecided groups must add: a group that needs k more
         * options adds at least the k-th smallest of its options' own extra hours (a nested group counts 0).
         */
        private int atLeast(State state) {
            int most = 0;
            int looked = 0;
            for (Link<Requirement.Group> l = state.pending; l != null && looked++ < BOUND_GROUPS; l = l.tail()) {
                Requirement.Group group = l.head();
                List<String> chosen = forced.getOrDefault(group.id(), List.of());
                int need = need(group, chosen);
                List<Integer> extra = new ArrayList<>();
                for (Requirement option : group.options()) {
                    if (chosen.contains(option.id())) {
                        most = Math.max(most, extra(option, state.topics));
                    } else if (!GroupedGraph.satisfied(option, known)) {
                        extra.add(extra(option, state.topics));
                    }
                }
                if (need > 0 && need <= extra.size()) {
                    extra.sort(null);
                    most = Math.max(most, extra.get(need - 1));
                }
            }
            return most;
        }

        /** The hours an option adds to {@code path} (a nested group: its cheapest options' hours, greedily). */
        int extraBeyond(Requirement option, Set<String> path) {
            BitSet on = bits(path);
            if (option instanceof Requirement.Group g) {
                return g.options().stream().mapToInt(o -> extra(o, on)).sorted().limit(Math.max(0, need(g, List.of())))
                        .sum();
            }
            return extra(option, on);
        }

        private int extra(Requirement option, BitSet topics) {
            if (option instanceof Requirement.Group) {
                return 0;
            }
            BitSet added = (BitSet) closure(option.id()).clone();
            added.andNot(topics);
            int h = 0;
            for (int i = added.nextSetBit(0); i >= 0; i = added.nextSetBit(i + 1)) {
                h += plain.hours(ids.get(i));
            }
            return h;
        }

        /**
         * The picks that cost nothing, if the group can be satisfied that way: when enough of its options are on the
         * path already (and it offers no nested group, which could tie with them earlier in its order), the first of
         * them are the cheapest pick and change nothing for the other groups, so there is nothing to branch on.
         */
        private List<String> free(Requirement.Group group, State state) {
            List<String> chosen = forced.getOrDefault(group.id(), List.of());
            int need = need(group, chosen);
            if (need <= 0 || group.options().stream().anyMatch(o -> o instanceof Requirement.Group)) {
                return List.of();
            }
            List<String> onPath = new ArrayList<>(chosen);
            for (Requirement option : group.options()) {
                if (onPath.size() < chosen.size() + need && !chosen.contains(option.id())
                        && !known.contains(option.id()) && state.topics.get(index.get(option.id()))) {
                    onPath.add(option.id());
                }
            }
            return onPath.size() < chosen.size() + need ? List.of()
                    : group.options().stream().map(Requirement::id).filter(onPath::contains).toList();
        }

        /** The picks to try for a group, in the group's order: the forced ones plus every way to fill up to n. */
        private List<List<String>> combos(Requirement.Group group) {
            return combos.computeIfAbsent(group.id(), id -> newCombos(group));
        }

        private List<List<String>> newCombos(Requirement.Group group) {
            List<String> chosen = forced.getOrDefault(group.id(), List.of());
            int need = need(group, chosen);
            List<String> free = group.options().stream()
                    .filter(o -> !chosen.contains(o.id()) && !GroupedGraph.satisfied(o, known))
                    .map(Requirement::id).toList();
            List<List<String>> combos = new ArrayList<>();
            combine(free, Math.max(need, 0), 0, new ArrayList<>(), combos);
            return combos.stream().map(c -> {
                List<String> all = new ArrayList<>(chosen);
                all.addAll(c);
                return group.options().stream().map(Requirement::id).filter(all::contains).toList();
            }).toList();
        }

        private static void combine(List<String> from, int k, int at, List<String> current, List<List<String>> into) {
            if (current.size() == k) {
                into.add(List.copyOf(current));
                return;
            }
            for (int i = at; i <= from.size() - (k - current.size()); i++) {
                current.add(from.get(i));
                combine(from, k, i + 1, current, into);
                current.remove(current.size() - 1);
            }
        }

        private BitSet bits(Collection<String> topics) {
            BitSet bits = new BitSet(ids.size());
            topics.stream().filter(t -> !known.contains(t)).forEach(t -> bits.set(index.get(t)));
            return bits;
        }

        private BitSet closure(String topic) {
            return closures.computeIfAbsent(topic, t -> bits(Closure.all(plain, List.of(t),
                    PrerequisiteGraph.Direction.PREREQUISITES)));
        }

        /**
         * A partial path: its topics, hours and count, the groups still to decide (a stack: a group's own new groups
         * are decided next) and the decisions so far (newest first); shared between the states of a branch.
         */
        private final class State {
            final BitSet topics;
            final int hours;
            final int count;
            final Link<Requirement.Group> pending;
            final Link<Map.Entry<String, List<String>>> picks;

            State(BitSet topics, int hours, int count, Link<Requirement.Group> pending,
                  Link<Map.Entry<String, List<String>>> picks) {
                this.topics = topics;
                this.hours = hours;
                this.count = count;
                this.pending = pending;
                this.picks = picks;
            }

            /** This state with the topics of {@code more} on the path and their groups to decide. */
            State add(BitSet more) {
                BitSet added = (BitSet) more.clone();
                added.andNot(topics);
                if (added.isEmpty()) {
                    return this;
                }
                BitSet all = (BitSet) topics.clone();
                all.or(added);
                int h = hours;
                Link<Requirement.Group> groups = pending;
                for (int i = added.previousSetBit(added.length()); i >= 0; i = added.previousSetBit(i - 1)) {
                    h += plain.hours(ids.get(i));
                    List<Requirement.Group> own = graph.groups(ids.get(i));
                    for (int g = own.size() - 1; g >= 0; g--) {
                        groups = new Link<>(own.get(g), groups);
                    }
                }
                return new State(all, h, count + added.cardinality(), groups, picks);
            }

            /** This state with {@code group} decided as {@code combo}. */
            State decide(Requirement.Group group, List<String> combo) {
                Link<Requirement.Group> rest = pending.tail();
                BitSet more = new BitSet(ids.size());
                for (String id : combo) {
                    if (option(group, id) instanceof Requirement.Group nested) {
                        rest = new Link<>(nested, rest);
                    } else {
                        more.or(closure(id));
                    }
                }
                return new State(topics, hours, count, rest, new Link<>(Map.entry(group.id(), combo), picks)).add(more);
            }
        }
    }

    /** An immutable singly linked list; null is the empty list. */
    private record Link<T>(T head, Link<T> tail) {
        static Map<String, List<String>> decisions(Link<Map.Entry<String, List<String>>> picks) {
            List<Map.Entry<String, List<String>>> newestFirst = new ArrayList<>();
            for (Link<Map.Entry<String, List<String>>> l = picks; l != null; l = l.tail()) {
                newestFirst.add(l.head());
            }
            Map<String, List<String>> inOrder = new LinkedHashMap<>();
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                inOrder.put(newestFirst.get(i).getKey(), newestFirst.get(i).getValue());
            }
            return inOrder;
        }
    }
}
