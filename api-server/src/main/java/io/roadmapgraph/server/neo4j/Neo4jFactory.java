package io.roadmapgraph.server.neo4j;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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

    @Singleton
    Neo4jSettings neo4jSettings(@Value("${neo4j.uri:}") String uri,
                                @Value("${neo4j.user:neo4j}") String user,
                                @Value("${neo4j.password:}") String password,
                                @Value("${neo4j.database:}") String database,
                                @Value("${neo4j.connection-timeout:5s}") Duration connectionTimeout,
                                @Value("${neo4j.acquisition-timeout:10s}") Duration acquisitionTimeout,
                                @Value("${neo4j.max-retry-time:5s}") Duration maxRetryTime) {
        return new Neo4jSettings(nonBlank(uri).map(Neo4jFactory::parseUri), user, nonBlank(password),
                nonBlank(database), connectionTimeout, acquisitionTimeout, maxRetryTime);
    }

    @Singleton
    EmbeddedSettings embeddedSettings(@Value("${roadmap.embedded.data-dir:data/neo4j}") String dataDir,
                                      @Value("${roadmap.embedded.listen-address:127.0.0.1}") String listenAddress,
                                      @Value("${roadmap.embedded.bolt-port:7687}") int boltPort,
                                      @Value("${roadmap.embedded.http-enabled:true}") boolean httpEnabled,
                                      @Value("${roadmap.embedded.http-port:7474}") int httpPort,
                                      @Value("${roadmap.embedded.auth:password}") String auth,
                                      @Value("${roadmap.embedded.password:}") String password) {
        return new EmbeddedSettings(Path.of(dataDir), listenAddress, boltPort, httpEnabled, httpPort,
                EmbeddedSettings.Auth.parse(auth), nonBlank(password));
    }

    @Context
    @Bean(preDestroy = "close")
    Neo4jConnection neo4jConnection(Neo4jSettings settings, EmbeddedSettings embeddedSettings,
                                    NeoBrowserSetup browser,
                                    @Value("${roadmap.bootstrap.enabled:true}") boolean bootstrap,
                                    @Value("${roadmap.bootstrap.bundled:true}") boolean bundled,
                                    @Value("${roadmap.bootstrap.seed:true}") boolean seed) {
        if (settings.externalUri().isPresent()) {
            URI uri = settings.externalUri().get();
            AuthToken auth = settings.password()
                    .map(password -> AuthTokens.basic(settings.user(), password))
                    .orElseGet(AuthTokens::none);
            LOG.info("using the external Neo4j at {} (database {})", uri, settings.database().orElse("default"));
            // the URI's scheme decides encryption (bolt+s, neo4j+s, ...): the settings do not set it
            Neo4jConnection connection = Neo4jConnection.external(uri, auth, driverSettings(settings),
                    settings.database());
            Driver driver = connection.driver();
            // never wait for an external database at start: it may be down, and the server must come up anyway
            driver.verifyConnectivityAsync().whenComplete((ok, error) -> {
                if (error == null) {
                    LOG.info("connected to Neo4j at {}", uri);
                } else {
                    LOG.warn("Neo4j at {} is not reachable yet ({}); health reports DOWN until it is",
                            uri, (error.getCause() != null ? error.getCause() : error).getClass().getSimpleName());
                }
            });
            return connection;
        }
        Path dataDir = embeddedSettings.dataDir().toAbsolutePath();
        EmbeddedPassword.createDirectory(dataDir);
        boolean seeded = false;
        if (bootstrap && bundled && seed) {
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
        return Neo4jConnection.embedded(
                embeddedSettings.httpEnabled() ? browser.configure(loaderSettings) : loaderSettings,
                driverSettings(settings), settings.database(), seeded);
    }

    @Singleton
    Driver driver(Neo4jConnection connection) {
        return connection.driver();
    }

    /** The loader's settings for {@code embedded}, with user neo4j's {@code password} (empty = no authentication). */
    static EmbeddedNeo4j.Settings toLoaderSettings(EmbeddedSettings embedded, Optional<String> password) {
        EmbeddedNeo4j.Settings settings = EmbeddedNeo4j.Settings.of(embedded.dataDir().toAbsolutePath(),
                        embedded.boltPort())
                .withListenAddress(embedded.listenAddress());
        if (embedded.httpEnabled()) {
            settings = settings.withHttpPort(embedded.httpPort());
        }
        if (password.isPresent()) {
            settings = settings.withPassword(password.get());
        }
        return settings;
    }

    private static Drivers.Settings driverSettings(Neo4jSettings settings) {
        return Drivers.Settings.DEFAULTS.withConnectionTimeout(settings.connectionTimeout())
                .withAcquisitionTimeout(settings.acquisitionTimeout())
                .withMaxRetryTime(settings.maxRetryTime());
    }

    static URI parseUri(String uri) {
        try {
            URI parsed = URI.create(uri.trim());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NEO4J_URI '" + uri + "' is not a Neo4j address; expected e.g."
                    + " bolt://localhost:7687, neo4j://host:7687 or neo4j+s://host", e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
