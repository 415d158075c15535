package io.roadmapgraph.server;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.neo4j.EmbeddedSettings;
import jakarta.inject.Singleton;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs where everything is once the HTTP server listens. */
@Singleton
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final Neo4jConnection neo4j;
    private final EmbeddedSettings embeddedSettings;
    private final String graphqlPath;
    private final boolean graphiqlEnabled;
    private final String graphiqlPath;

    StartupBanner(Neo4jConnection neo4j, EmbeddedSettings embeddedSettings,
                  @Value("${graphql.path:/graphql}") String graphqlPath,
                  @Value("${graphql.graphiql.enabled:false}") boolean graphiqlEnabled,
                  @Value("${graphql.graphiql.path:/graphiql}") String graphiqlPath) {
        this.neo4j = neo4j;
        this.embeddedSettings = embeddedSettings;
        this.graphqlPath = graphqlPath;
        this.graphiqlEnabled = graphiqlEnabled;
        this.graphiqlPath = graphiqlPath;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        LOG.info(banner(event.getSource().getURI()));
    }

    String banner(URI server) {
        String base = server.toString().replaceAll("/$", "");
        StringBuilder text = new StringBuilder("Roadmap Graph is ready")
                .append("\n  GraphQL   ").append(base).append(graphqlPath)
                .append("\n  GraphiQL  ").append(graphiqlEnabled ? base + graphiqlPath : "off")
                .append("\n  Schema    ").append(base).append(graphqlPath).append("/schema.graphqls")
                .append("\n  Health    ").append(base).append("/health")
                .append("\n  Neo4j     ").append(neo4j.boltUri());
        neo4j.embedded().ifPresentOrElse(embedded -> describeEmbedded(text, embedded),
                () -> text.append(" (external").append(neo4j.database().map(db -> ", database " + db).orElse(""))
                        .append(')'));
        return text.toString();
    }

    private void describeEmbedded(StringBuilder text, EmbeddedNeo4j embedded) {
        text.append(" (embedded, files in ").append(embedded.settings().home()).append(')');
        text.append("\n  Login     ").append(login(embedded));
        embedded.httpUri().ifPresent(http -> text.append("\n  Browser   ")
                .append(NeoBrowserSetup.browserUrl(http, embedded.boltUri(), embedded.authEnabled())));
    }

    private String login(EmbeddedNeo4j embedded) {
        if (!embedded.authEnabled()) {
            return "none (ROADMAP_EMBEDDED_AUTH=none: any program or web page on this machine can change the graph)";
        }
        return "user " + EmbeddedNeo4j.USER + ", password " + (embeddedSettings.password().isPresent()
                ? "from ROADMAP_EMBEDDED_PASSWORD"
                : "in " + embeddedSettings.passwordFile());
    }
}
