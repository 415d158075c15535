package io.roadmapgraph.server.graphql.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How much JSON a request to {@code /graphql} may hold, {@code roadmap.request-body.*} (environment variables
 * {@code ROADMAP_REQUEST_BODY_*}; see docs/hardening.md). The defaults live here and nowhere else.
 */
@Context
@ConfigurationProperties("roadmap.request-body")
public class RequestBodySettings {

    /** Objects and arrays inside each other; variables of this schema need a handful. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Characters of one JSON number; a GraphQL Int has at most 11, a Float is exact to 17 digits. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    @Min(1)
    @Max(1000)
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    @Min(1)
    @Max(1000)
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

    /** Deeper nesting of JSON objects and arrays is a 400 {@code BAD_REQUEST}. */
    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    public void setMaxNestingDepth(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    /** A longer JSON number is a 400 {@code BAD_REQUEST}. */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    public void setMaxNumberLength(int maxNumberLength) {
        this.maxNumberLength = maxNumberLength;
    }
}
