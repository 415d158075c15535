package io.roadmapgraph.query;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded Neo4j's snapshot reader (its Java API in this JVM) and the driver's (Cypher over Bolt) build the same
 * snapshot, of every part, after loads of roadmaps that share topics, a reload, hand edits and a removal.
 */
class SnapshotReadersIT extends Neo4jTestSupport {

    private final RoadmapLoader loader = new RoadmapLoader(driver);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 2_026L})
    void theEmbeddedReaderAndTheBoltReaderGiveTheSameSnapshotThroughLoadsHandEditsAndARemoval(long seed) {
        loader.load(bundled());
        loader.load(SyntheticRoadmap.withGroups(SyntheticRoadmap.generate(
                new SyntheticRoadmap.Spec("alpha", 120, 7, 3.0, 3, 4, 6, seed)), 0.3, seed));
        loader.load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("beta", 80, 5, 2.0, 2, 3, 4, seed + 1)));
        GraphSnapshot loaded = assertSameSnapshot("three roadmaps, two sharing topics");
        assertThat(loaded.all().topics().size()).isGreaterThan(150);
        assertThat(loaded.byRoadmap()).containsKeys("ai-engineer", "alpha", "beta");
        assertThat(loaded.requires()).isNotEmpty();
        assertThat(loaded.groups(Optional.of("alpha"))).isNotEmpty();
        assertThat(loaded.routes().get("ai-engineer")).isNotEmpty();
        assertThat(loaded.projects()).isNotEmpty();
        assertThat(loaded.phases()).isNotEmpty();
        assertThat(loaded.searchTexts().prefixed("synthetictool", Optional.of("alpha"), Set.of()))
                .as("the tools' texts").isNotEmpty().allMatch(hit -> hit.kind() == SearchHit.Kind.TOOL);

        loader.load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("alpha", 90, 6, 2.0, 3, 4, 5, seed + 2)));
        assertSameSnapshot("alpha reloaded, changed");

        driver.executableQuery("""
                MATCH (r:Roadmap {id: 'beta'}) MATCH (t:Topic {id: 't3', rev: r.revision})
                MATCH (q:Topic {id: 't0', rev: r.revision})
                SET t.title = 'Edited by hand', t.estimatedHours = 99, t.formerIds = ['old-t3']
                MERGE (t)-[e:REQUIRES]->(q) SET e.reason = 'added by hand'""").execute();
        GraphSnapshot edited = assertSameSnapshot("a hand edit");
        assertThat(edited.byRoadmap().get("beta").topics().get("t3").title().en().orElseThrow()).isEqualTo("Edited by hand");
        assertThat(edited.currentId("old-t3")).isEqualTo("t3");

        loader.remove("beta");
        assertSameSnapshot("beta removed");
    }

    private static GraphSnapshot assertSameSnapshot(String after) {
        GraphSnapshot bolt = new Reads(driver, QueryOptions.DEFAULTS).readSnapshot(GraphSnapshot::read);
        GraphSnapshot embedded = neo4j.changes().readSnapshot(Duration.ofSeconds(60), GraphSnapshot::build)
                .orElseThrow();
        assertThat(described(embedded)).as(after).isEqualTo(described(bolt));
        return embedded;
    }

    /** Every part of a snapshot as values that compare by content (a prerequisite graph, topic by topic). */
    private static Map<String, Object> described(GraphSnapshot s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("revision", s.revision());
        d.put("all", described(s.all()));
        Map<String, Object> byRoadmap = new TreeMap<>();
        s.byRoadmap().forEach((roadmap, view) -> byRoadmap.put(roadmap, described(view)));
        d.put("byRoadmap", byRoadmap);
        d.put("projects", List.copyOf(s.projects().entrySet()));
        d.put("candidates", s.candidates());
        d.put("candidatesByTopic", s.candidatesByTopic());
        d.put("phases", s.phases());
        d.put("requires", s.requires());
        d.put("requiredBy", s.requiredBy());
        d.put("groups", s.groups());
        d.put("routes", s.routes());
        d.put("studyHours", s.studyHours());
        d.put("formerIds", s.formerIds());
        Map<String, Object> search = new LinkedHashMap<>();
        for (String folded : List.of("topic", "t3", "topic12", "editedbyhand", "synthetictool", "tool", "project",
                "rag", "synthetischonderwerp")) {
            search.put(folded, List.of(s.searchTexts().exact(folded, Optional.empty(), 1),
                    s.searchTexts().exact(folded, Optional.of("alpha"), 1),
                    s.searchTexts().prefixed(folded, Optional.empty(), Set.of()),
                    s.searchTexts().prefixed(folded, Optional.of("beta"), Set.of())));
        }
        d.put("search", search);
        return d;
    }

    private static Map<String, Object> described(Subgraph view) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("topics in order", List.copyOf(view.topics().entrySet()));
        view.topics().keySet().forEach(id -> d.put(id, List.of(view.graph().requires(id),
                view.graph().requiredBy(id), view.graph().subtopics(id), view.graph().key(id),
                view.graph().hours(id))));
        return d;
    }

    private static Roadmap bundled() {
        try (InputStream in = RoadmapReader.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            return RoadmapReader.read("ai-engineer.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
