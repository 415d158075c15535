package io.roadmapgraph.query;

import io.roadmapgraph.loader.EmbeddedNeo4j;
import io.roadmapgraph.loader.RoadmapLoader;
import org.neo4j.driver.Driver;

/** A throw-away embedded Neo4j with the schema (constraints, full-text index) in place, and a driver to it. */
final class TestNeo4j implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final RoadmapLoader loader;

    private TestNeo4j(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
        this.driver = neo4j.openDriver();
        this.loader = new RoadmapLoader(driver);
        loader.ensureSchema();
    }

    static TestNeo4j start() {
        return new TestNeo4j(EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary()));
    }

    Driver driver() {
        return driver;
    }

    RoadmapLoader loader() {
        return loader;
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
