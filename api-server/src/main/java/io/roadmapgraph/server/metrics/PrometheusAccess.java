package io.roadmapgraph.server.metrics;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.roadmapgraph.server.settings.MetricsSettings;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * {@code /prometheus} is not open to the world when metrics are on: with {@code ROADMAP_METRICS_TOKEN} it asks every
 * caller for that bearer token (what Prometheus sends with {@code authorization: credentials:}); without one it
 * answers callers on this machine only — a loopback address, and no proxy header, since a proxy on this machine would
 * otherwise pass the internet's requests on as local ones.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
@Requires(property = "roadmap.metrics.enabled", value = "true")
class PrometheusAccess {

    /** Headers a reverse proxy adds: their presence means the request came from elsewhere. */
    static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final Optional<byte[]> expected;

    PrometheusAccess(MetricsSettings settings) {
        this.expected = settings.token().map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> allowOnlyTheTokenOrThisMachine(HttpRequest<?> request) {
        if (expected.isPresent()) {
            String given = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
            if (given != null && MessageDigest.isEqual(expected.get(), given.getBytes(StandardCharsets.UTF_8))) {
                return null;
            }
            return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"prometheus\"")
                    .contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("/prometheus needs the bearer token of ROADMAP_METRICS_TOKEN\n");
        }
        if (local(request.getRemoteAddress().getAddress(), request.getHeaders())) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("/prometheus answers this machine only: set ROADMAP_METRICS_TOKEN and scrape with that bearer"
                        + " token\n");
    }

    /** A caller on this machine: a loopback address that no proxy passed on. */
    static boolean local(@Nullable InetAddress remote, HttpHeaders headers) {
        return remote != null && remote.isLoopbackAddress() && PROXY_HEADERS.stream().noneMatch(headers::contains);
    }
}
