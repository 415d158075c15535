package io.roadmapgraph.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * Metrics, {@code roadmap.metrics.*} ({@code ROADMAP_METRICS_*}); the default lives here only. application.yml switches
 * Micrometer and the {@code /prometheus} endpoint on from the same property.
 */
@Context
@ConfigurationProperties("roadmap.metrics")
public class MetricsSettings {

    public static final boolean DEFAULT_ENABLED = false;
    /** A token is a secret a scraper sends: long enough not to be guessed. */
    public static final int MINIMUM_TOKEN_LENGTH = 16;

    private boolean enabled = DEFAULT_ENABLED;
    @Pattern(regexp = "^$|^\\S{" + MINIMUM_TOKEN_LENGTH + ",}$", message = "must have at least "
            + MINIMUM_TOKEN_LENGTH + " characters and no spaces")
    /** None by default: then {@code /prometheus} answers callers on this machine only (loopback, no proxy). */
    private String token = "";

    /** Whether Micrometer counts and {@code /prometheus} answers (in Prometheus' text format). */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * The bearer token {@code /prometheus} asks for ({@code Authorization: Bearer <token>}) from any address; empty =
     * it answers callers on this machine only.
     */
    public Optional<String> token() {
        return token.isBlank() ? Optional.empty() : Optional.of(token.strip());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
