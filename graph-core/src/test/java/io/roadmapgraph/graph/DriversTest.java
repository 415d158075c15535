package io.roadmapgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** The one sentence every part of the graph library tells a user when Neo4j cannot be used. */
class DriversTest {

    @Test
    void aNeo4jThatIsDownOrUnknownIsNotReachableRightNow() {
        Neo4jException unknownHost = new Neo4jException("Driver execution failed",
                new UnknownHostException("nonexistent.invalid: Name or service not known"));

        assertThat(Drivers.unavailable(new ServiceUnavailableException("Unable to connect to 127.0.0.1:1")))
                .hasValue("the graph database is not reachable right now; try again later");
        assertThat(Drivers.unavailable(unknownHost)).hasValue(Drivers.NOT_REACHABLE);
    }

    @Test
    void aNeo4jThatRefusesTheCredentialsOrTheDatabaseNameSaysWhichItRefused() {
        assertThat(Drivers.unavailable(new AuthenticationException("Neo.ClientError.Security.Unauthorized",
                "The client is unauthorized due to authentication failure.")))
                .hasValue("the graph database refused the credentials (user name and password) it is connected"
                        + " with; try again later");
        assertThat(Drivers.unavailable(new FatalDiscoveryException("Neo.ClientError.Database.DatabaseNotFound",
                "Database does not exist. Database name: 'nope'.")))
                .hasValue("the graph database has no database by the name it is set to use; try again later");
    }

    @Test
    void anyOtherFailureIsNotTheDatabaseBeingUnavailable() {
        assertThat(Drivers.unavailable(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isEmpty();
        assertThat(Drivers.unavailable(new IllegalStateException("no"))).isEmpty();
    }
}
