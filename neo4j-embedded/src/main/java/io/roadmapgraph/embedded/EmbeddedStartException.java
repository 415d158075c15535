package io.roadmapgraph.embedded;

import org.apiguardian.api.API;

/**
 * An embedded Neo4j could not be started: the port is taken, the directory is used by another Neo4j or cannot be
 * written. The message names the directory and the address, and what to check.
 */
@API(status = API.Status.STABLE)
public final class EmbeddedStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedStartException(String message) {
        super(message);
    }

    public EmbeddedStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
