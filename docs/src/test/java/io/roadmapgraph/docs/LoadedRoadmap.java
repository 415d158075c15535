package io.roadmapgraph.docs;

import io.roadmapgraph.embedded.EmbeddedNeo4j;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/** An embedded Neo4j with the bundled AI Engineer roadmap loaded by the graph-loader, for one test class. */
final class LoadedRoadmap implements AutoCloseable {

    private static final TransactionConfig READ = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();

    final Roadmap roadmap = RoadmapReader.aiEngineer();
    final EmbeddedNeo4j neo4j;
    final Driver driver;

    LoadedRoadmap() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.temporary());
        driver = neo4j.openDriver();
        new RoadmapLoader(driver).load(roadmap);
    }

    /** Runs a recipe with its default parameters in a read transaction. */
    List<Record> run(Recipe recipe) {
        return run(recipe, recipe.values());
    }

    List<Record> run(Recipe recipe, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(recipe.query(), parameters).list(), READ);
        }
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
