package io.roadmapgraph.query;

import io.roadmapgraph.progress.ProgressException;
import io.roadmapgraph.progress.ProgressRollup;
import io.roadmapgraph.progress.ProgressRollup.TopicHours;
import io.roadmapgraph.progress.ProgressStatus;
import io.roadmapgraph.progress.ProgressStore;
import io.roadmapgraph.progress.TopicProgress;
import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One learner's progress over the loaded roadmaps: writing records (topic ids resolved through former ids, unknown
 * topics refused), reading them with what they imply, and the learner-facing queries with the learner's progress as
 * what is known. The learner id is whatever the caller authenticated; nothing here reads it from a request.
 * Progress is read from the store on every call: never from the snapshot or a cache.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LearnerProgress {

    /** The most records one import may carry. */
    public static final int MAX_IMPORT = 5_000;
    /**
     * The most orphaned records (of topics no loaded roadmap has) an import may leave a learner with: an export's
     * orphaned records import back, but ids no roadmap has are not a store for anything else.
     */
    public static final int MAX_ORPHANED = MAX_IMPORT;

    /**
     * One record to import, as a client sends it (status, hours and time unchecked yet).
     *
     * @param updatedAt when it was written (ISO-8601, as an export gives it); empty: the import's time
     * @param orphaned  whether the export listed it as orphaned: then it is kept under its id even when no loaded
     *                  roadmap has the topic (as {@link #set} never keeps one), else such a topic is unknown
     */
    public record Entry(String topic, String status, int hoursSpent, String note, String updatedAt,
                        boolean orphaned) {
        public Entry {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        /** A record written at the import's time, of a topic a loaded roadmap has. */
        public Entry(String topic, String status, int hoursSpent, String note) {
            this(topic, status, hoursSpent, note, "", false);
        }
    }

    /** A roadmap's percent done by hours, and each phase's. */
    public record RoadmapPercent(String roadmap, double percentDone, List<PhasePercent> phases) {
        public RoadmapPercent {
            phases = List.copyOf(phases);
        }
    }

    /** A phase's percent done by hours. */
    public record PhasePercent(String phase, int number, double percentDone) {
    }

    /** A parent topic's status, derived from its subtopics' records. */
    public record ParentStatus(String topic, ProgressStatus status) {
    }

    /**
     * A learner's progress and what it implies.
     *
     * @param progress the records of topics of the loaded roadmaps, by their current ids
     * @param orphaned the records whose topic no loaded roadmap has (kept; back in {@code progress} when it returns)
     * @param ready    the projects whose every topic is known (DONE or SKIPPED): ready to build
     */
    public record Overview(List<TopicProgress> progress, List<TopicProgress> orphaned, List<RoadmapPercent> roadmaps,
                           List<ParentStatus> parents, List<ProjectNode> ready) {
        public Overview {
            progress = List.copyOf(progress);
            orphaned = List.copyOf(orphaned);
            roadmaps = List.copyOf(roadmaps);
            parents = List.copyOf(parents);
            ready = List.copyOf(ready);
        }
    }

    /** A record as written, and what the write did (its bookmark). */
    public record Saved(TopicProgress record, ProgressStore.Written written) {
        public Saved {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(written, "written");
        }
    }

    private final RoadmapQueries queries;
    /** {@code queries} without the limit on ids, for the learner's own records. */
    private final RoadmapQueries all;
    private final ProgressStore store;
    private final Clock clock;

    public LearnerProgress(RoadmapQueries queries, ProgressStore store) {
        this(queries, store, Clock.systemUTC());
    }

    LearnerProgress(RoadmapQueries queries, ProgressStore store, Clock clock) {
        this.queries = Objects.requireNonNull(queries, "queries must not be null");
        this.all = queries.withoutIdLimit();
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /**
     * Writes the learner's record of {@code topic} (a current or former id; kept under the current one).
     *
     * @throws ProgressException UNKNOWN_TOPIC, BAD_HOURS, NOTE_TOO_LONG; nothing written
     */
    public Saved set(String learner, String topic, ProgressStatus status, int hoursSpent, String note) {
        requireLearner(learner);
        Objects.requireNonNull(topic, "topic must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(note, "note must not be null");
        Map<String, String> resolved = queries.resolveTopicIds(List.of(topic));
        if (!resolved.containsKey(topic)) {
            throw unknownTopic(topic);
        }
        TopicProgress record = new TopicProgress(resolved.get(topic), status, hoursSpent, note, clock.instant());
        return new Saved(record, store.put(learner, List.of(record)));
    }

    /** Deletes the learner's record of {@code topic} (an orphaned record's id too); none there is no error. */
    public ProgressStore.Written clear(String learner, String topic) {
        requireLearner(learner);
        Objects.requireNonNull(topic, "topic must not be null");
        Set<String> ids = new LinkedHashSet<>(List.of(topic));
        ids.addAll(queries.resolveTopicIds(List.of(topic)).values());
        return store.clear(learner, ids);
    }

    /**
     * Writes every entry, or none: an import with any problem (unknown topic or status, hours out of range, a note
     * too long, a topic named twice, too many entries) is refused whole, naming every problem. Entries naming one
     * topic by a former id and by its current id (an export after a rename holds both) are one record: the newer.
     *
     * @throws ProgressException BAD_IMPORT with {@link ProgressException#problems()}
     */
    public ProgressStore.Written importProgress(String learner, List<Entry> entries) {
        requireLearner(learner);
        Objects.requireNonNull(entries, "entries must not be null");
        if (entries.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("entries must not contain null");
        }
        List<String> problems = new ArrayList<>();
        if (entries.size() > MAX_IMPORT) {
            problems.add("an import may hold at most " + MAX_IMPORT + " records, this one has " + entries.size());
        }
        Map<String, String> resolved = queries.resolveTopicIds(entries.stream().map(Entry::topic).toList());
        Map<String, TopicProgress> records = new LinkedHashMap<>();
        Set<String> named = new LinkedHashSet<>();
        Instant now = clock.instant();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String where = "record " + (i + 1) + " ('" + entry.topic() + "'): ";
            try {
                if (!named.add(entry.topic())) {
                    throw new ProgressException(ProgressException.Code.BAD_IMPORT, "topic '" + entry.topic()
                            + "' is named twice");
                }
                String id = resolved.get(entry.topic());
                if (id == null && !entry.orphaned()) {
                    throw unknownTopic(entry.topic());
                }
                TopicProgress record = new TopicProgress(id == null ? entry.topic() : id,
                        ProgressStatus.parse(entry.status()), entry.hoursSpent(), entry.note(),
                        writtenAt(entry.updatedAt(), now));
                // a former id's record and the current id's (an export after a rename holds both): the newer
                // counts, as every read takes it
                records.merge(record.topic(), record, LearnerProgress::newer);
            } catch (ProgressException e) {
                problems.add(where + e.getMessage());
            }
        }
        Set<String> current = Set.copyOf(resolved.values());
        Set<String> orphaned = records.keySet().stream().filter(id -> !current.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!orphaned.isEmpty()) {
            orphaned.addAll(orphanedTopics(store.progress(learner, Optional.empty())));
            if (orphaned.size() > MAX_ORPHANED) {
                problems.add("a learner keeps at most " + MAX_ORPHANED + " orphaned records (of topics no loaded"
                        + " roadmap has); with this import it would keep " + orphaned.size());
            }
        }
        if (!problems.isEmpty()) {
            throw new ProgressException(ProgressException.Code.BAD_IMPORT, "the import was refused whole, nothing"
                    + " was written: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"),
                    problems);
        }
        return store.put(learner, records.values());
    }

    /**
     * An imported record's time: the one it was exported with, or {@code now} for none; a time after {@code now}
     * counts as {@code now} (a record is not written in the future).
     */
    private static Instant writtenAt(String updatedAt, Instant now) {
        if (updatedAt.isEmpty()) {
            return now;
        }
        try {
            Instant at = Instant.parse(updatedAt);
            return at.isAfter(now) ? now : at;
        } catch (DateTimeParseException e) {
            throw new ProgressException(ProgressException.Code.BAD_IMPORT, "updatedAt '" + updatedAt + "' is not"
                    + " an ISO-8601 time like 2027-02-01T10:00:00Z");
        }
    }

    /**
     * Of {@code records} (a learner's as stored, as {@link #export} gives them), the topic ids no loaded roadmap has:
     * the orphaned records, which an import takes back only when marked so ({@link Entry#orphaned()}).
     */
    public Set<String> orphanedTopics(Collection<TopicProgress> records) {
        Objects.requireNonNull(records, "records must not be null");
        return resolve(records).orphaned().stream().map(TopicProgress::topic)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Deletes everything kept about the learner. */
    public ProgressStore.Written deleteMyData(String learner) {
        return store.deleteLearner(requireLearner(learner));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Every record of the learner as stored (orphaned ones too), for an export. */
    public List<TopicProgress> export(String learner, Optional<String> bookmark) {
        return store.progress(requireLearner(learner), requireBookmark(bookmark));
    }

    /** The learner's records with what they imply; {@code bookmark}: see at least that write. */
    public Overview overview(String learner, Optional<String> bookmark) {
        Reading reading = read(learner, bookmark);
        List<ProjectNode> ready = reading.ready();
        return new Overview(reading.progress(), reading.orphaned(), reading.roadmaps(), reading.parents(), ready);
    }

    /**
     * The learner's records, read now (the same read as {@link #overview}'s), with what they imply derived when first
     * asked: a caller that wants only the records (or one part) does not pay for the percents of every roadmap.
     */
    public Reading read(String learner, Optional<String> bookmark) {
        return new Reading(resolved(learner, bookmark));
    }

    /**
     * One read of a learner's records; each part of the {@link Overview} is derived on its first call (from the
     * records and the graph as they are then) and kept. Thread-safe.
     */
    public final class Reading {
        private final Resolved resolved;
        private List<RoadmapPercent> roadmaps;
        private List<ParentStatus> parents;
        private List<ProjectNode> ready;

        private Reading(Resolved resolved) {
            this.resolved = resolved;
        }

        /** As {@link Overview#progress()}. */
        public List<TopicProgress> progress() {
            return List.copyOf(resolved.byTopic().values());
        }

        /** As {@link Overview#orphaned()}. */
        public List<TopicProgress> orphaned() {
            return List.copyOf(resolved.orphaned());
        }

        /** As {@link Overview#roadmaps()}. */
        public synchronized List<RoadmapPercent> roadmaps() {
            if (roadmaps == null) {
                roadmaps = List.copyOf(percents(resolved.byTopic()));
            }
            return roadmaps;
        }

        /** As {@link Overview#parents()}. */
        public synchronized List<ParentStatus> parents() {
            if (parents == null) {
                parents = List.copyOf(LearnerProgress.this.parents(resolved.byTopic()));
            }
            return parents;
        }

        /** As {@link Overview#ready()}. */
        public synchronized List<ProjectNode> ready() {
            if (ready == null) {
                ready = List.copyOf(all.buildableProjects(resolved.known(), Scope.ALL));
            }
            return ready;
        }
    }

    /** The stored records split into those of loaded topics (by current id) and the orphaned ones. */
    private record Resolved(Map<String, TopicProgress> byTopic, List<TopicProgress> orphaned) {
        Set<String> known() {
            return byTopic.values().stream().filter(p -> p.status().known()).map(TopicProgress::topic)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /** The ids of the LEARNING topics. */
        List<String> learning() {
            return byTopic.values().stream().filter(p -> p.status() == ProgressStatus.LEARNING)
                    .map(TopicProgress::topic).toList();
        }

        /** The hours left of those of {@code topics} the learner is LEARNING, by id. */
        Map<String, Integer> hoursLeft(Collection<TopicNode> topics) {
            Map<String, Integer> left = new LinkedHashMap<>();
            topics.forEach(t -> Optional.ofNullable(byTopic.get(t.id()))
                    .filter(p -> p.status() == ProgressStatus.LEARNING)
                    .ifPresent(p -> left.put(t.id(), ProgressRollup.hoursLeft(t.estimatedHours(), p))));
            return left;
        }
    }

    private Resolved resolved(String learner, Optional<String> bookmark) {
        return resolve(store.progress(requireLearner(learner), requireBookmark(bookmark)));
    }

    /**
     * {@code stored} by the current ids of their topics (a former id's record and the current id's merged: the newer
     * counts), and the records of topics no loaded roadmap has.
     */
    private Resolved resolve(Collection<TopicProgress> stored) {
        Map<String, String> ids = all.resolveTopicIds(stored.stream().map(TopicProgress::topic).toList());
        Map<String, TopicProgress> byTopic = new LinkedHashMap<>();
        List<TopicProgress> orphaned = new ArrayList<>();
        for (TopicProgress record : stored) {
            String id = ids.get(record.topic());
            if (id == null) {
                orphaned.add(record);
            } else {
                byTopic.merge(id, record.withTopic(id), LearnerProgress::newer);
            }
        }
        return new Resolved(byTopic, orphaned);
    }

    /** Of two records of one topic, the one written later; {@code b} when written at the same time. */
    private static TopicProgress newer(TopicProgress a, TopicProgress b) {
        return a.updatedAt().isAfter(b.updatedAt()) ? a : b;
    }

    private List<RoadmapPercent> percents(Map<String, TopicProgress> byTopic) {
        List<String> roadmapIds = all.roadmaps().stream().map(RoadmapNode::id).toList();
        Map<String, List<TopicNode>> topics = all.topicsOfRoadmaps(roadmapIds);
        Map<String, List<PhaseNode>> phases = all.phasesOfRoadmaps(roadmapIds);
        Map<String, List<TopicNode>> ofPhases = all.topicsOfPhases(phases.values().stream()
                .flatMap(List::stream).map(PhaseNode::id).toList());
        Function<List<TopicNode>, Double> percent = list -> ProgressRollup.percentDone(list.stream()
                .map(t -> new TopicHours(t.id(), t.estimatedHours())).toList(), byTopic);
        return roadmapIds.stream().map(id -> new RoadmapPercent(id, percent.apply(topics.getOrDefault(id, List.of())),
                phases.getOrDefault(id, List.of()).stream().map(p -> new PhasePercent(p.id(), p.number(),
                        percent.apply(ofPhases.getOrDefault(p.id(), List.of())))).toList())).toList();
    }

    private List<ParentStatus> parents(Map<String, TopicProgress> byTopic) {
        if (byTopic.isEmpty()) {
            return List.of();
        }
        Set<String> parentIds = all.topicsByIds(byTopic.keySet()).values().stream()
                .flatMap(t -> t.parent().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<TopicNode>> subtopics = all.subtopicsOfTopics(parentIds);
        return parentIds.stream().flatMap(p -> ProgressRollup.parentStatus(subtopics.getOrDefault(p, List.of())
                        .stream().map(TopicNode::id).toList(), byTopic).map(s -> new ParentStatus(p, s)).stream())
                .toList();
    }

    // ---- the learner-facing queries with the learner's progress --------------------------------------------------
    // The caller's own lists are held to the limit on ids; the learner's records are not (a learner may have done
    // more topics than a list may name), so the queries run without that limit once the caller's lists passed it.

    /**
     * {@link RoadmapQueries#learningPath} with the learner's DONE and SKIPPED topics added to {@code known}, and the
     * total counting, for a LEARNING topic, its remaining hours ({@link ProgressRollup#hoursLeft}); the automatic
     * picks among a requirement group's options minimise those hours too, and the picks' extra hours count them.
     */
    public LearningPath learningPath(String learner, Optional<String> bookmark, Collection<String> goals,
                                     Collection<String> known, Scope scope) {
        return learningPath(learner, bookmark, goals, known, scope, List.of());
    }

    /** {@link #learningPath(String, Optional, Collection, Collection, Scope)} with the learner's choices. */
    public LearningPath learningPath(String learner, Optional<String> bookmark, Collection<String> goals,
                                     Collection<String> known, Scope scope, List<Choice> choices) {
        queries.ids(goals, "goals");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(choices, "choices must not be null");
        Resolved progress = resolved(learner, bookmark);
        // the picks among a group's options minimise the hours left, as the total below counts them
        LearningPath path = all.learningPath(goals, List.of(), withProgress(known, progress), scope, choices,
                progress.hoursLeft(learningIn(scope, progress)));
        Map<String, Integer> left = progress.hoursLeft(path.steps().stream().map(LearningStep::topic).toList());
        int saved = path.steps().stream().map(LearningStep::topic)
                .mapToInt(t -> t.estimatedHours() - left.getOrDefault(t.id(), t.estimatedHours())).sum();
        return new LearningPath(path.steps(), path.totalHours() - saved, path.picks(), left);
    }

    /** {@link RoadmapQueries#nextTopics} with the learner's DONE and SKIPPED topics added to {@code known}. */
    public List<TopicNode> nextTopics(String learner, Optional<String> bookmark, Collection<String> known,
                                      Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        return all.nextTopics(withProgress(known, resolved(learner, bookmark)), scope);
    }

    /** {@link RoadmapQueries#buildableProjects} with the learner's DONE and SKIPPED topics added to {@code known}. */
    public List<ProjectNode> buildableProjects(String learner, Optional<String> bookmark, Collection<String> known,
                                               Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        return all.buildableProjects(withProgress(known, resolved(learner, bookmark)), scope);
    }

    /**
     * {@link RoadmapQueries#plan} with the learner's DONE and SKIPPED topics added to the request's known, and each
     * LEARNING topic planned with its remaining hours ({@link ProgressRollup#hoursLeft}, on top of the request's own
     * {@link PlanRequest#remainingHours}): the schedule, totals, lower bound and critical path count those, and the
     * automatic picks of requirement groups and electives minimise them.
     */
    public StudyPlan plan(String learner, Optional<String> bookmark, PlanRequest request) {
        queries.ids(Objects.requireNonNull(request, "request must not be null").goals(), "goals");
        Resolved progress = resolved(learner, bookmark);
        Map<String, Integer> remaining = new LinkedHashMap<>(request.remainingHours());
        remaining.putAll(progress.hoursLeft(learningIn(request.scope(), progress)));
        return all.plan(request.withKnown(withProgress(request.known(), progress)).withRemainingHours(remaining));
    }

    /**
     * The learner's LEARNING topics as {@code scope} has them: with a roadmap, that roadmap's own estimate of a topic
     * it shares with another (as the plan's path has it), else the default view's.
     */
    private Collection<TopicNode> learningIn(Scope scope, Resolved progress) {
        Set<String> learning = new LinkedHashSet<>(progress.learning());
        if (learning.isEmpty() || scope.roadmap().isEmpty()) {
            return all.topicsByIds(learning).values();
        }
        String roadmap = scope.roadmap().get();
        return all.topicsOfRoadmaps(List.of(roadmap)).getOrDefault(roadmap, List.of()).stream()
                .filter(t -> learning.contains(t.id())).toList();
    }

    private static String requireLearner(String learner) {
        return Objects.requireNonNull(learner, "learner must not be null");
    }

    private static Optional<String> requireBookmark(Optional<String> bookmark) {
        return Objects.requireNonNull(bookmark, "bookmark must not be null");
    }

    /** The caller's {@code known}, held to the limit on ids, and the learner's known topics. */
    private List<String> withProgress(Collection<String> known, Resolved progress) {
        Set<String> union = new LinkedHashSet<>(queries.ids(known, "known"));
        union.addAll(progress.known());
        return List.copyOf(union);
    }

    private static ProgressException unknownTopic(String topic) {
        return new ProgressException(ProgressException.Code.UNKNOWN_TOPIC, "unknown topic '" + topic + "'; progress"
                + " is kept for topics of the loaded roadmaps (or their former ids)");
    }
}
