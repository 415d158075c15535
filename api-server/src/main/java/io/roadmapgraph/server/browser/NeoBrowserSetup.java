package io.roadmapgraph.server.browser;

import io.micronaut.http.server.HttpServerConfiguration;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Prepares the embedded Neo4j for Neo4j Browser (served by its HTTP connector at {@code /browser/}): once connected,
 * the Browser applies our style sheet and opens our guide, both served by this server under {@link #PATH}.
 *
 * <p>Configuration: {@link BrowserSettings} ({@code ROADMAP_BROWSER_POST_CONNECT}) turns the post-connect commands off;
 * they need this server's HTTP port, so a random port ({@code -1}) turns them off too.
 */
@Singleton
public class NeoBrowserSetup {

    /** Where this server publishes the Browser guide and style sheet. */
    public static final String PATH = "/neo4j-browser";
    public static final String GUIDE = PATH + "/roadmap-guide.html";
    public static final String STYLE = PATH + "/roadmap.grass";
    /** Hosts the Browser may fetch guides and styles from: Neo4j's own guides, and this machine. */
    static final String ALLOWED_HOSTS = "guides.neo4j.com,localhost,127.0.0.1";

    private final boolean postConnect;
    private final int serverPort;

    @Inject
    public NeoBrowserSetup(BrowserSettings settings, HttpServerConfiguration server) {
        this(settings.isPostConnect(), server.getPort().orElse(HttpServerConfiguration.DEFAULT_PORT));
    }

    NeoBrowserSetup(boolean postConnect, int serverPort) {
        this.postConnect = postConnect;
        this.serverPort = serverPort;
    }

    /** The embedded Neo4j's settings plus the Browser's allow-list and post-connect commands. */
    public EmbeddedNeo4j.Settings configure(EmbeddedNeo4j.Settings settings) {
        EmbeddedNeo4j.Settings configured = settings
                .withNeo4jConfig(ServerSettings.browser_remote_content_hostname_whitelist, ALLOWED_HOSTS);
        return postConnectCommand()
                .map(command -> configured.withNeo4jConfig(ServerSettings.browser_post_connect_cmd, command))
                .orElse(configured);
    }

    /**
     * {@code style <url>; play <url>}: the Browser runs each, with a colon, after it connects. Empty when turned off
     * or when this server's port is not known before it starts.
     */
    Optional<String> postConnectCommand() {
        if (!postConnect || serverPort <= 0) {
            return Optional.empty();
        }
        String base = "http://localhost:" + serverPort;
        return Optional.of("style " + base + STYLE + "; play " + base + GUIDE);
    }

    /**
     * The one address a user opens: the Browser served by the embedded Neo4j, told where our Bolt connector is and,
     * with authentication on, that the user is {@code neo4j} (the login form then asks for the password only);
     * without authentication ({@code ROADMAP_EMBEDDED_AUTH=none}) that it needs none, so it connects by itself.
     */
    public static URI browserUrl(URI http, URI bolt, boolean authEnabled) {
        // a bolt:// address has only characters a query may hold as they are: keep the URL readable
        String query = authEnabled
                ? "dbms=" + bolt.getScheme() + "://" + EmbeddedNeo4j.USER + "@" + bolt.getRawAuthority()
                        + "&preselectAuthMethod=NATIVE"
                : "dbms=" + bolt + "&preselectAuthMethod=NO_AUTH";
        return URI.create(http.toString().replaceAll("/$", "") + "/browser/?" + query);
    }
}
