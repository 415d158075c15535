package io.roadmapgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** The failures that mean "Neo4j cannot be reached", whichever way the driver reports them. */
class UnreachableTest {

    @Test
    void anUnknownHostBehindTheRoutingDriversGenericExceptionIsUnreachable() {
        // what driver 5.28 throws for neo4j://nonexistent.invalid:7687
        Neo4jException routing = new Neo4jException("Driver execution failed",
                new UnknownHostException("nonexistent.invalid: Name or service not known"));

        assertThat(Unreachable.reason(routing)).hasValue("unknown host nonexistent.invalid");
    }

    @Test
    void aServerThatIsDownIsUnreachable() {
        ServiceUnavailableException down = new ServiceUnavailableException(
                "Unable to connect to database management service, ensure the database is running\nmore");

        assertThat(Unreachable.reason(down))
                .hasValue("Unable to connect to database management service, ensure the database is running");
    }

    @Test
    void aRefusedConnectionDeepInTheCausesIsUnreachable() {
        RuntimeException wrapped = new RuntimeException("outer", new IllegalStateException("middle",
                new ConnectException("Connection refused")));

        assertThat(Unreachable.reason(wrapped)).hasValue("Connection refused");
    }

    @Test
    void aMissingDatabaseOrARejectedQueryIsNotUnreachable() {
        assertThat(Unreachable.reason(new FatalDiscoveryException("Neo.ClientError.Database.DatabaseNotFound",
                "Database does not exist"))).isEmpty();
        assertThat(Unreachable.reason(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isEmpty();
        assertThat(Unreachable.reason(new IllegalArgumentException("no"))).isEmpty();
    }
}
