package io.roadmapgraph.server.graphql.execution;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * What one query may cost, {@code roadmap.cost.*} (environment variables {@code ROADMAP_COST_*}; see
 * docs/hardening.md): the estimate checked before anything runs ({@link QueryCost}) and the values an answer may hold
 * while it runs ({@link ExecutionBudget}). The defaults live here and nowhere else.
 */
@Context
@ConfigurationProperties("roadmap.cost")
public class CostSettings {

    /** About a million values; the real answers of the documented queries estimate at a few thousand to 500,000. */
    public static final long DEFAULT_MAX_ESTIMATE = 1_000_000;
    public static final int DEFAULT_LIST_SIZE = 10;
    public static final int DEFAULT_ROADMAP_LIST_SIZE = 100;
    /** Values (fields resolved, on every object of every list) in one answer. */
    public static final long DEFAULT_MAX_VALUES = 200_000;

    @Min(1)
    private long maxEstimate = DEFAULT_MAX_ESTIMATE;
    @Min(1)
    private int listSize = DEFAULT_LIST_SIZE;
    @Min(1)
    private int roadmapListSize = DEFAULT_ROADMAP_LIST_SIZE;
    @Min(1)
    private long maxValues = DEFAULT_MAX_VALUES;

    /** The most values a query's estimate may reach (QUERY_TOO_COMPLEX). */
    public long getMaxEstimate() {
        return maxEstimate;
    }

    public void setMaxEstimate(long maxEstimate) {
        this.maxEstimate = maxEstimate;
    }

    /** The items the estimate assumes for a list field (a topic's tools, a tool's topics...). */
    public int getListSize() {
        return listSize;
    }

    public void setListSize(int listSize) {
        this.listSize = listSize;
    }

    /** The items assumed for a whole roadmap's, phase's or layer's topics, and a roadmap's tools and projects. */
    public int getRoadmapListSize() {
        return roadmapListSize;
    }

    public void setRoadmapListSize(int roadmapListSize) {
        this.roadmapListSize = roadmapListSize;
    }

    /** The most values one answer may hold; the query stops there (RESULT_TOO_LARGE). */
    public long getMaxValues() {
        return maxValues;
    }

    public void setMaxValues(long maxValues) {
        this.maxValues = maxValues;
    }
}
