package io.roadmapgraph.server.graphql.execution;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * The GraphQL engine's own settings, {@code roadmap.graphql.*} (environment variables {@code ROADMAP_GRAPHQL_*}). The
 * defaults live here and nowhere else.
 */
@Context
@ConfigurationProperties("roadmap.graphql")
public class GraphQLSettings {

    /** On for development; turn it off in production (docs/hardening.md). */
    public static final boolean DEFAULT_INTROSPECTION = true;
    /** 256 KiB of document text. */
    public static final long DEFAULT_DOCUMENT_CACHE_CHARACTERS = 262_144;

    /** Plain POSTs answered in front of Micronaut's per-request pipeline (same answers, less work per request). */
    public static final boolean DEFAULT_FAST_PATH = true;

    private boolean introspection = DEFAULT_INTROSPECTION;
    private boolean fastPath = DEFAULT_FAST_PATH;
    @Min(0)
    private long documentCacheCharacters = DEFAULT_DOCUMENT_CACHE_CHARACTERS;

    /** Whether {@code __schema} and {@code __type} are answered; off, they are unknown fields. */
    public boolean isIntrospection() {
        return introspection;
    }

    public void setIntrospection(boolean introspection) {
        this.introspection = introspection;
    }

    /**
     * The total length of the parsed and validated documents kept by their text (least recently used out); 0 =
     * parse and validate every request.
     */
    public long getDocumentCacheCharacters() {
        return documentCacheCharacters;
    }

    /**
     * Whether a plain {@code POST /graphql} (HTTP/1.1, JSON, no {@code Origin}...) is answered before Micronaut's
     * routing and filters, with the same status, headers and body; off when metrics are on.
     */
    public boolean isFastPath() {
        return fastPath;
    }

    public void setFastPath(boolean fastPath) {
        this.fastPath = fastPath;
    }

    public void setDocumentCacheCharacters(long documentCacheCharacters) {
        this.documentCacheCharacters = documentCacheCharacters;
    }
}
