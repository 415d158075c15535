package io.roadmapgraph.server.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.roadmapgraph.loader.GraphLoadException;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.LoaderOptions;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.settings.BootstrapSettings;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads roadmaps at start-up so that a fresh server has something to answer: the bundled AI Engineer roadmap when the
 * graph has no roadmap at all, and each file of {@code roadmap.bootstrap.files} whose roadmap id is not in the graph
 * yet. What is already there is not loaded again (use the loader CLI to reload), with two exceptions that carry the
 * next versions' changes to existing installs: the bundled roadmap is reloaded when the graph holds it in an older
 * graph-model version ({@link GraphModel#MODEL_VERSION}), or when the server loaded it from a bundled file that has
 * changed since ({@link GraphModel#BUNDLED_HASH}). Other roadmaps of an older model version are named in a warning:
 * their files are not the server's to read again.
 *
 * <p>The files are read and validated first, before Neo4j starts ({@code Neo4jFactory}): an invalid file stops the
 * server with the file's problems. The load
 * happens before the server answers. The embedded Neo4j is up by then (a fresh one from the seed store, see
 * {@code SeedStore}), so a failed attempt against it is tried again at once, up to {@value #EMBEDDED_ATTEMPTS} times,
 * before the server answers. When an external database cannot be reached (down) the server starts anyway and the load
 * is retried every {@code roadmap.bootstrap.retry-interval} in the background.
 */
@Singleton
@Requires(property = "roadmap.bootstrap.enabled", notEquals = "false")
class RoadmapBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapBootstrap.class);
    private static final String ROADMAPS = "MATCH (r:" + GraphModel.ROADMAP + ") RETURN r.id AS id, coalesce(r."
            + GraphModel.MODEL_VERSION + ", 0) AS version, r." + GraphModel.BUNDLED_HASH + " AS hash";

    /**
     * Generous: the first query of a JVM plans and warms up Cypher, which took over a minute on a heavily loaded
     * machine (a transaction timeout is a ClientException, and the bootstrap then gave up until its next retry).
     */
    private static final Duration ROADMAP_IDS_TIMEOUT = Duration.ofMinutes(5);
    static final int EMBEDDED_ATTEMPTS = 5;
    private static final Duration EMBEDDED_RETRY = Duration.ofSeconds(1);

    private final Neo4jConnection neo4j;
    private final boolean bundled;
    private final List<Path> files;
    private final Duration retryInterval;
    private final TaskScheduler scheduler;
    private final Runnable afterLoad;
    private volatile ScheduledFuture<?> retries;
    private volatile boolean done;

    /**
     * With {@code queries}, whose first snapshot read starts as soon as the roadmaps are in the graph (the usual
     * start: at once, nothing to load), beside the rest of the server's start instead of after it listens.
     */
    @Inject
    RoadmapBootstrap(Neo4jConnection neo4j, BootstrapSettings settings,
                     @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, BeanProvider<RoadmapQueries> queries) {
        this(neo4j, settings, scheduler, () -> queries.get().prepareSnapshot());
    }

    /** A bootstrap that runs nothing after its load (a test's). */
    RoadmapBootstrap(Neo4jConnection neo4j, BootstrapSettings settings, TaskScheduler scheduler) {
        this(neo4j, settings, scheduler, () -> { });
    }

    private RoadmapBootstrap(Neo4jConnection neo4j, BootstrapSettings settings, TaskScheduler scheduler,
                             Runnable afterLoad) {
        this.afterLoad = afterLoad;
        this.neo4j = neo4j;
        this.bundled = settings.isBundled();
        this.files = settings.paths();
        this.retryInterval = settings.getRetryInterval();
        this.scheduler = scheduler;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<Roadmap> extra = RoadmapLoader.loadOrder(RoadmapLoader.read(files.toArray(Path[]::new)));
        // before the server answers, so that it answers with the roadmaps loaded
        if (neo4j.embedded().isPresent()) {
            // our own database, started before this: a failure is passing (a busy machine), so try again at once
            for (int attempt = 1; attempt <= EMBEDDED_ATTEMPTS; attempt++) {
                if (attempt(extra, attempt < EMBEDDED_ATTEMPTS ? EMBEDDED_RETRY : retryInterval)) {
                    return;
                }
                if (attempt < EMBEDDED_ATTEMPTS && !pause(EMBEDDED_RETRY)) {
                    break;
                }
            }
        } else if (reachable() && attempt(extra, retryInterval)) {
            return;
        }
        retries = scheduler.scheduleWithFixedDelay(retryInterval, retryInterval, () -> {
            if (attempt(extra, retryInterval)) {
                retries.cancel(false);
            }
        });
    }

    /** True once the bootstrap has run to its end (loaded, or found everything there). */
    boolean done() {
        return done;
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One try; true when there is nothing more to do (done, or failed for good). */
    private boolean attempt(List<Roadmap> extra, Duration next) {
        if (done) {
            return true;
        }
        try {
            load(extra);
            done = true;
            prepareSnapshot();
            return true;
        } catch (Neo4jException e) {
            LOG.warn("roadmap bootstrap: Neo4j at {} is not available ({} {}: {}), trying again in {} ms",
                    neo4j.boltUri(), e.getClass().getSimpleName(), e.code(), e.getMessage(), next.toMillis());
            return false;
        } catch (GraphLoadException e) {
            if (e.kind() == GraphLoadException.Kind.DATABASE_UNREACHABLE) {
                LOG.warn("roadmap bootstrap: {}; trying again in {} ms", e.getMessage(), next.toMillis());
                return false;
            }
            LOG.error("roadmap bootstrap failed; no more attempts: {}", e.getMessage());
            return true;
        } catch (RuntimeException e) {
            LOG.error("roadmap bootstrap failed; no more attempts", e);
            return true;
        }
    }

    /** Starts the first snapshot's read (it runs in the background); a failure is left to the first call's read. */
    private void prepareSnapshot() {
        try {
            afterLoad.run();
        } catch (RuntimeException e) {
            LOG.debug("starting the first snapshot's read after the bootstrap failed", e);
        }
    }

    private boolean reachable() {
        try {
            neo4j.driver().verifyConnectivity();
            return true;
        } catch (Neo4jException e) {
            LOG.warn("roadmap bootstrap: Neo4j at {} is not reachable ({}), trying again every {} s",
                    neo4j.boltUri(), e.getClass().getSimpleName(), retryInterval.toSeconds());
            return false;
        }
    }

    private void load(List<Roadmap> extra) {
        List<String> extraIds = extra.stream().map(Roadmap::id).toList();
        Optional<Map<String, LoadedRoadmap>> embedded = readEmbedded();
        if (embedded.isPresent() && nothingToLoad(embedded.get(), bundled, extraIds)) {
            // the usual start: everything is there already, known without a Cypher statement (and its cold planning)
            reportPresent(new HashSet<>(embedded.get().keySet()), extraIds);
            return;
        }
        LoaderOptions options = neo4j.database().map(LoaderOptions.defaults()::withDatabase)
                .orElseGet(LoaderOptions::defaults);
        // an embedded database's batches through its kernel: no Cypher, no Bolt (load23)
        RoadmapLoader loader = neo4j.stagingWriter().map(writer -> new RoadmapLoader(neo4j.driver(), options, writer))
                .orElseGet(() -> new RoadmapLoader(neo4j.driver(), options));
        migrate(loader, extra);
        Map<String, LoadedRoadmap> loaded = roadmaps();
        Set<String> present = new HashSet<>(loaded.keySet());
        List<Roadmap> wanted = new ArrayList<>();
        if (bundled && present.isEmpty()) {
            wanted.add(RoadmapReader.aiEngineer());
        } else if (bundled && loaded.containsKey(BundledRoadmap.ID)) {
            upgradeBundled(loaded.get(BundledRoadmap.ID), loader);
        }
        loaded.values().stream().filter(r -> r.version() < GraphModel.CURRENT_MODEL_VERSION)
                .filter(r -> !(bundled && r.id().equals(BundledRoadmap.ID)))
                .forEach(r -> LOG.warn("roadmap {} was loaded with graph model {}, this server reads model {}:"
                        + " load its file again with graph-loader", r.id(), r.version(),
                        GraphModel.CURRENT_MODEL_VERSION));
        wanted.addAll(extra);
        for (Roadmap roadmap : wanted) {
            if (present.contains(roadmap.id())) {
                LOG.info("roadmap {} is already in the graph: not loaded again", roadmap.id());
            } else {
                loader.load(roadmap);
                present.add(roadmap.id());
                if (roadmap.id().equals(BundledRoadmap.ID) && bundled) {
                    BundledRoadmap.stamp(neo4j.driver(), queryConfig());
                }
            }
        }
        if (wanted.isEmpty()) {
            LOG.info("roadmaps in the graph: {}; nothing to load", present);
        }
    }

    /**
     * Whether a graph holding {@code loaded} needs nothing from this bootstrap: the bundled roadmap there (when this
     * server bundles it) in the current graph model and from this build's file, every roadmap in the current model
     * (else the loader migrates), each of {@code extraIds} (the files of {@code roadmap.bootstrap.files}) there.
     * {@link #load} then writes nothing, whichever way it read {@code loaded}.
     */
    static boolean nothingToLoad(Map<String, LoadedRoadmap> loaded, boolean bundled, List<String> extraIds) {
        if (bundled && (loaded.isEmpty()
                || (loaded.containsKey(BundledRoadmap.ID) && upgradeReason(loaded.get(BundledRoadmap.ID)).isPresent()))) {
            return false;
        }
        return loaded.values().stream().allMatch(r -> r.version() >= GraphModel.CURRENT_MODEL_VERSION)
                && loaded.keySet().containsAll(extraIds);
    }

    /**
     * The roadmaps of the embedded Neo4j this server started, read through its Java API, when its schema is whole and
     * nothing needs migrating ({@link RoadmapLoader#schemaAndModelCurrent}); empty with a Neo4j by URI, another
     * database, or whenever that read cannot decide (the loader's Cypher path then reads and does what is needed).
     */
    Optional<Map<String, LoadedRoadmap>> readEmbedded() {
        Optional<EmbeddedNeo4j> embedded = neo4j.embedded()
                .filter(e -> neo4j.database().map(EmbeddedNeo4j.DATABASE::equals).orElse(true));
        if (embedded.isEmpty()) {
            return Optional.empty();
        }
        try {
            EmbeddedNeo4j.Outline outline = embedded.get().outline();
            if (!RoadmapLoader.schemaAndModelCurrent(outline.indexes(), outline.constraints(),
                    outline.roadmaps().stream().map(EmbeddedNeo4j.StoredRoadmap::modelVersion).toList())) {
                return Optional.empty();
            }
            Map<String, LoadedRoadmap> found = new HashMap<>();
            outline.roadmaps().forEach(r -> found.put(r.id(), new LoadedRoadmap(r.id(), r.modelVersion(),
                    r.bundledHash().orElse(""))));
            return Optional.of(found);
        } catch (RuntimeException e) {
            LOG.debug("roadmap bootstrap: the embedded Neo4j's roadmaps could not be read directly, reading them with"
                    + " Cypher", e);
            return Optional.empty();
        }
    }

    /** Logs what {@link #load} logs when everything is there: each file's roadmap by name, else the whole list. */
    private static void reportPresent(Set<String> present, List<String> extraIds) {
        extraIds.forEach(id -> LOG.info("roadmap {} is already in the graph: not loaded again", id));
        if (extraIds.isEmpty()) {
            LOG.info("roadmaps in the graph: {}; nothing to load", present);
        }
    }

    /**
     * Carries a data directory of an older graph model to the current one (docs/graph-model.md, "Model version"):
     * the bundled roadmap and the files of {@code roadmap.bootstrap.files} are loaded again from their files, the
     * bundled one first; other roadmaps are converted from the graph.
     */
    private void migrate(RoadmapLoader loader, List<Roadmap> extra) {
        List<Roadmap> known = new ArrayList<>(extra);
        if (bundled) {
            known.add(0, RoadmapReader.aiEngineer());
        }
        List<String> done = loader.migrate(known, bundled ? java.util.Optional.of(BundledRoadmap.ID)
                : java.util.Optional.empty());
        if (bundled && done.stream().anyMatch(line -> line.equals("roadmap " + BundledRoadmap.ID
                + " loaded again from its file"))) {
            BundledRoadmap.stamp(neo4j.driver(), queryConfig());
        }
    }

    /**
     * Reloads the bundled roadmap when the graph holds it in an older model version, or when it was loaded from a
     * bundled file that changed since. A copy loaded some other way (the CLI) in the current model is left alone.
     */
    private void upgradeBundled(LoadedRoadmap inGraph, RoadmapLoader loader) {
        Optional<String> reason = upgradeReason(inGraph);
        if (reason.isEmpty()) {
            return;
        }
        LOG.info("reloading the bundled roadmap {}: {}", BundledRoadmap.ID, reason.get());
        loader.load(RoadmapReader.aiEngineer());
        BundledRoadmap.stamp(neo4j.driver(), queryConfig());
    }

    /** Why the graph's copy of the bundled roadmap is to be loaded again, or empty when it is not. */
    private static Optional<String> upgradeReason(LoadedRoadmap inGraph) {
        if (inGraph.version() < GraphModel.CURRENT_MODEL_VERSION) {
            return Optional.of("the graph holds it in graph model " + inGraph.version() + ", this server writes model "
                    + GraphModel.CURRENT_MODEL_VERSION);
        }
        if (!inGraph.hash().isEmpty() && !inGraph.hash().equals(BundledRoadmap.hash())) {
            return Optional.of("the bundled file changed since it was loaded");
        }
        return Optional.empty();
    }

    private org.neo4j.driver.QueryConfig queryConfig() {
        org.neo4j.driver.QueryConfig.Builder config = org.neo4j.driver.QueryConfig.builder();
        neo4j.database().ifPresent(config::withDatabase);
        return config.build();
    }

    /**
     * A roadmap in the graph: its id, the graph-model version it was written with (0: before versions), and the hash
     * of the bundled file it was loaded from ("" when it was not loaded from the bundled file).
     */
    record LoadedRoadmap(String id, int version, String hash) {
    }

    Map<String, LoadedRoadmap> roadmaps() {
        try (Session session = neo4j.driver().session(neo4j.sessionConfig(AccessMode.READ))) {
            return session.executeRead(tx -> {
                Map<String, LoadedRoadmap> found = new HashMap<>();
                tx.run(ROADMAPS).forEachRemaining(r -> found.put(r.get("id").asString(), new LoadedRoadmap(
                        r.get("id").asString(), r.get("version").asInt(),
                        r.get("hash").asString(""))));
                return found;
            }, TransactionConfig.builder().withTimeout(ROADMAP_IDS_TIMEOUT).build());
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> scheduled = retries;
        if (scheduled != null) {
            scheduled.cancel(true);
        }
    }
}
