package io.roadmapgraph.loader;

import io.roadmapgraph.testkit.CypherPropertyKeys;
import io.roadmapgraph.testkit.Neo4jTestSupport;

import io.roadmapgraph.graph.GraphModel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/graph-model.md and the loader agree: every name is documented, every example runs on a loaded graph. */
class GraphModelDocIT extends Neo4jTestSupport {

    private static final Path DOC = Path.of("..", "docs", "graph-model.md");
    private static final Pattern CYPHER_BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);
    /** The property list of a node or relationship in the model block: {@code {id, title, motto?, ...}}. */
    private static final Pattern PROPERTIES = Pattern.compile("\\{([^}]*)}", Pattern.DOTALL);

    @Test
    void documentsEveryLabelAndRelationshipType() throws IOException {
        String doc = Files.readString(DOC);

        GraphModel.LABELS.forEach(label -> assertThat(doc).contains("(:" + label + " {"));
        GraphModel.RELATIONSHIP_TYPES.forEach(type -> assertThat(doc).containsPattern("\\[:" + type + "[ \\]]"));
        assertThat(doc).contains(GraphModel.FULLTEXT_INDEX);
        GraphModel.LABELS.forEach(label -> assertThat(doc).contains("`" + Schema.constraintName(label) + "`"));
    }

    @Test
    void documentsEveryPropertyKeyOfTheModelAndNoOther() throws IOException {
        String doc = Files.readString(DOC);
        String model = doc.substring(doc.indexOf("## Labels, properties and relationships"));
        model = model.substring(model.indexOf("```") + 3);
        model = model.substring(0, model.indexOf("```"));

        Set<String> documented = new TreeSet<>();
        Matcher properties = PROPERTIES.matcher(model);
        while (properties.find()) {
            for (String property : properties.group(1).split(",")) {
                documented.add(property.replaceAll(":.*", "").replace("?", "").strip());
            }
        }
        assertThat(documented).as("the property keys of %s", DOC).isEqualTo(new TreeSet<>(GraphModel.PROPERTY_KEYS));
    }

    @Test
    void theCypherExamplesNameOnlyPropertyKeysOfTheModel() throws IOException {
        Matcher blocks = CYPHER_BLOCK.matcher(Files.readString(DOC));
        while (blocks.find()) {
            assertThat(CypherPropertyKeys.unknownIn(blocks.group(1))).as("unknown keys in%n%s", blocks.group(1))
                    .isEmpty();
        }
    }

    @Test
    void everyCypherExampleRunsAndFindsSomethingOnALoadedGraph() throws IOException {
        new RoadmapLoader(driver).load(RoadmapFixture.roadmap("basics")
                .topic("python", 1).topic("rag", 2).requires("rag", "python").tool("openai", "rag")
                .project("faq-bot", "rag").build());
        new RoadmapLoader(driver).load(RoadmapFixture.roadmap("other").topic("rag", 2).build());
        Map<String, Object> parameters = Map.of("roadmap", "basics", "topic", "rag", "search", "rag");

        Matcher blocks = CYPHER_BLOCK.matcher(Files.readString(DOC));
        int examples = 0;
        while (blocks.find()) {
            String query = blocks.group(1);
            List<?> records = driver.executableQuery(query).withParameters(parameters).execute().records();
            assertThat(records).as("rows of%n%s", query).isNotEmpty();
            examples++;
        }
        assertThat(examples).isGreaterThanOrEqualTo(5);
    }
}
