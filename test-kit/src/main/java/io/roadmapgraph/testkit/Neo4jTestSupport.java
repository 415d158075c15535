package io.roadmapgraph.testkit;

import io.roadmapgraph.embedded.EmbeddedNeo4j;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

/** The shared Neo4j of the test kit, emptied before each test. */
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
        neo4j = SharedNeo4j.get();
        driver = SharedNeo4j.driver();
    }

    @BeforeEach
    public void emptyTheGraph() {
        clear();
    }

    protected static void clear() {
        SharedNeo4j.clear();
    }

    /** The graph as readers see it ({@link GraphFingerprint#ofCurrent}). */
    protected static String fingerprint() {
        return GraphFingerprint.ofCurrent(driver).text();
    }
}
