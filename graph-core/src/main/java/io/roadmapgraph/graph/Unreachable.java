package io.roadmapgraph.graph;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.DiscoveryException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
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
 * {@link ServiceUnavailableException}. Also tells a Neo4j that answers but refuses what it was asked with (the
 * credentials, the database name), which no retry and no waiting mends. Offered through
 * {@link Drivers#unreachable(Throwable)} and {@link Drivers#refused(Throwable)}.
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

    private static final String AUTHENTICATION_RATE_LIMIT = "Neo.ClientError.Security.AuthenticationRateLimit";
    private static final String DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound";

    /**
     * Why {@code failure} means Neo4j answered but refused the connection's settings (the user name and password, the
     * database name), as a sentence fit for a user, or empty when it is another kind of failure.
     */
    static Optional<String> refusal(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String code = t instanceof Neo4jException e && e.code() != null ? e.code() : "";
            if (t instanceof AuthenticationException || AUTHENTICATION_RATE_LIMIT.equals(code)) {
                return Optional.of("the graph database refused the credentials (user name and password) it is"
                        + " connected with");
            }
            if (t instanceof FatalDiscoveryException || DATABASE_NOT_FOUND.equals(code)) {
                return Optional.of("the graph database has no database by the name it is set to use");
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
