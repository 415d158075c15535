package io.roadmapgraph.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SystemUserIT {

    @Test
    void aPasswordIsWrittenOnceAndAnotherReplacesIt(@TempDir Path home) throws Exception {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true).build();
        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            // a new store's neo4j has the default password "neo4j", to be changed at the first login
            assertThat(SystemUser.setPassword(system, "neo4j", "first-pass")).isEqualTo(SystemUser.Outcome.SET);
            assertThat(SystemUser.setPassword(system, "neo4j", "first-pass"))
                    .isEqualTo(SystemUser.Outcome.ALREADY_SET);
            assertThat(SystemUser.setPassword(system, "neo4j", "second-pass")).isEqualTo(SystemUser.Outcome.SET);
            assertThat(SystemUser.setPassword(system, "nobody", "second-pass"))
                    .isEqualTo(SystemUser.Outcome.NO_SUCH_USER);
            try (Transaction tx = system.beginTx()) {
                Node user = tx.findNode(Label.label("User"), "name", "neo4j");
                SystemGraphCredential credential = SystemGraphCredential.deserialize(
                        (String) user.getProperty("credentials"), new SecureHasher());
                assertThat(credential.matchesPassword("second-pass".getBytes(StandardCharsets.UTF_8))).isTrue();
                assertThat(credential.matchesPassword("first-pass".getBytes(StandardCharsets.UTF_8))).isFalse();
                assertThat(user.getProperty("passwordChangeRequired")).isEqualTo(false);
                assertThat(tx.findNode(Label.label("User"), "name", "nobody")).isNull();
            }
        } finally {
            dbms.shutdown();
        }
    }
}
