package io.roadmapgraph.server.neo4j;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.EmbeddedStartException;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import io.roadmapgraph.server.settings.BootstrapSettings;
import io.roadmapgraph.server.settings.MetricsSettings;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to Neo4j: the external one named by {@code NEO4J_URI}, or else an embedded Neo4j Community started here,
 * Bolt on 127.0.0.1. Opening the driver never waits for the database, so a server whose external Neo4j is down still
 * starts; health reports DOWN and queries fail until the database is back.
 */
@Factory
public class Neo4jFactory {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jFactory.class);

    @Context
    @Bean(preDestroy = "close")
    Neo4jConnection neo4jConnection(Neo4jSettings settings, EmbeddedSettings embeddedSettings,
                                    NeoBrowserSetup browser, BootstrapSettings bootstrap, MetricsSettings metrics) {
        if (bootstrap.isEnabled()) {
            // a broken file stops the start now, not after the database has started
            RoadmapLoader.read(bootstrap.paths().toArray(Path[]::new));
        }
        if (settings.externalUri().isPresent()) {
            URI uri = settings.externalUri().get();
            AuthToken auth = settings.password()
                    .map(password -> AuthTokens.basic(settings.getUser(), password))
                    .orElseGet(AuthTokens::none);
            LOG.info("using the external Neo4j at {} (database {})", uri, settings.database().orElse("default"));
            // the URI's scheme decides encryption (bolt+s, neo4j+s, ...): the settings do not set it
            Neo4jConnection connection = Neo4jConnection.external(uri, auth, driverSettings(settings, metrics),
                    settings.database());
            Driver driver = connection.driver();
            // never wait for an external database at start: it may be down, and the server must come up anyway
            driver.verifyConnectivityAsync().whenComplete((ok, error) -> {
                if (error == null) {
                    LOG.info("connected to Neo4j at {}", uri);
                } else if (Drivers.refused(error).isPresent()) {
                    // no waiting mends this one: say which settings to correct
                    LOG.warn("Neo4j at {} answers but refuses this server: {} (user {}); check NEO4J_USER,"
                            + " NEO4J_PASSWORD and NEO4J_DATABASE; health reports DOWN and queries answer UNAVAILABLE"
                            + " until they are right", uri, Drivers.refused(error).get(), settings.getUser());
                } else {
                    LOG.warn("Neo4j at {} is not reachable yet ({}); health reports DOWN until it is", uri,
                            Drivers.unreachable(error).orElseGet(() ->
                                    (error.getCause() != null ? error.getCause() : error).getClass().getSimpleName()));
                }
            });
            return connection;
        }
        embeddedSettings.check();
        Path dataDir = embeddedSettings.dataDir().toAbsolutePath();
        // before anything is written there (password file, seed store, Neo4j's own files)
        EmbeddedNeo4j.notWritable(dataDir).ifPresent(why -> {
            throw new IllegalStateException(notWritable(why, dataDir));
        });
        EmbeddedPassword.createDirectory(dataDir);
        EmbeddedPassword.openToOthers(dataDir).ifPresent(LOG::warn);
        boolean seeded = false;
        if (bootstrap.isEnabled() && bootstrap.isBundled() && bootstrap.isSeed()) {
            // before Neo4j starts: an empty data directory gets the store the build loaded the bundled roadmap into
            SeedStore.Outcome outcome = SeedStore.bundled().unpackInto(dataDir);
            LOG.info("seed store: {}", outcome.description());
            seeded = outcome == SeedStore.Outcome.UNPACKED;
        }
        // after the seed: its unpacking needs an empty directory. EmbeddedNeo4j sets the password with ALTER USER on
        // every start, so a seeded store or one created without authentication gets it too.
        Optional<String> password = Optional.empty();
        if (embeddedSettings.auth() == EmbeddedSettings.Auth.PASSWORD) {
            EmbeddedPassword resolved = EmbeddedPassword.resolve(dataDir, embeddedSettings.password());
            if (resolved.source() == EmbeddedPassword.Source.GENERATED) {
                LOG.warn("generated a password for the embedded Neo4j, user {}: {} (kept in {}, readable by its owner"
                        + " only; this is the only time it is printed)", EmbeddedNeo4j.USER, resolved.value(),
                        resolved.file());
            }
            password = Optional.of(resolved.value());
        } else {
            LOG.warn("the embedded Neo4j runs WITHOUT authentication (ROADMAP_EMBEDDED_AUTH=none): any program and any"
                    + " web page open in a browser on this machine can read and delete the graph");
        }
        EmbeddedNeo4j.Settings loaderSettings = toLoaderSettings(embeddedSettings, password);
        try {
            return Neo4jConnection.embedded(
                    embeddedSettings.isHttpEnabled() ? browser.configure(loaderSettings) : loaderSettings,
                    driverSettings(settings, metrics), settings.database(), seeded);
        } catch (EmbeddedStartException e) {
            LOG.debug("the embedded Neo4j did not start", e);
            throw new IllegalStateException(whyNotStarted(e, embeddedSettings));
        }
    }

    /** One line for the usual reasons, naming the variable that changes it; else the exception's own message. */
    static String whyNotStarted(EmbeddedStartException e, EmbeddedSettings settings) {
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            causes.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        String all = causes.toString();
        if (all.contains("Address already in use")) {
            boolean bolt = inUse(settings.getListenAddress(), settings.getBoltPort());
            int port = bolt ? settings.getBoltPort() : settings.getHttpPort();
            String variable = bolt ? "ROADMAP_EMBEDDED_BOLT_PORT" : "ROADMAP_EMBEDDED_HTTP_PORT";
            return "port " + port + " is in use: set " + variable + " to a free port (0: any free port)";
        }
        if (all.contains("FileLockException") || all.contains("store_lock") || all.contains("locked by another")) {
            OptionalLong holder = EmbeddedNeo4j.lockHolder(settings.dataDir().toAbsolutePath());
            return "another Roadmap Graph (or Neo4j)" + (holder.isPresent() ? ", pid " + holder.getAsLong() + "," : "")
                    + " is running on " + settings.getDataDir() + ": stop it, or set ROADMAP_EMBEDDED_DATA_DIR to"
                    + " another directory";
        }
        return e.getMessage();
    }

    /** The data directory cannot be written: what to do, naming the user and the variable that moves it. */
    static String notWritable(String why, Path dataDir) {
        String user = System.getProperty("user.name");
        return "the data directory cannot be used: " + why + ". Nothing was changed. Give user " + user
                + " write access to " + dataDir + " (chown -R " + user + " " + dataDir + ", or a writable mount),"
                + " or set ROADMAP_EMBEDDED_DATA_DIR to a directory it can write";
    }

    private static boolean inUse(String address, int port) {
        if (port <= 0) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(address))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Singleton
    Driver driver(Neo4jConnection connection) {
        return connection.driver();
    }

    /** The loader's settings for {@code embedded}, with user neo4j's {@code password} (empty = no authentication). */
    static EmbeddedNeo4j.Settings toLoaderSettings(EmbeddedSettings embedded, Optional<String> password) {
        EmbeddedNeo4j.Settings settings = EmbeddedNeo4j.Settings.of(embedded.dataDir().toAbsolutePath(),
                        embedded.getBoltPort())
                .withListenAddress(embedded.getListenAddress())
                .withNeo4jConfig(GraphDatabaseSettings.pagecache_memory, embedded.pagecacheBytes());
        if (embedded.isHttpEnabled()) {
            settings = settings.withHttpPort(embedded.getHttpPort());
        }
        if (password.isPresent()) {
            settings = settings.withPassword(password.get());
        }
        return settings;
    }

    private static Drivers.Settings driverSettings(Neo4jSettings settings, MetricsSettings metrics) {
        Drivers.Settings driver = Drivers.Settings.DEFAULTS.withConnectionTimeout(settings.getConnectionTimeout())
                .withAcquisitionTimeout(settings.getAcquisitionTimeout())
                .withMaxRetryTime(settings.getMaxRetryTime());
        // the pool metrics of /prometheus (DatabaseMeters); counted only when someone reads them
        return metrics.isEnabled() ? driver.withMetrics() : driver;
    }
}
