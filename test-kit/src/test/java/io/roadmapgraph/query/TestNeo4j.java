package io.roadmapgraph.query;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.testkit.SharedNeo4j;
import org.neo4j.driver.Driver;

/** The test kit's shared Neo4j, emptied, with the schema (constraints, full-text index) in place. */
final class TestNeo4j implements AutoCloseable {

    private final Driver driver;
    private final RoadmapLoader loader;

    private TestNeo4j() {
        this.driver = SharedNeo4j.driver();
        SharedNeo4j.clear();
        this.loader = new RoadmapLoader(driver);
        loader.ensureSchema();
    }

    static TestNeo4j start() {
        return new TestNeo4j();
    }

    Driver driver() {
        return driver;
    }

    RoadmapLoader loader() {
        return loader;
    }

    /** Leaves the shared Neo4j running for the next test class. */
    @Override
    public void close() {
    }
}
