package io.roadmapgraph.server.settings;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.roadmapgraph.server.graphql.execution.GraphQLSettings;
import io.roadmapgraph.server.graphql.execution.LimitsSettings;
import io.roadmapgraph.server.graphql.wiring.QuerySettings;
import io.roadmapgraph.server.Application;
import io.roadmapgraph.testkit.SharedNeo4j;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed settings: their defaults, their environment variables, and a wrong value stopping the start. */
class SettingsIT {

    @Test
    void withNothingSetEachSettingHasTheDefaultItsClassDeclares() {
        try (ApplicationContext context = context(PropertySource.of(Map.of()))) {
            LimitsSettings limits = context.getBean(LimitsSettings.class);
            QuerySettings query = context.getBean(QuerySettings.class);

            assertThat(limits.getMaxDepth()).isEqualTo(LimitsSettings.DEFAULT_MAX_DEPTH);
            assertThat(limits.getQueryTimeout()).isEqualTo(LimitsSettings.DEFAULT_QUERY_TIMEOUT);
            assertThat(query.getSnapshotMaxAge()).isEqualTo(QuerySettings.DEFAULT_SNAPSHOT_MAX_AGE);
            assertThat(context.getBean(GraphQLSettings.class).isIntrospection()).isTrue();
            assertThat(context.getBean(HealthSettings.class).getTimeout()).isEqualTo(HealthSettings.DEFAULT_TIMEOUT);
        }
    }

    @Test
    void environmentVariablesSetThemEvenWhereOneNameStartsWithAnother() {
        PropertySource environment = PropertySource.of("env", Map.of(
                "ROADMAP_QUERY_SNAPSHOT", "false",
                "ROADMAP_QUERY_SNAPSHOT_MAX_AGE", "3s",
                "ROADMAP_LIMITS_MAX_DEPTH", "9",
                "ROADMAP_GRAPHQL_DOCUMENT_CACHE_CHARACTERS", "0"), PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE);
        try (ApplicationContext context = context(environment)) {
            QuerySettings query = context.getBean(QuerySettings.class);

            assertThat(query.isSnapshot()).isFalse();
            assertThat(query.getSnapshotMaxAge()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.getBean(LimitsSettings.class).getMaxDepth()).isEqualTo(9);
            assertThat(context.getBean(GraphQLSettings.class).getDocumentCacheCharacters()).isZero();
        }
    }

    /** The server's beans over the shared Neo4j, without the HTTP server and without loading anything. */
    private static ApplicationContext context(PropertySource environment) {
        return ApplicationContext.builder()
                .mainClass(Application.class)
                .environments("test")
                .propertySources(environment)
                .properties(Map.of("neo4j.uri", SharedNeo4j.boltUri().toString(), "roadmap.bootstrap.enabled", false))
                .start();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            roadmap.limits.max-depth                          | 0                       | maxDepth
            roadmap.limits.query-timeout                      | 0s                      | queryTimeout
            roadmap.query.max-ids                             | 0                       | maxIds
            roadmap.graphql.document-cache-characters         | -1                      | documentCacheCharacters
            roadmap.health.timeout                            | -5s                     | timeout
            micronaut.server.cors.configurations.web.allowed-origins | http://127.0.0.1:8000/ | is not an origin
            """)
    void aValueOutOfRangeStopsTheServerAtStartUpNamingTheSetting(String property, String value, String named) {
        assertThatThrownBy(() -> TestServer.start(Map.of(property, value, "roadmap.bootstrap.enabled", false)).close())
                .rootCause().hasMessageContaining(named);
    }
}
