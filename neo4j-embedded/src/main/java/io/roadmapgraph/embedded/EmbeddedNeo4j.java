package io.roadmapgraph.embedded;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import io.roadmapgraph.loader.StagingWriter;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.security.FormatException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.query.GraphChanges;
import io.roadmapgraph.query.SnapshotRows;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Neo4j Community running in this JVM, reached over Bolt like any other Neo4j. Start it with
 * {@link #start(Settings)}, close it to shut it down cleanly.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
 *      Driver driver = neo4j.openDriver()) {
 *     driver.executableQuery("RETURN 1").execute();
 * }
 * }</pre>
 *
 * Without a password (the default of {@link Settings}, for tests and embedders) authentication is off, so any program
 * on this machine, and any web page open in a browser here (Bolt over WebSocket), can use the database: fine for a
 * throw-away test database, not for one a person works with (the server generates a password, see its
 * {@code roadmap.embedded.auth}). Bound to a non-loopback address it refuses to start without a password. With a
 * password, user {@code neo4j} gets it on every start (also in a store created without one).
 *
 * <p>Always: {@code LOAD CSV} cannot read local files ({@code dbms.security.allow_csv_import_from_file_urls=false}),
 * and the HTTP connector, when on, serves Neo4j Browser only ({@code server.http_enabled_modules=BROWSER}: no
 * {@code /db/neo4j/tx}, no Query API), with {@code Access-Control-Allow-Origin} naming its own origin instead of
 * {@code *}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The user whose password {@link Settings#password()} sets. */
    public static final String USER = "neo4j";
    /** The one user database of Neo4j Community. */
    public static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final int START_ATTEMPTS = 3;
    private static final int MINIMUM_PASSWORD_LENGTH = 8;
    /** Deep enough for Neo4j's store files (data/databases/neo4j/neostore...; transactions/neo4j/...). */
    private static final int WALK_DEPTH = 6;
    private static final Set<String> LOCK_FILES = Set.of("store_lock", "database_lock");

    /**
     * How to run the embedded Neo4j.
     *
     * @param home          the DBMS home: data, transaction logs and Neo4j's own logs go here; created if missing
     * @param listenAddress where the connectors listen; a loopback address unless a password is set
     * @param boltPort      the Bolt port; 0 picks a free one
     * @param httpPort      the HTTP port (Neo4j Browser at {@code /browser/} when it is on the classpath); empty = no
     *                      HTTP connector; 0 picks a free one
     * @param password      the password of user {@code neo4j}; empty = authentication off (loopback only)
     * @param deleteOnClose remove {@code home} when closed (for temporary databases)
     * @param neo4jConfig   further Neo4j settings (e.g. Neo4j Browser's {@code browser.post_connect_cmd}); applied
     *                      before the settings above, which win
     */
    public record Settings(Path home, String listenAddress, int boltPort, OptionalInt httpPort,
                           Optional<String> password, boolean deleteOnClose, Map<Setting<?>, Object> neo4jConfig) {

        public Settings {
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(listenAddress, "listenAddress");
            requirePort(boltPort, "Bolt port");
            Objects.requireNonNull(httpPort, "httpPort").ifPresent(port -> requirePort(port, "HTTP port"));
            Objects.requireNonNull(password, "password");
            if (password.isPresent() && password.get().length() < MINIMUM_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("the Neo4j password must have at least " + MINIMUM_PASSWORD_LENGTH
                        + " characters");
            }
            neo4jConfig = Map.copyOf(Objects.requireNonNull(neo4jConfig, "neo4jConfig"));
        }

        /** Settings without further Neo4j settings. */
        public Settings(Path home, String listenAddress, int boltPort, OptionalInt httpPort,
                        Optional<String> password, boolean deleteOnClose) {
            this(home, listenAddress, boltPort, httpPort, password, deleteOnClose, Map.of());
        }

        /** A database in {@code home}, Bolt on 127.0.0.1:{@code boltPort}, no HTTP, no authentication. */
        public static Settings of(Path home, int boltPort) {
            return new Settings(home, "127.0.0.1", boltPort, OptionalInt.empty(), Optional.empty(), false);
        }

        /** A throw-away database in a new temporary directory, Bolt on a free loopback port, removed on close. */
        public static Settings temporary() {
            try {
                return new Settings(Files.createTempDirectory("roadmap-graph-neo4j-"), "127.0.0.1", 0,
                        OptionalInt.empty(), Optional.empty(), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for Neo4j", e);
            }
        }

        public Settings withListenAddress(String address) {
            return new Settings(home, address, boltPort, httpPort, password, deleteOnClose, neo4jConfig);
        }

        public Settings withBoltPort(int port) {
            return new Settings(home, listenAddress, port, httpPort, password, deleteOnClose, neo4jConfig);
        }

        /** Switches the HTTP connector on (Neo4j Browser only); port 0 picks a free one. */
        public Settings withHttpPort(int port) {
            return new Settings(home, listenAddress, boltPort, OptionalInt.of(port), password, deleteOnClose,
                    neo4jConfig);
        }

        /** Switches authentication on: user {@code neo4j} gets this password. */
        public Settings withPassword(String neo4jPassword) {
            return new Settings(home, listenAddress, boltPort, httpPort, Optional.of(neo4jPassword), deleteOnClose,
                    neo4jConfig);
        }

        /** Adds one further Neo4j setting, e.g. {@code ServerSettings.browser_post_connect_cmd}. */
        public <T> Settings withNeo4jConfig(Setting<T> setting, T value) {
            Map<Setting<?>, Object> config = new HashMap<>(neo4jConfig);
            config.put(Objects.requireNonNull(setting, "setting"), Objects.requireNonNull(value, "value"));
            return new Settings(home, listenAddress, boltPort, httpPort, password, deleteOnClose, config);
        }

        private static void requirePort(int port, String what) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(what + " must be 0 (any free port) or 1..65535, was " + port);
            }
        }
    }

    private final Settings settings;
    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final OptionalInt httpPort;
    private final CommitCounter commits = new CommitCounter();
    private final GraphChanges changes;

    private EmbeddedNeo4j(Settings settings, DatabaseManagementService dbms, int boltPort, OptionalInt httpPort) {
        this.settings = settings;
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        dbms.registerTransactionEventListener(DATABASE, commits);
        GraphDatabaseService database = dbms.database(DATABASE);
        this.changes = new GraphChanges() {
            @Override
            public long commits() {
                return commits.commits();
            }

            @Override
            public void afterCommits(Runnable listener) {
                commits.afterCommits(listener);
            }

            @Override
            public <T> Optional<T> readSnapshot(Duration timeout, Function<SnapshotRows, T> work) {
                return Optional.of(EmbeddedSnapshotRows.read(database, timeout, work));
            }
        };
    }

    /**
     * Starts Neo4j and returns once it accepts Bolt connections.
     *
     * @throws IllegalArgumentException when bound to a non-loopback address without a password
     * @throws EmbeddedStartException   when Neo4j cannot start
     */
    public static EmbeddedNeo4j start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (!isLoopback(settings.listenAddress()) && settings.password().isEmpty()) {
            throw new IllegalArgumentException("refusing to start Neo4j on " + settings.listenAddress()
                    + " without a password: set a password, or listen on 127.0.0.1");
        }
        // before Neo4j starts: it would report a read-only store as hundreds of log lines and "is the port in use?"
        notWritable(settings.home()).ifPresent(why -> {
            throw new EmbeddedStartException("cannot start the embedded Neo4j: " + why + "; nothing was changed:"
                    + " give this user write access to " + settings.home() + ", or use another directory");
        });
        // A port picked here may be taken by someone else before Neo4j binds it: then try again with new ports.
        for (int attempt = 1; ; attempt++) {
            int bolt = settings.boltPort() == 0 ? freePort(settings.listenAddress()) : settings.boltPort();
            OptionalInt http = settings.httpPort().isPresent() && settings.httpPort().getAsInt() == 0
                    ? OptionalInt.of(freePort(settings.listenAddress())) : settings.httpPort();
            boolean portsPicked = bolt != settings.boltPort() || !http.equals(settings.httpPort());
            try {
                return new EmbeddedNeo4j(settings, startDbms(settings, bolt, http), bolt, http);
            } catch (RuntimeException e) {
                if (portsPicked && causedByBind(e) && attempt < START_ATTEMPTS) {
                    LOG.info("port {} was taken before Neo4j could bind it, trying again", bolt);
                    continue;
                }
                throw new EmbeddedStartException("could not start the embedded Neo4j in " + settings.home() + " on " + settings.listenAddress()
                                + ":" + bolt + ": " + rootMessage(e)
                                + " (is the port in use, or the directory used by another Neo4j?)", e);
            }
        }
    }

    private static DatabaseManagementService startDbms(Settings settings, int bolt, OptionalInt http) {
        SocketAddress boltAddress = new SocketAddress(settings.listenAddress(), bolt);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(settings.home())
                // no dump of the JVM, the machine and each database's store files into debug.log at every start
                // (about 5 % of a start's CPU); Settings.neo4jConfig can switch it back on
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .setConfig(settings.neo4jConfig())
                .setConfig(GraphDatabaseSettings.auth_enabled, settings.password().isPresent())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, boltAddress)
                // Browser's discovery hands this address to the browser
                .setConfig(BoltConnector.advertised_address, new SocketAddress(advertised(settings), bolt))
                // the in-JVM local channel breaks with Micronaut's Netty 4.2 (TECH-NOTES, conflict 1)
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // shut down in about half a second instead of ten
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(HttpConnector.enabled, http.isPresent())
                .setConfig(HttpsConnector.enabled, false)
                // no 256 MB of pre-allocated transaction log per database: these graphs are small
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV must not read this machine's files (/etc/passwd, /proc/self/environ)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false);
        http.ifPresent(port -> builder
                .setConfig(HttpConnector.listen_address, new SocketAddress(settings.listenAddress(), port))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(advertised(settings), port))
                // Neo4j Browser and its discovery only: no /db/{name}/tx and no Query API, which answer any origin
                .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(ConfigurableServerModules.BROWSER))
                // Neo4j answers every path with this header (default "*"): only the Browser's own origin, which
                // needs no CORS at all, so no other web page can read the Browser's files or discovery document
                .setConfig(ServerSettings.http_access_control_allow_origin,
                        "http://" + uriHost(advertised(settings)) + ":" + port));
        DatabaseManagementService dbms = builder.build();
        try {
            settings.password().ifPresent(password -> setPassword(dbms, password));
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        LOG.info("embedded Neo4j started in {}, Bolt on {}:{}", settings.home(), settings.listenAddress(), bolt);
        return dbms;
    }

    /**
     * Gives user {@code neo4j} the password, on every start: a store created without one (or from a seed) gets it, and
     * a changed password replaces the old one. Neo4j refuses to "change" a password to itself, which is what a
     * restart with the same password asks for: then the password is already right.
     *
     * <p>Written directly into the system database ({@link SystemUser}, no Cypher: a cold {@code ALTER USER} costs 3
     * to 4 s of CPU at every start); {@code ALTER USER} only when that cannot be done (no such user, credentials in a
     * format this Neo4j does not read).
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            SystemUser.Outcome outcome = SystemUser.setPassword(system, USER, password);
            if (outcome != SystemUser.Outcome.NO_SUCH_USER) {
                LOG.debug("password of user {}: {}", USER, outcome);
                return;
            }
        } catch (FormatException | RuntimeException e) {
            LOG.debug("cannot set the password of user {} directly, using ALTER USER", USER, e);
        }
        try {
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!mentions(e, "Old password and new password cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    /**
     * Why this process cannot write {@code home} and everything in it (or, when it is missing, create it), or empty
     * when it can. Checked by writing a probe file, as Neo4j would, and by the write permission of each file inside:
     * a directory on a read-only file system, or owned by another user, is found before anything is written.
     *
     * @return e.g. "/srv/neo4j is not writable by user nobody (AccessDeniedException)"
     */
    public static Optional<String> notWritable(Path home) {
        Path target = home.toAbsolutePath();
        Path nearest = target;
        while (nearest != null && !Files.exists(nearest)) {
            nearest = nearest.getParent();
        }
        if (nearest == null) {
            return Optional.empty();
        }
        Path existing = nearest;
        String user = System.getProperty("user.name");
        if (!Files.isDirectory(existing)) {
            return Optional.of(existing + " is not a directory");
        }
        Optional<String> probe = probeWrite(existing, user);
        if (probe.isPresent() || !existing.equals(target)) {
            return probe.map(why -> existing.equals(target) ? why : why + ", so " + target + " cannot be created");
        }
        try (Stream<Path> inside = Files.walk(target, WALK_DEPTH)) {
            return inside.filter(path -> !Files.isWritable(path)).findFirst()
                    .map(path -> path + " is not writable by user " + user);
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(target + " cannot be read by user " + user + " (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /**
     * The process that holds Neo4j's store lock in {@code home} ({@code store_lock}, {@code database_lock}), where
     * the operating system tells (Linux: {@code /proc/locks}); empty when nothing holds it or it cannot be known.
     */
    public static OptionalLong lockHolder(Path home) {
        Path locks = Path.of("/proc/locks");
        if (!Files.isReadable(locks) || !Files.isDirectory(home)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> files = Files.walk(home, WALK_DEPTH)) {
            List<String> inodes = files.filter(f -> LOCK_FILES.contains(String.valueOf(f.getFileName())))
                    .map(EmbeddedNeo4j::inode).flatMap(Optional::stream).toList();
            // "1: POSIX  ADVISORY  WRITE 12345 08:01:1234567 0 EOF": the pid, then major:minor:inode
            for (String line : Files.readAllLines(locks)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 5 && fields[4].matches("\\d+")
                        && inodes.contains(fields[5].substring(fields[5].lastIndexOf(':') + 1))) {
                    return OptionalLong.of(Long.parseLong(fields[4]));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("cannot tell who holds the lock of {}", home, e);
        }
        return OptionalLong.empty();
    }

    private static Optional<String> inode(Path file) {
        try {
            return Optional.of(String.valueOf(Files.getAttribute(file, "unix:ino")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> probeWrite(Path directory, String user) {
        try {
            Files.delete(Files.createTempFile(directory, ".write-check-", ""));
            return Optional.empty();
        } catch (IOException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("Read-only file system")
                    ? "read-only file system" : e.getClass().getSimpleName();
            return Optional.of(directory + " is not writable by user " + user + " (" + reason + ")");
        }
    }

    /** {@code bolt://host:port} of the Bolt connector. */
    public URI boltUri() {
        return URI.create("bolt://" + hostForUri() + ":" + boltPort);
    }

    /** {@code http://host:port} of the HTTP connector, when it is on. */
    public Optional<URI> httpUri() {
        return httpPort.isPresent()
                ? Optional.of(URI.create("http://" + hostForUri() + ":" + httpPort.getAsInt()))
                : Optional.empty();
    }

    public int boltPort() {
        return boltPort;
    }

    public Settings settings() {
        return settings;
    }

    /** True when clients need user {@code neo4j} and the password of the settings. */
    public boolean authEnabled() {
        return settings.password().isPresent();
    }

    /** The token a driver needs: none without authentication, else {@code neo4j} with the password. */
    public AuthToken authToken() {
        return settings.password().map(password -> AuthTokens.basic(USER, password)).orElseGet(AuthTokens::none);
    }

    /**
     * The commits to {@link #DATABASE}, counted as they happen (a transaction event listener): whatever writes, the
     * loader, Neo4j Browser or any driver, the count grows. {@link io.roadmapgraph.query.RoadmapQueries} takes it to
     * know its snapshot is stale without reading the database, and reads the snapshot through it, with Neo4j's Java
     * API in this JVM ({@link EmbeddedSnapshotRows}), not with Cypher over Bolt.
     */
    public GraphChanges changes() {
        return changes;
    }

    /**
     * What a start-up needs to know of {@link #DATABASE} before it answers, read in one read transaction through
     * Neo4j's Java API: no Cypher, whose first statements in a JVM are planned cold (seconds of CPU at every start).
     *
     * @throws IllegalStateException when a {@code Roadmap} node has no text id, or a stamp of the wrong type
     */
    public Outline outline() {
        try (Transaction tx = dbms.database(DATABASE).beginTx()) {
            Set<String> indexes = new HashSet<>();
            tx.schema().getIndexes().forEach(index -> indexes.add(index.getName()));
            Set<String> constraints = new HashSet<>();
            tx.schema().getConstraints().forEach(constraint -> constraints.add(constraint.getName()));
            List<StoredRoadmap> roadmaps = new ArrayList<>();
            try (ResourceIterator<Node> found = tx.findNodes(Label.label(GraphModel.ROADMAP))) {
                found.forEachRemaining(node -> roadmaps.add(StoredRoadmap.of(node)));
            }
            return new Outline(indexes, constraints, roadmaps);
        }
    }

    /**
     * The names of a database's indexes (a uniqueness constraint's backing index included) and constraints, and its
     * roadmaps: see {@link #outline()}.
     */
    public record Outline(Set<String> indexes, Set<String> constraints, List<StoredRoadmap> roadmaps) {
        public Outline {
            indexes = Set.copyOf(Objects.requireNonNull(indexes, "indexes"));
            constraints = Set.copyOf(Objects.requireNonNull(constraints, "constraints"));
            roadmaps = List.copyOf(Objects.requireNonNull(roadmaps, "roadmaps"));
        }
    }

    /**
     * A {@code Roadmap} node as a start-up reads it: its id, the graph-model version it was written with (0: before
     * versions) and the hash of the bundled file it was loaded from (empty when it was not).
     */
    public record StoredRoadmap(String id, int modelVersion, Optional<String> bundledHash) {
        public StoredRoadmap {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(bundledHash, "bundledHash");
        }

        private static StoredRoadmap of(Node node) {
            Object id = node.getProperty(GraphModel.ID, null);
            Object version = node.getProperty(GraphModel.MODEL_VERSION, 0L);
            Object hash = node.getProperty(GraphModel.BUNDLED_HASH, null);
            if (!(id instanceof String text) || !(version instanceof Number number)
                    || (hash != null && !(hash instanceof String))) {
                throw new IllegalStateException("a Roadmap node with id " + id + ", " + GraphModel.MODEL_VERSION
                        + " " + version + " and " + GraphModel.BUNDLED_HASH + " " + hash + " is not one the loader"
                        + " wrote");
            }
            return new StoredRoadmap(text, number.intValue(), Optional.ofNullable((String) hash));
        }
    }

    /**
     * Writes a loader's batches into this database through its kernel, without Cypher and Bolt: for
     * {@code new RoadmapLoader(openDriver(), options, stagingWriter())} in this JVM (docs/graph-loader.md).
     */
    public StagingWriter stagingWriter() {
        return new EmbeddedStagingWriter(dbms.database(DATABASE));
    }

    /** A new driver for this database over Bolt; the caller closes it. */
    public Driver openDriver() {
        return Drivers.open(boltUri(), authToken(), Drivers.Settings.DEFAULTS.withConnectionTimeout(
                Duration.ofSeconds(10)));
    }

    /** Shuts Neo4j down (and removes its directory when the settings say so). */
    @Override
    public void close() {
        dbms.shutdown();
        LOG.info("embedded Neo4j in {} shut down", settings.home());
        if (settings.deleteOnClose()) {
            deleteRecursively(settings.home());
        }
    }

    private String hostForUri() {
        String host = settings.listenAddress();
        return "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : uriHost(host);
    }

    private static String uriHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The address clients are told to use: the listen address, or this host's name for a wildcard (0.0.0.0, ::). */
    private static String advertised(Settings settings) {
        try {
            InetAddress listen = InetAddress.getByName(settings.listenAddress());
            return listen.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName() : settings.listenAddress();
        } catch (UnknownHostException e) {
            return settings.listenAddress();
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown listen address '" + address + "'", e);
        }
    }

    private static int freePort(String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + address, e);
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return mentions(e, "Address already in use");
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", directory, e.getMessage());
        }
    }
}
