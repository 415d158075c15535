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
 * solved exactly, in two steps:
 * <ol>
 *   <li><b>Components.</b> Every path holds the goals' plain closure (the fixed part). Groups whose options' closures
 *   beyond it share no topic, and none of whose options brings a group of another, cannot change each other's hours,
 *   so each such component is decided on its own and the cheapest path is their cheapest picks together.</li>
 *   <li><b>Branch and bound</b> inside a component, over its groups' option combinations in the order the groups come
 *   up, each option's closure (beyond the fixed part) memoised as a bit set, with a partial path's hours plus what
 *   its dearest undecided group must add as the bound, starting from the greedy picks.</li>
 * </ol>
 * <b>Beyond the measured size, a heuristic.</b> A component's search stops after {@link #NODE_BUDGET} nodes, and a
 * query's searches after {@code QUERY_BUDGET} (5 × {@code NODE_BUDGET}) nodes in all; a component then keeps the best
 * picks found so far, which are never worse than the greedy ones (each group takes the options of fewest extra hours
 * given the picks before it), a component left without nodes keeps the greedy picks, and the result says it is not
 * proven exact. Measured on chains where every group's options are the 3 or 4 topics before its own (so all groups
 * interact): up to 12 groups needing 2 of 4, and up to 21 groups needing 1 of 3, stay exact; from about 24
 * interacting groups on, the search runs out. The 10k synthetic roadmap (543 groups in 522 components, the largest
 * with 12 groups) needs about 1,600 nodes in all. Real roadmaps' groups are small and few.
 *
 * <p><b>Hours left.</b> A query may give some topics fewer hours than their estimates (a learner's LEARNING topics):
 * the search then counts those, as an array of its own beside the graph's memoised numbering and hours, which stay
 * as they are; the path's {@code totalHours} still sums its steps' estimates.
 *
 * <p>A learner's choice forces a group's picks (the rest of n, if any, is still picked cheapest). Knowing any option
 * satisfies a group; knowing a topic that requires a group satisfies it for everything after, but marks none of its
 * options known. Once picked, the options are ordinary requires-edges of their topic, and the path, its order and its
 * steps are exactly {@link LearningPathPlanner}'s on that graph, so a graph without groups plans as before.
 *
 * <p><b>Options that close a cycle.</b> An option that needs its group's topic itself ({@link GroupedGraph#cycle}:
 * possible only where several roadmaps' requires are joined) is never picked and is reported rejected with its
 * cycle; a group on the path with fewer options that can be picked than it needs makes the plan fail with a {@link
 * PrerequisiteCycleException} naming the cycle of one that cannot.
 *
 * <p><b>Groups of the path itself</b> ({@link PathGroup}): a group no topic owns, such as a phase's electives when the
 * goals are the whole phase or roadmap, is satisfied by the path: its picks (each with the topics it brings, e.g. its
 * subtopics) become goals, chosen by the same search with the same tie rules, and reported like the others.
 */
public final class ChoicePlanner {

    /**
     * Search nodes (partial paths tried) before one component's search stops at the best path found. The random
     * AND/OR DAGs of the tests (up to 24 topics, 2 groups each) need at most a few hundred; 80 topics each needing 2 of
     * 4 others (ChoicePlannerTest#beyondTheBudget...) exceed it. A component that runs out took 0.2 to 1.3 s with its
     * rejected options' searches, measured on the shared 2-core build machine at load average 16 to 26.
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

    /**
     * Search nodes of one query in all: its components' searches and its rejected options' searches share them, each
     * search still stopping at its own budget. Once they are spent, each remaining component keeps its greedy picks
     * and each remaining rejected option is costed by a greedy search, and the result is not marked exact.
     */
    static final int QUERY_BUDGET = 5 * NODE_BUDGET;

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

    /**
     * A rejected option and how many hours the whole path would take more with it (less, when negative).
     *
     * @param cycle empty for an option that could have been picked; for one that cannot ({@link GroupedGraph#cycle},
     *              or whose picking would bring a group none of whose options can be), the cycle picking it would
     *              close, following requires, with {@code extraHours} 0
     */
    public record Rejected(String option, int extraHours, List<String> cycle) {
        public Rejected {
            Objects.requireNonNull(option, "option");
            cycle = List.copyOf(cycle);
        }

        /** An option that could have been picked. */
        public Rejected(String option, int extraHours) {
            this(option, extraHours, List.of());
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
     * A group the path itself must satisfy, owned by no topic: a phase's electives when the goals are every topic of
     * the phase (or roadmap) but its electives. The path holds n of its options; a picked topic option brings the
     * topics {@code bundles} lists for it (the option itself and, say, its subtopics; the option alone when not
     * listed) as goals.
     *
     * @param owner   what owns the group (a phase's id), reported as the pick's owner
     * @param group   the group; options not in the graph are dropped (n at most the options left)
     * @param bundles for a topic option (of the group or of a group nested in it), the topics picking it brings
     */
    public record PathGroup(String owner, Requirement.Group group, Map<String, List<String>> bundles) {
        public PathGroup {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(group, "group");
            Map<String, List<String>> copy = new LinkedHashMap<>();
            bundles.forEach((option, topics) -> copy.put(option, List.copyOf(topics)));
            bundles = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Plans the path to {@code goals} for someone who knows {@code known}, with the learner's {@code choices}
     * (group id to the options it must pick).
     *
     * @throws IllegalArgumentException   when an id is not in the graph, a choice names an unknown group or an
     *                                    option not in it, picks more than the group takes or picks an option that
     *                                    cannot be picked ({@link GroupedGraph#cycle})
     * @throws PrerequisiteCycleException when the plain requires make a cycle, or a group on the path has fewer
     *                                    options that can be picked than it needs (the cycle of one that cannot)
     */
    public static Result plan(GroupedGraph graph, Collection<String> goals, Collection<String> known,
                              Map<String, List<String>> choices) {
        return plan(graph, goals, List.of(), known, choices);
    }

    /**
     * {@link #plan(GroupedGraph, Collection, Collection, Map)} where the path must also satisfy {@code pathGroups}:
     * each one's cheapest picks (or the learner's) and the topics they bring are learned as goals. A path group
     * that known topics satisfy picks nothing (ALREADY_KNOWN).
     *
     * @throws IllegalArgumentException as the other, and for a path group named like another group
     */
    public static Result plan(GroupedGraph graph, Collection<String> goals, List<PathGroup> pathGroups,
                              Collection<String> known, Map<String, List<String>> choices) {
        return plan(graph, goals, pathGroups, known, choices, Map.of());
    }

    /**
     * {@link #plan(GroupedGraph, Collection, List, Collection, Map)} where some topics need fewer hours than their
     * estimates (a learner's LEARNING topics: what is left of them): the picks minimise, and each rejected option's
     * extra hours count, {@code hoursLeft} for those topics. A topic not in the graph is ignored; more hours than a
     * topic's estimate count as its estimate. The graph's own hours (memoised with it) stay as they are, and so does
     * the returned plan's {@code totalHours}, which sums the estimates of its steps.
     *
     * @throws IllegalArgumentException as the other, and for hours below 0
     */
    public static Result plan(GroupedGraph graph, Collection<String> goals, List<PathGroup> pathGroups,
                              Collection<String> known, Map<String, List<String>> choices,
                              Map<String, Integer> hoursLeft) {
        PrerequisiteGraph plain = graph.plain();
        goals.forEach(plain::key);
        known.forEach(plain::key);
        Groups groups = new Groups(graph, pathGroups);
        checkChoices(groups, choices);
        Search search = new Search(groups, goals, Subtopics.knownClosure(plain, known), hoursLeft);
        Solved best = search.solve(choices);
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        Set<String> allGoals = new LinkedHashSet<>(goals);
        best.picks().forEach((group, picked) -> {
            Requirement.Group g = groups.group(group);
            picked.forEach(option -> {
                if (option(g, option) instanceof Requirement.Group) {
                    return;
                }
                if (groups.ofPath(group)) {
                    allGoals.addAll(groups.bundle(option));
                } else {
                    edges.computeIfAbsent(groups.owner(group), k -> new LinkedHashSet<>()).add(option);
                }
            });
        });
        // only options that close no cycle are picked (GroupedGraph#cycle): a cycle here is the plain requires'
        LearningPathPlanner.Plan plan = LearningPathPlanner.plan(graph.hasGroups() ? graph.withEdges(edges) : plain,
                allGoals, known);
        Rejections rejections = new Rejections(groups, search, choices, best);
        List<Pick> picks = new ArrayList<>();
        best.picks().forEach((group, picked) -> picks.add(rejections.pick(group, picked)));
        return new Result(plan, picks, best.exact() && rejections.exact);
    }

    /** The graph's groups and the path's own groups, by id, with their owners and the path groups' bundles. */
    private static final class Groups {
        final GroupedGraph graph;
        final List<Requirement.Group> path = new ArrayList<>();
        private final Map<String, Requirement.Group> pathById = new HashMap<>();
        private final Map<String, String> pathOwners = new HashMap<>();
        private final Map<String, List<String>> bundles = new HashMap<>();
        /** whether some option of the graph cannot be picked: mostly not, and then nothing is looked up per option */
        private final boolean cycles;

        Groups(GroupedGraph graph, List<PathGroup> pathGroups) {
            this.graph = graph;
            this.cycles = graph.hasCycles();
            for (PathGroup p : pathGroups) {
                GroupedGraph.closed(graph.plain(), p.group()).ifPresent(g -> {
                    path.add(g);
                    g.withNested().forEach(n -> {
                        if (graph.group(n.id()).isPresent() || pathById.putIfAbsent(n.id(), n) != null) {
                            throw new IllegalArgumentException("two groups are named " + n.id());
                        }
                        pathOwners.put(n.id(), p.owner());
                    });
                });
                p.bundles().forEach((option, topics) -> bundles.put(option,
                        topics.stream().filter(graph.plain()::contains).toList()));
            }
        }

        Requirement.Group group(String id) {
            return find(id).orElseThrow();
        }

        java.util.Optional<Requirement.Group> find(String id) {
            return java.util.Optional.ofNullable(pathById.get(id)).or(() -> graph.group(id));
        }

        String owner(String id) {
            return pathOwners.containsKey(id) ? pathOwners.get(id) : graph.owner(id);
        }

        /** The cycle picking a topic option of a group would close (none for a path group's option). */
        java.util.Optional<List<String>> cycle(String group, String option) {
            return cycles && !ofPath(group) ? graph.cycle(group, option) : java.util.Optional.empty();
        }

        /** Whether the option may be picked: it closes no cycle ({@link GroupedGraph#cycle}). */
        boolean pickable(Requirement.Group group, Requirement option) {
            return !cycles || option instanceof Requirement.Group || cycle(group.id(), option.id()).isEmpty();
        }

        boolean ofPath(String id) {
            return !pathById.isEmpty() && pathById.containsKey(id); // mostly none: no lookup per option closure
        }

        /** The topics picking a path group's topic option brings: its bundle, or the option alone. */
        List<String> bundle(String option) {
            return bundles.getOrDefault(option, List.of(option));
        }
    }

    /**
     * What each rejected option would cost extra: a new search of its group's component with the option forced, or,
     * beyond {@link #REJECTED_SEARCHES} options of the component's decided groups (or when the component's own search
     * ran out), the hours its closure adds to the path as it is.
     */
    private static final class Rejections {
        private final Groups groups;
        private final Search search;
        private final Map<String, List<String>> choices;
        private final Solved best;
        private final Map<Component, Integer> alternatives = new HashMap<>();
        private boolean exact = true;

        Rejections(Groups groups, Search search, Map<String, List<String>> choices, Solved best) {
            this.groups = groups;
            this.search = search;
            this.choices = choices;
            this.best = best;
            best.picks().keySet().forEach(g -> alternatives.merge(search.component(g),
                    groups.group(g).options().size(), Integer::sum));
        }

        Pick pick(String group, List<String> picked) {
            Requirement.Group g = groups.group(group);
            String owner = groups.owner(group);
            if (!choices.containsKey(group) && search.need(g, List.of()) <= 0) {
                List<String> known = g.options().stream().filter(o -> GroupedGraph.satisfied(o, search.known))
                        .map(Requirement::id).toList();
                return new Pick(group, owner, known, Why.ALREADY_KNOWN, List.of());
            }
            Component component = search.component(group);
            Solution part = best.parts().get(component.number);
            int options = alternatives.get(component);
            boolean resolve = part.exact() && options <= REJECTED_SEARCHES;
            int budget = Math.max(NODE_BUDGET / options, REJECTED_BUDGET);
            List<Rejected> rejected = new ArrayList<>();
            for (Requirement option : g.options()) {
                if (picked.contains(option.id()) || GroupedGraph.satisfied(option, search.known)) {
                    continue;
                }
                java.util.Optional<List<String>> cycle = groups.cycle(group, option.id());
                if (cycle.isPresent()) {
                    rejected.add(new Rejected(option.id(), 0, cycle.get()));
                    continue;
                }
                if (!resolve) {
                    exact = false;
                    rejected.add(new Rejected(option.id(), search.extraBeyond(g, option, best.topics())));
                    continue;
                }
                if (component.alone && search.need(g, List.of(option.id())) <= 0) {
                    rejected.add(new Rejected(option.id(), search.alone(g, option) - part.hours()));
                    continue;
                }
                Map<String, List<String>> instead = new HashMap<>(choices);
                instead.put(group, List.of(option.id()));
                Solution with;
                try {
                    with = search.solve(component, instead, budget);
                } catch (PrerequisiteCycleException e) { // it brings a group none of whose options can be picked
                    rejected.add(new Rejected(option.id(), 0, e.topics()));
                    continue;
                }
                exact &= with.exact();
                rejected.add(new Rejected(option.id(), with.hours() - part.hours()));
            }
            return new Pick(group, owner, picked, choices.containsKey(group) ? Why.CHOSEN : Why.CHEAPEST, rejected);
        }
    }

    private static Requirement option(Requirement.Group group, String id) {
        for (Requirement option : group.options()) {
            if (option.id().equals(id)) {
                return option;
            }
        }
        throw new java.util.NoSuchElementException(id);
    }

    private static void checkChoices(Groups groups, Map<String, List<String>> choices) {
        choices.forEach((group, picks) -> {
            Requirement.Group g = groups.find(group).orElseThrow(() -> new IllegalArgumentException(
                    "unknown group '" + group + "'; choose a group of the roadmap"));
            for (String pick : picks) {
                if (g.options().stream().noneMatch(o -> o.id().equals(pick))) {
                    throw new IllegalArgumentException("'" + pick + "' is not an option of group '" + group
                            + "'; its options are " + g.options().stream().map(Requirement::id).toList());
                }
            }
            for (String pick : picks) {
                groups.cycle(group, pick).ifPresent(cycle -> {
                    throw new IllegalArgumentException("option '" + pick + "' of group '" + group + "' cannot be "
                            + "picked: it makes a cycle, " + DependencyGraph.describe(cycle) + ", as it needs '"
                            + groups.owner(group) + "' itself; pick another option");
                });
            }
            if (new LinkedHashSet<>(picks).size() > g.n()) {
                throw new IllegalArgumentException("group '" + group + "' takes " + g.n() + " option"
                        + (g.n() == 1 ? "" : "s") + ", but " + picks.size() + " were picked: " + picks);
            }
        });
    }

    /** The picks of one component: hours and topics of the path with them, each decided group's picks in order. */
    private record Solution(int hours, int count, Map<String, List<String>> picks, boolean exact) {
        boolean dearerThan(Search.State state) {
            return hours > state.hours || (hours == state.hours && count > state.count);
        }

        boolean costsAsMuchAs(Search.State state) {
            return hours == state.hours && count == state.count;
        }
    }

    /**
     * Every group's picks in the order the groups come up, the solution of each component (by number) and the path's
     * topics (the known ones left out).
     */
    private record Solved(Map<String, List<String>> picks, boolean exact, List<Solution> parts, BitSet topics) {
    }

    /**
     * Groups that must be decided together: those whose options' closures (beyond the path's fixed part) share a
     * topic, and those one of whose options brings a topic with groups of its own; {@code pending} holds the ones the
     * path's fixed part brings, in the order they come up.
     */
    private static final class Component {
        final int number;
        final Link<Requirement.Group> pending;
        /** a single group, without nested groups, whose options bring no groups: each option's cost is its own */
        final boolean alone;

        Component(int number, Link<Requirement.Group> pending, boolean alone) {
            this.number = number;
            this.pending = pending;
            this.alone = alone;
        }
    }

    /**
     * The branch and bound over one query's groups, one component at a time; closures are memoised across the
     * solves of the query. Topics are numbered and sets of them are bit sets; every closure is taken beyond the
     * path's fixed part (the goals' plain closure, which every path holds) and the known topics.
     */
    private static final class Search {
        private final GroupedGraph graph;
        private final Groups groups;
        private final Set<String> known;
        /**
         * The plain graph's topics numbered, their requires-edges and hours by number: made once per graph (a server
         * keeps it with its snapshot), so a query walks int arrays without numbering the topics it reaches itself.
         */
        private final PrerequisiteGraph.Numbered numbered;
        /**
         * Each topic's hours by number where some topics have hours left below their estimates ({@code hoursLeft}):
         * this query's own copy, the graph's numbering untouched; null (the graph's hours) without.
         */
        private final int[] hoursLeft;
        /** each topic's groups by number, empty for a topic without: made once per graph */
        private final List<List<Requirement.Group>> groupsOf;
        /**
         * The topics a walk reaches, in the order reached: {@link #reach}'s queue, which for {@link #scratch} also
         * lists what it holds ({@link #scratchCount} of them), so that a closure is read and emptied in the few
         * topics it has rather than over the graph's 10k bits (three scans per closure before).
         */
        private final int[] walk;
        private int scratchCount;
        /** the known topics and the goals' plain closure: no closure walks into them */
        private final BitSet fixed;
        /** each option's closure beyond the fixed part, as topic numbers: mostly a few topics of a big graph */
        private final Map<String, int[]> closures = new HashMap<>();
        /** each path group's topic option's closure with the topics it brings, as topic numbers */
        private final Map<String, int[]> bundleClosures = new HashMap<>();
        private final BitSet scratch = new BitSet();
        private final Map<String, List<List<String>>> combos = new HashMap<>();
        /** the path's fixed part, with every group it brings pending */
        private final State root;
        private final List<Component> components = new ArrayList<>();
        private final Map<String, Component> componentOf = new HashMap<>();
        private Map<String, List<String>> forced;
        private Solution best;
        /** the cycle of a group found without enough options that can be picked, while searching */
        private List<String> deadEnd;
        private boolean fromGreedy;
        private int nodes;
        /** nodes of the query's finished searches */
        private int spent;
        private int budget;

        Search(Groups groups, Collection<String> goals, Set<String> known, Map<String, Integer> hoursLeft) {
            this.graph = groups.graph;
            this.groups = groups;
            this.known = known;
            PrerequisiteGraph plain = graph.plain();
            this.numbered = plain.numbered();
            int size = numbered.size();
            this.hoursLeft = hoursLeft(plain, numbered, hoursLeft);
            this.groupsOf = graph.groupsByNumber();
            this.walk = new int[size];
            this.fixed = new BitSet(size);
            known.forEach(t -> fixed.set(numbered.number(t)));
            BitSet start = new BitSet(size);
            Subtopics.withSubtopics(plain, List.copyOf(goals)).forEach(t -> reach(numbered.number(t), start, 0));
            Link<Requirement.Group> own = null;
            for (int i = groups.path.size() - 1; i >= 0; i--) {
                own = new Link<>(groups.path.get(i), own);
            }
            // the goals' groups come up first, then the path's own
            this.root = new State(new BitSet(), 0, 0, own, null).add(start);
            fixed.or(start);
            findComponents();
        }

        private static int[] hoursLeft(PrerequisiteGraph plain, PrerequisiteGraph.Numbered numbered,
                                       Map<String, Integer> hoursLeft) {
            int[] hours = null;
            for (Map.Entry<String, Integer> left : hoursLeft.entrySet()) {
                if (left.getValue() < 0) {
                    throw new IllegalArgumentException("hours left of '" + left.getKey() + "' must be at least 0, was "
                            + left.getValue());
                }
                if (!plain.contains(left.getKey())) {
                    continue;
                }
                if (hours == null) {
                    hours = new int[numbered.size()];
                    for (int i = 0; i < hours.length; i++) {
                        hours[i] = numbered.hours(i);
                    }
                }
                int number = numbered.number(left.getKey());
                hours[number] = Math.min(hours[number], left.getValue());
            }
            return hours;
        }

        /** The hours the topic numbered {@code number} adds to a path: its hours left, or its estimate. */
        private int hours(int number) {
            return hoursLeft == null ? numbered.hours(number) : hoursLeft[number];
        }

        /** Every group's picks, each component searched with {@link #NODE_BUDGET} nodes. */
        Solved solve(Map<String, List<String>> choices) {
            List<Solution> parts = new ArrayList<>();
            Map<String, List<String>> picks = new HashMap<>();
            boolean exact = true;
            for (Component component : components) {
                Solution part = solve(component, choices, NODE_BUDGET);
                parts.add(part);
                picks.putAll(part.picks);
                exact &= part.exact;
            }
            Map<String, List<String>> inOrder = new LinkedHashMap<>();
            State state = root;
            while (state.pending != null) {
                Requirement.Group group = state.pending.head();
                List<String> picked = Objects.requireNonNull(picks.get(group.id()), group.id());
                inOrder.put(group.id(), picked);
                state = state.decide(group, picked);
            }
            return new Solved(inOrder, exact, parts, state.topics);
        }

        /** The component's cheapest picks (the hours and count are the whole path's) within {@code budget} nodes. */
        Solution solve(Component component, Map<String, List<String>> choices, int budget) {
            forced = choices;
            this.budget = Math.min(budget, QUERY_BUDGET - spent);
            best = null;
            nodes = 0;
            combos.clear();
            State first = new State(root.topics, root.hours, root.count, component.pending, null);
            deadEnd = null;
            descend(first, true);
            fromGreedy = true;
            descend(first, false);
            spent += Math.min(nodes, this.budget);
            if (best == null) { // every branch needs a group with too few options that can be picked
                throw new PrerequisiteCycleException(deadEnd == null ? List.of() : deadEnd);
            }
            return new Solution(best.hours, best.count, best.picks, nodes <= this.budget);
        }

        Component component(String group) {
            return componentOf.get(group);
        }

        /**
         * Union-find over the groups the fixed part brings and every group their options can bring in turn: a group
         * joins its nested groups, the groups of the topics its options' closures add, and any other group whose
         * options' closures add one of those topics. Separate components add disjoint topics, so their picks do not
         * change each other's hours, and the cheapest path is each component's cheapest picks together.
         */
        private void findComponents() {
            Map<String, Integer> number = new HashMap<>();
            List<Requirement.Group> groups = new ArrayList<>();
            List<Integer> parent = new ArrayList<>();
            int[] addedBy = new int[numbered.size()];
            java.util.Arrays.fill(addedBy, -1);
            for (Link<Requirement.Group> l = root.pending; l != null; l = l.tail()) {
                register(l.head(), number, groups, parent);
            }
            for (int g = 0; g < groups.size(); g++) {
                for (Requirement option : groups.get(g).options()) {
                    if (option instanceof Requirement.Group nested) {
                        union(g, register(nested, number, groups, parent), parent);
                        continue;
                    }
                    if (!this.groups.pickable(groups.get(g), option)) {
                        continue;
                    }
                    for (int t : closure(groups.get(g), option.id())) {
                        if (addedBy[t] < 0) {
                            addedBy[t] = g;
                        } else {
                            union(g, addedBy[t], parent);
                        }
                        for (Requirement.Group own : groupsOf.get(t)) {
                            union(g, register(own, number, groups, parent), parent);
                        }
                    }
                }
            }
            Map<Integer, List<Requirement.Group>> byRoot = new LinkedHashMap<>();
            for (Link<Requirement.Group> l = root.pending; l != null; l = l.tail()) {
                byRoot.computeIfAbsent(find(number.get(l.head().id()), parent), r -> new ArrayList<>()).add(l.head());
            }
            Map<Integer, Integer> sizes = new HashMap<>();
            number.values().forEach(g -> sizes.merge(find(g, parent), 1, Integer::sum));
            Map<Integer, Component> byRootComponent = new HashMap<>();
            byRoot.forEach((r, list) -> {
                Link<Requirement.Group> pending = null;
                for (int i = list.size() - 1; i >= 0; i--) {
                    pending = new Link<>(list.get(i), pending);
                }
                Component component = new Component(components.size(), pending, sizes.get(r) == 1);
                components.add(component);
                byRootComponent.put(r, component);
            });
            number.forEach((id, g) -> {
                Component component = byRootComponent.get(find(g, parent));
                if (component != null) {
                    componentOf.put(id, component);
                }
            });
        }

        private static int register(Requirement.Group group, Map<String, Integer> number,
                                    List<Requirement.Group> groups, List<Integer> parent) {
            return number.computeIfAbsent(group.id(), id -> {
                groups.add(group);
                parent.add(parent.size());
                return parent.size() - 1;
            });
        }

        private static int find(int g, List<Integer> parent) {
            int r = g;
            while (parent.get(r) != r) {
                r = parent.get(r);
            }
            while (parent.get(g) != r) {
                int next = parent.get(g);
                parent.set(g, r);
                g = next;
            }
            return r;
        }

        private static void union(int a, int b, List<Integer> parent) {
            int ra = find(a, parent);
            int rb = find(b, parent);
            if (ra != rb) {
                parent.set(Math.max(ra, rb), Math.min(ra, rb));
            }
        }

        /** How many more options the group needs beyond the known ones and {@code picked}. */
        int need(Requirement.Group group, List<String> picked) {
            int need = group.n();
            for (Requirement option : group.options()) {
                if (picked.contains(option.id()) || GroupedGraph.satisfied(option, known)) {
                    need--;
                }
            }
            return need;
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
            List<List<String>> combos = combos(group);
            if (combos.isEmpty()) {
                if (deadEnd == null) {
                    deadEnd = group.options().stream().map(o -> groups.cycle(group.id(), o.id()))
                            .flatMap(java.util.Optional::stream).findFirst().orElse(List.of(groups.owner(group.id())));
                }
                return;
            }
            State cheapest = null;
            for (List<String> combo : combos) {
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
                int[] extra = new int[group.options().size()];
                int free = 0;
                for (Requirement option : group.options()) {
                    if (chosen.contains(option.id())) {
                        most = Math.max(most, extra(group, option, state.topics));
                    } else if (!GroupedGraph.satisfied(option, known) && groups.pickable(group, option)) {
                        extra[free++] = extra(group, option, state.topics);
                    }
                }
                if (need > 0 && need <= free) {
                    java.util.Arrays.sort(extra, 0, free);
                    most = Math.max(most, extra[need - 1]);
                }
            }
            return most;
        }

        /** The whole path's hours with the option as the only pick beyond the fixed part. */
        int alone(Requirement.Group group, Requirement option) {
            return root.hours + extra(group, option, root.topics);
        }

        /** The hours an option adds to {@code path} (a nested group: its cheapest options' hours, greedily). */
        int extraBeyond(Requirement.Group group, Requirement option, BitSet path) {
            if (option instanceof Requirement.Group g) {
                return g.options().stream().mapToInt(o -> extra(g, o, path)).sorted()
                        .limit(Math.max(0, need(g, List.of()))).sum();
            }
            return extra(group, option, path);
        }

        private int extra(Requirement.Group group, Requirement option, BitSet topics) {
            if (option instanceof Requirement.Group) {
                return 0;
            }
            int h = 0;
            for (int i : closure(group, option.id())) {
                if (!topics.get(i)) {
                    h += hours(i);
                }
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
            if (need <= 0) {
                return List.of();
            }
            for (Requirement option : group.options()) {
                if (option instanceof Requirement.Group) {
                    return List.of();
                }
            }
            List<String> onPath = new ArrayList<>(chosen);
            for (Requirement option : group.options()) {
                if (onPath.size() < chosen.size() + need && !chosen.contains(option.id())
                        && !known.contains(option.id()) && onPath(group, option.id(), state.topics)
                        && groups.pickable(group, option)) {
                    onPath.add(option.id());
                }
            }
            if (onPath.size() < chosen.size() + need) {
                return List.of();
            }
            List<String> inOrder = new ArrayList<>(onPath.size());
            for (Requirement option : group.options()) {
                if (onPath.contains(option.id())) {
                    inOrder.add(option.id());
                }
            }
            return java.util.Collections.unmodifiableList(inOrder);
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
                    .filter(o -> groups.pickable(group, o))
                    .map(Requirement::id).toList();
            if (free.size() < need) {
                return List.of();
            }
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

        /** Whether picking the option adds nothing to {@code topics}: it (with what it brings) is on the path. */
        private boolean onPath(Requirement.Group group, String option, BitSet topics) {
            if (!groups.ofPath(group.id())) {
                return topics.get(numbered.number(option));
            }
            for (int t : closure(group, option)) {
                if (!topics.get(t)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * What picking a topic option of {@code group} adds beyond the fixed part: its plain closure, or for a path
         * group's option the plain closure of the topics it brings (with their non-elective subtopics).
         */
        private int[] closure(Requirement.Group group, String option) {
            if (!groups.ofPath(group.id())) {
                return closure(option);
            }
            return bundleClosures.computeIfAbsent(option, o -> {
                Subtopics.withSubtopics(graph.plain(), groups.bundle(o)).forEach(t -> reachScratch(numbered.number(t)));
                return drainScratch();
            });
        }

        /** The topics a topic's plain closure adds beyond the fixed part (and the known topics). */
        private int[] closure(String topic) {
            int[] reached = closures.get(topic);
            if (reached == null) {
                reachScratch(numbered.number(topic));
                reached = drainScratch();
                closures.put(topic, reached);
            }
            return reached;
        }

        /** The topics in {@code scratch}, ascending, and {@code scratch} emptied (no stream per closure). */
        private int[] drainScratch() {
            int[] topics = java.util.Arrays.copyOf(walk, scratchCount);
            java.util.Arrays.sort(topics);
            for (int k = topics.length - 1; k >= 0; k--) { // highest first: the set's last word found at once
                scratch.clear(topics[k]);
            }
            scratchCount = 0;
            return topics;
        }

        /** {@link #reach} into {@link #scratch}, its new topics listed after those it holds already. */
        private void reachScratch(int topic) {
            scratchCount = reach(topic, scratch, scratchCount);
        }

        /**
         * Adds {@code topic} and its plain prerequisites to {@code reached}, walking nowhere into the fixed part; the
         * topics it adds are put in {@link #walk} from {@code from} on (a queue: each is set once). Where they end.
         */
        private int reach(int topic, BitSet reached, int from) {
            if (fixed.get(topic) || reached.get(topic)) {
                return from;
            }
            reached.set(topic);
            walk[from] = topic;
            int end = from + 1;
            for (int next = from; next < end; next++) {
                for (int p : numbered.requires(walk[next])) {
                    if (!fixed.get(p) && !reached.get(p)) {
                        reached.set(p);
                        walk[end++] = p;
                    }
                }
            }
            return end;
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
                return with(all, added.stream().toArray(), added.cardinality());
            }

            /**
             * This state with {@code all} as its topics, the first {@code k} of {@code added} (ascending) being those
             * not on the path before: their hours counted, their groups to decide next, in the order of the topics.
             */
            private State with(BitSet all, int[] added, int k) {
                int h = hours;
                Link<Requirement.Group> groups = pending;
                for (int j = k - 1; j >= 0; j--) {
                    h += hours(added[j]);
                    List<Requirement.Group> own = groupsOf.get(added[j]);
                    for (int g = own.size() - 1; g >= 0; g--) {
                        groups = new Link<>(own.get(g), groups);
                    }
                }
                return new State(all, h, count + k, groups, picks);
            }

            /** This state with {@code group} decided as {@code combo}. */
            State decide(Requirement.Group group, List<String> combo) {
                Link<Requirement.Group> rest = pending.tail();
                // the topics the picks bring that are not on the path, without a bit set of them to scan
                BitSet all = null;
                int[] added = null;
                int k = 0;
                for (String id : combo) {
                    if (option(group, id) instanceof Requirement.Group nested) {
                        rest = new Link<>(nested, rest);
                        continue;
                    }
                    int[] closure = closure(group, id);
                    for (int t : closure) {
                        if (all == null ? !topics.get(t) : !all.get(t)) {
                            if (all == null) {
                                all = (BitSet) topics.clone();
                                added = new int[closure.length];
                            } else if (k == added.length) {
                                added = java.util.Arrays.copyOf(added, 2 * k);
                            }
                            all.set(t);
                            added[k++] = t;
                        }
                    }
                }
                State next = new State(topics, hours, count, rest, new Link<>(Map.entry(group.id(), combo), picks));
                if (k == 0) {
                    return next;
                }
                java.util.Arrays.sort(added, 0, k);
                return next.with(all, added, k);
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
