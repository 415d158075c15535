package io.roadmapgraph.graph;

import org.neo4j.driver.exceptions.DiscoveryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure to reach Neo4j (down, unknown host, no routing servers) from other driver failures, so a
 * {@code neo4j://} URI that cannot be reached is reported like a {@code bolt://} one: the driver's routing path wraps
 * an unknown host in a plain {@code Neo4jException} ("Driver execution failed") where the direct path throws
 * {@link ServiceUnavailableException}. Offered through {@link Drivers#unreachable(Throwable)}.
 */
final class Unreachable {

    private Unreachable() {
    }

    /**
     * Why {@code failure} means Neo4j cannot be reached, in a few words fit for a user ("unknown host db.example"),
     * or empty when it is another kind of failure.
     */
    static Optional<String> reason(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof UnknownHostException unknown) {
                return Optional.of("unknown host " + host(unknown));
            }
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof DiscoveryException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return Optional.of(firstLine(t));
            }
        }
        return Optional.empty();
    }

    private static String host(UnknownHostException e) {
        // "db.example: Name or service not known" or just "db.example"
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
