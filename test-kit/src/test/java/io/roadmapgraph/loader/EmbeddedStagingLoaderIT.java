package io.roadmapgraph.loader;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.GraphFingerprint;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static io.roadmapgraph.loader.RoadmapFixture.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A loader whose batches go through the embedded Neo4j's kernel ({@link StagingWriter}) writes what Cypher writes. */
class EmbeddedStagingLoaderIT extends Neo4jTestSupport {

    private static final Supplier<Roadmap> BASICS = () -> roadmap("basics")
            .topic("python", 1).topic("prompting", 2).topic("rag", 2).topic("bm25", 2)
            .requires("prompting", "python").requires("rag", "prompting").requires("bm25", "python")
            .subtopic("bm25", "rag")
            .tool("openai", "prompting", "rag").tool("jupyter", "python")
            .project("faq-bot", "rag", "bm25").choices("rag", "python", "prompting").build();

    private static RoadmapLoader cypher() {
        return new RoadmapLoader(driver, LoaderOptions.defaults().withBatchSize(50));
    }

    private static RoadmapLoader kernel() {
        return new RoadmapLoader(driver, LoaderOptions.defaults().withBatchSize(50), neo4j.stagingWriter());
    }

    /** The graph with every stored property's type: a list stored as anything but its list, a number as text, shows. */
    private static String written() {
        List<String> types = driver.executableQuery("""
                        MATCH (n) UNWIND keys(n) AS k
                        WITH labels(n) AS labels, k, valueType(n[k]) AS type RETURN DISTINCT labels, k, type
                        UNION MATCH ()-[r]->() UNWIND keys(r) AS k
                        WITH [type(r)] AS labels, k, valueType(r[k]) AS type RETURN DISTINCT labels, k, type""")
                .execute().records().stream().map(r -> r.get("labels").asList() + "." + r.get("k").asString() + ": "
                        + r.get("type").asString()).sorted().toList();
        return GraphFingerprint.ofContent(driver).text() + "\n" + String.join("\n", types);
    }

    @Test
    void roadmapsLoadedThroughTheKernelAreTheGraphsCypherWrites() {
        for (Roadmap roadmap : List.of(BASICS.get(), RoadmapReader.aiEngineer(),
                SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(400, 7)))) {
            clear();
            cypher().load(roadmap);
            String byCypher = written();
            clear();

            kernel().load(roadmap);

            assertThat(written()).as(roadmap.id()).isEqualTo(byCypher);
        }
    }

    @Test
    void aReloadThroughTheKernelSaysWhatChangedAsCypherDoesAndCountsTheSameCommits() {
        Roadmap changed = roadmap("basics").topic("python", 1).topic("agents", 2).requires("agents", "python")
                .edition("second").build();
        cypher().load(BASICS.get());
        long before = neo4j.changes().commits();
        LoadSummary byCypher = cypher().load(changed);
        long cypherCommits = neo4j.changes().commits() - before;
        String graphByCypher = GraphFingerprint.ofCurrent(driver).text();
        clear();
        kernel().load(BASICS.get());
        before = neo4j.changes().commits();

        LoadSummary byKernel = kernel().load(changed);

        assertThat(byKernel).isEqualTo(byCypher);
        assertThat(neo4j.changes().commits() - before).as("commits readers see: not the batches")
                .isEqualTo(cypherCommits);
        assertThat(GraphFingerprint.ofCurrent(driver).text()).isEqualTo(graphByCypher);
    }

    @Test
    void aFailureHalfWayThroughTheKernelLeavesThePreviousGraphAsItWas() {
        kernel().load(BASICS.get());
        GraphFingerprint before = GraphFingerprint.of(driver);
        Roadmap changed = roadmap("basics").topic("python", 1).topic("agents", 2).requires("agents", "python")
                .edition("broken").build();
        RoadmapLoader failing = new RoadmapLoader(driver, LoaderOptions.defaults().withBatchSize(1), (what, batch) -> {
            if (batch == 6) {
                throw new IllegalArgumentException("injected failure after batch 6");
            }
        }, Optional.of(neo4j.stagingWriter()));

        assertThatThrownBy(() -> failing.load(changed)).hasMessageContaining("injected failure after batch 6");

        assertThat(GraphFingerprint.of(driver)).as("the graph, and what the failed load wrote deleted")
                .isEqualTo(before);
    }
}
