package io.roadmapgraph.server.connections;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * How many HTTP connections the server holds open, {@code roadmap.connections.*} (environment variables
 * {@code ROADMAP_CONNECTIONS_*}; see docs/hardening.md). The defaults live here and nowhere else.
 */
@Context
@ConfigurationProperties("roadmap.connections")
public class ConnectionSettings {

    /** Well below the usual 65,536 file descriptors, leaving room for Neo4j, Bolt clients and files. */
    public static final int DEFAULT_MAX = 2000;
    public static final int DEFAULT_MAX_PER_ADDRESS = 200;

    @Min(1)
    private int max = DEFAULT_MAX;
    @Min(1)
    private int maxPerAddress = DEFAULT_MAX_PER_ADDRESS;

    /** Open connections in all; a further one is closed at once. */
    public int getMax() {
        return max;
    }

    public void setMax(int max) {
        this.max = max;
    }

    /** Open connections from one client address; a further one from it is closed at once. */
    public int getMaxPerAddress() {
        return maxPerAddress;
    }

    public void setMaxPerAddress(int maxPerAddress) {
        this.maxPerAddress = maxPerAddress;
    }
}
