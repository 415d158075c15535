package io.roadmapgraph.loader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

/** One embedded Neo4j per test class, emptied before each test. */
abstract class Neo4jTestSupport {

    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void startNeo4j() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
        driver = neo4j.openDriver();
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void emptyTheGraph() {
        clear();
    }

    static void clear() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    static String fingerprint() {
        return GraphFingerprint.of(driver);
    }
}
