package io.roadmapgraph.server.neo4j;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.roadmapgraph.server.settings.PositiveDuration;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The circuit breaker in front of Neo4j, {@code roadmap.breaker.*} (environment variables {@code ROADMAP_BREAKER_*};
 * see docs/hardening.md). The defaults live here and nowhere else.
 */
@Context
@ConfigurationProperties("roadmap.breaker")
public class BreakerSettings {

    public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(2);

    @NotNull
    @PositiveDuration
    private Duration probeInterval = DEFAULT_PROBE_INTERVAL;

    /** While Neo4j is known to be down, it is tried again (in the background) this often. */
    public Duration getProbeInterval() {
        return probeInterval;
    }

    public void setProbeInterval(Duration probeInterval) {
        this.probeInterval = probeInterval;
    }
}
