package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.testkit.GraphFingerprint;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory of graph model 1 (one node per id shared by all roadmaps, no revisions, a uniqueness constraint on
 * {@code id} per label) is carried to model 2: roadmaps whose file is known are loaded again, the others converted.
 * The version-1 graph is written here with Cypher, the way the version-1 loader wrote it.
 */
class MigrationIT extends Neo4jTestSupport {

    /**
     * Version-1 files: no origins (they came with version 2); bm25's requirement on its parent is the reader's. Their
     * shared topic is the same in both (version 1 kept one copy: the last roadmap's).
     */
    private static final Roadmap FIRST = RoadmapReader.read("first.yaml", """
            id: first
            title: First roadmap
            summary: Python, RAG and a bot
            source: {document: first.md, language: en, basedOn: A version-1 file}
            phases:
              - {number: 1, title: Basics, goal: Learn to program}
              - {number: 2, title: Applications, goal: Build with models}
            topics:
              - {id: python, title: Python, summary: The language, phase: 1, importance: key, estimatedHours: 40,
                 points: [Types], tools: [jupyter]}
              - {id: rag, title: RAG, summary: Retrieval, phase: 2, importance: core, estimatedHours: 30,
                 requires: [{topic: python, reason: You build it in Python}]}
              - {id: bm25, title: BM25, summary: Term-based retrieval, phase: 2, parent: rag, importance: elective,
                 estimatedHours: 5}
            tools:
              - {id: jupyter, name: Jupyter, category: dev-tool, url: "https://jupyter.org", description: Notebooks}
            projects:
              - {id: qa-bot, title: QA bot, summary: Answers questions, level: beginner, topics: [rag]}
            """);
    private static final Roadmap SECOND = RoadmapReader.read("second.yaml", """
            id: second
            title: Second roadmap
            summary: Python and agents
            source: {document: second.md, language: en, basedOn: Another version-1 file}
            phases:
              - {number: 1, title: Basics, goal: Learn to program}
              - {number: 2, title: Agents, goal: Build agents}
            topics:
              - {id: python, title: Python, summary: The language, phase: 1, importance: key, estimatedHours: 40,
                 points: [Types], tools: [jupyter]}
              - {id: agents, title: Agents, summary: Tools and loops, phase: 2, importance: core, estimatedHours: 25,
                 tools: [jupyter], requires: [{topic: python, reason: Agents are written in Python}]}
            tools:
              - {id: jupyter, name: Jupyter, category: dev-tool, url: "https://jupyter.org", description: Notebooks}
            """);

    private final RoadmapLoader loader = new RoadmapLoader(driver);

    /** The shared database outlives this class: no version-1 constraint may stay behind for the next tests. */
    @org.junit.jupiter.api.AfterEach
    void dropTheVersion1Constraints() {
        Migration.version1Constraints().forEach(name -> driver.executableQuery("DROP CONSTRAINT " + name
                + " IF EXISTS").execute());
    }

    @Test
    void convertsEveryRoadmapOfAVersion1GraphIntoTheGraphAFreshLoadGives() {
        String fresh = freshGraphOf(FIRST, SECOND);
        writeVersion1(FIRST, SECOND);

        List<String> done = loader.migrate(List.of(), Optional.empty());

        assertThat(done).containsExactly(
                "roadmap first converted from the graph (a topic it shared with another roadmap has the properties"
                        + " of the roadmap loaded last in version 1)",
                "roadmap second converted from the graph (a topic it shared with another roadmap has the properties"
                        + " of the roadmap loaded last in version 1)");
        assertThat(fingerprint()).isEqualTo(fresh);
        assertThat(versions()).containsOnly(GraphModel.CURRENT_MODEL_VERSION);
        assertThat(count("MATCH (n) WHERE n.rev IS NULL AND NOT n:Roadmap RETURN count(n)"))
                .as("nothing of version 1 is left").isZero();
        assertThat(constraintNames()).doesNotContainAnyElementsOf(Migration.version1Constraints());
        RoadmapQueries queries = new RoadmapQueries(driver);
        assertThat(queries.prerequisites("agents", true)).extracting(r -> r.topic().id()).containsExactly("python");
        assertThat(queries.topic("python").roadmaps()).containsExactly("first", "second");
        assertThat(driver.executableQuery("MATCH (:Topic {id: 'bm25'})-[r:REQUIRES]->(:Topic {id: 'rag'})"
                + " RETURN r.origin AS origin").execute().records()).extracting(r -> r.get("origin").asString())
                .as("the subtopic rule's requirement is still the rule's, not the document's")
                .containsExactly("inferred:subtopic-requires-parent");
    }

    @Test
    void aGraphOfModel0BecomesTheGraphAFreshLoadGivesItsSubtopicsRequiringTheirParent() {
        String fresh = freshGraphOf(FIRST, SECOND);
        writeVersion1(FIRST, SECOND);
        // graph model 0: no modelVersion, "" for a missing Dutch text, and no subtopic rule (bm25 did not require rag)
        driver.executableQuery("MATCH (r:Roadmap) REMOVE r.modelVersion").execute();
        driver.executableQuery("MATCH (n) WHERE n.title IS NOT NULL AND n.titleNl IS NULL SET n.titleNl = ''")
                .execute();
        driver.executableQuery("MATCH ()-[r:REQUIRES]->() SET r.reasonNl = ''").execute();
        driver.executableQuery("MATCH (t:Topic {id: 'python'}) SET t.pointsNl = ['']").execute();
        driver.executableQuery("MATCH (:Topic {id: 'bm25'})-[r:REQUIRES]->(:Topic {id: 'rag'}) DELETE r").execute();

        loader.migrate(List.of(), Optional.empty());

        assertThat(fingerprint()).isEqualTo(fresh);
        assertThat(new RoadmapQueries(driver).prerequisites("bm25", true)).extracting(r -> r.topic().id())
                .containsExactlyInAnyOrder("rag", "python");
    }

    @Test
    void aMigrationKeepsTheLearnerSubgraphThoughItHasNoRevisionEither() {
        writeVersion1(FIRST);
        driver.executableQuery("CREATE (:Learner {id: 'ann'})-[:HAS_PROGRESS]->(:Progress {learner: 'ann',"
                + " topic: 'rag', status: 'DONE', hoursSpent: 1, note: '', updatedAt: 0})").execute();

        loader.migrate(List.of(), Optional.empty());

        assertThat(count("MATCH (:Learner {id: 'ann'})-[:HAS_PROGRESS]->(p:Progress {topic: 'rag'}) RETURN count(p)"))
                .isEqualTo(1);
        assertThat(count("MATCH (n) WHERE n.rev IS NULL AND NOT (n:Roadmap OR n:Learner OR n:Progress)"
                + " RETURN count(n)")).as("nothing of version 1 is left").isZero();
    }

    @Test
    void aRoadmapWhoseFileIsKnownIsLoadedAgainFromItAndComesFirst() {
        writeVersion1(FIRST, SECOND);

        List<String> done = loader.migrate(List.of(SECOND), Optional.of("second"));

        assertThat(done).first().isEqualTo("roadmap second loaded again from its file");
        assertThat(driver.executableQuery("MATCH (r:Roadmap) RETURN r.id AS id ORDER BY r.loadOrder").execute()
                .records()).extracting(r -> r.get("id").asString()).containsExactly("second", "first");
        assertThat(loader.migrate(List.of(), Optional.empty())).as("a second migration has nothing to do").isEmpty();
    }

    @Test
    void theFirstLoadOfALoaderMigratesAVersion1GraphFirst() {
        String fresh = freshGraphOf(FIRST, SECOND);
        writeVersion1(FIRST, SECOND);

        LoadSummary summary = new RoadmapLoader(driver).load(FIRST);

        assertThat(summary.changed()).as("the migration loaded it from this file already").isFalse();
        assertThat(fingerprint()).isEqualTo(fresh);
        assertThat(versions()).containsOnly(GraphModel.CURRENT_MODEL_VERSION);
        TopicNode python = new RoadmapQueries(driver).topic("python");
        assertThat(python.roadmaps()).containsExactly("first", "second");
    }

    private String freshGraphOf(Roadmap... roadmaps) {
        for (Roadmap roadmap : roadmaps) {
            loader.load(roadmap);
        }
        String fresh = fingerprint();
        clear();
        return fresh;
    }

    /**
     * Writes the roadmaps as the version-1 loader did, in this order: one node per id, a shared node's properties
     * those of the roadmap written last, {@code roadmaps} on shared nodes and relationships, the roadmap's texts on
     * its {@code Roadmap} node with {@code modelVersion} 1, no origins (they came with version 2: {@code titleOrigin},
     * {@code hoursOrigin}, a requirement's {@code origin}...), and the version-1 uniqueness constraints.
     */
    private static void writeVersion1(Roadmap... roadmaps) {
        for (String name : Migration.version1Constraints()) {
            String label = GraphModel.LABELS.stream().filter(l -> name.equals(l.replaceAll("([a-z])([A-Z])", "$1_$2")
                    .toLowerCase(java.util.Locale.ROOT) + "_id")).findFirst().orElseThrow();
            driver.executableQuery("CREATE CONSTRAINT " + name + " IF NOT EXISTS FOR (n:" + label
                    + ") REQUIRE n.id IS UNIQUE").execute();
        }
        for (Roadmap roadmap : roadmaps) {
            LoadRows rows = LoadRows.of(roadmap);
            for (LoadRows.Node node : rows.nodes()) {
                Map<String, Object> props = withoutOrigins(node.properties());
                props.remove(GraphModel.ROADMAPS);
                String label = node.label();
                if (label.equals(GraphModel.REVISION_LABEL)) {
                    label = GraphModel.ROADMAP;
                    props.put(GraphModel.MODEL_VERSION, 1);
                    props.put(GraphModel.REVISION, UUID.randomUUID().toString());
                }
                boolean shared = List.of(GraphModel.TOPIC, GraphModel.TOOL, GraphModel.PROJECT).contains(label);
                if (shared) {
                    props.remove(GraphModel.ROADMAP_ID);
                }
                driver.executableQuery("MERGE (n:" + label + " {id: $id}) SET n += $props"
                                + (shared ? " SET n.roadmaps = coalesce(n.roadmaps, []) + $roadmap" : ""))
                        .withParameters(Map.of("id", node.id(), "props", props, "roadmap", roadmap.id())).execute();
            }
            for (LoadRows.Relationship rel : rows.relationships()) {
                Map<String, Object> props = withoutOrigins(rel.properties());
                boolean shared = props.remove(GraphModel.ROADMAPS) != null;
                String from = rel.fromLabel().equals(GraphModel.REVISION_LABEL) ? GraphModel.ROADMAP : rel.fromLabel();
                driver.executableQuery("MATCH (a:" + from + " {id: $from}) MATCH (b:" + rel.toLabel() + " {id: $to})"
                                + " MERGE (a)-[r:" + rel.type() + "]->(b) SET r += $props"
                                + (shared ? " SET r.roadmaps = coalesce(r.roadmaps, []) + $roadmap" : ""))
                        .withParameters(Map.of("from", rel.from(), "to", rel.to(), "props", props,
                                "roadmap", roadmap.id())).execute();
            }
        }
    }

    private static Map<String, Object> withoutOrigins(Map<String, Object> properties) {
        Map<String, Object> props = new LinkedHashMap<>(properties);
        props.keySet().removeIf(key -> key.equals(GraphModel.ORIGIN) || key.endsWith(GraphModel.ORIGIN_SUFFIX));
        return props;
    }

    private static List<Integer> versions() {
        return driver.executableQuery("MATCH (r:Roadmap) RETURN r.modelVersion AS v").execute().records().stream()
                .map(r -> r.get("v").asInt()).toList();
    }

    private static long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }

    private static List<String> constraintNames() {
        return driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }
}
