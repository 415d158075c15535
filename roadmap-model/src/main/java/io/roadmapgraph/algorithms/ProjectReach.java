package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What a learner can build with what they know, and what to learn next to build more. What someone knows is K*
 * ({@link Subtopics#knownClosure}: the topics they name, the non-elective subtopics of a named parent, and every
 * prerequisite of either). A project <em>needs</em> the topics it exercises and all their transitive prerequisites; a
 * parent it exercises does not bring its subtopics along (a project that needs a subtopic names it, as the AI Engineer
 * roadmap's domain chatbot names {@code lora} beside {@code fine-tuning}). A project is <em>buildable</em> when every
 * topic it exercises is in K*; its <em>missing</em> topics are what it needs minus K*.
 */
public final class ProjectReach {

    private ProjectReach() {
    }

    /**
     * A project that is not buildable yet, and what it takes to make it so.
     *
     * @param topics       the missing topics in the order to learn them (each after its prerequisites; among the free
     *                     ones, earlier phase, then the roadmap's order)
     * @param hours        the sum of their hours
     * @param topicNumbers the same topics' positions in their graph's {@link PrerequisiteGraph#topics()}, in the same
     *                     order, so that a caller holding something per topic in that order reads it by index, not by id
     */
    public record Missing(String project, List<String> topics, int hours, List<Integer> topicNumbers) {
        public Missing {
            Objects.requireNonNull(project, "project");
            topics = List.copyOf(topics);
            topicNumbers = List.copyOf(topicNumbers);
            if (topicNumbers.size() != topics.size()) {
                throw new IllegalArgumentException(topicNumbers.size() + " topic numbers for " + topics.size()
                        + " topics");
            }
            for (int number : topicNumbers) {
                if (number < 0) {
                    throw new IllegalArgumentException("a topic number must be at least 0, was " + number);
                }
            }
        }
    }

    /**
     * A next topic ({@link NextTopics}) and what learning it brings within reach.
     *
     * @param hours            its hours of study
     * @param projects         the projects it makes buildable (buildable with it, not without)
     * @param goals            the goals it brings within reach: itself if it is a goal, and the goals it makes next
     *                         topics (all their prerequisites known, not so without it)
     * @param projectsNeeding  the projects it is a missing topic of (those in {@code projects} included)
     * @param goalsNeeding     the goals whose learning path it is on ({@link LearningPathPlanner})
     * @param perHour          (projects + goals) / hours: the ranking's first key
     * @param topicNumber      the topic's position in its graph's {@link PrerequisiteGraph#topics()}, so that a caller
     *                         holding something per topic in that order reads it by index, not by id
     */
    public record Unlocking(String topic, int hours, List<String> projects, List<String> goals,
                            List<String> projectsNeeding, List<String> goalsNeeding, double perHour,
                            int topicNumber) {
        public Unlocking {
            Objects.requireNonNull(topic, "topic");
            if (topicNumber < 0) {
                throw new IllegalArgumentException("topicNumber must be at least 0, was " + topicNumber);
            }
            projects = List.copyOf(projects);
            goals = List.copyOf(goals);
            projectsNeeding = BitNamedList.keptOrCopied(projectsNeeding);
            goalsNeeding = BitNamedList.keptOrCopied(goalsNeeding);
        }

        /** (projects needing + goals needing) / hours: the ranking's second key. */
        public double neededPerHour() {
            return (double) (projectsNeeding.size() + goalsNeeding.size()) / Math.max(1, hours);
        }
    }

    /**
     * Projects over one graph, made ready for many questions: every topic they exercise checked to be in the graph,
     * the projects in order (by number, then id) and their topics as the graph's topic numbers, once. A caller that
     * asks about the same graph and projects again and again (a server, for one snapshot) makes this once. Made by
     * {@link #of}, it also holds the graph's {@link ClosureRows} (when the graph is small enough for them), so that
     * each question's K* is a union of rows instead of a walk, and who needs each topic ({@link #unlocking}).
     */
    public static final class Projects {
        private final PrerequisiteGraph graph;
        private final List<CoverageRanking.Candidate> ordered;
        private final int[][] topics;
        /** The graph's rows of K*, when made: empty for a {@link #once} or a graph too large or cyclic. */
        private final Optional<ClosureRows> rows;
        /**
         * Made with the rows: by topic number, the projects needing the topic ({@link #neededBy} of the projects for
         * someone who knows nothing). For a topic outside a learner's K* that is who needs it for them too: K* holds
         * every prerequisite of what it holds, so a project reaches an unknown topic through unknown topics alone.
         */
        private final Optional<BitSet[]> needers;
        /** Made with {@link #needers}: by topic number, how many projects need the topic (its set's cardinality). */
        private final Optional<int[]> neederCounts;

        private Projects(PrerequisiteGraph graph, List<CoverageRanking.Candidate> ordered, int[][] topics,
                         Optional<ClosureRows> rows) {
            this.graph = graph;
            this.ordered = ordered;
            this.topics = topics;
            this.rows = rows;
            this.needers = rows.map(r -> neededBy(graph, Arrays.asList(topics),
                    new Closure.Reach(graph.numbered(), new long[(graph.numbered().size() + 63) >>> 6])));
            this.neederCounts = needers.map(ProjectReach::cardinalities);
        }

        /**
         * {@code projects} over {@code graph}.
         *
         * @throws IllegalArgumentException when a project exercises a topic not in the graph
         */
        public static Projects of(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects) {
            return of(graph, projects, ClosureRows.MAX_TOPICS);
        }

        /** {@link #of} with the rows of K* made only for a graph of at most {@code maxTopics} topics. */
        static Projects of(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects, int maxTopics) {
            Projects checked = once(graph, projects);
            return new Projects(graph, checked.ordered, checked.topics, ClosureRows.of(graph, maxTopics));
        }

        /** {@link #of} without the rows of K*, for one question (making the rows costs more than one walk). */
        private static Projects once(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects) {
            PrerequisiteGraph.Numbered numbered = Objects.requireNonNull(graph, "graph").numbered();
            List<CoverageRanking.Candidate> ordered = sorted(projects);
            int[][] topics = new int[ordered.size()][];
            for (int p = 0; p < topics.length; p++) {
                topics[p] = ordered.get(p).topics().stream().mapToInt(numbered::number).toArray();
            }
            return new Projects(graph, ordered, topics, Optional.empty());
        }

        /** K* of {@code known}: from the rows when made, else a walk. Every id must be in the graph. */
        Closure.Reach known(Collection<String> known) {
            return rows.isPresent() ? rows.get().reach(Subtopics.withSubtopics(graph, known))
                    : Subtopics.knownReach(graph, known);
        }

        /** The graph the projects were checked against. */
        public PrerequisiteGraph graph() {
            return graph;
        }

        /** The projects, by number, then id. */
        public List<CoverageRanking.Candidate> ordered() {
            return ordered;
        }
    }

    /** The projects buildable with {@code known}, by number, then id. Every id must be in the graph. */
    public static List<String> buildable(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects,
                                         Collection<String> known) {
        known.forEach(graph::key);
        return buildable(Projects.once(graph, projects), known);
    }

    /** {@link #buildable(PrerequisiteGraph, Collection, Collection)} for projects made ready once. */
    public static List<String> buildable(Projects projects, Collection<String> known) {
        Closure.Reach knownClosure = projects.known(known);
        List<String> result = new ArrayList<>();
        for (int p = 0; p < projects.topics.length; p++) {
            if (knownClosure.hasAll(projects.topics[p])) {
                result.add(projects.ordered.get(p).project());
            }
        }
        return List.copyOf(result);
    }

    /**
     * The projects not buildable with {@code known} whose missing topics take at most {@code maxMissingHours}, fewest
     * missing hours first, then by number, then id.
     *
     * @throws IllegalArgumentException when {@code maxMissingHours} is negative or an id is not in the graph
     */
    public static List<Missing> almostBuildable(PrerequisiteGraph graph,
                                                Collection<CoverageRanking.Candidate> projects,
                                                Collection<String> known, int maxMissingHours) {
        requireMaxHours(maxMissingHours);
        known.forEach(graph::key);
        return almostBuildable(Projects.once(graph, projects), known, maxMissingHours);
    }

    /** {@link #almostBuildable(PrerequisiteGraph, Collection, Collection, int)} for projects made ready once. */
    public static List<Missing> almostBuildable(Projects projects, Collection<String> known, int maxMissingHours) {
        requireMaxHours(maxMissingHours);
        PrerequisiteGraph.Numbered numbered = projects.graph.numbered();
        Closure.Reach knownClosure = projects.known(known);
        // the topics a project needs minus K*: a walk along requires-edges from the topics it exercises that stops
        // at known topics (K* holds their prerequisites too) and as soon as they take more than the maximum; each
        // project's walk marks its topics with its own stamp, so one array serves every project (and, the stamps
        // going on from call to call, every call of this thread: arrays by topic number are not made per call)
        Scratch scratch = Scratch.of(numbered.size(), projects.topics.length);
        int[] stamp = scratch.stamp;
        int[] queue = scratch.queue;
        int[] waiting = scratch.waiting;
        int[] ordered = scratch.ordered;
        int firstMark = scratch.firstMark;
        List<Missing> result = new ArrayList<>();
        for (int p = 0; p < projects.topics.length; p++) {
            int mark = firstMark + p;
            int tail = 0;
            long hours = 0;
            for (int t : projects.topics[p]) {
                if (!knownClosure.has(t) && stamp[t] != mark) {
                    stamp[t] = mark;
                    queue[tail++] = t;
                    hours += numbered.hours(t);
                }
            }
            for (int head = 0; head < tail && hours <= maxMissingHours; head++) {
                for (int r : numbered.requires(queue[head])) {
                    if (!knownClosure.has(r) && stamp[r] != mark) {
                        stamp[r] = mark;
                        queue[tail++] = r;
                        hours += numbered.hours(r);
                    }
                }
            }
            if (tail > 0 && hours <= maxMissingHours) {
                inOrder(projects.graph, queue, tail, stamp, mark, waiting, ordered);
                String[] ids = new String[tail];
                Integer[] numbers = new Integer[tail];
                for (int i = 0; i < tail; i++) {
                    ids[i] = numbered.id(ordered[i]);
                    numbers[i] = ordered[i];
                }
                result.add(new Missing(projects.ordered.get(p).project(), List.of(ids), (int) hours,
                        List.of(numbers)));
            }
        }
        result.sort(Comparator.comparingInt(Missing::hours)); // stable: number, then id, within equal hours
        return List.copyOf(result);
    }

    /**
     * One thread's arrays by topic number for {@link #almostBuildable}: made once per thread and graph size instead of
     * four zeroed arrays per call (~160 KB at 10k topics). A call takes the next {@code marks} stamps; the stamps
     * left in {@code stamp} by earlier calls are all below them, so they mark nothing for this call. {@code queue},
     * {@code waiting} and {@code ordered} are written before they are read.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> HELD = new ThreadLocal<>();

        private final int[] stamp;
        private final int[] queue;
        private final int[] waiting;
        private final int[] ordered;
        /** The first stamp of the current call. */
        private int firstMark;
        /** The first stamp no call has used yet. */
        private int nextMark = 1;

        private Scratch(int size) {
            stamp = new int[size];
            queue = new int[size];
            waiting = new int[size];
            ordered = new int[size];
        }

        /**
         * This thread's arrays for a graph of {@code size} topics, with {@code marks} unused stamps taken; beyond
         * {@link ClosureRows#MAX_TOPICS} topics new arrays for this call only (what a thread holds stays ≤ 260 KB).
         */
        static Scratch of(int size, int marks) {
            if (size > ClosureRows.MAX_TOPICS) {
                return new Scratch(size).taking(marks);
            }
            Scratch scratch = HELD.get();
            if (scratch == null || scratch.stamp.length != size || scratch.nextMark > Integer.MAX_VALUE - marks) {
                scratch = new Scratch(size);
                HELD.set(scratch);
            }
            return scratch.taking(marks);
        }

        private Scratch taking(int marks) {
            firstMark = nextMark;
            nextMark += marks;
            return this;
        }
    }

    private static void requireMaxHours(int maxMissingHours) {
        if (maxMissingHours < 0) {
            throw new IllegalArgumentException("maxMissingHours must be at least 0, was " + maxMissingHours);
        }
    }

    /**
     * Every next topic for someone who knows {@code known}, ranked by what it brings within reach per hour of study
     * ({@link Unlocking#perHour()}, highest first), then by what needs it per hour ({@link Unlocking#neededPerHour()}),
     * then earlier phase and the roadmap's order. Goals already known are left out of the counts.
     *
     * @throws IllegalArgumentException when an id is not in the graph
     */
    public static List<Unlocking> unlocking(PrerequisiteGraph graph, Collection<CoverageRanking.Candidate> projects,
                                            Collection<String> known, Collection<String> goals) {
        known.forEach(graph::key);
        return unlocking(Projects.once(graph, projects), known, goals);
    }

    /** {@link #unlocking(PrerequisiteGraph, Collection, Collection, Collection)} for projects made ready once. */
    public static List<Unlocking> unlocking(Projects projects, Collection<String> known, Collection<String> goals) {
        PrerequisiteGraph graph = projects.graph;
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        Closure.Reach knownClosure = projects.known(known);
        goals.forEach(graph::key);
        int[] next = NextTopics.numbersOf(numbered, knownClosure);
        List<CoverageRanking.Candidate> ordered = projects.ordered;
        List<String> openGoals = new LinkedHashSet<>(goals).stream().filter(g -> !knownClosure.contains(g)).toList();
        // who needs each unknown topic: the projects that need it directly or through a dependent (made once with
        // the rows), and the open goals whose own K* holds it (so needs it: as for the projects)
        BitSet[] projectsNeeding = projects.needers.orElseGet(() -> neededBy(graph, Arrays.asList(projects.topics),
                knownClosure));
        int[] needingCounts = projects.neederCounts.orElseGet(() -> cardinalities(projectsNeeding));
        List<Closure.Reach> goalsNeed = openGoals.stream().map(g -> projects.known(List.of(g))).toList();
        // by topic number, the projects it makes buildable (their only topic outside K*) and the open goals it
        // brings within reach (itself, or their only direct prerequisite outside K*), read for the next topics
        // (the topics either map holds are marked: most next topics are in neither, and skip both lookups)
        BitSet bringsSome = new BitSet(numbered.size());
        Map<Integer, List<String>> projectsMade = new HashMap<>();
        for (int p = 0; p < projects.topics.length; p++) {
            int unknown = onlyUnknown(projects.topics[p], knownClosure);
            if (unknown >= 0) {
                projectsMade.computeIfAbsent(unknown, k -> new ArrayList<>()).add(ordered.get(p).project());
                bringsSome.set(unknown);
            }
        }
        Map<Integer, List<String>> goalsReached = new HashMap<>();
        for (String goal : openGoals) {
            int number = numbered.number(goal);
            goalsReached.computeIfAbsent(number, k -> new ArrayList<>(1)).add(goal);
            bringsSome.set(number);
            int unknown = onlyUnknown(numbered.requires(number), knownClosure);
            if (unknown >= 0) {
                goalsReached.computeIfAbsent(unknown, k -> new ArrayList<>(1)).add(goal);
                bringsSome.set(unknown);
            }
        }
        IntFunction<String> projectName = p -> ordered.get(p).project(); // one for every next topic's list
        Unlocking[] found = new Unlocking[next.length];
        // the ranking's keys, by position in next: compared as doubles, as the records' own would be
        double[] perHour = new double[next.length];
        double[] neededPerHour = new double[next.length];
        for (int i = 0; i < next.length; i++) {
            int number = next[i];
            boolean some = bringsSome.get(number);
            List<String> made = some ? projectsMade.getOrDefault(number, List.of()) : List.of();
            List<String> reached = some ? goalsReached.getOrDefault(number, List.of()) : List.of();
            int hours = numbered.hours(number);
            // the projects needing it counted once per snapshot (the ranking reads the counts), named only when read
            BitSet needing = projectsNeeding[number];
            Unlocking u = new Unlocking(numbered.id(number), hours, made, reached,
                    BitNamedList.of(needing, 0, ordered.size(), needingCounts[number], projectName),
                    goalsNeeding(openGoals, goalsNeed, number),
                    (double) (made.size() + reached.size()) / Math.max(1, hours), number);
            found[i] = u;
            perHour[i] = u.perHour();
            neededPerHour[i] = u.neededPerHour();
        }
        int[] ranked = rankedOrder(perHour, neededPerHour); // stable: by key within equal keys (next's order)
        Unlocking[] result = new Unlocking[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            result[i] = found[ranked[i]];
        }
        return List.of(result);
    }

    /** The open goals whose K* ({@code goalsNeed}, in their order) holds topic {@code number}; no new list for none. */
    private static List<String> goalsNeeding(List<String> openGoals, List<Closure.Reach> goalsNeed, int number) {
        List<String> needing = List.of();
        for (int g = 0; g < goalsNeed.size(); g++) {
            if (goalsNeed.get(g).has(number)) {
                if (needing.isEmpty()) {
                    needing = new ArrayList<>(goalsNeed.size() - g);
                }
                needing.add(openGoals.get(g));
            }
        }
        return needing;
    }

    /**
     * The positions 0..n-1 ordered by {@code first} descending, then {@code second} descending, equal ones in their
     * own order (what a stable sort by {@code Comparator.comparingDouble(...).reversed()} on both keys gives): a merge
     * sort of ints over the keys as longs ({@link #ordered}), without a comparator's calls on the records for each of
     * the ~n log n comparisons (11 % of a 10k unlocking request's server samples went to those calls) and without
     * {@link Double#compare}'s branches for equal keys (most next topics' first keys are 0).
     */
    static int[] rankedOrder(double[] first, double[] second) {
        int n = first.length;
        long[] firstKeys = new long[n];
        long[] secondKeys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            firstKeys[i] = ordered(first[i]);
            secondKeys[i] = ordered(second[i]);
            order[i] = i;
        }
        int[] scratch = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n - width; from += 2 * width) {
                int middle = from + width;
                int to = Math.min(from + 2 * width, n);
                int left = from;
                int right = middle;
                for (int k = from; k < to; k++) {
                    // take the right one only when it ranks strictly before the left one: equal keys keep their order
                    if (left < middle && (right >= to || !before(order[right], order[left], firstKeys, secondKeys))) {
                        scratch[k] = order[left++];
                    } else {
                        scratch[k] = order[right++];
                    }
                }
                System.arraycopy(scratch, from, order, from, to - from);
            }
        }
        return order;
    }

    /** Whether position {@code a} ranks strictly before {@code b}: a higher first key, or an equal one and a higher second. */
    private static boolean before(int a, int b, long[] first, long[] second) {
        return first[a] > first[b] || (first[a] == first[b] && second[a] > second[b]);
    }

    /**
     * {@code d} as a long that orders as {@link Double#compare} orders the doubles (-0.0 before 0.0, NaN after
     * everything): its bits, the magnitude's bits flipped for a negative number.
     */
    static long ordered(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** By topic number, the cardinality of each set (0 for null). */
    private static int[] cardinalities(BitSet[] sets) {
        int[] counts = new int[sets.length];
        for (int i = 0; i < sets.length; i++) {
            counts[i] = sets[i] == null ? 0 : sets[i].cardinality();
        }
        return counts;
    }

    /** The one topic of {@code numbers} outside K* (by number), or -1 when there are none or several. */
    private static int onlyUnknown(int[] numbers, Closure.Reach knownClosure) {
        int unknown = -1;
        for (int t : numbers) {
            if (!knownClosure.has(t)) {
                if (unknown >= 0 && unknown != t) {
                    return -1;
                }
                unknown = t;
            }
        }
        return unknown;
    }

    /**
     * For every topic outside K* that someone needs, who needs it, by topic number ({@link PrerequisiteGraph#numbered},
     * null for a topic nobody needs): bit i set when the topics {@code starts.get(i)} need it (are it, or have it as a
     * transitive prerequisite). One pass over the topics, dependents first, each unknown one taking the union of its
     * dependents' sets: linear in the edges times the number of starts / 64. The order is the graph's own, made once
     * (any order with dependents after their prerequisites gives the same unions); with a cycle, the unknown topics
     * are sorted here, which names the cycle when it is among them.
     */
    private static BitSet[] neededBy(PrerequisiteGraph graph, List<int[]> starts, Closure.Reach knownClosure) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        BitSet[] needers = new BitSet[numbered.size()];
        // every set sized for all the starts at once: a set grown by the unions below is copied at each growth
        int bits = starts.size();
        for (int i = 0; i < starts.size(); i++) {
            for (int number : starts.get(i)) {
                if (!knownClosure.has(number)) {
                    (needers[number] == null ? needers[number] = new BitSet(bits) : needers[number]).set(i);
                }
            }
        }
        int[] order = numbered.topological().orElseGet(() -> {
            Set<String> unknown = new LinkedHashSet<>(graph.topics());
            unknown.removeAll(knownClosure);
            return inOrder(graph, unknown).stream().mapToInt(numbered::number).toArray();
        });
        for (int i = order.length - 1; i >= 0; i--) {
            int topic = order[i];
            if (knownClosure.has(topic)) {
                continue;
            }
            for (int dependent : numbered.neighbours(topic, PrerequisiteGraph.Direction.DEPENDENTS)) {
                BitSet theirs = needers[dependent];
                if (theirs != null) {
                    (needers[topic] == null ? needers[topic] = new BitSet(bits) : needers[topic]).or(theirs);
                }
            }
        }
        return needers;
    }

    private static List<String> inOrder(PrerequisiteGraph graph, Set<String> topics) {
        TopologicalSort.Result<String> sorted = TopologicalSort.sort(topics, graph::requires, graph::requiredBy,
                graph.byKey());
        if (!sorted.complete()) {
            throw new PrerequisiteCycleException(sorted.stuck());
        }
        return sorted.order();
    }

    /**
     * The {@code count} topics of {@code topics} (those marked {@code mark} in {@code marks}) in the order to learn
     * them, by number into {@code order}: each after its prerequisites among them, and among the free ones the least
     * by the graph's order (ordering key, then id), as {@link TopologicalSort} with {@link PrerequisiteGraph#byKey()}
     * orders them; on int arrays, {@code waiting} a scratch array by topic number. With a cycle among them, the sort
     * by ids names it.
     */
    private static void inOrder(PrerequisiteGraph graph, int[] topics, int count, int[] marks, int mark,
                                int[] waiting, int[] order) {
        PrerequisiteGraph.Numbered numbered = graph.numbered();
        IntMinHeap free = new IntMinHeap(count);
        for (int i = 0; i < count; i++) {
            int topic = topics[i];
            int w = 0;
            for (int r : numbered.requires(topic)) {
                if (marks[r] == mark) {
                    w++;
                }
            }
            waiting[topic] = w;
            if (w == 0) {
                free.push(numbered.rank(topic));
            }
        }
        int ordered = 0;
        while (!free.isEmpty()) {
            int topic = numbered.byRank(free.pop());
            order[ordered++] = topic;
            for (int dependent : numbered.neighbours(topic, PrerequisiteGraph.Direction.DEPENDENTS)) {
                if (marks[dependent] == mark && --waiting[dependent] == 0) {
                    free.push(numbered.rank(dependent));
                }
            }
        }
        if (ordered < count) {
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                ids.add(numbered.id(topics[i]));
            }
            List<String> byIds = inOrder(graph, ids); // throws, naming the cycle
            for (int i = 0; i < count; i++) {
                order[i] = numbered.number(byIds.get(i));
            }
        }
    }


    private static List<CoverageRanking.Candidate> sorted(Collection<CoverageRanking.Candidate> projects) {
        return projects.stream().sorted(Comparator.comparingInt(CoverageRanking.Candidate::number)
                .thenComparing(CoverageRanking.Candidate::project)).toList();
    }
}
