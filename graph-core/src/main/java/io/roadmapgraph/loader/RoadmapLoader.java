package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RoadmapValidationException;
import org.apiguardian.api.API;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads roadmaps into Neo4j. Each load writes a new revision of the roadmap beside the current one and switches to it
 * in one small last write, so readers see the roadmap whole, before or after (docs/graph-model.md, "Revisions").
 * Loading the same roadmap again changes nothing; loading a changed one replaces its graph. Each roadmap has its own
 * view of the topics, tools and projects it names (ids are shared: one id, one concept), so loading or removing one
 * roadmap never changes another's.
 *
 * <pre>{@code
 * try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:7687", AuthTokens.basic("neo4j", "secret"))) {
 *     List<LoadSummary> summaries = new RoadmapLoader(driver).load(Path.of("ai-engineer.yaml"));
 * }
 * }</pre>
 *
 * Every failure is a {@link GraphLoadException} whose {@link GraphLoadException#kind() kind} says whether the input
 * was invalid, the database unreachable, or the load itself failed.
 */
@API(status = API.Status.STABLE)
public final class RoadmapLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapLoader.class);
    /** Who runs the transaction, in its metadata (Neo4j's {@code SHOW TRANSACTIONS} and query log show it). */
    private static final String APP = "roadmap-graph/graph-loader";
    private static final TransactionConfig WRITE = TransactionConfig.builder()
            .withMetadata(Map.of("app", APP))
            .build();
    private static final TransactionConfig READ = TransactionConfig.builder()
            .withMetadata(Map.of("app", APP))
            .withTimeout(java.time.Duration.ofMinutes(1))
            .build();

    private final Driver driver;
    private final LoaderOptions options;
    private final GraphWriter.BatchListener batchListener;
    private final Optional<StagingWriter> staging;
    private volatile boolean schemaReady;
    private volatile boolean migrationChecked;

    public RoadmapLoader(Driver driver) {
        this(driver, LoaderOptions.defaults());
    }

    public RoadmapLoader(Driver driver, LoaderOptions options) {
        this(driver, options, GraphWriter.BatchListener.NONE);
    }

    /**
     * A loader whose batches go through {@code staging} (an embedded Neo4j's, for a loader in its JVM), everything
     * else of a load through {@code driver}, which must reach the same database.
     */
    public RoadmapLoader(Driver driver, LoaderOptions options, StagingWriter staging) {
        this(driver, options, GraphWriter.BatchListener.NONE,
                Optional.of(Objects.requireNonNull(staging, "staging must not be null")));
    }

    RoadmapLoader(Driver driver, LoaderOptions options, GraphWriter.BatchListener batchListener) {
        this(driver, options, batchListener, Optional.empty());
    }

    RoadmapLoader(Driver driver, LoaderOptions options, GraphWriter.BatchListener batchListener,
                  Optional<StagingWriter> staging) {
        this.driver = Objects.requireNonNull(driver, "driver must not be null");
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.batchListener = Objects.requireNonNull(batchListener, "batchListener must not be null");
        this.staging = Objects.requireNonNull(staging, "staging must not be null");
    }

    /**
     * Reads and validates every file before returning any: one invalid file fails them all.
     *
     * @throws GraphLoadException of kind {@code INVALID_INPUT} with every problem of every file
     */
    public static List<Roadmap> read(Path... files) {
        Objects.requireNonNull(files, "files must not be null");
        for (int i = 0; i < files.length; i++) {
            Objects.requireNonNull(files[i], "files[" + i + "] must not be null");
        }
        List<Roadmap> roadmaps = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            try {
                Roadmap roadmap = RoadmapReader.read(file);
                Path earlier = seen.putIfAbsent(roadmap.id(), file);
                if (earlier != null) {
                    problems.add(new Problem(file.toString(), 0, 0, "roadmap id '" + roadmap.id()
                            + "' is also the id of " + earlier + ": give each roadmap its own id"));
                }
                roadmaps.add(roadmap);
            } catch (RoadmapValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return List.copyOf(roadmaps);
    }

    /**
     * Checks that the database answers, fast: call it before a long job to fail early with a clear message.
     *
     * @throws GraphLoadException of kind {@code DATABASE_UNREACHABLE}
     */
    public void verifyConnectivity() {
        try {
            driver.verifyConnectivity();
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e, "connecting");
        }
    }

    /** Creates the uniqueness constraints and the full-text index, if they are not there yet. */
    public void ensureSchema() {
        if (schemaReady || options.dryRun()) {
            return;
        }
        inSession("creating the schema", session -> {
            // creating what exists already is harmless but not free: Neo4j still takes the schema path for each
            Set<String> existing = new HashSet<>(session.executeRead(tx -> tx.run("SHOW INDEXES YIELD name")
                    .list(r -> r.get("name").asString())));
            List<String> missing = Schema.statements().entrySet().stream()
                    .filter(e -> !existing.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (!missing.isEmpty()) {
                session.executeWrite(tx -> {
                    missing.forEach(statement -> tx.run(statement).consume());
                    return null;
                }, WRITE);
                session.executeRead(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
                LOG.info("created {} constraints and indexes", missing.size());
            }
            return null;
        });
        schemaReady = true;
    }

    /**
     * Whether {@link #ensureSchema()} and {@link #migrate} would find nothing to do in a graph whose indexes and
     * constraints have these names and whose {@code Roadmap} nodes have these graph-model versions (0 for a node
     * without one): every index and constraint of the schema there, no constraint of graph model 1, no roadmap of an
     * older model. For a caller that has read these facts without Cypher (an embedded Neo4j's Java API: a server's
     * start-up, where the first Cypher statements of the JVM are planned cold) and then needs no loader at all.
     *
     * @param indexNames      the names {@code SHOW INDEXES} lists (a uniqueness constraint's backing index included)
     * @param constraintNames the names {@code SHOW CONSTRAINTS} lists
     * @param modelVersions   the {@code modelVersion} of every {@code Roadmap} node
     */
    public static boolean schemaAndModelCurrent(Collection<String> indexNames, Collection<String> constraintNames,
                                                Collection<Integer> modelVersions) {
        Objects.requireNonNull(indexNames, "indexNames must not be null");
        Objects.requireNonNull(constraintNames, "constraintNames must not be null");
        Objects.requireNonNull(modelVersions, "modelVersions must not be null");
        return Set.copyOf(indexNames).containsAll(Schema.statements().keySet())
                && Migration.version1Constraints().stream().noneMatch(Set.copyOf(constraintNames)::contains)
                && modelVersions.stream().allMatch(version -> version >= GraphModel.CURRENT_MODEL_VERSION);
    }

    /**
     * The order in which to load these roadmaps: the order given, except that a roadmap comes after those of the list
     * that it {@code uses} (a loop of uses stays in the order given: its load names the roadmap not loaded yet).
     */
    public static List<Roadmap> loadOrder(List<Roadmap> roadmaps) {
        return ReferenceCopies.usedFirst(Objects.requireNonNull(roadmaps, "roadmaps must not be null"));
    }

    /**
     * Validates all files, then loads them one by one, each roadmap in its own transaction, in their
     * {@link #loadOrder}.
     */
    public List<LoadSummary> load(Path... files) {
        List<Roadmap> roadmaps = loadOrder(read(files));
        return roadmaps.stream().map(this::load).toList();
    }

    /**
     * Loads one roadmap atomically for readers: its graph is written as a new revision beside the current one (in
     * batches, which may take several transactions), and the roadmap switches to it in one small last write. Until
     * then readers see the roadmap as it was; a failure leaves it as it was (and deletes what the load wrote). A
     * roadmap whose graph is the current one's (the same content hash) changes nothing. The batches are written by two
     * writers at once, each in a session (a Bolt connection) of its own: this thread and one the load starts.
     */
    public LoadSummary load(Roadmap roadmap) {
        return load(roadmap, RowProgress.NONE);
    }

    /**
     * Told while a load writes the new revision, after each batch: for a progress display ("writing 1000/4312 rows").
     * A load that changes nothing, or a dry run, writes no rows and says nothing. It is told one batch at a time, the
     * count growing, but not always on the thread that called the load: the load's second writer tells of its own
     * batches.
     */
    @FunctionalInterface
    public interface RowProgress {
        RowProgress NONE = (written, total) -> { };

        /**
         * @param written the rows (nodes and relationships) written so far
         * @param total   all the rows of the new revision
         */
        void written(int written, int total);
    }

    /** {@link #load(Roadmap)}, telling {@code progress} the rows written after each batch. */
    public LoadSummary load(Roadmap roadmap, RowProgress progress) {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        RoadmapRows checked = rowsOf(roadmap);
        ensureSchema();
        if (!migrationChecked && !options.dryRun()) {
            migrate(List.of(roadmap), Optional.empty());
        }
        LoadSummary summary = inSession("loading roadmap " + roadmap.id(), session -> {
            Roadmap resolved = ReferenceCopies.resolve(roadmap, transactions(session));
            // the rows are built once when the roadmap uses no other (at 100k topics, a million rows)
            RoadmapRows graph = resolved == roadmap ? checked : rowsOf(resolved);
            List<String> users = ReferenceCopies.usedBy(roadmap.id(), transactions(session));
            if (!users.isEmpty()) {
                LOG.warn("roadmap {} is used by {}: their copies of its topics stay as they were loaded; load them"
                        + " again to take its changes", roadmap.id(), String.join(", ", users));
            }
            return new GraphWriter(transactions(session), roadmap.id(), options.batchSize(),
                    rowListener(graph.rowCount(), progress), staging).load(graph, options.dryRun());
        });
        LOG.info("roadmap {} {}: nodes {}, relationships {}", roadmap.id(), options.dryRun() ? "checked" : "loaded",
                summary.nodeTotal(), summary.relationshipTotal());
        return summary;
    }

    private GraphWriter.BatchListener rowListener(int total, RowProgress progress) {
        return new GraphWriter.BatchListener() {
            @Override
            public void afterBatch(String what, int batch) {
                batchListener.afterBatch(what, batch);
            }

            @Override
            public void afterRows(int rows) {
                progress.written(rows, total);
            }
        };
    }

    /**
     * Removes a roadmap: readers stop seeing it in one write, then all its revisions are deleted. Other roadmaps keep
     * their own copies of the topics, tools and projects they share with it.
     *
     * @throws GraphLoadException of kind {@code UNKNOWN_ROADMAP} when the graph holds no roadmap with this id (the
     *                            message lists those it holds; nothing is changed, as {@code graph-loader remove}
     *                            exits 5); of kind {@code LOAD_FAILED} when another loaded roadmap uses it
     *                            ({@code uses}): remove that one first
     */
    public LoadSummary remove(String roadmapId) {
        Objects.requireNonNull(roadmapId, "roadmapId must not be null");
        requireLoaded(List.of(roadmapId));
        ensureSchema();
        return inSession("removing roadmap " + roadmapId, session -> {
            List<String> users = ReferenceCopies.usedBy(roadmapId, transactions(session));
            if (!users.isEmpty()) {
                throw new GraphLoadException(GraphLoadException.Kind.LOAD_FAILED, "roadmap " + roadmapId + " is used by "
                        + String.join(", ", users) + " (their 'uses' lists it); remove those first, or load them"
                        + " again without requirements on its topics");
            }
            return new GraphWriter(transactions(session), roadmapId, options.batchSize(), batchListener)
                    .remove(options.dryRun());
        });
    }

    /**
     * Carries a graph written by an older graph model to the current one (docs/graph-model.md, "Model version"); a
     * graph of the current model is left as it is. A roadmap of {@code known} is loaded again from it, any other
     * is converted from the graph. {@link #load(Roadmap)} calls this with its roadmap before its first load.
     *
     * @param first the roadmap to migrate first, so that it is the one loaded first (the bundled one), if any
     * @return what was done, one line per roadmap; empty when the graph was of the current model
     */
    public List<String> migrate(List<Roadmap> known, Optional<String> first) {
        Objects.requireNonNull(known, "known must not be null");
        Objects.requireNonNull(first, "first must not be null");
        ensureSchema();
        List<String> done = inSession("migrating the graph to model " + GraphModel.CURRENT_MODEL_VERSION, session -> {
            Migration migration = new Migration(transactions(session), options.batchSize());
            if (!migration.needed()) {
                return List.<String>of();
            }
            Map<String, Roadmap> byId = new HashMap<>();
            known.forEach(roadmap -> byId.put(roadmap.id(), roadmap));
            return migration.migrate(byId, first, () -> {
                schemaReady = false;
                ensureSchema();
            });
        });
        migrationChecked = true;
        return done;
    }

    /**
     * A loaded roadmap read back from its current revision, as a record (for {@code graph-loader export}): everything
     * the graph holds of it, so that loading the record again writes the same graph (docs/markdown-import.md,
     * "Export of a loaded roadmap", lists what the graph does not keep).
     *
     * @return empty when the graph has no roadmap with this id
     */
    public Optional<Roadmap> readLoaded(String roadmapId) {
        Objects.requireNonNull(roadmapId, "roadmapId must not be null");
        return inSession("reading roadmap " + roadmapId, session -> session.executeRead(
                tx -> LoadedRoadmap.read(tx, roadmapId), READ));
    }

    /**
     * Checks that the graph holds every one of {@code roadmapIds} (as one of {@link #roadmapIds()}), as
     * {@link #remove} does before it changes anything: for a caller that removes several and wants none removed when
     * one id is wrong ({@code graph-loader remove a b}).
     *
     * @throws GraphLoadException of kind {@code UNKNOWN_ROADMAP} naming each id the graph does not hold and listing
     *                            the roadmaps it holds
     */
    public void requireLoaded(Collection<String> roadmapIds) {
        Objects.requireNonNull(roadmapIds, "roadmapIds must not be null");
        List<String> loaded = roadmapIds();
        List<String> unknown = roadmapIds.stream().filter(id -> !loaded.contains(id)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        String which = unknown.size() == 1 ? "no roadmap '" + unknown.get(0) + "' is"
                : "no roadmaps '" + String.join("', '", unknown) + "' are";
        String holds = loaded.isEmpty() ? "the graph holds no roadmap" : "the graph holds " + loaded.size()
                + (loaded.size() == 1 ? " roadmap: " : " roadmaps: ") + String.join(", ", loaded);
        throw new GraphLoadException(GraphLoadException.Kind.UNKNOWN_ROADMAP, which + " in the graph; nothing was"
                + " removed (" + holds + ")");
    }

    /** The ids of the roadmaps in the graph, sorted. */
    public List<String> roadmapIds() {
        return inSession("listing the roadmaps", session -> session.executeRead(tx -> tx.run(
                GraphModel.cypher("MATCH (r:{Roadmap}) WHERE r.revision IS NOT NULL RETURN r.id AS id ORDER BY id"))
                .list(row -> row.get("id").asString())));
    }

    private GraphWriter.Transactions transactions(Session session) {
        return new GraphWriter.Transactions() {
            @Override
            public <T> T write(Function<TransactionContext, T> work) {
                return session.executeWrite(work::apply, WRITE);
            }

            @Override
            public <T> T writeStaging(String rev, Function<TransactionContext, T> work) {
                return session.executeWrite(work::apply, TransactionConfig.builder()
                        .withMetadata(Map.of("app", APP, GraphModel.STAGING_REVISION_METADATA, rev))
                        .build());
            }

            @Override
            public <T> T read(Function<TransactionContext, T> work) {
                return session.executeRead(work::apply);
            }

            @Override
            public Optional<GraphWriter.Own> openAnother() {
                Session another = driver.session(sessionConfig());
                GraphWriter.Transactions transactions = transactions(another);
                return Optional.of(new GraphWriter.Own() {
                    @Override
                    public <T> T write(Function<TransactionContext, T> work) {
                        return transactions.write(work);
                    }

                    @Override
                    public <T> T writeStaging(String rev, Function<TransactionContext, T> work) {
                        return transactions.writeStaging(rev, work);
                    }

                    @Override
                    public <T> T read(Function<TransactionContext, T> work) {
                        return transactions.read(work);
                    }

                    @Override
                    public void close() {
                        another.close();
                    }
                });
            }
        };
    }

    private SessionConfig sessionConfig() {
        SessionConfig.Builder config = SessionConfig.builder();
        options.database().ifPresent(config::withDatabase);
        return config.build();
    }

    private <T> T inSession(String doing, Function<Session, T> work) {
        try (Session session = driver.session(sessionConfig())) {
            return work.apply(session);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e, doing);
        } catch (IllegalStateException e) {
            throw new GraphLoadException(GraphLoadException.Kind.LOAD_FAILED,
                    doing + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /** The rows of a roadmap, or the exception naming what makes them inconsistent. */
    static RoadmapRows rowsOf(Roadmap roadmap) {
        RoadmapRows graph = RoadmapRows.of(roadmap);
        List<String> problems = graph.problems();
        if (!problems.isEmpty()) {
            throw invalid(problems.stream().map(p -> new Problem("roadmap " + roadmap.id(), 0, 0, p)).toList());
        }
        return graph;
    }

    private static GraphLoadException invalid(List<Problem> problems) {
        return new GraphLoadException(new RoadmapValidationException(problems).getMessage(), problems, null);
    }
}
