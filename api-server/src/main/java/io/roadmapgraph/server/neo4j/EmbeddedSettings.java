package io.roadmapgraph.server.neo4j;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded Neo4j started when no {@code NEO4J_URI} is set.
 *
 * @param dataDir       {@code roadmap.embedded.data-dir} / {@code ROADMAP_EMBEDDED_DATA_DIR}
 * @param listenAddress {@code roadmap.embedded.listen-address}; loopback when {@code auth} is {@code none}
 * @param boltPort      {@code roadmap.embedded.bolt-port} / {@code ROADMAP_EMBEDDED_BOLT_PORT}; 0 = any free port
 * @param httpEnabled   {@code roadmap.embedded.http-enabled} / {@code ROADMAP_EMBEDDED_HTTP_ENABLED}: Neo4j's HTTP
 *                      connector (Neo4j Browser at /browser/ when it is on the classpath)
 * @param httpPort      {@code roadmap.embedded.http-port} / {@code ROADMAP_EMBEDDED_HTTP_PORT}; 0 = any free port
 * @param auth          {@code roadmap.embedded.auth} / {@code ROADMAP_EMBEDDED_AUTH}: {@code password} (default) or
 *                      {@code none}
 * @param password      {@code roadmap.embedded.password}: user neo4j's password; empty = the one kept in the data
 *                      directory ({@link EmbeddedPassword})
 */
public record EmbeddedSettings(Path dataDir, String listenAddress, int boltPort, boolean httpEnabled, int httpPort,
                               Auth auth, Optional<String> password) {

    /** Whether clients of the embedded Neo4j must log in. */
    public enum Auth {
        /** User neo4j with a password: the configured one, or one generated and kept in the data directory. */
        PASSWORD,
        /** No authentication: any program or web page on this machine can read and change the graph. */
        NONE;

        static Auth parse(String value) {
            String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "", "password" -> PASSWORD;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("ROADMAP_EMBEDDED_AUTH (roadmap.embedded.auth) must be"
                        + " 'password' or 'none', was '" + value + "'");
            };
        }
    }

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(password, "password");
        if (auth == Auth.NONE && password.isPresent()) {
            throw new IllegalArgumentException("ROADMAP_EMBEDDED_AUTH=none turns authentication off, but"
                    + " ROADMAP_EMBEDDED_PASSWORD is set: remove one of them");
        }
        if (auth == Auth.NONE && !isLoopback(listenAddress)) {
            throw new IllegalArgumentException("ROADMAP_EMBEDDED_AUTH=none is allowed on a loopback address only, but"
                    + " ROADMAP_EMBEDDED_LISTEN_ADDRESS is " + listenAddress
                    + ": use ROADMAP_EMBEDDED_AUTH=password, or listen on 127.0.0.1");
        }
    }

    /** The file that keeps user neo4j's password when none is configured ({@link EmbeddedPassword}). */
    public Path passwordFile() {
        return EmbeddedPassword.fileIn(dataDir.toAbsolutePath());
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
