package io.roadmapgraph.loader;

import io.roadmapgraph.graph.Drivers;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.DiscoveryException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import java.util.Optional;

/** Turns driver exceptions into {@link GraphLoadException}s whose message says what to do. */
final class Neo4jErrors {

    private static final String AUTHENTICATION_RATE_LIMIT = "Neo.ClientError.Security.AuthenticationRateLimit";
    private static final String DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound";

    private Neo4jErrors() {
    }

    /**
     * @param doing what was being done, for the message ("loading roadmap ai-engineer")
     */
    static GraphLoadException translate(Neo4jException e, String doing) {
        if (e instanceof AuthenticationException || AUTHENTICATION_RATE_LIMIT.equals(e.code())) {
            // after a few wrong passwords Neo4j answers with a rate limit, a SecurityException that is no TLS matter
            return unreachable("Neo4j refused the credentials while " + doing
                    + ": check the user name and password", e);
        }
        if (e instanceof SecurityException) {
            return unreachable("could not connect securely while " + doing + " (" + firstLine(e)
                    + "): use bolt+s:// or neo4j+s:// for a server with a trusted certificate, bolt+ssc:// or "
                    + "neo4j+ssc:// for a self-signed one, bolt:// or neo4j:// for an unencrypted one", e);
        }
        if (e instanceof FatalDiscoveryException || DATABASE_NOT_FOUND.equals(e.code())) {
            return unreachable("the database does not exist while " + doing + " (" + firstLine(e)
                    + "): check the database name (Neo4j Community has only 'neo4j')", e);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || e instanceof DiscoveryException) {
            return unreachable("Neo4j is not reachable while " + doing + " (" + firstLine(e)
                    + "): check the URI and that Neo4j is running", e);
        }
        Optional<String> unreachable = Drivers.unreachable(e);
        if (unreachable.isPresent()) {
            // e.g. a neo4j:// URI whose host is unknown: the driver's routing path reports it as a generic error
            return unreachable("Neo4j is not reachable while " + doing + " (" + unreachable.get()
                    + "): check the URI and that Neo4j is running", e);
        }
        String code = e.code() == null || e.code().isBlank() ? "" : "[" + e.code() + "] ";
        return new GraphLoadException(GraphLoadException.Kind.LOAD_FAILED,
                doing + " failed and was rolled back: " + code + firstLine(e), e);
    }

    private static GraphLoadException unreachable(String message, Neo4jException e) {
        return new GraphLoadException(GraphLoadException.Kind.DATABASE_UNREACHABLE, message, e);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
