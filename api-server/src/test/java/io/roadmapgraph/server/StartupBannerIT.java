package io.roadmapgraph.server;

import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up banner says what the server runs with: the same typed settings and GraphiQL configuration. */
class StartupBannerIT {

    private static final URI BASE = URI.create("http://localhost:8080/");

    @Test
    void showsGraphiQLWhereTheServerServesItByDefaultAndTheSettingsInForce() {
        String banner = TestServer.shared().context().getBean(StartupBanner.class).banner(BASE);

        assertThat(banner).contains("GraphiQL  http://localhost:8080/graphiql")
                .contains("Metrics   off")
                .contains("Settings  query timeout 30s, read timeout 5s, snapshot on (max age 1s), introspection on");
    }

    @Test
    void saysOffForWhatIsSwitchedOffAndWhereMetricsAreWhenOn() {
        try (TestServer api = TestServer.start(Map.of("graphql.graphiql.enabled", false,
                "roadmap.query.snapshot", false, "roadmap.graphql.introspection", false,
                "roadmap.limits.query-timeout", "1500ms", "roadmap.bootstrap.enabled", false,
                "roadmap.metrics.enabled", true))) {
            String banner = api.context().getBean(StartupBanner.class).banner(BASE);

            assertThat(banner).contains("GraphiQL  off")
                    .contains("Metrics   http://localhost:8080/prometheus (this machine only)")
                    .contains("Settings  query timeout 1500ms, read timeout 5s, snapshot off, introspection off");
        }
    }
}
