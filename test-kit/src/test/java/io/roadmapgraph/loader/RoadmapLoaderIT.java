package io.roadmapgraph.loader;

import io.roadmapgraph.testkit.Neo4jTestSupport;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.testkit.GraphFingerprint;

import io.roadmapgraph.loader.LoadSummary.Change;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static io.roadmapgraph.loader.RoadmapFixture.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoadmapLoaderIT extends Neo4jTestSupport {

    private static RoadmapFixture basics() {
        return roadmap("basics")
                .topic("python", 1).topic("prompting", 2).topic("rag", 2).topic("bm25", 2)
                .requires("prompting", "python").requires("rag", "prompting").requires("bm25", "python")
                .subtopic("bm25", "rag")
                .tool("openai", "prompting", "rag").tool("jupyter", "python")
                .project("faq-bot", "rag", "bm25").choices("rag", "python", "prompting");
    }

    private final RoadmapLoader loader = new RoadmapLoader(driver);

    @Test
    void createsTheUniquenessConstraintsAndTheFullTextIndexIdempotently() {
        loader.ensureSchema();
        new RoadmapLoader(driver).ensureSchema();

        List<String> constraints = driver.executableQuery(
                        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *").execute().records()
                .stream()
                .filter(r -> r.get("type").asString().equals("UNIQUENESS"))
                // the learner subgraph's constraints are the progress store's, not the loader's
                .filter(r -> !GraphModel.LEARNER_LABELS.containsAll(r.get("labelsOrTypes").asList(Value::asString)))
                .map(r -> r.get("labelsOrTypes").asList(Value::asString) + "." + r.get("properties")
                        .asList(Value::asString))
                .toList();
        assertThat(constraints).containsExactlyInAnyOrderElementsOf(GraphModel.LABELS.stream()
                .map(label -> "[" + label + "].[id" + (label.equals("Roadmap") || label.equals("Revision") ? "" : ", rev")
                        + "]").toList());
        var index = driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties "
                + "WHERE name = $name RETURN *").withParameters(Map.of("name", "roadmap_text")).execute().records();
        assertThat(index).singleElement().satisfies(r -> {
            assertThat(r.get("state").asString()).isEqualTo("ONLINE");
            assertThat(r.get("labelsOrTypes").asList(Value::asString)).containsExactlyInAnyOrder(
                    "Topic", "Tool", "Project");
            assertThat(r.get("properties").asList(Value::asString)).containsExactlyInAnyOrderElementsOf(
                    GraphModel.FULLTEXT_PROPERTIES);
        });
    }

    @Test
    void loadsEveryLabelAndRelationshipTypeOfTheGraphModel() {
        LoadSummary summary = loader.load(basics().build());

        Map<String, Long> counts = GraphFingerprint.counts(driver);
        assertThat(counts.keySet()).containsAll(GraphModel.LABELS.stream().map(l -> ":" + l).toList())
                .containsAll(GraphModel.RELATIONSHIP_TYPES.stream().map(t -> "[" + t + "]").toList());
        assertThat(counts).containsEntry(":Topic", 4L).containsEntry(":Phase", 2L).containsEntry("[REQUIRES]", 3L)
                .containsEntry("[NEXT]", 2L).containsEntry("[USES]", 5L);
        assertThat(summary.nodes().get("Topic")).isEqualTo(new Change(4, 0, 0, 0));
        assertThat(summary.relationships().get("USES")).isEqualTo(new Change(5, 0, 0, 0));
        assertThat(summary.changed()).isTrue();
    }

    @Test
    void storesPropertiesAsTheGraphModelSays() {
        loader.load(basics().build());

        var phase2 = driver.executableQuery("MATCH (r:Roadmap {id: 'basics'}) MATCH (:Revision {id: r.revision})"
                + "-[:HAS_PHASE]->(p:Phase {number: 2}) RETURN p").execute().records().get(0).get("p").asMap();
        assertThat(phase2).containsEntry("id", "basics/phase-2").containsEntry("roadmap", "basics")
                .containsEntry("ongoing", true).doesNotContainKeys("minMonths", "maxMonths");
        var rag = driver.executableQuery("MATCH (r:Revision)-[i:INCLUDES]->(t:Topic {id: 'rag'})-[:IN_LAYER]->(l:Layer) "
                + "RETURN t, i.order AS order, l.id AS layer").execute().records().get(0);
        assertThat(rag.get("t").asMap()).containsEntry("title", "Topic rag").containsEntry("titleNl", "Topic rag (nl)")
                .containsEntry("importance", "CORE").containsEntry("roadmaps", List.of("basics"))
                .containsEntry("points", List.of("A point")).doesNotContainKey("pointsNl");
        assertThat(rag.get("order").asInt()).isEqualTo(2);
        assertThat(rag.get("layer").asString()).isEqualTo("basics/applications");
        var requires = driver.executableQuery("MATCH (:Topic {id: 'rag'})-[r:REQUIRES]->(:Topic {id: 'prompting'}) "
                + "RETURN r").execute().records().get(0).get("r").asMap();
        assertThat(requires).containsEntry("reason", "rag needs prompting")
                .containsEntry("reasonNl", "rag heeft prompting nodig").containsEntry("roadmaps", List.of("basics"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 500, 5000})
    void loadingTheSameRoadmapTwiceGivesTheIdenticalGraphWhateverTheBatchSize(int batchSize) {
        RoadmapLoader batched = new RoadmapLoader(driver, LoaderOptions.defaults().withBatchSize(batchSize));
        batched.load(basics().build());
        String first = fingerprint();

        LoadSummary again = batched.load(basics().build());

        assertThat(fingerprint()).isEqualTo(first);
        assertThat(again.changed()).as("second load reports a change: %s", again).isFalse();
        assertThat(again.nodes().get("Topic")).isEqualTo(new Change(0, 0, 0, 4));
        clear();
        loader.load(basics().build());
        assertThat(fingerprint()).as("batch size %d gives the same graph as the default", batchSize).isEqualTo(first);
    }

    @Test
    void reloadingAChangedRoadmapRemovesWhatItNoLongerHas() {
        loader.load(basics().build());
        Roadmap changed = roadmap("basics")
                .topic("python", 1).topic("prompting", 2).topic("rag", 2)
                .requires("rag", "prompting")
                .retitle("rag", "Retrieval-augmented generation")
                .tool("openai", "prompting")
                .edition("2nd edition")
                .build();

        LoadSummary summary = loader.load(changed);

        String reloaded = fingerprint();
        clear();
        loader.load(changed);
        assertThat(reloaded).isEqualTo(fingerprint());
        assertThat(summary.nodes().get("Topic")).isEqualTo(new Change(0, 1, 1, 2));
        assertThat(summary.nodes().get("Tool")).isEqualTo(new Change(0, 0, 1, 1));
        assertThat(summary.nodes().get("Project")).isEqualTo(new Change(0, 0, 1, 0));
        assertThat(summary.nodes().get("Roadmap")).isEqualTo(new Change(0, 1, 0, 0));
        assertThat(summary.relationships().get("REQUIRES")).isEqualTo(new Change(0, 0, 2, 1));
        assertThat(summary.relationships().get("SUBTOPIC_OF")).isEqualTo(new Change(0, 0, 1, 0));
    }

    @Test
    void theRoadmapsRevisionChangesExactlyWhenALoadOrARemovalChangesItsGraph() {
        loader.load(basics().build());
        String first = revision("basics");
        loader.load(basics().build());
        String unchanged = revision("basics");
        loader.load(basics().retitle("rag", "Retrieval-augmented generation").build());
        String retitled = revision("basics");
        loader.load(roadmap("other").topic("python", 1).build());
        loader.remove("other");

        assertThat(first).isNotBlank();
        assertThat(unchanged).as("a load that changes nothing keeps the revision").isEqualTo(first);
        assertThat(retitled).as("a changed topic title gives a new revision").isNotBlank().isNotEqualTo(first);
        assertThat(revision("basics")).as("another roadmap's load and removal leave this one's revision")
                .isEqualTo(retitled);
    }

    @Test
    void aRevisionLoadedWithTheOlderKindOfContentHashTakesAnUnchangedReloadAsANoOpAndAChangedOneAsAChange() {
        loader.load(basics().build());
        String first = revision("basics");
        // what a data directory written before session 8 holds: the sorted-lines SHA-256 of the same rows
        String legacy = RoadmapLoader.rowsOf(basics().build()).legacyHash();
        driver.executableQuery("MATCH (v:Revision {id: $rev}) SET v.contentHash = $hash")
                .withParameters(Map.of("rev", first, "hash", legacy)).execute();

        LoadSummary again = loader.load(basics().build());

        assertThat(again.changed()).as("an unchanged reload onto an older hash: %s", again).isFalse();
        assertThat(revision("basics")).isEqualTo(first);
        assertThat(loader.load(basics().retitle("rag", "Retrieval-augmented generation").build()).changed()).isTrue();
        assertThat(revision("basics")).isNotEqualTo(first);
    }

    private String revision(String roadmapId) {
        return driver.executableQuery("MATCH (r:Roadmap {id: $id}) RETURN r.revision AS revision")
                .withParameters(Map.of("id", roadmapId)).execute().records().get(0).get("revision").asString();
    }

    @Test
    void keyTopicsCarryTheKeyTopicLabelExactlyWhileTheyAreKey() {
        loader.load(roadmap("basics").topic("python", 1).topic("rag", 2).importance("rag", Importance.KEY).build());
        assertThat(keyTopicIds()).containsExactly("rag");

        loader.load(roadmap("basics").topic("python", 1).importance("python", Importance.KEY).topic("rag", 2).build());

        assertThat(keyTopicIds()).containsExactly("python");
    }

    private List<String> keyTopicIds() {
        return driver.executableQuery("MATCH (r:Roadmap) MATCH (t:" + GraphModel.TOPIC + ":" + GraphModel.KEY_TOPIC
                        + " {rev: r.revision}) RETURN t.id AS id")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
    }

    @Test
    void eachRoadmapHasItsOwnCopyOfASharedTopicSoReloadingOrRemovingOneLeavesTheOthers() {
        Roadmap first = roadmap("first").topic("python", 1).topic("rag", 2).requires("rag", "python")
                .tool("jupyter", "python").build();
        Roadmap second = roadmap("second").topic("python", 1).topic("agents", 2).requires("agents", "python")
                .tool("jupyter", "python").build();
        loader.load(first);
        loader.load(second);
        assertThat(currentCopies("python")).containsExactly("first", "second");

        Roadmap firstWithoutPython = roadmap("first").topic("rag", 2).build();
        LoadSummary reload = loader.load(firstWithoutPython);

        assertThat(currentCopies("python")).containsExactly("second");
        assertThat(reload.nodes().get("Topic")).isEqualTo(new Change(0, 0, 1, 1));
        String afterReload = fingerprint();
        clear();
        loader.load(second);
        loader.load(firstWithoutPython);
        assertThat(afterReload).isEqualTo(fingerprint());

        LoadSummary removal = loader.remove("first");

        assertThat(removal.nodes().get("Roadmap")).isEqualTo(new Change(0, 0, 1, 0));
        assertThat(removal.nodes().get("Topic")).isEqualTo(new Change(0, 0, 1, 0));
        String afterRemoval = GraphFingerprint.ofContent(driver).text();
        clear();
        loader.load(second);
        assertThat(afterRemoval).as("a removal leaves nothing of the roadmap, no earlier revision either")
                .isEqualTo(GraphFingerprint.ofContent(driver).text());
    }

    /** The roadmaps whose current revision has a copy of the topic, sorted. */
    private static List<String> currentCopies(String topic) {
        return driver.executableQuery("MATCH (r:Roadmap) MATCH (t:Topic {id: $id, rev: r.revision})"
                        + " RETURN t.roadmap AS roadmap ORDER BY roadmap").withParameters(Map.of("id", topic))
                .execute().records().stream().map(r -> r.get("roadmap").asString()).toList();
    }

    @Test
    void twoWritersWriteTheBatchesAndTheGraphIsTheOneOfASingleWriter() {
        Roadmap roadmap = basics().build();
        loader.load(roadmap);
        String oneBatchPerSet = GraphFingerprint.ofContent(driver).text();
        clear();
        Set<String> writers = Collections.synchronizedSet(new TreeSet<>());
        RoadmapLoader rowByRow = new RoadmapLoader(driver, LoaderOptions.defaults().withBatchSize(1),
                (what, batch) -> writers.add(Thread.currentThread().getName()));

        rowByRow.load(roadmap);

        assertThat(writers).as("the threads that wrote a batch").hasSize(2);
        assertThat(GraphFingerprint.ofContent(driver).text()).isEqualTo(oneBatchPerSet);
        assertThat(rowByRow.load(roadmap).nodes().get("Topic")).as("loaded again: nothing changes")
                .isEqualTo(new Change(0, 0, 0, 4));
    }

    @Test
    void aFailureHalfWayLeavesThePreviousGraphAsItWas() {
        loader.load(basics().build());
        GraphFingerprint before = GraphFingerprint.of(driver);
        Roadmap changed = roadmap("basics").topic("python", 1).topic("agents", 2).requires("agents", "python")
                .edition("broken").build();
        List<String> written = new ArrayList<>();
        RoadmapLoader failing = new RoadmapLoader(driver, LoaderOptions.defaults().withBatchSize(1), (what, batch) -> {
            written.add(what);
            if (batch == 6) {
                throw new IllegalArgumentException("injected failure after batch 6");
            }
        });

        assertThatThrownBy(() -> failing.load(changed)).hasMessageContaining("injected failure after batch 6");

        assertThat(written).hasSize(6);
        assertThat(GraphFingerprint.of(driver)).as("the graph, and what the failed load wrote deleted")
                .isEqualTo(before);
    }

    @Test
    void aFailedFirstLoadLeavesNothing() {
        RoadmapLoader failing = new RoadmapLoader(driver, LoaderOptions.defaults(), (what, batch) -> {
            if (what.equals("REQUIRES")) {
                throw new IllegalArgumentException("injected failure at REQUIRES");
            }
        });

        assertThatThrownBy(() -> failing.load(basics().build())).hasMessage("injected failure at REQUIRES");

        assertThat(GraphFingerprint.counts(driver)).isEmpty();
    }

    @Test
    void aRoadmapWithADanglingReferenceWritesNothingAndSaysWhatIsMissing() {
        Roadmap dangling = roadmap("dangling").topic("rag", 2).requires("rag", "embeddings").build();

        assertThatThrownBy(() -> loader.load(dangling))
                .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.INVALID_INPUT);
                    assertThat(e.problems()).extracting(Object::toString).containsExactly("roadmap dangling:0:0: "
                            + "roadmap dangling: REQUIRES from Topic 'rag' to Topic 'embeddings' refers to Topic "
                            + "'embeddings', which it does not have");
                });
        assertThat(GraphFingerprint.counts(driver)).isEmpty();
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        loader.load(basics().build());
        String before = fingerprint();
        RoadmapLoader dry = new RoadmapLoader(driver, LoaderOptions.defaults().withDryRun(true));

        LoadSummary summary = dry.load(roadmap("basics").topic("python", 1).build());
        LoadSummary removal = dry.remove("basics");

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.nodes().get("Topic")).isEqualTo(new Change(0, 0, 3, 1));
        assertThat(removal.nodes().get("Topic")).isEqualTo(new Change(0, 0, 4, 0));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void removingARoadmapThatIsNotThereIsRefusedListingTheLoadedOnesAndChangesNothing() {
        loader.load(basics().build());
        String before = fingerprint();

        assertThatThrownBy(() -> loader.remove("unknown"))
                .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.UNKNOWN_ROADMAP);
                    assertThat(e).hasMessage("no roadmap 'unknown' is in the graph; nothing was removed (the graph"
                            + " holds 1 roadmap: basics)");
                });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anUnknownDatabaseIsReportedAsUnreachableWithTheFix() {
        RoadmapLoader wrongDatabase = new RoadmapLoader(driver, LoaderOptions.defaults().withDatabase("nosuchdb"));

        assertThatThrownBy(() -> wrongDatabase.load(basics().build()))
                .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.DATABASE_UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("the database does not exist while creating the schema")
                            .endsWith("check the database name (Neo4j Community has only 'neo4j')");
                });
    }

    @Test
    void aClosedPortIsReportedAsUnreachableWithinSeconds() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Config config = Config.builder().withConnectionTimeout(2, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(1, TimeUnit.SECONDS).build();
        try (Driver nowhere = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), config)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new RoadmapLoader(nowhere).load(basics().build()))
                    .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                        assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.DATABASE_UNREACHABLE);
                        assertThat(e.getMessage()).startsWith("Neo4j is not reachable while creating the schema")
                                .endsWith("check the URI and that Neo4j is running");
                    });
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        }
    }

    @Test
    void validatesEveryFileBeforeLoadingAnyAndNamesEachProblem(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.yaml"), SMALL_YAML);
        Path sameId = Files.writeString(dir.resolve("same-id.yaml"), SMALL_YAML);
        Path broken = Files.writeString(dir.resolve("broken.yaml"), SMALL_YAML.replace("phase: 1,", "phase: 7,"));

        assertThatThrownBy(() -> loader.load(good, sameId, broken))
                .isInstanceOfSatisfying(GraphLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GraphLoadException.Kind.INVALID_INPUT);
                    assertThat(e.problems()).extracting(Problem::file)
                            .containsExactly(sameId.toString(), broken.toString());
                    assertThat(e.problems().get(0).message()).isEqualTo("roadmap id 'small' is also the id of "
                            + good + ": give each roadmap its own id");
                });
        assertThat(GraphFingerprint.counts(driver)).isEmpty();

        assertThat(loader.load(good)).extracting(LoadSummary::roadmapId).containsExactly("small");
    }

    /**
     * Given any sequence of loads and removals of two roadmaps that share topics and tools, the graph is the one a
     * fresh load of the roadmaps as they now are gives.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20_261_129L})
    void anySequenceOfLoadsAndRemovalsEndsInTheGraphOfAFreshLoad(long seed) {
        Random random = new Random(seed);
        Map<String, Roadmap> current = new TreeMap<>();
        for (int step = 0; step < 4; step++) {
            String id = random.nextBoolean() ? "alpha" : "beta";
            String operation;
            if (current.containsKey(id) && random.nextInt(5) == 0) {
                operation = "remove " + id;
                loader.remove(id);
                current.remove(id);
            } else {
                Roadmap version = randomRoadmap(id, random);
                operation = "load " + id + " " + version.topics().stream().map(t -> t.id()).toList();
                loader.load(version);
                current.put(id, version);
            }
            String incremental = fingerprint();
            clear();
            current.values().forEach(loader::load);
            assertThat(incremental).as("seed %d, step %d (%s)", seed, step, operation).isEqualTo(fingerprint());
        }
    }

    /**
     * Loading a roadmap never changes another's part of the graph, and removing it gives back exactly the graph
     * without it: given two random roadmaps that share topics and tools, load A, load B (and reload it changed),
     * remove B: the whole graph, every node and property, is A's alone.
     */
    @ParameterizedTest
    @ValueSource(longs = {7L, 1_234L, 20_261_130L})
    void loadingAndRemovingAnotherRoadmapGivesBackExactlyTheGraphOfTheFirst(long seed) {
        Random random = new Random(seed);
        Roadmap a = randomRoadmap("alpha", random);
        loader.load(a);
        GraphFingerprint alone = GraphFingerprint.of(driver);

        loader.load(randomRoadmap("beta", random));
        assertThat(GraphFingerprint.of(driver).text()).as("seed %d: alpha's nodes after beta's load", seed)
                .contains(alone.text().substring(0, alone.text().indexOf("\n--\n")).split("\n"));
        loader.load(randomRoadmap("beta", random));
        loader.remove("beta");

        assertThat(GraphFingerprint.of(driver)).as("seed %d", seed).isEqualTo(alone);
    }

    @Test
    void aSecondRoadmapGetsItsOwnCopiesOfTheToolsAndTopicsTheFirstHas() {
        loader.load(roadmap("first").topic("python", 1).topic("rag", 2).requires("rag", "python")
                .tool("jupyter", "python").build());

        LoadSummary second = loader.load(roadmap("second").topic("python", 1).topic("agents", 2)
                .requires("agents", "python").tool("jupyter", "python", "agents").build());

        assertThat(second.nodes().get("Topic")).isEqualTo(new Change(2, 0, 0, 0));
        assertThat(second.nodes().get("Tool")).isEqualTo(new Change(1, 0, 0, 0));
        assertThat(second.relationships().get("USES")).isEqualTo(new Change(2, 0, 0, 0));
        assertThat(GraphFingerprint.counts(driver)).containsEntry(":Topic", 4L).containsEntry(":Tool", 2L)
                .containsEntry("[USES]", 3L);
        assertThat(currentCopies("python")).containsExactly("first", "second");
    }

    @Test
    void aLoadAfterTheRoadmapNodeWasDeletedByHandDeletesTheOrphanedRevision() {
        loader.load(basics().build());
        String loaded = GraphFingerprint.ofContent(driver).text();
        // by hand: the roadmap node goes, its revision's nodes stay, followed by no reader
        driver.executableQuery("MATCH (n:Roadmap) DETACH DELETE n").execute();

        loader.load(basics().build());

        assertThat(GraphFingerprint.ofContent(driver).text()).isEqualTo(loaded);
    }

    private static Roadmap randomRoadmap(String id, Random random) {
        List<String> pool = new ArrayList<>(List.of("python", "git", "prompting", "rag", "bm25", "agents"));
        Collections.shuffle(pool, random);
        List<String> topics = pool.subList(0, 1 + random.nextInt(pool.size()));
        RoadmapFixture fixture = roadmap(id).edition(random.nextBoolean() ? "" : "revised");
        for (int i = 0; i < topics.size(); i++) {
            fixture.topic(topics.get(i), 1 + random.nextInt(2));
            if (i > 0 && random.nextInt(3) == 0) {
                fixture.requires(topics.get(i), topics.get(random.nextInt(i)));
            }
            if (i > 0 && random.nextInt(4) == 0) {
                fixture.subtopic(topics.get(i), topics.get(random.nextInt(i)));
            }
        }
        for (String tool : List.of("jupyter", "openai")) {
            if (random.nextBoolean()) {
                fixture.tool(tool, topics.stream().filter(t -> random.nextBoolean()).toArray(String[]::new));
            }
        }
        if (random.nextBoolean()) {
            fixture.project(id + "-project", topics.get(random.nextInt(topics.size())));
        }
        return fixture.build();
    }


}
