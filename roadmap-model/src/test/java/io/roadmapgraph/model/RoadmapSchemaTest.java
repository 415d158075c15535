package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the JSON Schema for editors and the reader in step. */
class RoadmapSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonNode schemaTree;
    private static JsonSchema schema;

    @BeforeAll
    static void loadTheSchema() throws IOException {
        try (InputStream in = RoadmapSchemaTest.class.getClassLoader()
                .getResourceAsStream(RoadmapReader.SCHEMA_RESOURCE)) {
            assertThat(in).as(RoadmapReader.SCHEMA_RESOURCE + " on the classpath").isNotNull();
            schemaTree = JSON.readTree(in);
        }
        schema = FACTORY.getSchema(schemaTree);
    }

    private static JsonNode tree(Path file) {
        try {
            return (file.toString().endsWith(".json") ? JSON : YAML).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> validExamples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/examples/valid"))) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void theSchemaIsItselfAValidDraft202012Schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schemaTree)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void aValidExamplePassesBothTheReaderAndTheSchema(Path file) {
        assertThat(RoadmapReader.validate(file)).isEmpty();
        assertThat(schema.validate(tree(file))).extracting(ValidationMessage::getMessage).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-field.yaml", "unknown-field.json", "missing-field.yaml", "wrong-type.yaml",
        "not-a-map.yaml", "blank-text.yaml", "bad-url.yaml", "unknown-enum.yaml", "not-kebab.yaml",
        "project-without-topics.yaml"})
    void aFileTheReaderRejectsForItsShapeTheSchemaRejectsToo(String name) {
        Path file = ValidationProblemsTest.fixture(name);

        assertThat(RoadmapReader.validate(file)).isNotEmpty();
        assertThat(schema.validate(tree(file))).isNotEmpty();
    }

    @Test
    void theSchemaNamesTheFieldsTheReaderKnows() {
        assertThat(fieldNames(schemaTree)).containsExactlyInAnyOrderElementsOf(RoadmapMapper.ROOT);
        Map<String, List<String>> defs = Map.ofEntries(
                Map.entry("source", RoadmapMapper.SOURCE), Map.entry("phase", RoadmapMapper.PHASE),
                Map.entry("layer", RoadmapMapper.LAYER), Map.entry("topic", RoadmapMapper.TOPIC),
                Map.entry("prerequisite", RoadmapMapper.REQUIREMENT), Map.entry("tool", RoadmapMapper.TOOL),
                Map.entry("project", RoadmapMapper.PROJECT), Map.entry("routeStage", RoadmapMapper.STAGE),
                Map.entry("routeStep", RoadmapMapper.STEP), Map.entry("principle", RoadmapMapper.PRINCIPLE),
                Map.entry("successCriterion", RoadmapMapper.CRITERION), Map.entry("resource", RoadmapMapper.RESOURCE),
                Map.entry("requirementGroup", GroupReader.GROUP), Map.entry("electives", GroupReader.ELECTIVES),
                Map.entry("alternative", GroupReader.ALTERNATIVE));
        defs.forEach((def, fields) -> assertThat(fieldNames(schemaTree.path("$defs").path(def)))
                .as("fields of $defs/%s", def).containsExactlyInAnyOrderElementsOf(fields));
    }

    @Test
    void theSchemaListsTheEnumValuesOfTheModel() {
        Map<String, Class<? extends Enum<?>>> enums = Map.of("importance", Importance.class,
                "toolCategory", ToolCategory.class, "level", Level.class, "resourceKind", ResourceKind.class);
        enums.forEach((def, type) -> {
            List<String> values = new ArrayList<>();
            schemaTree.path("$defs").path(def).path("enum").forEach(v -> values.add(v.asText()));
            assertThat(values).as("enum of $defs/%s", def).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(Fields::fileName).toList());
        });
    }

    @Test
    void everyFieldHasADescriptionForEditors() {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed("", schemaTree, undescribed);
        schemaTree.path("$defs").fields().forEachRemaining(def -> collectUndescribed(def.getKey(), def.getValue(),
                undescribed));

        assertThat(undescribed).isEmpty();
    }

    @Test
    void theBundledAiEngineerRoadmapPassesTheSchema() throws IOException {
        try (InputStream in = RoadmapSchemaTest.class.getClassLoader()
                .getResourceAsStream(RoadmapReader.AI_ENGINEER_RESOURCE)) {
            assertThat(in).as(RoadmapReader.AI_ENGINEER_RESOURCE + " on the classpath").isNotNull();
            assertThat(schema.validate(YAML.readTree(in))).extracting(ValidationMessage::getMessage).isEmpty();
        }
    }

    private static Set<String> fieldNames(JsonNode objectSchema) {
        Set<String> names = new java.util.TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectUndescribed(String where, JsonNode objectSchema, List<String> undescribed) {
        Iterator<Map.Entry<String, JsonNode>> properties = objectSchema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode value = property.getValue();
            boolean described = value.has("description") || (value.has("$ref")
                    && schemaTree.at(value.get("$ref").asText().substring(1)).has("description"));
            if (!described) {
                undescribed.add(where + "." + property.getKey());
            }
            collectUndescribed(where + "." + property.getKey(), value, undescribed);
        }
    }
}
