package io.roadmapgraph.progress;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.query.LearnerProgress.Entry;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.Scope;
import io.roadmapgraph.testkit.ChildNeo4j;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.roadmapgraph.testkit.SyntheticRoadmap.topicId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Learners' progress in Neo4j: kept apart from the revisioned roadmaps, per learner, through every load. */
class LearnerProgressIT {

    private static final String ANN = "ann";
    private static final String BOB = "bob";

    private Driver driver;
    private RoadmapLoader loader;
    private Neo4jProgressStore store;
    private LearnerProgress progress;

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.driver();
        SharedNeo4j.clear();
        loader = new RoadmapLoader(driver);
        loader.ensureSchema();
        store = new Neo4jProgressStore(driver, Optional.empty(), Duration.ofSeconds(30));
        store.createConstraints();
        progress = new LearnerProgress(new RoadmapQueries(driver, QueryOptions.DEFAULTS), store);
    }

    private static Roadmap synthetic(int topics) {
        return SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("synthetic", topics, 5, 2.0, 4, 3, 2, 7));
    }

    private List<String> topicsOf(String learner) {
        return progress.overview(learner, Optional.empty()).progress().stream().map(TopicProgress::topic).toList();
    }

    @Test
    void progressSurvivesAReloadThatChangesTheRoadmap() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(3), ProgressStatus.DONE, 4, "read the *whole* chapter");

        loader.load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("synthetic", 30, 6, 3.0, 4, 3, 2, 8)));

        assertThat(progress.overview(ANN, Optional.empty()).progress())
                .extracting(TopicProgress::topic, TopicProgress::status, TopicProgress::hoursSpent, TopicProgress::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(topicId(3), ProgressStatus.DONE, 4,
                        "read the *whole* chapter"));
    }

    @Test
    void aReadingGivesEachPartOfTheOverviewFromOneReadOfTheRecords() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(1), ProgressStatus.DONE, 1, "");
        progress.set(ANN, topicId(2), ProgressStatus.SKIPPED, 0, "");
        progress.set(ANN, topicId(7), ProgressStatus.LEARNING, 3, "");
        loader.load(synthetic(5)); // topic 7 leaves: orphaned
        progress.set(ANN, topicId(3), ProgressStatus.DONE, 2, "");

        LearnerProgress.Overview overview = progress.overview(ANN, Optional.empty());
        LearnerProgress.Reading reading = progress.read(ANN, Optional.empty());
        progress.set(ANN, topicId(4), ProgressStatus.DONE, 2, ""); // after the read: not in it

        assertThat(reading.progress()).isEqualTo(overview.progress()).hasSize(3);
        assertThat(reading.orphaned()).isEqualTo(overview.orphaned()).extracting(TopicProgress::topic)
                .containsExactly(topicId(7));
        assertThat(reading.roadmaps()).isEqualTo(overview.roadmaps()).isNotEmpty();
        assertThat(reading.parents()).isEqualTo(overview.parents());
        assertThat(reading.ready()).isEqualTo(overview.ready());
    }

    @Test
    void aTopicThatLeavesTheRoadmapKeepsItsRecordAsOrphanedAndGetsItBackWhenItReturns() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(25), ProgressStatus.LEARNING, 2, "");
        progress.set(ANN, topicId(1), ProgressStatus.DONE, 1, "");

        loader.load(synthetic(20));
        LearnerProgress.Overview without = progress.overview(ANN, Optional.empty());
        loader.load(synthetic(30));

        assertThat(without.progress()).extracting(TopicProgress::topic).containsExactly(topicId(1));
        assertThat(without.orphaned()).extracting(TopicProgress::topic).containsExactly(topicId(25));
        assertThat(topicsOf(ANN)).containsExactlyInAnyOrder(topicId(1), topicId(25));
        assertThat(progress.overview(ANN, Optional.empty()).orphaned()).isEmpty();
    }

    @Test
    void removingTheRoadmapOrphansEveryRecordAndLoadingItAgainBringsThemBack() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(2), ProgressStatus.SKIPPED, 0, "");

        loader.remove("synthetic");
        List<TopicProgress> orphaned = progress.overview(ANN, Optional.empty()).orphaned();
        loader.load(synthetic(30));

        assertThat(orphaned).extracting(TopicProgress::topic).containsExactly(topicId(2));
        assertThat(topicsOf(ANN)).containsExactly(topicId(2));
    }

    @Test
    void aFormerTopicIdIsKeptUnderTheCurrentIdAndARecordStoredUnderItIsReadUnderTheCurrentOne() throws Exception {
        loadTheShippedRoadmapWithRagFormerlyNamedRetrievalAugmentedGeneration();

        TopicProgress saved = progress.set(ANN, "retrieval-augmented-generation", ProgressStatus.DONE, 3, "")
                .record();
        store.put(BOB, List.of(new TopicProgress("retrieval-augmented-generation", ProgressStatus.LEARNING, 1, "",
                Instant.now())));

        assertThat(saved.topic()).isEqualTo("rag");
        assertThat(topicsOf(ANN)).containsExactly("rag");
        assertThat(progress.overview(BOB, Optional.empty()).progress()).extracting(TopicProgress::topic)
                .containsExactly("rag");
        assertThat(progress.overview(BOB, Optional.empty()).orphaned()).isEmpty();
    }

    @Test
    void anExportHoldingAFormerIdsRecordBesideTheCurrentIdsImportsBackAsTheNewerOfThem() throws Exception {
        loadTheShippedRoadmapWithRagFormerlyNamedRetrievalAugmentedGeneration();
        // written before the rename, under the id of then; then the learner goes on under the current id
        store.put(ANN, List.of(new TopicProgress("retrieval-augmented-generation", ProgressStatus.LEARNING, 4,
                "before the rename", Instant.parse("2026-11-10T09:00:00Z"))));
        progress.set(ANN, "rag", ProgressStatus.DONE, 9, "after the rename");
        LearnerProgress.Overview before = progress.overview(ANN, Optional.empty());
        List<TopicProgress> exported = progress.export(ANN, Optional.empty());

        progress.deleteMyData(ANN);
        progress.importProgress(ANN, exported.stream().map(r -> new Entry(r.topic(), r.status().name(),
                r.hoursSpent(), r.note(), r.updatedAt().toString(), false)).toList());

        assertThat(exported).extracting(TopicProgress::topic)
                .containsExactlyInAnyOrder("retrieval-augmented-generation", "rag");
        assertThat(progress.overview(ANN, Optional.empty())).isEqualTo(before);
        assertThat(before.progress()).extracting(TopicProgress::topic, TopicProgress::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rag", "after the rename"));
    }

    @Test
    void anotherLearnerWritingAndClearingThroughAFormerIdLeavesMyRecordOfTheTopicAsItWas() throws Exception {
        loadTheShippedRoadmapWithRagFormerlyNamedRetrievalAugmentedGeneration();
        progress.set(ANN, "rag", ProgressStatus.DONE, 3, "ann's note");

        progress.set(BOB, "retrieval-augmented-generation", ProgressStatus.LEARNING, 1, "bob's note");
        List<TopicProgress> bobs = progress.export(BOB, Optional.empty());
        progress.clear(BOB, "retrieval-augmented-generation");
        progress.importProgress(BOB, List.of(new Entry("retrieval-augmented-generation", "SKIPPED", 0, "")));
        progress.deleteMyData(BOB);

        assertThat(bobs).extracting(TopicProgress::topic, TopicProgress::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rag", "bob's note"));
        assertThat(progress.export(ANN, Optional.empty()))
                .extracting(TopicProgress::topic, TopicProgress::status, TopicProgress::hoursSpent, TopicProgress::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rag", ProgressStatus.DONE, 3, "ann's note"));
    }

    @Test
    void oneLearnerNeverSeesNorClearsAnothersRecords() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(1), ProgressStatus.DONE, 1, "ann's note");
        progress.set(BOB, topicId(2), ProgressStatus.DONE, 1, "bob's note");

        progress.clear(BOB, topicId(1));
        progress.deleteMyData(BOB);

        assertThat(progress.export(ANN, Optional.empty())).extracting(TopicProgress::note)
                .containsExactly("ann's note");
        assertThat(progress.export(BOB, Optional.empty())).isEmpty();
    }

    @Test
    void eightClientsWritingToOneLearnerAtOnceLoseNoUpdate() throws Exception {
        loader.load(synthetic(30));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<? extends Future<?>> writes = IntStream.range(0, 24).mapToObj(i -> clients.submit(() ->
                    progress.set(ANN, topicId(i), ProgressStatus.LEARNING, i, "client " + i % 8))).toList();
            for (Future<?> write : writes) { // each write done, or its failure thrown here
                write.get();
            }
        } finally {
            clients.shutdown();
        }

        assertThat(progress.export(ANN, Optional.empty())).extracting(TopicProgress::hoursSpent)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 24).boxed().toList());
    }

    @Test
    void aWriteAnswersABookmarkThatAReadAcceptsAndAStrangeBookmarkIsRefused() {
        loader.load(synthetic(30));

        ProgressStore.Written written = progress.set(ANN, topicId(1), ProgressStatus.DONE, 1, "").written();

        assertThat(written.bookmark()).hasValueSatisfying(b -> assertThat(b).isNotBlank());
        assertThat(progress.export(ANN, written.bookmark())).hasSize(1);
        assertThatThrownBy(() -> progress.export(ANN, Optional.of("not-a-bookmark")))
                .isInstanceOfSatisfying(ProgressException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgressException.Code.BAD_BOOKMARK));
    }

    @Test
    void anUnknownTopicIsRefusedAndNothingIsWritten() {
        loader.load(synthetic(30));

        assertThatThrownBy(() -> progress.set(ANN, "no-such-topic", ProgressStatus.DONE, 1, ""))
                .isInstanceOfSatisfying(ProgressException.class, e -> assertThat(e).hasMessageContaining(
                        "unknown topic 'no-such-topic'"));
        assertThat(progress.export(ANN, Optional.empty())).isEmpty();
    }

    @Test
    void anExportWithAnOrphanedRecordImportsBackAfterDeleteMyDataAsItWas() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(25), ProgressStatus.LEARNING, 2, "half *way*");
        progress.set(ANN, topicId(1), ProgressStatus.DONE, 1, "");
        loader.load(synthetic(20)); // topic 25 leaves: orphaned
        LearnerProgress.Overview before = progress.overview(ANN, Optional.empty());
        List<TopicProgress> exported = progress.export(ANN, Optional.empty());
        Set<String> orphaned = progress.orphanedTopics(exported);

        progress.deleteMyData(ANN);
        progress.importProgress(ANN, exported.stream().map(r -> new Entry(r.topic(), r.status().name(),
                r.hoursSpent(), r.note(), r.updatedAt().toString(), orphaned.contains(r.topic()))).toList());

        assertThat(orphaned).containsExactly(topicId(25));
        assertThat(progress.overview(ANN, Optional.empty())).isEqualTo(before);
        assertThat(before.orphaned()).extracting(TopicProgress::topic).containsExactly(topicId(25));
        assertThat(progress.export(ANN, Optional.empty())).containsExactlyInAnyOrderElementsOf(exported);
    }

    @Test
    void anImportMayLeaveALearnerWithAtMostMaxOrphanedRecordsOfTopicsNoRoadmapHas() {
        loader.load(synthetic(30));
        List<Entry> orphans = IntStream.range(0, LearnerProgress.MAX_ORPHANED)
                .mapToObj(i -> new Entry("gone-" + i, "DONE", 0, "", "", true)).toList();
        progress.importProgress(ANN, orphans);

        assertThatThrownBy(() -> progress.importProgress(ANN, List.of(new Entry(topicId(1), "DONE", 1, ""),
                new Entry("one-more", "DONE", 0, "", "", true))))
                .isInstanceOfSatisfying(ProgressException.class, e -> assertThat(e.problems()).containsExactly(
                        "a learner keeps at most " + LearnerProgress.MAX_ORPHANED + " orphaned records (of topics no"
                                + " loaded roadmap has); with this import it would keep "
                                + (LearnerProgress.MAX_ORPHANED + 1)));
        progress.importProgress(ANN, List.of(new Entry("gone-7", "LEARNING", 2, "", "", true),
                new Entry(topicId(1), "DONE", 1, "", "", true)));
        assertThat(progress.overview(ANN, Optional.empty()).orphaned()).hasSize(LearnerProgress.MAX_ORPHANED);
        assertThat(topicsOf(ANN)).containsExactly(topicId(1));
    }

    @Test
    void anImportedRecordKeepsItsTimeUnlessItIsMalformedOrInTheFuture() {
        loader.load(synthetic(30));
        Instant future = Instant.now().plus(Duration.ofDays(3));

        progress.importProgress(ANN, List.of(new Entry(topicId(1), "DONE", 1, "", "2026-02-01T10:00:00Z", false),
                new Entry(topicId(2), "DONE", 1, "", future.toString(), false)));

        assertThat(progress.export(ANN, Optional.empty())).filteredOn(r -> r.topic().equals(topicId(1)))
                .extracting(TopicProgress::updatedAt).containsExactly(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(progress.export(ANN, Optional.empty())).filteredOn(r -> r.topic().equals(topicId(2)))
                .extracting(TopicProgress::updatedAt).allMatch(at -> at.isBefore(future));
        assertThatThrownBy(() -> progress.importProgress(ANN, List.of(
                new Entry(topicId(3), "DONE", 1, "", "1 Feb 2027", false),
                new Entry("nowhere", "DONE", 1, "", "", false))))
                .isInstanceOfSatisfying(ProgressException.class, e -> assertThat(e.problems()).containsExactly(
                        "record 1 ('t3'): updatedAt '1 Feb 2027' is not an ISO-8601 time like 2027-02-01T10:00:00Z",
                        "record 2 ('nowhere'): unknown topic 'nowhere'; progress is kept for topics of the loaded"
                                + " roadmaps (or their former ids)"));
    }

    @Test
    void aMalformedImportIsRefusedWholeNamingEveryProblem() {
        loader.load(synthetic(30));

        assertThatThrownBy(() -> progress.importProgress(ANN, List.of(
                new Entry(topicId(1), "DONE", 1, ""),
                new Entry("nowhere", "DONE", 1, ""),
                new Entry(topicId(2), "FINISHED", 1, ""),
                new Entry(topicId(3), "LEARNING", 10_001, ""),
                new Entry(topicId(1), "DONE", 1, ""))))
                .isInstanceOfSatisfying(ProgressException.class, e -> assertThat(e.problems()).containsExactly(
                        "record 2 ('nowhere'): unknown topic 'nowhere'; progress is kept for topics of the loaded"
                                + " roadmaps (or their former ids)",
                        "record 3 ('t2'): unknown status 'FINISHED'; use DONE, LEARNING, SKIPPED or REVIEWING",
                        "record 4 ('t3'): hoursSpent of 't3' must be between 0 and 10000, was 10001",
                        "record 5 ('t1'): topic 't1' is named twice"));
        assertThat(progress.export(ANN, Optional.empty())).isEmpty();
    }

    @Test
    void theLearnersDoneTopicsAreKnownAndItsLearningTopicsCountTheirRemainingHours() {
        Roadmap roadmap = synthetic(30);
        loader.load(roadmap);
        RoadmapQueries queries = new RoadmapQueries(driver, QueryOptions.DEFAULTS);
        String goal = topicId(29);
        LearningPath plain = queries.learningPath(List.of(goal), List.of());
        String first = plain.steps().get(0).topic().id();
        String second = plain.steps().get(1).topic().id();
        progress.set(ANN, first, ProgressStatus.DONE, 0, "");
        progress.set(ANN, second, ProgressStatus.LEARNING, 1, "");

        LearningPath mine = progress.learningPath(ANN, Optional.empty(), List.of(goal), List.of(), Scope.ALL);
        LearningPath knowingFirst = queries.learningPath(List.of(goal), List.of(first));

        assertThat(mine.steps()).isEqualTo(knowingFirst.steps());
        assertThat(mine.totalHours()).isEqualTo(knowingFirst.totalHours()
                - Math.min(1, plain.steps().get(1).topic().estimatedHours()));
    }

    @Test
    void progressWrittenBeforeTheDatabaseProcessIsKilledHardIsThereAfterItsRestart(@TempDir Path dir) {
        try (ChildNeo4j neo4j = ChildNeo4j.start(dir.resolve("neo4j"))) {
            try (Driver child = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                RoadmapLoader childLoader = new RoadmapLoader(child);
                childLoader.ensureSchema();
                childLoader.load(synthetic(30));
                Neo4jProgressStore childStore = new Neo4jProgressStore(child, Optional.empty(), Duration.ofSeconds(30));
                childStore.createConstraints();
                LearnerProgress childProgress = new LearnerProgress(new RoadmapQueries(child), childStore);
                IntStream.range(0, 5).forEach(i -> childProgress.set(ANN, topicId(i), ProgressStatus.DONE, i, "n" + i));
            }

            neo4j.kill();
            neo4j.restart();

            try (Driver child = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                LearnerProgress childProgress = new LearnerProgress(new RoadmapQueries(child),
                        new Neo4jProgressStore(child, Optional.empty(), Duration.ofSeconds(30)));
                assertThat(childProgress.overview(ANN, Optional.empty()).progress()).extracting(TopicProgress::note)
                        .containsExactly("n0", "n1", "n2", "n3", "n4");
            }
        }
    }

    @Test
    void deletingMyDataLeavesNoLearnerNodeBehind() {
        loader.load(synthetic(30));
        progress.set(ANN, topicId(1), ProgressStatus.DONE, 1, "");

        ProgressStore.Written deleted = progress.deleteMyData(ANN);

        assertThat(deleted.changed()).isEqualTo(1);
        assertThat(driver.executableQuery("MATCH (n) WHERE n:Learner OR n:Progress RETURN count(n) AS n").execute()
                .records().get(0).get("n").asInt()).isZero();
    }

    private void loadTheShippedRoadmapWithRagFormerlyNamedRetrievalAugmentedGeneration() throws Exception {
        String file;
        try (var in = RoadmapReader.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(file).contains("\n  - id: rag\n");
        loader.load(RoadmapReader.read("ai-engineer.yaml", file.replace("\n  - id: rag\n",
                "\n  - id: rag\n    formerIds: [retrieval-augmented-generation]\n")));
    }
}
