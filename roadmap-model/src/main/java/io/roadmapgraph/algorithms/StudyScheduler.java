package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Schedules topics into study weeks under a weekly budget: list scheduling with the critical path first.
 *
 * <p>The model, so that parallel work and the critical path mean something:
 * <ul>
 *   <li>week by week, at most {@code hoursPerWeek} hours in all, in whole hours per topic;</li>
 *   <li>at most {@code maxInProgress} topics are in progress (started and not finished) at once;</li>
 *   <li>a topic starts only in a week after all its prerequisites have finished;</li>
 *   <li>a topic in progress gets its share {@code h/m} of the week ({@code h} hours a week, {@code m} in progress):
 *       in its first k weeks in progress at most {@code ⌊k·h/m⌋} hours in all. Hours are whole, so the fraction of a
 *       share (and a share the budget could not give) is carried to the topic's next week.</li>
 * </ul>
 * Hence the lower bound on the weeks of any plan: {@code ⌈max(total / h, criticalPath · m / h)⌉}, where the critical
 * path is the chain of topics (each requiring the one before) with the most hours.
 *
 * <p>Each week: the topics whose prerequisites are all finished start, while fewer than {@code m} are in progress,
 * longest remaining chain of hours first (ties: the order given, i.e. the learning path's); then the budget goes to
 * the topics in progress in that same priority. Scheduling with a limit is NP-hard in general; this heuristic is
 * within the reported {@link Schedule#gapWeeks() gap} of the lower bound. The work is O((V + E) log V + W·m) for W
 * weeks.
 */
public final class StudyScheduler {

    /** The most hours a week a plan may ask for. */
    public static final int MAX_HOURS_PER_WEEK = 80;

    private StudyScheduler() {
    }

    /** The tasks of a learning path's topics ({@code order}), with their hours and requirements from {@code graph}. */
    public static List<Task> tasks(PrerequisiteGraph graph, List<String> order) {
        return order.stream().map(id -> new Task(id, graph.hours(id), graph.requires(id))).toList();
    }

    /**
     * A topic to schedule.
     *
     * @param id       its id
     * @param hours    its hours, at least 1
     * @param requires the ids it requires; ids that are not among the scheduled topics (known ones) are ignored
     */
    public record Task(String id, int hours, List<String> requires) {
        public Task {
            Objects.requireNonNull(id, "id");
            if (hours < 1) {
                throw new IllegalArgumentException("topic " + id + " must take at least 1 hour, was " + hours);
            }
            requires = List.copyOf(requires);
        }
    }

    /** The hours a topic gets in one week. */
    public record Slot(String topic, int hours) {
    }

    /** One week of a schedule, 1-based, with the hours per topic in the order of priority. */
    public record Week(int number, List<Slot> slots) {
        public Week {
            slots = List.copyOf(slots);
        }

        public int hours() {
            return slots.stream().mapToInt(Slot::hours).sum();
        }
    }

    /**
     * When a topic is studied.
     *
     * @param start  the week it starts (1-based)
     * @param finish the week its last hour is studied
     * @param slack  how many weeks later it could start without moving the finish, with the weeks it takes and the
     *               prerequisites kept (the budget and the in-progress limit set aside)
     */
    public record Timing(String topic, int hours, int start, int finish, int slack) {
    }

    /**
     * A schedule.
     *
     * @param weeks             every week from 1 to the finish, in order (a week may be empty while nothing is ready)
     * @param timings           each topic's start, finish and slack, in the order of the tasks given
     * @param totalHours        the sum of the topics' hours
     * @param criticalPath      the chain of topics with the most hours, first prerequisite first
     * @param criticalPathHours its hours
     * @param lowerBoundWeeks   no schedule in this model takes fewer weeks
     */
    public record Schedule(int hoursPerWeek, int maxInProgress, List<Week> weeks, List<Timing> timings,
                           int totalHours, List<String> criticalPath, int criticalPathHours, int lowerBoundWeeks) {
        public Schedule {
            weeks = List.copyOf(weeks);
            timings = List.copyOf(timings);
            criticalPath = List.copyOf(criticalPath);
        }

        /** The number of weeks, 0 when there is nothing to learn. */
        public int finishWeek() {
            return weeks.size();
        }

        /** How many weeks this schedule takes beyond the lower bound. */
        public int gapWeeks() {
            return finishWeek() - lowerBoundWeeks;
        }
    }

    /**
     * The most hours a topic may have had by the end of its {@code k}-th week in progress (k ≥ 1): ⌊k·h/m⌋, its
     * share of every week with the fractions carried.
     */
    public static int share(int k, int hoursPerWeek, int maxInProgress) {
        return (int) ((long) k * hoursPerWeek / maxInProgress);
    }

    /** The fewest weeks a topic of {@code hours} takes on its own: ⌈hours · m / h⌉. */
    public static int minimumWeeks(int hours, int hoursPerWeek, int maxInProgress) {
        return (int) ((long) hours * maxInProgress + hoursPerWeek - 1) / hoursPerWeek;
    }

    /** The lower bound in weeks: {@code ⌈max(total / h, criticalPath · m / h)⌉}. */
    public static int lowerBoundWeeks(int totalHours, int criticalPathHours, int hoursPerWeek, int maxInProgress) {
        long most = Math.max(totalHours, (long) criticalPathHours * maxInProgress);
        return (int) ((most + hoursPerWeek - 1) / hoursPerWeek);
    }

    /**
     * Schedules {@code tasks} (in the order that breaks ties, e.g. a learning path's).
     *
     * @throws IllegalArgumentException for a budget below 1, a repeated id, or a cycle among the tasks
     */
    public static Schedule schedule(List<Task> tasks, int hoursPerWeek, int maxInProgress) {
        if (hoursPerWeek < 1 || maxInProgress < 1) {
            throw new IllegalArgumentException("hours per week and topics in progress must be at least 1, were "
                    + hoursPerWeek + " and " + maxInProgress);
        }
        Graph g = Graph.of(tasks);
        int n = g.size();
        int[] remaining = g.hours.clone();
        int[] start = new int[n];
        int[] finish = new int[n];
        int[] waitingFor = new int[n];
        // priority: longest tail first, ties by the task order; as ranks, so that the queues hold plain ints
        int[] byRank = g.byPriority();
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byRank[r]] = r;
        }
        IntMinHeap ready = new IntMinHeap(n);
        for (int i = 0; i < n; i++) {
            waitingFor[i] = g.requires[i].length;
            if (waitingFor[i] == 0) {
                ready.push(rank[i]);
            }
        }
        // the ranks of the topics in progress, least first, and those finishing this week in that order; a 100k-topic
        // plan has ~160,000 weeks: each week costs its Week, its slots and their list, nothing more
        int[] inProgress = new int[Math.min(maxInProgress, n)];
        int[] finished = new int[inProgress.length];
        Slot[] slots = new Slot[inProgress.length];
        int running = 0;
        List<Week> weeks = new ArrayList<>();
        int done = 0;
        while (done < n) {
            int week = weeks.size() + 1;
            while (running < inProgress.length && !ready.isEmpty()) {
                int next = ready.pop();
                start[byRank[next]] = week;
                int at = running++;
                for (; at > 0 && inProgress[at - 1] > next; at--) {
                    inProgress[at] = inProgress[at - 1];
                }
                inProgress[at] = next;
            }
            int budget = hoursPerWeek;
            int slotCount = 0;
            int finishing = 0;
            int kept = 0;
            for (int k = 0; k < running; k++) {
                int i = byRank[inProgress[k]];
                int studied = g.hours[i] - remaining[i];
                int hours = Math.min(Math.min(remaining[i], budget),
                        share(week - start[i] + 1, hoursPerWeek, maxInProgress) - studied);
                if (hours > 0) {
                    slots[slotCount++] = new Slot(g.ids.get(i), hours);
                    remaining[i] -= hours;
                    budget -= hours;
                }
                if (remaining[i] == 0) {
                    finish[i] = week;
                    finished[finishing++] = i;
                } else {
                    inProgress[kept++] = inProgress[k];
                }
            }
            weeks.add(new Week(week, slotList(slots, slotCount)));
            running = kept;
            done += finishing;
            for (int f = 0; f < finishing; f++) {
                for (int d : g.requiredBy[finished[f]]) {
                    if (--waitingFor[d] == 0) {
                        ready.push(rank[d]); // ready from the next week on
                    }
                }
            }
        }
        int[] slack = slack(g, start, finish, weeks.size());
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            timings.add(new Timing(g.ids.get(i), g.hours[i], start[i], finish[i], slack[i]));
        }
        List<String> path = g.criticalPath(g.hours);
        int pathHours = path.stream().mapToInt(id -> g.hours[g.index.get(id)]).sum();
        int total = java.util.Arrays.stream(g.hours).sum();
        return new Schedule(hoursPerWeek, maxInProgress, weeks, timings, total, path, pathHours,
                lowerBoundWeeks(total, pathHours, hoursPerWeek, maxInProgress));
    }

    /** The first {@code count} slots as an immutable list, without an array of its own for one or two. */
    private static List<Slot> slotList(Slot[] slots, int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(slots[0]);
            case 2 -> List.of(slots[0], slots[1]);
            default -> List.of(java.util.Arrays.copyOf(slots, count));
        };
    }

    /** Latest start minus start, with each topic's weeks as scheduled and the finish kept. */
    private static int[] slack(Graph g, int[] start, int[] finish, int end) {
        int n = g.size();
        int[] latestFinish = new int[n];
        int[] slack = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int i = g.order[k];
            int latest = end;
            for (int d : g.requiredBy[i]) {
                latest = Math.min(latest, latestFinish[d] - (finish[d] - start[d] + 1));
            }
            latestFinish[i] = latest;
            slack[i] = latest - finish[i];
        }
        return slack;
    }

    /**
     * The chain that makes a deadline impossible: the chain of topics that takes the most weeks at
     * {@code hoursPerWeek} (each topic at least {@link #minimumWeeks}), and those weeks.
     */
    public record Chain(List<String> topics, int weeks) {
        public Chain {
            topics = List.copyOf(topics);
        }
    }

    /** The chain of {@code tasks} that takes the most weeks at {@code hoursPerWeek}: a floor no budget lowers. */
    public static Chain longestChain(List<Task> tasks, int hoursPerWeek, int maxInProgress) {
        Graph g = Graph.of(tasks);
        long[] weeks = new long[g.size()];
        for (int i = 0; i < g.size(); i++) {
            weeks[i] = minimumWeeks(g.hours[i], hoursPerWeek, maxInProgress);
        }
        List<String> chain = g.criticalPath(weeks);
        return new Chain(chain, chain.stream().mapToInt(id -> (int) weeks[g.index.get(id)]).sum());
    }

    /**
     * The fewest hours a week (1..{@link #MAX_HOURS_PER_WEEK}) whose schedule takes at most {@code weeks}; empty when
     * none does.
     */
    public static OptionalInt hoursPerWeekFor(List<Task> tasks, int maxInProgress, int weeks) {
        Graph g = Graph.of(tasks);
        int total = java.util.Arrays.stream(g.hours).sum();
        List<String> path = g.criticalPath(g.hours);
        int pathHours = path.stream().mapToInt(id -> g.hours[g.index.get(id)]).sum();
        for (int h = 1; h <= MAX_HOURS_PER_WEEK; h++) {
            if (lowerBoundWeeks(total, pathHours, h, maxInProgress) <= weeks
                    && schedule(tasks, h, maxInProgress).finishWeek() <= weeks) {
                return OptionalInt.of(h);
            }
        }
        return OptionalInt.empty();
    }

    /** The tasks as arrays: requires-edges within the tasks, a topological order, and each one's longest tail. */
    private static final class Graph {
        final List<String> ids;
        final Map<String, Integer> index;
        final int[] hours;
        final int[][] requires;
        final int[][] requiredBy;
        final int[] order;
        /** The hours of the longest chain from each topic to the end, itself included: the priority. */
        final long[] tail;

        private Graph(List<Task> tasks) {
            int n = tasks.size();
            ids = tasks.stream().map(Task::id).toList();
            index = new HashMap<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                if (index.put(ids.get(i), i) != null) {
                    throw new IllegalArgumentException("topic " + ids.get(i) + " is given twice");
                }
            }
            hours = new int[n];
            requires = new int[n][];
            int[] dependents = new int[n];
            int[] seenBy = new int[n]; // i + 1 when task i has listed it: each requirement once, first listing kept
            int[] own = new int[16];
            for (int i = 0; i < n; i++) {
                hours[i] = tasks.get(i).hours();
                int count = 0;
                for (String r : tasks.get(i).requires()) {
                    Integer j = index.get(r);
                    if (j != null && seenBy[j] != i + 1) {
                        seenBy[j] = i + 1;
                        if (count == own.length) {
                            own = java.util.Arrays.copyOf(own, 2 * count);
                        }
                        own[count++] = j;
                        dependents[j]++;
                    }
                }
                requires[i] = java.util.Arrays.copyOf(own, count);
            }
            requiredBy = new int[n][];
            for (int j = 0; j < n; j++) {
                requiredBy[j] = new int[dependents[j]];
                dependents[j] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j : requires[i]) {
                    requiredBy[j][dependents[j]++] = i;
                }
            }
            order = topological();
            tail = new long[n];
            for (int k = n - 1; k >= 0; k--) {
                int i = order[k];
                long longest = 0;
                for (int d : requiredBy[i]) {
                    longest = Math.max(longest, tail[d]);
                }
                tail[i] = hours[i] + longest;
            }
        }

        /**
         * The tasks by priority: the longest tail first, ties by the task order. One sort of primitive keys (the
         * tail's distance to the longest, then the index), since a tail is at most the total of the hours, an int.
         */
        int[] byPriority() {
            int n = size();
            long longest = 0;
            for (long t : tail) {
                longest = Math.max(longest, t);
            }
            if (longest > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a chain of topics takes " + longest + " hours, more than "
                        + Integer.MAX_VALUE);
            }
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (longest - tail[i]) << 32 | i;
            }
            java.util.Arrays.sort(keys);
            int[] sorted = new int[n];
            for (int r = 0; r < n; r++) {
                sorted[r] = (int) keys[r];
            }
            return sorted;
        }

        static Graph of(Collection<Task> tasks) {
            return new Graph(List.copyOf(tasks));
        }

        int size() {
            return hours.length;
        }

        private int[] topological() {
            int n = size();
            int[] waiting = new int[n];
            // first in, first out; each task is queued once, so the order itself is the queue
            int[] sorted = new int[n];
            int queued = 0;
            for (int i = 0; i < n; i++) {
                waiting[i] = requires[i].length;
                if (waiting[i] == 0) {
                    sorted[queued++] = i;
                }
            }
            int placed = 0;
            while (placed < queued) {
                int i = sorted[placed++];
                for (int d : requiredBy[i]) {
                    if (--waiting[d] == 0) {
                        sorted[queued++] = d;
                    }
                }
            }
            if (placed < n) {
                List<String> stuck = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (waiting[i] > 0) {
                        stuck.add(ids.get(i));
                    }
                }
                throw new IllegalArgumentException("the requires-edges between " + stuck + " form a cycle");
            }
            return sorted;
        }

        /** The chain with the greatest sum of {@code weight}, first prerequisite first; ties by the task order. */
        List<String> criticalPath(long[] weight) {
            int n = size();
            long[] best = new long[n];
            int[] previous = new int[n];
            int end = -1;
            for (int i : order) {
                previous[i] = -1;
                long before = 0;
                for (int r : requires[i]) {
                    if (best[r] > before || (best[r] == before && previous[i] >= 0 && r < previous[i])) {
                        before = best[r];
                        previous[i] = r;
                    }
                }
                best[i] = before + weight[i];
                if (end < 0 || best[i] > best[end] || (best[i] == best[end] && i < end)) {
                    end = i;
                }
            }
            List<String> chain = new ArrayList<>();
            for (int i = end; i >= 0; i = previous[i]) {
                chain.add(ids.get(i));
            }
            java.util.Collections.reverse(chain);
            return chain;
        }

        List<String> criticalPath(int[] weight) {
            long[] wide = new long[weight.length];
            for (int i = 0; i < weight.length; i++) {
                wide[i] = weight[i];
            }
            return criticalPath(wide);
        }
    }
}
