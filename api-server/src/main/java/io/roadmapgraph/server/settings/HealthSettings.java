package io.roadmapgraph.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** The health check's settings, {@code roadmap.health.*} ({@code ROADMAP_HEALTH_*}); the defaults live here only. */
@Context
@ConfigurationProperties("roadmap.health")
public class HealthSettings {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    @NotNull
    @PositiveDuration
    private Duration timeout = DEFAULT_TIMEOUT;

    /** The Neo4j health check ({@code RETURN 1} in a read transaction) gives up after this long. */
    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
