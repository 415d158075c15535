package io.roadmapgraph.query;

import io.roadmapgraph.model.TopicGraphs;

import io.roadmapgraph.algorithms.Closure;
import io.roadmapgraph.algorithms.PrerequisiteGraph;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.progress.Neo4jProgressStore;
import io.roadmapgraph.progress.ProgressStatus;
import io.roadmapgraph.progress.TopicProgress;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory snapshot behind the traversals follows every change the loader makes, and is read only then. */
class SnapshotIT {

    private static TestNeo4j neo4j;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.start();
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @AfterEach
    void clear() {
        neo4j.driver().executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    private static Roadmap synthetic(int topics, long seed) {
        return SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(topics, seed));
    }

    private static Snapshots snapshots() {
        return new Snapshots(new Reads(neo4j.driver(), QueryOptions.DEFAULTS), Duration.ZERO, Optional.empty());
    }

    /** The embedded Neo4j's commits: what the server's snapshot follows. */
    private static GraphChanges commits() {
        return SharedNeo4j.get().changes();
    }

    /** Queries whose snapshot follows the embedded Neo4j's commits, or the roadmaps' revision stamps. */
    private static RoadmapQueries queries(boolean followingCommits) {
        return followingCommits ? new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS, commits())
                : new RoadmapQueries(neo4j.driver());
    }

    /** The ids and depths of a topic's transitive prerequisites. */
    private static List<Closure.Reached> reached(List<Requirement> requirements) {
        return requirements.stream().map(r -> new Closure.Reached(r.topic().id(), r.depth())).toList();
    }

    private static List<Closure.Reached> expected(Roadmap roadmap, String topic) {
        return Closure.from(TopicGraphs.prerequisites(roadmap), topic, PrerequisiteGraph.Direction.PREREQUISITES, true);
    }

    @Test
    void theSnapshotIsReadOnceWhileNoLoadChangesTheGraph() {
        neo4j.loader().load(synthetic(200, 1));
        Snapshots snapshots = snapshots();

        GraphSnapshot first = snapshots.current();
        neo4j.loader().load(synthetic(200, 1));

        assertThat(snapshots.current()).as("after a load that changed nothing").isSameAs(first);
        assertThat(first.all().topics()).hasSize(200);
        assertThat(first.projects()).hasSize(first.candidates().size()).isNotEmpty();
    }

    @Test
    void aValueMadeForTheHeldSnapshotIsKeptWithItAndANewSnapshotStartsWithoutIt() {
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver());
        neo4j.loader().load(synthetic(50, 1));
        String topic = SyntheticRoadmap.topicId(40);
        queries.prerequisites(topic, true);

        Object first = queries.heldSnapshotMemo("key", k -> new Object()).orElseThrow();
        Object again = queries.heldSnapshotMemo("key", k -> new Object()).orElseThrow();
        neo4j.loader().load(synthetic(50, 2));
        queries.prerequisites(topic, true);
        Object afterTheLoad = queries.heldSnapshotMemo("key", k -> new Object()).orElseThrow();

        assertThat(again).as("made once for the snapshot").isSameAs(first);
        assertThat(afterTheLoad).as("made again for the new snapshot").isNotSameAs(first);
    }

    @Test
    void thePrerequisiteGraphsBuiltBesideTheReadAreThoseBuiltOnTheReadingThread() {
        // two roadmaps that share topic ids: a graph of all of them and one of each
        neo4j.loader().load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("alpha", 300, 8, 2.0, 3, 3, 4, 7)));
        neo4j.loader().load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("beta", 200, 6, 1.5, 2, 2, 3, 8)));
        Reads reads = new Reads(neo4j.driver(), QueryOptions.DEFAULTS);

        GraphSnapshot onThisThread = reads.readSnapshot(tx -> GraphSnapshot.read(tx, Runnable::run));
        GraphSnapshot beside = reads.readSnapshot(GraphSnapshot::read);

        assertThat(beside.byRoadmap()).containsOnlyKeys("alpha", "beta");
        assertThat(graphOf(beside.all())).as("all roadmaps' graph").isEqualTo(graphOf(onThisThread.all()))
                .hasSize(300).anySatisfy((topic, node) -> assertThat(node.get(0)).asList().isNotEmpty());
        for (String roadmap : List.of("alpha", "beta")) {
            assertThat(graphOf(beside.of(roadmap))).as(roadmap + "'s graph")
                    .isEqualTo(graphOf(onThisThread.of(roadmap))).isNotEmpty();
        }
        assertThat(beside.all().topics()).isEqualTo(onThisThread.all().topics());
        assertThat(beside.requires()).isEqualTo(onThisThread.requires());
        assertThat(beside.requiredBy()).isEqualTo(onThisThread.requiredBy());
    }

    /** Each topic of a subgraph's prerequisite graph: what it requires, what requires it, its subtopics, key, hours. */
    private static Map<String, List<Object>> graphOf(Subgraph subgraph) {
        PrerequisiteGraph graph = subgraph.graph();
        Map<String, List<Object>> nodes = new java.util.LinkedHashMap<>();
        graph.topics().forEach(id -> nodes.put(id, List.of(graph.requires(id), graph.requiredBy(id),
                graph.subtopics(id), graph.key(id), graph.hours(id))));
        return nodes;
    }

    @ParameterizedTest(name = "following commits: {0}")
    @ValueSource(booleans = {false, true})
    void aLoadThatChangesTheGraphIsAnsweredFromANewSnapshotAtOnce(boolean followingCommits) {
        RoadmapQueries queries = queries(followingCommits);
        neo4j.loader().load(synthetic(200, 1));
        String deepest = SyntheticRoadmap.topicId(199);
        List<Requirement> before = queries.prerequisites(deepest, true);

        Roadmap other = synthetic(200, 2);
        neo4j.loader().load(other);

        assertThat(queries.prerequisites(deepest, true)).extracting(r -> new Closure.Reached(r.topic().id(), r.depth()))
                .as("the prerequisites after the reload are those of the new roadmap")
                .containsExactlyElementsOf(Closure.from(TopicGraphs.prerequisites(other), deepest,
                        PrerequisiteGraph.Direction.PREREQUISITES, true))
                .isNotEqualTo(before.stream().map(r -> new Closure.Reached(r.topic().id(), r.depth())).toList());
    }

    @ParameterizedTest(name = "following commits: {0}")
    @ValueSource(booleans = {false, true})
    void aRemovedRoadmapsTopicsAreUnknownAtOnce(boolean followingCommits) {
        RoadmapQueries queries = queries(followingCommits);
        Roadmap roadmap = synthetic(50, 3);
        neo4j.loader().load(roadmap);
        String topic = roadmap.topics().get(10).id();
        assertThat(queries.learningPath(List.of(topic), List.of()).steps()).isNotEmpty();

        neo4j.loader().remove(roadmap.id());

        assertThatThrownBy(() -> queries.learningPath(List.of(topic), List.of()))
                .isInstanceOf(QueryException.class).hasMessage("unknown topic '" + topic + "'");
    }

    @ParameterizedTest(name = "following commits: {0}")
    @ValueSource(booleans = {false, true})
    void searchFoldsTheTitlesOfTheRevisionsLoadedLastNotThoseOfTheSnapshotBefore(boolean followingCommits) {
        RoadmapQueries queries = queries(followingCommits);
        Roadmap larger = synthetic(50, 5);
        neo4j.loader().load(larger);
        assertThat(queries.search("topic45", 10)).extracting(SearchHit::id).containsExactly(SyntheticRoadmap.topicId(45));

        neo4j.loader().remove(larger.id());
        neo4j.loader().load(synthetic(40, 5));

        assertThat(queries.search("topic45", 10)).as("a topic of the removed roadmap").isEmpty();
        assertThat(queries.search("topic35", 10)).extracting(SearchHit::id).containsExactly(SyntheticRoadmap.topicId(35));
        RoadmapQueries withoutSnapshot = new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS.withSnapshot(false));
        assertThat(withoutSnapshot.search("topic35", 10)).as("folded for the call alone without a snapshot")
                .isEqualTo(queries.search("topic35", 10));
        assertThat(withoutSnapshot.search("topic45", 10)).isEmpty();
    }

    @Test
    void whileTheSnapshotBeforeALoadStillAnswersSearchAnswersFromItsRevisionsLikeEveryOtherAnswer() {
        // following the revision stamps with an hour's maximum age: the snapshot read first keeps answering after the
        // load, as a server's does while it reads the load's snapshot in the background
        QueryOptions stale = QueryOptions.DEFAULTS.withSnapshotMaxAge(Duration.ofHours(1));
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver(), stale);
        neo4j.loader().load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("shrinking", 50, 6, 2.0, 3, 3, 4, 5)));
        String gone = SyntheticRoadmap.topicId(45);
        List<String> before = queries.search("Topic 45", 100).stream().map(SearchHit::id).toList();
        assertThat(before).as("every topic has the word").hasSize(50).startsWith(gone);

        neo4j.loader().load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("shrinking", 40, 6, 2.0, 3, 3, 4, 5)));

        assertThat(queries.topic(gone).id()).as("the snapshot before the load answers").isEqualTo(gone);
        assertThat(queries.search("Topic 45", 100)).extracting(SearchHit::id)
                .as("the index's hits and the folded texts of the snapshot's revisions, kept in the graph until the"
                        + " next load").containsExactlyInAnyOrderElementsOf(before).startsWith(gone);
        RoadmapQueries fresh = new RoadmapQueries(neo4j.driver(), stale);
        assertThat(fresh.search("Topic 45", 100)).extracting(SearchHit::id).as("the load's snapshot").hasSize(40)
                .doesNotContain(gone);
    }

    @Test
    void aHandEditThroughTheDriverIsSeenAtOnceWhenTheSnapshotFollowsCommits() {
        Roadmap roadmap = synthetic(50, 4);
        neo4j.loader().load(roadmap);
        String topic = roadmap.topics().get(40).id();
        RoadmapQueries followingCommits = new RoadmapQueries(neo4j.driver(), QueryOptions.DEFAULTS, commits());
        RoadmapQueries followingRevisions = new RoadmapQueries(neo4j.driver());
        List<String> direct = followingRevisions.prerequisites(topic, false).stream().map(r -> r.topic().id()).toList();
        // a topic of the first level that the topic does not require yet: no cycle, and a new edge
        String required = roadmap.topics().stream().limit(10).map(t -> t.id()).filter(id -> !direct.contains(id))
                .findFirst().orElseThrow();
        assertThat(followingCommits.topic(topic).title().preferred()).isEqualTo(followingRevisions.topic(topic).title().preferred());
        assertThat(followingCommits.search("editedbyhand", 10)).as("search's folded titles before the edit").isEmpty();

        // what a user of Neo4j Browser would type: a write that leaves the roadmap's revision as it is
        neo4j.driver().executableQuery("""
                MATCH (r:Roadmap {id: $roadmap})
                MATCH (t:Topic {id: $topic, rev: r.revision}), (q:Topic {id: $required, rev: r.revision})
                SET t.title = 'Edited by hand'
                MERGE (t)-[:REQUIRES]->(q)""").withParameters(Map.of("roadmap", roadmap.id(), "topic", topic,
                "required", required)).execute();

        assertThat(followingCommits.topic(topic).title().preferred()).as("the title edited by hand").isEqualTo("Edited by hand");
        assertThat(followingCommits.prerequisites(topic, false)).extracting(r -> r.topic().id())
                .as("the requirement added by hand").contains(required);
        assertThat(followingCommits.search("editedbyhand", 10)).extracting(SearchHit::id)
                .as("the title edited by hand, written together").containsExactly(topic);
        assertThat(followingRevisions.topic(topic).title().preferred())
                .as("following the revision stamps, a hand edit waits for the next load (docs/graph-model.md)")
                .isNotEqualTo("Edited by hand");
        assertThat(followingRevisions.search("editedbyhand", 10))
                .as("search folds the texts of the snapshot it answers from, read with it, not after the edit")
                .isEmpty();
    }

    @Test
    void aLearnersProgressWriteLeavesTheSnapshotAsItIsAndAHandEditDoesNot() {
        Roadmap roadmap = synthetic(50, 5);
        neo4j.loader().load(roadmap);
        String topic = roadmap.topics().get(3).id();
        Neo4jProgressStore progress = new Neo4jProgressStore(neo4j.driver(), Optional.empty(), Duration.ofSeconds(30));
        long before = commits().commits();

        progress.put("learner-1", List.of(new TopicProgress(topic, ProgressStatus.LEARNING, 3, "", Instant.now())));
        progress.clear("learner-1", List.of(topic));
        progress.put("learner-2", List.of(new TopicProgress(topic, ProgressStatus.DONE, 5, "", Instant.now())));
        progress.deleteLearner("learner-2");

        assertThat(commits().commits()).as("learners' writes: no snapshot holds them").isEqualTo(before);
        neo4j.driver().executableQuery("MATCH (t:Topic {id: $topic}) SET t.title = 'Edited by hand'")
                .withParameters(Map.of("topic", topic)).execute();
        assertThat(commits().commits()).as("a hand edit of a topic").isGreaterThan(before);
    }

    @Test
    void aReaderDuringARebuildGetsTheOldRevisionAtOnceNeverAMix() throws Exception {
        Roadmap before = synthetic(500, 5);
        Roadmap after = synthetic(500, 6);
        String deepest = SyntheticRoadmap.topicId(499);
        neo4j.loader().load(before);
        QueryOptions background = QueryOptions.DEFAULTS.withSnapshotMaxAge(Duration.ofSeconds(1));
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver(), background, commits());
        GraphSnapshot old = queries.fromGraph(s -> s);
        assertThat(reached(queries.prerequisites(deepest, true))).isEqualTo(expected(before, deepest));

        List<List<Closure.Reached>> answers = new CopyOnWriteArrayList<>();
        AtomicLong slowest = new AtomicLong();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (loading.get()) {
                long start = System.nanoTime();
                answers.add(reached(queries.prerequisites(deepest, true)));
                slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        });
        reader.start();
        neo4j.loader().load(after);
        long seen = System.nanoTime();
        GraphSnapshot stale = queries.fromGraph(s -> s);
        long staleCall = System.nanoTime() - seen;
        GraphSnapshot fresh = stale;
        while (fresh.revision().equals(old.revision()) && System.nanoTime() - seen < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(20);
            fresh = queries.fromGraph(s -> s);
        }
        loading.set(false);
        reader.join();
        answers.add(reached(queries.prerequisites(deepest, true)));

        assertThat(stale.revision()).as("right after the load, one revision answers whole: the old one while the new"
                + " one is read (its read began at the switch), or the new one once swapped in")
                .isIn(old.revision(), fresh.revision());
        assertThat(Duration.ofNanos(staleCall)).as("that answer waits for no snapshot read")
                .isLessThan(Duration.ofMillis(500));
        assertThat(fresh.revision()).as("the new snapshot, swapped in whole").isNotEqualTo(old.revision());
        assertThat(fresh.all().topics().keySet()).isEqualTo(snapshots().current().all().topics().keySet());
        assertThat(answers).as("every answer is that of one revision, old or new, never a mix")
                .allMatch(a -> a.equals(expected(before, deepest)) || a.equals(expected(after, deepest)))
                .last().isEqualTo(expected(after, deepest));
        assertThat(Duration.ofNanos(slowest.get())).as("no answer during the reload waited for a rebuild")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLoadIsReadIntoTheSnapshotOfAServerFollowingCommitsBeforeAnyCallAsksForIt() throws Exception {
        Roadmap before = synthetic(300, 40);
        Roadmap after = synthetic(300, 41); // the same roadmap id: a reload
        neo4j.loader().load(before);
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver(),
                QueryOptions.DEFAULTS.withSnapshotMaxAge(Duration.ofSeconds(1)), commits());
        GraphSnapshot old = queries.fromGraph(s -> s);
        long readsBefore = queries.snapshotReads();

        neo4j.loader().load(after);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (queries.snapshotReads() == readsBefore && System.nanoTime() < deadline) {
            Thread.sleep(20); // no call: only the commit feed can start the read
        }
        long readsAfter = queries.snapshotReads();
        GraphSnapshot fresh = old;
        while (fresh.revision().equals(old.revision()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            fresh = queries.fromGraph(s -> s);
        }

        assertThat(readsAfter).as("the load's switch started a snapshot read, no call made").isGreaterThan(readsBefore);
        assertThat(fresh.revision()).as("the load's snapshot, swapped in").isNotEqualTo(old.revision())
                .isEqualTo(snapshots().current().revision());
    }

    /**
     * The server over Neo4j by URI (the roadmaps' revision, read at most once a second): after a load, a call that asks
     * for a topic of that load while the new snapshot is read is NOT_FOUND from the held snapshot at once, saying so,
     * with no read of the graph (until session 25 it read the revision and the kinds of the unknown id, on a database
     * busy with the load and the rebuild: the bench's slowest answer after a load, up to a second).
     */
    @Test
    void anIdOfALoadAskedWhileItsSnapshotIsReadIsNotFoundAtOnceWithAskAgainThenFound() throws Exception {
        Roadmap before = synthetic(300, 30);
        Roadmap after = synthetic(3000, 31); // a rebuild of seconds on a small machine, not of milliseconds
        String added = SyntheticRoadmap.topicId(2999);
        neo4j.loader().load(before);
        RoadmapQueries queries = new RoadmapQueries(neo4j.driver(),
                QueryOptions.DEFAULTS.withSnapshotMaxAge(Duration.ofSeconds(1)));
        assertThat(queries.prerequisites(SyntheticRoadmap.topicId(299), true)).isNotEmpty();
        long readsBefore = queries.snapshotReads();

        neo4j.loader().load(after);
        Thread.sleep(1_100); // the revision read with the call above is too old now: this call has it read again
        Throwable whileRebuilding = org.assertj.core.api.Assertions.catchThrowable(
                () -> queries.prerequisites(added, true));
        long readsThen = queries.snapshotReads();
        List<Requirement> found = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                found = queries.prerequisites(added, true);
            } catch (QueryException notYet) {
                assertThat(notYet.kind()).isEqualTo(QueryException.Kind.NOT_FOUND);
                Thread.sleep(20);
            }
        }

        assertThat(readsThen).as("that answer came while the new snapshot was read").isEqualTo(readsBefore);
        assertThat(whileRebuilding).isInstanceOf(QueryException.class)
                .hasMessageStartingWith("unknown topic '" + added + "'")
                .hasMessageEndingWith(RoadmapQueries.CHANGE_BEING_READ);
        assertThat(reached(found)).as("then the new snapshot answers, as a read of the graph now does")
                .isNotEmpty().isEqualTo(reached(new RoadmapQueries(neo4j.driver()).prerequisites(added, true)));
    }

    /** A snapshot reader that stops, once released by nobody yet, until the test lets it go on. */
    private static final class HeldReader implements java.util.function.Supplier<GraphSnapshot> {
        final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        final AtomicLong reads = new AtomicLong();
        final AtomicBoolean holding = new AtomicBoolean(true);

        @Override
        public GraphSnapshot get() {
            reads.incrementAndGet();
            if (holding.get()) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new Reads(neo4j.driver(), QueryOptions.DEFAULTS).readSnapshot(GraphSnapshot::read);
        }
    }

    /** Waits (no time limit of its own: the suite's timeout is the bound) until {@code thread} blocks. */
    private static void awaitBlocked(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.BLOCKED) {
            assertThat(thread.isAlive()).as("the caller is still in its call").isTrue();
            Thread.sleep(5);
        }
    }

    @Test
    void aCallWhileThePreparedFirstSnapshotIsReadWaitsForThatReadAndStartsNoSecondOne() throws Exception {
        Roadmap roadmap = synthetic(200, 11);
        neo4j.loader().load(roadmap);
        HeldReader reader = new HeldReader();
        Snapshots snapshots = new Snapshots(new Reads(neo4j.driver(), QueryOptions.DEFAULTS),
                Duration.ofSeconds(1), Optional.of(commits()), reader);

        snapshots.prepare();
        reader.started.await();
        assertThat(snapshots.ready()).as("prepare returns before the first snapshot is read").isFalse();
        java.util.concurrent.atomic.AtomicReference<GraphSnapshot> answered =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread caller = new Thread(() -> answered.set(snapshots.current()));
        caller.start();
        awaitBlocked(caller);
        assertThat(answered.get()).as("the first call waits for the first snapshot").isNull();
        reader.release.countDown();
        caller.join();

        assertThat(answered.get().all().topics()).hasSize(200);
        assertThat(snapshots.ready()).isTrue();
        assertThat(reader.reads.get()).as("the call shared the prepared read").isEqualTo(1);
        assertThat(snapshots.readCount()).isEqualTo(1);
    }

    @Test
    void duringARebuildAfterALoadEveryAnswerIsTheWholeOldRevisionUntilTheNewOneIsSwappedIn() throws Exception {
        Roadmap before = synthetic(300, 21);
        Roadmap after = synthetic(300, 22);
        String deepest = SyntheticRoadmap.topicId(299);
        neo4j.loader().load(before);
        HeldReader reader = new HeldReader();
        reader.holding.set(false);
        Snapshots snapshots = new Snapshots(new Reads(neo4j.driver(), QueryOptions.DEFAULTS),
                Duration.ofSeconds(1), Optional.of(commits()), reader);
        GraphSnapshot old = snapshots.current();
        reader.holding.set(true);

        neo4j.loader().load(after);
        // this call sees the load and starts the rebuild, whose read then stops until released below
        GraphSnapshot first = snapshots.current();
        reader.started.await();
        List<GraphSnapshot> whileRebuilding = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            whileRebuilding.add(snapshots.current()); // the rebuild is held: a call that waited for it never returns
        }
        reader.release.countDown();
        GraphSnapshot fresh = first;
        while (fresh.revision().equals(old.revision())) {
            Thread.sleep(10);
            fresh = snapshots.current();
        }

        assertThat(first).as("the call that saw the load answered from the held snapshot").isSameAs(old);
        assertThat(whileRebuilding).as("every answer meanwhile: the whole old snapshot").allMatch(s -> s == old);
        assertThat(Closure.from(fresh.all().graph(), deepest, PrerequisiteGraph.Direction.PREREQUISITES, true))
                .as("then the whole new one").isEqualTo(expected(after, deepest));
        assertThat(Closure.from(old.all().graph(), deepest, PrerequisiteGraph.Direction.PREREQUISITES, true))
                .isEqualTo(expected(before, deepest));
        assertThat(snapshots.readCount()).as("one read for the first snapshot, one for the load").isEqualTo(2);
    }

    @Test
    void aLoadInManyBatchesCountsAsFewCommitsBecauseItsStagingWritesAreUnseenUntilTheSwitch() {
        Roadmap first = synthetic(200, 31);
        Roadmap second = synthetic(200, 32);
        io.roadmapgraph.loader.RoadmapLoader smallBatches = new io.roadmapgraph.loader.RoadmapLoader(neo4j.driver(),
                io.roadmapgraph.loader.LoaderOptions.defaults().withBatchSize(20));
        smallBatches.load(first);
        Snapshots following = new Snapshots(new Reads(neo4j.driver(), QueryOptions.DEFAULTS), Duration.ZERO,
                Optional.of(commits()));
        String firstRevision = following.current().revision();
        long before = commits().commits();

        smallBatches.load(second); // ~2,000 rows in batches of 20: about a hundred write transactions

        assertThat(commits().commits() - before)
                .as("only its writes to what readers see count: the switch, not the batches into its staging revision")
                .isBetween(1L, 3L);
        assertThat(following.current().revision()).as("the switch was counted: the new graph is read")
                .isNotEqualTo(firstRevision).isEqualTo(snapshots().current().revision());
    }

    @Test
    void aWriteMarkedAsAStagingBatchIsUnseenOnlyWhileNoRoadmapNamesItsRevision() {
        Roadmap roadmap = synthetic(50, 7);
        neo4j.loader().load(roadmap);
        String current = neo4j.driver().executableQuery("MATCH (r:Roadmap {id: $id}) RETURN r.revision AS rev")
                .withParameters(Map.of("id", roadmap.id())).execute().records().get(0).get("rev").asString();
        String topic = roadmap.topics().get(3).id();
        long before = commits().commits();

        markedAsStaging("roadmap-x@staging", "CREATE (:Topic {id: $topic, rev: $rev})", topic);
        assertThat(commits().commits()).as("a batch into a revision no roadmap names").isEqualTo(before);

        markedAsStaging(current, "MATCH (t:Topic {id: $topic, rev: $rev}) SET t.title = 'Edited'", topic);
        assertThat(commits().commits()).as("a write marked with the current revision's id: readers see it")
                .isGreaterThan(before);
    }

    /** Runs {@code cypher} (with {@code $topic} and {@code $rev}) in a write whose metadata names {@code revision}. */
    private static void markedAsStaging(String revision, String cypher, String topic) {
        try (var session = neo4j.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("topic", topic, "rev", revision)).consume(),
                    org.neo4j.driver.TransactionConfig.builder().withMetadata(Map.of(
                            io.roadmapgraph.graph.GraphModel.STAGING_REVISION_METADATA, revision)).build());
        }
    }
}
