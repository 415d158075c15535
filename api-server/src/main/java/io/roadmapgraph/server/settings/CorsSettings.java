package io.roadmapgraph.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * The origins allowed to call the API from a browser ({@code ROADMAP_CORS_ALLOWED_ORIGINS}, comma-separated; empty by
 * default: none). Micronaut's CORS filter reads the same property; this class checks it at start-up, because an
 * origin such as {@code http://127.0.0.1:8000/} (a trailing slash) or one with a path never matches a browser's
 * {@code Origin} header and would fail silently.
 */
@Context
@ConfigurationProperties("micronaut.server.cors.configurations.web")
public class CorsSettings {

    /** A browser's Origin: scheme, host, optional port; nothing after. */
    static final String ORIGIN = "^$|^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+$";

    @NotNull
    private List<@Pattern(regexp = ORIGIN, message = "'{validatedValue}' is not an origin: write scheme://host[:port],"
            + " without a path or trailing slash (ROADMAP_CORS_ALLOWED_ORIGINS)") String> allowedOrigins =
            new ArrayList<>();

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }
}
