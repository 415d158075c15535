package io.roadmapgraph.query;

import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.LoaderOptions;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.progress.ProgressStore;
import org.apiguardian.api.API;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The roadmap graph for another JVM app, with the one dependency {@code io.roadmapgraph:graph-core}: connect to a
 * running Neo4j (a server, a cluster, Aura), load roadmap files, ask typed questions. No database server comes with
 * it; an app that wants Neo4j inside its own JVM starts one with {@code io.roadmapgraph:neo4j-embedded}
 * ({@code Neo4jConnection.embedded(...)}) and hands its driver to {@link #of(Driver, QueryOptions)}.
 *
 * <pre>{@code
 * try (RoadmapGraph graph = RoadmapGraph.connect(URI.create("neo4j://localhost:7687"), AuthTokens.basic(u, p),
 *         QueryOptions.DEFAULTS)) {
 *     graph.loadBundled();                                    // or graph.load(Path.of("my-roadmap.yaml"))
 *     LearningPath path = graph.queries().learningPath(List.of("fine-tuning"), List.of("python"));
 * }
 * }</pre>
 *
 * {@link #queries()} is the same {@link RoadmapQueries} the GraphQL API calls, so both answer alike. Loading fails with
 * a {@link io.roadmapgraph.loader.GraphLoadException}, querying with a {@link QueryException}.
 */
@API(status = API.Status.STABLE)
public final class RoadmapGraph implements AutoCloseable {

    private final Driver driver;
    private final boolean ownsDriver;
    private final RoadmapLoader loader;
    private final RoadmapQueries queries;

    private RoadmapGraph(Driver driver, boolean ownsDriver, QueryOptions options) {
        this.driver = Objects.requireNonNull(driver, "driver must not be null");
        this.ownsDriver = ownsDriver;
        Objects.requireNonNull(options, "options must not be null");
        LoaderOptions loaderOptions = options.database().map(LoaderOptions.defaults()::withDatabase)
                .orElseGet(LoaderOptions::defaults);
        this.loader = new RoadmapLoader(driver, loaderOptions);
        this.queries = new RoadmapQueries(driver, options);
    }

    /**
     * Connects to a running Neo4j: {@code bolt://host:7687} for one server, {@code neo4j://host:7687} for a cluster
     * (routing; also fine for one server), {@code +s} variants for TLS. Connecting is lazy: the first call reaches the
     * database. Closing this graph closes the driver.
     *
     * @param options the database to use (empty = the server's default), read timeout, snapshot...
     */
    public static RoadmapGraph connect(URI uri, AuthToken auth, QueryOptions options) {
        // all checked before the driver is opened, which a failed check would leave open
        Objects.requireNonNull(uri, "uri must not be null");
        Objects.requireNonNull(auth, "auth must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return new RoadmapGraph(Drivers.open(uri, auth), true, options);
    }

    /** Connects to a running Neo4j's default database with {@link QueryOptions#DEFAULTS}. */
    public static RoadmapGraph connect(URI uri, AuthToken auth) {
        return connect(uri, auth, QueryOptions.DEFAULTS);
    }

    /**
     * The graph behind a driver you own (e.g. an embedded Neo4j's, or your app's): closing this graph leaves the
     * driver open.
     */
    public static RoadmapGraph of(Driver driver, QueryOptions options) {
        return new RoadmapGraph(driver, false, options);
    }

    /**
     * Validates every file (YAML or JSON), then loads each roadmap in its own transaction. Loading a roadmap again
     * replaces it: what the file no longer has is removed.
     */
    public List<LoadSummary> load(Path... files) {
        return loader.load(files);
    }

    /** Loads a roadmap already read (e.g. with {@link RoadmapReader#read(Path)}). */
    public LoadSummary load(Roadmap roadmap) {
        return loader.load(Objects.requireNonNull(roadmap, "roadmap must not be null"));
    }

    /** Loads the AI Engineer roadmap bundled in roadmap-model (id {@code ai-engineer}). */
    public LoadSummary loadBundled() {
        return loader.load(RoadmapReader.aiEngineer());
    }

    /** Removes a roadmap and what no other roadmap keeps. */
    public LoadSummary remove(String roadmapId) {
        return loader.remove(Objects.requireNonNull(roadmapId, "roadmapId must not be null"));
    }

    /**
     * A learner's progress kept in {@code store} ({@code new InMemoryProgressStore()}, or
     * {@code new Neo4jProgressStore(driver(), ...)} beside the roadmaps), with the learner-facing queries that use it.
     */
    public LearnerProgress progress(ProgressStore store) {
        return new LearnerProgress(queries, Objects.requireNonNull(store, "store must not be null"));
    }

    /** The questions, as typed calls: the service behind the GraphQL API. Thread-safe. */
    public RoadmapQueries queries() {
        return queries;
    }

    /** The driver, for your own Cypher; do not close it (closing this graph does, when it opened it). */
    public Driver driver() {
        return driver;
    }

    /** Closes the driver when {@link #connect(URI, AuthToken, QueryOptions)} opened it. */
    @Override
    public void close() {
        if (ownsDriver) {
            driver.close();
        }
    }
}
