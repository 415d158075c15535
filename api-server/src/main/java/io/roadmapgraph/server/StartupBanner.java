package io.roadmapgraph.server;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import io.roadmapgraph.embedded.Neo4jConnection;
import jakarta.inject.Singleton;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs where everything is once the HTTP server listens. */
@Singleton
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final Neo4jConnection neo4j;
    private final String graphqlPath;
    private final boolean graphiqlEnabled;
    private final String graphiqlPath;

    StartupBanner(Neo4jConnection neo4j,
                  @Value("${graphql.path:/graphql}") String graphqlPath,
                  @Value("${graphql.graphiql.enabled:false}") boolean graphiqlEnabled,
                  @Value("${graphql.graphiql.path:/graphiql}") String graphiqlPath) {
        this.neo4j = neo4j;
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

    private static void describeEmbedded(StringBuilder text, EmbeddedNeo4j embedded) {
        text.append(" (embedded, files in ").append(embedded.settings().home()).append(')');
        embedded.httpUri().ifPresent(http -> text.append("\n  Browser   ")
                .append(NeoBrowserSetup.browserUrl(http, embedded.boltUri(), embedded.authEnabled())));
    }
}
