package io.roadmapgraph.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;

/**
 * Metrics, {@code roadmap.metrics.*} ({@code ROADMAP_METRICS_*}); the default lives here only. application.yml switches
 * Micrometer and the {@code /prometheus} endpoint on from the same property.
 */
@Context
@ConfigurationProperties("roadmap.metrics")
public class MetricsSettings {

    public static final boolean DEFAULT_ENABLED = false;

    private boolean enabled = DEFAULT_ENABLED;

    /** Whether Micrometer counts and {@code /prometheus} answers (in Prometheus' text format, without credentials). */
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
