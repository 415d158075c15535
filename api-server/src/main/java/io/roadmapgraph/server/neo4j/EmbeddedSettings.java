package io.roadmapgraph.server.neo4j;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded Neo4j started when no {@code NEO4J_URI} is set.
 *
 * @param dataDir       {@code roadmap.embedded.data-dir} / {@code ROADMAP_EMBEDDED_DATA_DIR}
 * @param listenAddress {@code roadmap.embedded.listen-address}; loopback unless a password is set
 * @param boltPort      {@code roadmap.embedded.bolt-port} / {@code ROADMAP_EMBEDDED_BOLT_PORT}; 0 = any free port
 * @param httpEnabled   {@code roadmap.embedded.http-enabled} / {@code ROADMAP_EMBEDDED_HTTP_ENABLED}: Neo4j's HTTP
 *                      connector (Neo4j Browser at /browser/ when it is on the classpath)
 * @param httpPort      {@code roadmap.embedded.http-port} / {@code ROADMAP_EMBEDDED_HTTP_PORT}; 0 = any free port
 * @param password      {@code roadmap.embedded.password}: user neo4j's password; empty = no authentication
 */
public record EmbeddedSettings(Path dataDir, String listenAddress, int boltPort, boolean httpEnabled, int httpPort,
                               Optional<String> password) {

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(password, "password");
    }
}
