package io.roadmapgraph.embedded;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A user's password written into the system database the way Neo4j applies its own initial password ({@code auth.ini},
 * {@code KnownCommunitySecurityComponentVersion.updateInitialUserPassword}): the {@code User} node's
 * {@code credentials} (salted, hashed with Neo4j's {@link SecureHasher}) and {@code passwordChangeRequired}, in one
 * transaction of the core API. {@code ALTER USER ... SET PASSWORD} does the same, but as the first Cypher statement of
 * a start it plans cold: 3 to 4 s of CPU on every start, a third of the server's start-up (bench notes, perf-start).
 */
final class SystemUser {

    private static final Label USER = Label.label("User");
    private static final String NAME = "name";
    private static final String CREDENTIALS = "credentials";
    private static final String CHANGE_REQUIRED = "passwordChangeRequired";

    /** What {@link #setPassword} did. */
    enum Outcome {
        /** The password was already the user's, with no change required: nothing was written. */
        ALREADY_SET,
        /** The user's credentials were replaced. */
        SET,
        /** No such user in the system database: nothing was written. */
        NO_SUCH_USER
    }

    private SystemUser() {
    }

    /**
     * Gives {@code user} the password {@code password}, not to be changed at the next login; writes nothing when it is
     * already so.
     *
     * @throws FormatException when the stored credentials are not in a format this Neo4j reads
     */
    static Outcome setPassword(GraphDatabaseService system, String user, String password) throws FormatException {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        try (Transaction tx = system.beginTx()) {
            Node node = tx.findNode(USER, NAME, user);
            if (node == null) {
                return Outcome.NO_SUCH_USER;
            }
            SecureHasher hasher = new SecureHasher();
            boolean changeRequired = !Boolean.FALSE.equals(node.getProperty(CHANGE_REQUIRED, Boolean.TRUE));
            Object stored = node.getProperty(CREDENTIALS, "");
            if (!changeRequired && stored instanceof String credentials && !credentials.isEmpty()
                    && SystemGraphCredential.deserialize(credentials, hasher).matchesPassword(bytes)) {
                return Outcome.ALREADY_SET;
            }
            node.setProperty(CREDENTIALS, SystemGraphCredential.createCredentialForPassword(bytes, hasher).serialize());
            node.setProperty(CHANGE_REQUIRED, false);
            tx.commit();
            return Outcome.SET;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
