package io.roadmapgraph.docs;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.server.testing.TestServer;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api-server (real HTTP) over the api-server tests' shared embedded Neo4j, with the bundled AI Engineer roadmap
 * surely loaded and its full-text index online: what the docs' examples run against. The server's own start-up
 * loading runs in the background, so the docs do not wait for it.
 */
final class DocsServer {

    /** The docs check answers, not speed: a generous read timeout keeps a busy CI machine from failing them. */
    private static final Map<String, Object> DEFAULTS = Map.of("roadmap.query.timeout", "60s");

    private static TestServer shared;

    private DocsServer() {
    }

    /** One server for all docs tests, started on first use, stopped when the test JVM exits. */
    static synchronized TestServer shared() {
        if (shared == null) {
            TestServer started = start(Map.of());
            RoadmapLoader loader = new RoadmapLoader(SharedNeo4j.driver());
            loader.load(RoadmapReader.aiEngineer());   // the same roadmap again changes nothing
            SharedNeo4j.driver().executableQuery("CALL db.awaitIndexes(120)").execute();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "docs-server-stop"));
            shared = started;
        }
        return shared;
    }

    /** Another server with these properties too (close it); over the shared Neo4j unless they name another. */
    static TestServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(DEFAULTS);
        all.putAll(properties);
        return TestServer.start(all);
    }

    /** The port a server started as the README says listens on: api-server's application.yml's default. */
    static int defaultPort() throws IOException {
        Matcher port = Pattern.compile("port: \\$\\{MICRONAUT_SERVER_PORT:(\\d+)}").matcher(Files.readString(
                MarkdownBlocks.DOCS.resolveSibling("api-server").resolve("src/main/resources/application.yml")));
        assertThat(port.find()).as("api-server's application.yml sets the default port").isTrue();
        return Integer.parseInt(port.group(1));
    }
}
