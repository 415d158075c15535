package io.roadmapgraph.loader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

/** One embedded Neo4j per test class, emptied before each test. */
public abstract class Neo4jTestSupport {

    /** A valid roadmap file with one phase and one topic. */
    protected static final String SMALL_YAML = """
            id: small
            title: Small
            summary: A small roadmap
            source: {document: small.md, language: en, basedOn: Nothing}
            phases:
              - {number: 1, title: One, goal: First}
            topics:
              - {id: python, title: Python, summary: The language, phase: 1, importance: core, estimatedHours: 3}
            """;

    protected static EmbeddedNeo4j neo4j;
    protected static Driver driver;

    @BeforeAll
    public static void startNeo4j() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
        driver = neo4j.openDriver();
    }

    @AfterAll
    public static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    public void emptyTheGraph() {
        clear();
    }

    protected static void clear() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    protected static String fingerprint() {
        return GraphFingerprint.of(driver);
    }
}
