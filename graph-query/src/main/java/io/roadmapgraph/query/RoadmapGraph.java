package io.roadmapgraph.query;

import io.roadmapgraph.loader.EmbeddedNeo4j;
import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.LoaderOptions;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roadmap graph for another JVM app, with the one dependency {@code io.roadmapgraph:graph-query}: start an
 * embedded Neo4j (or connect to one), load roadmap files, ask typed questions. It owns the driver and, when embedded,
 * the database: close it and both are gone.
 *
 * <pre>{@code
 * try (RoadmapGraph graph = RoadmapGraph.embedded(Path.of("data/neo4j"))) {
 *     graph.loadBundled();                                    // or graph.load(Path.of("my-roadmap.yaml"))
 *     LearningPath path = graph.queries().learningPath(List.of("fine-tuning"), List.of("python"));
 * }
 * }</pre>
 *
 * {@link #queries()} is the same {@link RoadmapQueries} the GraphQL API calls, so both answer alike. Loading fails with
 * a {@link io.roadmapgraph.loader.GraphLoadException}, querying with a {@link QueryException}.
 */
public final class RoadmapGraph implements AutoCloseable {

    private final Driver driver;
    private final Optional<EmbeddedNeo4j> embedded;
    private final RoadmapLoader loader;
    private final RoadmapQueries queries;

    private RoadmapGraph(Driver driver, Optional<EmbeddedNeo4j> embedded, Optional<String> database) {
        this.driver = driver;
        this.embedded = embedded;
        LoaderOptions loaderOptions = LoaderOptions.defaults();
        QueryOptions queryOptions = QueryOptions.DEFAULTS;
        if (database.isPresent()) {
            loaderOptions = loaderOptions.withDatabase(database.get());
            queryOptions = queryOptions.withDatabase(database.get());
        }
        this.loader = new RoadmapLoader(driver, loaderOptions);
        this.queries = new RoadmapQueries(driver, queryOptions);
    }

    /**
     * Starts Neo4j Community in this JVM with its files in {@code dataDir} (created if missing, kept after close, so a
     * restart finds what was loaded), Bolt on a free port of 127.0.0.1, no password.
     *
     * @throws io.roadmapgraph.loader.GraphLoadException of kind {@code EMBEDDED_START_FAILED} when it cannot start
     */
    public static RoadmapGraph embedded(Path dataDir) {
        return embedded(EmbeddedNeo4j.Settings.of(Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath(), 0));
    }

    /** Starts Neo4j Community in this JVM with these settings (fixed Bolt port, HTTP connector, password...). */
    public static RoadmapGraph embedded(EmbeddedNeo4j.Settings settings) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings);
        try {
            return new RoadmapGraph(neo4j.openDriver(), Optional.of(neo4j), Optional.empty());
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    /**
     * Connects to a running Neo4j: {@code bolt://host:7687} for one server, {@code neo4j://host:7687} for a cluster
     * (routing; also fine for one server), {@code +s} variants for TLS. Connecting is lazy: the first call reaches the
     * database.
     *
     * @param database the database to use; blank = the server's default database
     */
    public static RoadmapGraph connect(URI uri, AuthToken auth, String database) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(database, "database");
        Driver driver = GraphDatabase.driver(uri, auth);
        return new RoadmapGraph(driver, Optional.empty(), Optional.of(database.trim()).filter(d -> !d.isEmpty()));
    }

    /** Connects to a running Neo4j's default database: see {@link #connect(URI, AuthToken, String)}. */
    public static RoadmapGraph connect(URI uri, AuthToken auth) {
        return connect(uri, auth, "");
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
        return loader.load(roadmap);
    }

    /** Loads the AI Engineer roadmap bundled in roadmap-model (id {@code ai-engineer}). */
    public LoadSummary loadBundled() {
        return loader.load(RoadmapReader.aiEngineer());
    }

    /** Removes a roadmap and what no other roadmap keeps. */
    public LoadSummary remove(String roadmapId) {
        return loader.remove(roadmapId);
    }

    /** The questions, as typed calls: the service behind the GraphQL API. Thread-safe. */
    public RoadmapQueries queries() {
        return queries;
    }

    /** The driver, for your own Cypher; do not close it (closing this graph does). */
    public Driver driver() {
        return driver;
    }

    /** The embedded Neo4j when this graph started one, e.g. for its Bolt address; empty when connected. */
    public Optional<EmbeddedNeo4j> embeddedNeo4j() {
        return embedded;
    }

    /** Closes the driver, then shuts the embedded Neo4j down if this graph started one. */
    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            embedded.ifPresent(EmbeddedNeo4j::close);
        }
    }
}
