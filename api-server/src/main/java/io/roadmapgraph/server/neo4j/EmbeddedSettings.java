package io.roadmapgraph.server.neo4j;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded Neo4j started when no {@code NEO4J_URI} is set, {@code roadmap.embedded.*} (environment variables
 * {@code ROADMAP_EMBEDDED_*}). The defaults live here and nowhere else; a value out of range, or a combination that
 * contradicts itself ({@link #check()}), stops the server at start-up before Neo4j starts.
 */
@Context
@ConfigurationProperties("roadmap.embedded")
public class EmbeddedSettings {

    public static final String DEFAULT_DATA_DIR = "data/neo4j";
    public static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final boolean DEFAULT_HTTP_ENABLED = true;
    public static final int DEFAULT_HTTP_PORT = 7474;
    public static final String DEFAULT_AUTH = "password";
    /**
     * The embedded Neo4j's page cache (its {@code server.memory.pagecache.size}): bounded, so that the server's memory
     * does not grow with the machine's. Neo4j's own default is half of the RAM beyond the heap; the store of a
     * 100k-topic roadmap is about 400 MB, and the API answers traversals from its in-memory snapshot, so the page
     * cache serves only the snapshot's reads, loads and the lookups it does not hold (docs/operations.md, "Memory").
     */
    public static final String DEFAULT_PAGECACHE_SIZE = "256m";
    /** The shortest password Neo4j accepts for user neo4j. */
    static final int MINIMUM_PASSWORD_LENGTH = 8;

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

    @NotBlank
    private String dataDir = DEFAULT_DATA_DIR;
    @NotBlank
    private String listenAddress = DEFAULT_LISTEN_ADDRESS;
    @Min(0)
    @Max(65535)
    private int boltPort = DEFAULT_BOLT_PORT;
    private boolean httpEnabled = DEFAULT_HTTP_ENABLED;
    @Min(0)
    @Max(65535)
    private int httpPort = DEFAULT_HTTP_PORT;
    @Pattern(regexp = "(?i)\\s*(password|none)?\\s*", message = "must be password or none")
    private String auth = DEFAULT_AUTH;
    @Pattern(regexp = "^$|^.{" + MINIMUM_PASSWORD_LENGTH + ",}$", message = "must have at least "
            + MINIMUM_PASSWORD_LENGTH + " characters")
    private String password = "";
    @Pattern(regexp = "(?i)\\s*[0-9]{1,12}\\s*[kmg]?\\s*", message = "must be a size such as 256m, 1g or 512000k")
    private String pagecacheSize = DEFAULT_PAGECACHE_SIZE;

    /**
     * Refuses settings that contradict each other: no authentication with a password, or without authentication
     * beyond loopback.
     */
    public EmbeddedSettings check() {
        if (auth() == Auth.NONE && password().isPresent()) {
            throw new IllegalArgumentException("ROADMAP_EMBEDDED_AUTH=none turns authentication off, but"
                    + " ROADMAP_EMBEDDED_PASSWORD is set: remove one of them");
        }
        if (auth() == Auth.NONE && !isLoopback(listenAddress)) {
            throw new IllegalArgumentException("ROADMAP_EMBEDDED_AUTH=none is allowed on a loopback address only, but"
                    + " ROADMAP_EMBEDDED_LISTEN_ADDRESS is " + listenAddress
                    + ": use ROADMAP_EMBEDDED_AUTH=password, or listen on 127.0.0.1");
        }
        return this;
    }

    /** Where the database keeps its files, relative to the working directory. */
    public Path dataDir() {
        return Path.of(dataDir);
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    /** Where Bolt (and HTTP) listen; loopback when {@code auth} is {@code none}. */
    public String getListenAddress() {
        return listenAddress;
    }

    public void setListenAddress(String listenAddress) {
        this.listenAddress = listenAddress;
    }

    /** The Bolt port; 0 = any free port. */
    public int getBoltPort() {
        return boltPort;
    }

    public void setBoltPort(int boltPort) {
        this.boltPort = boltPort;
    }

    /** Neo4j's HTTP connector (Neo4j Browser at /browser/ when it is on the classpath). */
    public boolean isHttpEnabled() {
        return httpEnabled;
    }

    public void setHttpEnabled(boolean httpEnabled) {
        this.httpEnabled = httpEnabled;
    }

    /** The HTTP connector's port; 0 = any free port. */
    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    /** {@code password} (default) or {@code none}. */
    public Auth auth() {
        return Auth.parse(auth);
    }

    public String getAuth() {
        return auth;
    }

    public void setAuth(String auth) {
        this.auth = auth == null ? "" : auth;
    }

    /** User neo4j's password; empty = the one kept in the data directory ({@link EmbeddedPassword}). */
    public Optional<String> password() {
        return Neo4jSettings.nonBlank(password);
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    /** The page cache's size as Neo4j writes it (256m, 1g). */
    public String getPagecacheSize() {
        return pagecacheSize;
    }

    public void setPagecacheSize(String pagecacheSize) {
        this.pagecacheSize = pagecacheSize == null ? "" : pagecacheSize;
    }

    /** The page cache's size in bytes: a number with an optional unit k, m or g (powers of 1024). */
    public long pagecacheBytes() {
        String value = pagecacheSize.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[0-9]{1,12}\\s*[kmg]?")) {
            throw new IllegalArgumentException("ROADMAP_EMBEDDED_PAGECACHE_SIZE (roadmap.embedded.pagecache-size) must"
                    + " be a size such as 256m, 1g or 512000k, was '" + pagecacheSize + "'");
        }
        char unit = value.charAt(value.length() - 1);
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = (shift == 0 ? value : value.substring(0, value.length() - 1)).strip();
        return Long.parseLong(digits) << shift;
    }

    /** The file that keeps user neo4j's password when none is configured ({@link EmbeddedPassword}). */
    public Path passwordFile() {
        return EmbeddedPassword.fileIn(dataDir().toAbsolutePath());
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
