package io.roadmapgraph.loader;

import io.roadmapgraph.loader.GraphLoadException.Kind;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jErrorsTest {

    private static GraphLoadException translate(Neo4jException e) {
        return Neo4jErrors.translate(e, "loading roadmap demo");
    }

    @Test
    void wrongCredentialsAreUnreachableAndSayWhatToCheck() {
        GraphLoadException e = translate(new AuthenticationException("Neo.ClientError.Security.Unauthorized",
                "The client is unauthorized due to authentication failure."));

        assertThat(e.kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("Neo4j refused the credentials while loading roadmap demo: "
                + "check the user name and password");
    }

    @Test
    void aTlsMismatchNamesTheSchemesThatFit() {
        GraphLoadException e = translate(new SecurityException("Neo.ClientError.Security.Unknown",
                "Failed to establish secured connection with the server\nmore detail"));

        assertThat(e.kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("could not connect securely while loading roadmap demo (Failed to "
                + "establish secured connection with the server): use bolt+s:// or neo4j+s:// for a server with a "
                + "trusted certificate, bolt+ssc:// or neo4j+ssc:// for a self-signed one, bolt:// or neo4j:// for an "
                + "unencrypted one");
    }

    @Test
    void anUnknownDatabaseIsUnreachableAndNamesTheFix() {
        GraphLoadException e = translate(new FatalDiscoveryException("Neo.ClientError.Database.DatabaseNotFound",
                "Database does not exist. Database name: 'nope'."));

        assertThat(e.kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("the database does not exist while loading roadmap demo (Database does "
                + "not exist. Database name: 'nope'.): check the database name (Neo4j Community has only 'neo4j')");
    }

    @Test
    void aServerThatDoesNotAnswerIsUnreachable() {
        GraphLoadException e = translate(new ServiceUnavailableException("Unable to connect to localhost:7687"));

        assertThat(e.kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("Neo4j is not reachable while loading roadmap demo (Unable to connect "
                + "to localhost:7687): check the URI and that Neo4j is running");
    }

    @Test
    void anythingElseIsAFailedLoadWithTheServersCode() {
        GraphLoadException rejected = translate(new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed",
                "Node(1) already exists with label `Topic` and property `title` = 'Python'"));
        GraphLoadException transientFailure = translate(new TransientException(
                "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));

        assertThat(rejected.kind()).isEqualTo(Kind.LOAD_FAILED);
        assertThat(rejected.getMessage()).isEqualTo("loading roadmap demo failed and was rolled back: "
                + "[Neo.ClientError.Schema.ConstraintValidationFailed] Node(1) already exists with label `Topic` and "
                + "property `title` = 'Python'");
        assertThat(transientFailure.getMessage()).isEqualTo("loading roadmap demo failed and was rolled back: "
                + "[Neo.TransientError.Transaction.DeadlockDetected] deadlock");
    }
}
