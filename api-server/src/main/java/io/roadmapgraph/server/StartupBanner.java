package io.roadmapgraph.server;

import io.micronaut.configuration.graphql.GraphQLConfiguration;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.server.browser.NeoBrowserSetup;
import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.server.graphql.execution.GraphQLSettings;
import io.roadmapgraph.server.graphql.execution.LimitsSettings;
import io.roadmapgraph.server.graphql.wiring.QuerySettings;
import io.roadmapgraph.server.neo4j.EmbeddedSettings;
import io.roadmapgraph.server.settings.MetricsSettings;
import jakarta.inject.Singleton;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs where everything is once the HTTP server listens, and the settings that change answers, from the same typed
 * settings the server runs with (micronaut-graphql's {@link GraphQLConfiguration} for the paths and GraphiQL).
 */
@Singleton
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final Neo4jConnection neo4j;
    private final EmbeddedSettings embeddedSettings;
    private final String graphqlPath;
    private final boolean graphiqlEnabled;
    private final String graphiqlPath;
    private final LimitsSettings limits;
    private final QuerySettings query;
    private final GraphQLSettings graphql;
    private final MetricsSettings metrics;

    StartupBanner(Neo4jConnection neo4j, EmbeddedSettings embeddedSettings, GraphQLConfiguration graphQL,
                  LimitsSettings limits, QuerySettings query,
                  GraphQLSettings graphql, MetricsSettings metrics) {
        this.neo4j = neo4j;
        this.embeddedSettings = embeddedSettings;
        this.graphqlPath = graphQL.getPath();
        this.graphiqlEnabled = graphQL.getGraphiql().isEnabled();
        this.graphiqlPath = graphQL.getGraphiql().getPath();
        this.limits = limits;
        this.query = query;
        this.graphql = graphql;
        this.metrics = metrics;
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
                .append("\n  Metrics   ").append(metrics.isEnabled() ? base + "/prometheus (" + (metrics.token().isPresent()
                        ? "bearer token of ROADMAP_METRICS_TOKEN" : "this machine only") + ")" : "off")
                .append("\n  Settings  ").append(settings())
                .append("\n  Neo4j     ").append(neo4j.boltUri());
        neo4j.embedded().ifPresentOrElse(embedded -> describeEmbedded(text, embedded),
                () -> text.append(" (external").append(neo4j.database().map(db -> ", database " + db).orElse(""))
                        .append(')'));
        return text.toString();
    }

    /** The settings that shape answers, as the server uses them (docs/operations.md lists them all). */
    private String settings() {
        return "query timeout " + format(limits.getQueryTimeout()) + ", read timeout " + format(query.getTimeout())
                + ", snapshot " + (query.isSnapshot() ? "on (max age " + format(query.getSnapshotMaxAge()) + ")" : "off")
                + ", introspection " + (graphql.isIntrospection() ? "on" : "off");
    }

    /** A duration as the settings are written: 30s, 500ms. */
    private static String format(java.time.Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
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
