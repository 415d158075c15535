package io.roadmapgraph.server.graphql.execution;

import graphql.parser.ParserOptions;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.roadmapgraph.server.settings.PositiveDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The abuse limits of {@code /graphql}, {@code roadmap.limits.*} (environment variables {@code ROADMAP_LIMITS_*}; see
 * docs/hardening.md). The defaults live here and nowhere else; a value out of range stops the server at start-up with
 * a message naming the property.
 */
@Context
@ConfigurationProperties("roadmap.limits")
public class LimitsSettings {

    /** GraphiQL's introspection query needs 13 levels. */
    public static final int DEFAULT_MAX_DEPTH = 15;
    public static final int DEFAULT_MAX_COMPLEXITY = 500;
    public static final int DEFAULT_MAX_TOKENS = 5000;
    /** Batching (a JSON array of operations) is off by default. */
    public static final int DEFAULT_MAX_BATCH_SIZE = 0;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    @Min(1)
    private int maxDepth = DEFAULT_MAX_DEPTH;
    @Min(1)
    private int maxComplexity = DEFAULT_MAX_COMPLEXITY;
    @Min(1)
    private int maxTokens = DEFAULT_MAX_TOKENS;
    @Min(0)
    private int maxBatchSize = DEFAULT_MAX_BATCH_SIZE;
    @NotNull
    @PositiveDuration
    private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;

    /** Nesting of selections (QUERY_TOO_DEEP). */
    public int getMaxDepth() {
        return maxDepth;
    }

    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Fields in the document, aliases and repeated fields included (QUERY_TOO_COMPLEX). */
    public int getMaxComplexity() {
        return maxComplexity;
    }

    public void setMaxComplexity(int maxComplexity) {
        this.maxComplexity = maxComplexity;
    }

    /** Lexical tokens in the document (QUERY_TOO_LARGE). */
    public int getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /** Operations in one JSON-array request; 0 = batching off (a JSON array is 400). */
    public int getMaxBatchSize() {
        return maxBatchSize;
    }

    public void setMaxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }

    /** No field starts after this (TIMEOUT); a running read is bounded by {@code roadmap.query.timeout}. */
    public Duration getQueryTimeout() {
        return queryTimeout;
    }

    public void setQueryTimeout(Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    /** graphql-java's parser options with our token limit. */
    public ParserOptions parserOptions() {
        return ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens));
    }
}
