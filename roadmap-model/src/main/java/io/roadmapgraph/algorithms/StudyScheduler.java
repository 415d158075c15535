package io.roadmapgraph.algorithms;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;

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

    /**
     * Tasks to schedule whose requirements are given by their index among the tasks, not by id: what a caller whose
     * topics are numbered already (a learning path's steps) hands over without an id lookup per requirement. The ids
     * only name the tasks in the schedule (they are not checked for repeats). Immutable; made by {@link #builder} or
     * from {@link Task}s by {@link #of}.
     */
    public static final class Tasks {
        private final List<String> ids;
        private final int[] hours;
        /** Each task's requirements as given (repeats are dropped by the scheduler). */
        private final int[][] requires;

        private Tasks(List<String> ids, int[] hours, int[][] requires) {
            this.ids = ids;
            this.hours = hours;
            this.requires = requires;
        }

        /**
         * The tasks of {@code tasks}, each requirement found by id; ids that are not among the tasks (known topics)
         * are ignored.
         *
         * @throws IllegalArgumentException for a repeated id
         */
        public static Tasks of(List<Task> tasks) {
            int n = tasks.size();
            Map<String, Integer> index = new HashMap<>(n * 4 / 3 + 1);
            Builder builder = builder(n);
            for (Task task : tasks) {
                if (index.putIfAbsent(task.id(), index.size()) != null) {
                    throw new IllegalArgumentException("topic " + task.id() + " is given twice");
                }
                builder.add(task.id(), task.hours());
            }
            for (int i = 0; i < n; i++) {
                for (String r : tasks.get(i).requires()) {
                    Integer j = index.get(r);
                    if (j != null) {
                        builder.require(i, j);
                    }
                }
            }
            return builder.build();
        }

        /** A builder for about {@code expected} tasks. */
        public static Builder builder(int expected) {
            return new Builder(expected);
        }

        public int size() {
            return hours.length;
        }

        /** The id of the task at {@code index}. */
        public String id(int index) {
            return ids.get(index);
        }

        /** The hours of the task at {@code index}. */
        public int hours(int index) {
            return hours[index];
        }

        /** The indexes of the tasks that the task at {@code index} requires, as given (a copy). */
        public int[] requires(int index) {
            return requires[index].clone();
        }

        /** Adds tasks, then their requirements by index. */
        public static final class Builder {
            private final List<String> ids;
            private int[] hours;
            /** The requirements in the order given: task {@code edgeTask[e]} requires {@code edgeRequired[e]}. */
            private int[] edgeTask;
            private int[] edgeRequired;
            private int edges;

            private Builder(int expected) {
                ids = new ArrayList<>(expected);
                hours = new int[Math.max(expected, 1)];
                edgeTask = new int[4 * Math.max(expected, 1)];
                edgeRequired = new int[edgeTask.length];
            }

            /**
             * Adds a task; its index is the number of tasks added before it.
             *
             * @throws IllegalArgumentException for hours below 1
             */
            public Builder add(String id, int hours) {
                Objects.requireNonNull(id, "id");
                if (hours < 1) {
                    throw new IllegalArgumentException("topic " + id + " must take at least 1 hour, was " + hours);
                }
                if (ids.size() == this.hours.length) {
                    this.hours = Arrays.copyOf(this.hours, 2 * ids.size());
                }
                this.hours[ids.size()] = hours;
                ids.add(id);
                return this;
            }

            /**
             * The task at {@code task} requires the one at {@code required} (both added already).
             *
             * @throws IndexOutOfBoundsException for an index of no task added
             */
            public Builder require(int task, int required) {
                Objects.checkIndex(task, ids.size());
                Objects.checkIndex(required, ids.size());
                if (edges == edgeTask.length) {
                    edgeTask = Arrays.copyOf(edgeTask, 2 * edges);
                    edgeRequired = Arrays.copyOf(edgeRequired, 2 * edges);
                }
                edgeTask[edges] = task;
                edgeRequired[edges++] = required;
                return this;
            }

            public Tasks build() {
                int n = ids.size();
                int[] count = new int[n];
                for (int e = 0; e < edges; e++) {
                    count[edgeTask[e]]++;
                }
                int[][] requires = new int[n][];
                for (int i = 0; i < n; i++) {
                    requires[i] = count[i] == 0 ? NONE : new int[count[i]];
                    count[i] = 0;
                }
                for (int e = 0; e < edges; e++) {
                    int i = edgeTask[e];
                    requires[i][count[i]++] = edgeRequired[e];
                }
                return new Tasks(List.copyOf(ids), Arrays.copyOf(hours, n), requires);
            }
        }
    }

    private static final int[] NONE = new int[0];

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
            weeks = weeks instanceof WeekList ? weeks : List.copyOf(weeks);
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
        return schedule(Tasks.of(tasks), hoursPerWeek, maxInProgress);
    }

    /**
     * Schedules {@code tasks} (in the order that breaks ties, e.g. a learning path's), their requirements given by
     * index: the same schedule as for the same tasks given by id.
     *
     * @throws IllegalArgumentException for a budget below 1 or a cycle among the tasks
     */
    public static Schedule schedule(Tasks tasks, int hoursPerWeek, int maxInProgress) {
        if (hoursPerWeek < 1 || maxInProgress < 1) {
            throw new IllegalArgumentException("hours per week and topics in progress must be at least 1, were "
                    + hoursPerWeek + " and " + maxInProgress);
        }
        Graph g = new Graph(tasks);
        int n = g.size();
        int[] start = new int[n];
        int[] finish = new int[n];
        WeekList weeks = new WeekLoop(g, hoursPerWeek, maxInProgress).run(start, finish);
        int[] slack = slack(g, start, finish, weeks.size());
        List<Timing> timings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            timings.add(new Timing(g.ids.get(i), g.hours[i], start[i], finish[i], slack[i]));
        }
        int[] path = g.criticalPath(g.hours);
        int pathHours = 0;
        for (int i : path) {
            pathHours += g.hours[i];
        }
        int total = g.totalHours();
        return new Schedule(hoursPerWeek, maxInProgress, weeks, timings, total, g.ids(path), pathHours,
                lowerBoundWeeks(total, pathHours, hoursPerWeek, maxInProgress));
    }

    /**
     * The week by week list scheduling of a {@link Graph}: each week the ready topics start by priority while there is
     * room, then the budget goes to the topics in progress in that priority. A 100k-topic plan has ~165,000 weeks:
     * each week costs a few ints in the {@link WeekList}, nothing more.
     */
    private static final class WeekLoop {
        private final Graph g;
        private final int hoursPerWeek;
        private final int maxInProgress;
        /** The tasks by priority (longest tail first, ties by the task order), and each task's rank in it. */
        private final int[] byRank;
        private final int[] rank;
        private final int[] remaining;
        private final int[] waitingFor;
        private final IntMinHeap ready;
        /** The ranks of the topics in progress, least first. */
        private final int[] inProgress;
        private int running;
        private final WeekList.Builder weeks;

        WeekLoop(Graph g, int hoursPerWeek, int maxInProgress) {
            this.g = g;
            this.hoursPerWeek = hoursPerWeek;
            this.maxInProgress = maxInProgress;
            int n = g.size();
            byRank = g.byPriority();
            rank = new int[n];
            for (int r = 0; r < n; r++) {
                rank[byRank[r]] = r;
            }
            remaining = g.hours.clone();
            waitingFor = new int[n];
            ready = new IntMinHeap(n);
            for (int i = 0; i < n; i++) {
                waitingFor[i] = g.requires[i].length;
                if (waitingFor[i] == 0) {
                    ready.push(rank[i]);
                }
            }
            inProgress = new int[Math.min(maxInProgress, n)];
            weeks = new WeekList.Builder(g.ids, n);
        }

        /** Runs every week until all tasks are finished; fills each task's start and finish week. */
        WeekList run(int[] start, int[] finish) {
            int[] finished = new int[inProgress.length];
            int done = 0;
            int n = g.size();
            for (int week = 1; done < n; week++) {
                admit(week, start);
                int finishing = study(week, start, finish, finished);
                done += finishing;
                for (int f = 0; f < finishing; f++) {
                    for (int d : g.requiredBy[finished[f]]) {
                        if (--waitingFor[d] == 0) {
                            ready.push(rank[d]); // ready from the next week on
                        }
                    }
                }
            }
            return weeks.build();
        }

        /** Starts the ready topics, by priority, while fewer than the limit are in progress. */
        private void admit(int week, int[] start) {
            while (running < inProgress.length && !ready.isEmpty()) {
                int next = ready.pop();
                start[byRank[next]] = week;
                int at = running++;
                for (; at > 0 && inProgress[at - 1] > next; at--) {
                    inProgress[at] = inProgress[at - 1];
                }
                inProgress[at] = next;
            }
        }

        /**
         * Gives the week's budget to the topics in progress by priority, records the week's slots, and puts the
         * topics that finish into {@code finished}, in that order; their number.
         */
        private int study(int week, int[] start, int[] finish, int[] finished) {
            int budget = hoursPerWeek;
            int finishing = 0;
            int kept = 0;
            for (int k = 0; k < running; k++) {
                int i = byRank[inProgress[k]];
                int studied = g.hours[i] - remaining[i];
                int hours = Math.min(Math.min(remaining[i], budget),
                        share(week - start[i] + 1, hoursPerWeek, maxInProgress) - studied);
                if (hours > 0) {
                    weeks.slot(i, hours);
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
            weeks.endWeek();
            running = kept;
            return finishing;
        }
    }

    /**
     * A schedule's weeks kept as arrays (each slot's task and hours, each week's first slot) and made into
     * {@link Week}s when read: a plan that only counts its weeks does not pay for ~165,000 of them at 100k topics.
     * Immutable; each read makes an equal week.
     */
    private static final class WeekList extends AbstractList<Week> implements RandomAccess {
        private final List<String> ids;
        /** Week w's slots are {@code firstSlot[w]} (inclusive) to {@code firstSlot[w + 1]}, 0-based weeks; the
         *  arrays may be longer than the weeks and slots they hold. */
        private final int[] firstSlot;
        private final int[] slotTask;
        private final int[] slotHours;

        private final int size;

        private WeekList(List<String> ids, int[] firstSlot, int size, int[] slotTask, int[] slotHours) {
            this.ids = ids;
            this.firstSlot = firstSlot;
            this.size = size;
            this.slotTask = slotTask;
            this.slotHours = slotHours;
        }

        @Override
        public Week get(int index) {
            Objects.checkIndex(index, size());
            int from = firstSlot[index];
            Slot[] slots = new Slot[firstSlot[index + 1] - from];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = new Slot(ids.get(slotTask[from + k]), slotHours[from + k]);
            }
            return new Week(index + 1, List.of(slots));
        }

        @Override
        public int size() {
            return size;
        }

        /** Collects the slots week after week. */
        private static final class Builder {
            private final List<String> ids;
            private int[] firstSlot;
            private int weeks;
            private int[] slotTask;
            private int[] slotHours;
            private int slots;

            Builder(List<String> ids, int tasks) {
                this.ids = ids;
                firstSlot = new int[tasks + 16];
                slotTask = new int[2 * tasks + 16];
                slotHours = new int[slotTask.length];
            }

            void slot(int task, int hours) {
                if (slots == slotTask.length) {
                    slotTask = Arrays.copyOf(slotTask, 2 * slots);
                    slotHours = Arrays.copyOf(slotHours, 2 * slots);
                }
                slotTask[slots] = task;
                slotHours[slots++] = hours;
            }

            /** Ends the current week with the slots given since the last end. */
            void endWeek() {
                if (weeks + 2 > firstSlot.length) {
                    firstSlot = Arrays.copyOf(firstSlot, 2 * firstSlot.length);
                }
                firstSlot[++weeks] = slots;
            }

            WeekList build() {
                return new WeekList(ids, firstSlot, weeks, slotTask, slotHours);
            }
        }
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
        return longestChain(Tasks.of(tasks), hoursPerWeek, maxInProgress);
    }

    /** The chain of {@code tasks} that takes the most weeks at {@code hoursPerWeek}: a floor no budget lowers. */
    public static Chain longestChain(Tasks tasks, int hoursPerWeek, int maxInProgress) {
        Graph g = new Graph(tasks);
        long[] weeks = new long[g.size()];
        for (int i = 0; i < g.size(); i++) {
            weeks[i] = minimumWeeks(g.hours[i], hoursPerWeek, maxInProgress);
        }
        int[] chain = g.criticalPath(weeks);
        int total = 0;
        for (int i : chain) {
            total += (int) weeks[i];
        }
        return new Chain(g.ids(chain), total);
    }

    /**
     * The fewest hours a week (1..{@link #MAX_HOURS_PER_WEEK}) whose schedule takes at most {@code weeks}; empty when
     * none does.
     */
    public static OptionalInt hoursPerWeekFor(List<Task> tasks, int maxInProgress, int weeks) {
        return hoursPerWeekFor(Tasks.of(tasks), maxInProgress, weeks);
    }

    /**
     * The fewest hours a week (1..{@link #MAX_HOURS_PER_WEEK}) whose schedule takes at most {@code weeks}; empty when
     * none does.
     */
    public static OptionalInt hoursPerWeekFor(Tasks tasks, int maxInProgress, int weeks) {
        Graph g = new Graph(tasks);
        int total = g.totalHours();
        int pathHours = 0;
        for (int i : g.criticalPath(g.hours)) {
            pathHours += g.hours[i];
        }
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
        /** The tasks' hours: read only (shared with the {@link Tasks}). */
        final int[] hours;
        final int[][] requires;
        final int[][] requiredBy;
        final int[] order;
        /** The hours of the longest chain from each topic to the end, itself included: the priority. */
        final long[] tail;

        private Graph(Tasks tasks) {
            int n = tasks.size();
            ids = tasks.ids;
            hours = tasks.hours;
            requires = new int[n][];
            int[] dependents = new int[n];
            int[] seenBy = new int[n]; // i + 1 when task i has listed it: each requirement once, first listing kept
            boolean inOrder = true; // every task after the tasks it requires, as a learning path's steps
            for (int i = 0; i < n; i++) {
                int[] given = tasks.requires[i];
                int count = 0;
                for (int j : given) {
                    inOrder &= j < i;
                    if (seenBy[j] != i + 1) {
                        seenBy[j] = i + 1;
                        count++;
                        dependents[j]++;
                    }
                }
                requires[i] = count == given.length ? given : distinct(given, count);
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
            order = inOrder ? identity(n) : topological();
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
            Arrays.sort(keys);
            int[] sorted = new int[n];
            for (int r = 0; r < n; r++) {
                sorted[r] = (int) keys[r];
            }
            return sorted;
        }

        /** 0 to n - 1: a topological order of tasks given in order (no cycle possible, nothing to queue). */
        private static int[] identity(int n) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }

        /** The first {@code count} distinct values of {@code given}, in the order first given. */
        private static int[] distinct(int[] given, int count) {
            int[] own = new int[count];
            int k = 0;
            for (int j : given) {
                boolean seen = false;
                for (int c = 0; c < k && !seen; c++) {
                    seen = own[c] == j;
                }
                if (!seen) {
                    own[k++] = j;
                }
            }
            return own;
        }

        int totalHours() {
            int total = 0;
            for (int h : hours) {
                total += h;
            }
            return total;
        }

        /** The ids of the tasks at {@code indexes}, in that order. */
        List<String> ids(int[] indexes) {
            String[] chosen = new String[indexes.length];
            for (int k = 0; k < indexes.length; k++) {
                chosen[k] = ids.get(indexes[k]);
            }
            return List.of(chosen);
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
                throw new PrerequisiteCycleException(stuck);
            }
            return sorted;
        }

        /**
         * The chain with the greatest sum of {@code weight} as task indexes, first prerequisite first; ties by the
         * task order.
         */
        int[] criticalPath(long[] weight) {
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
            int length = 0;
            for (int i = end; i >= 0; i = previous[i]) {
                length++;
            }
            int[] chain = new int[length];
            for (int i = end; i >= 0; i = previous[i]) {
                chain[--length] = i;
            }
            return chain;
        }

        int[] criticalPath(int[] weight) {
            long[] wide = new long[weight.length];
            for (int i = 0; i < weight.length; i++) {
                wide[i] = weight[i];
            }
            return criticalPath(wide);
        }
    }
}
