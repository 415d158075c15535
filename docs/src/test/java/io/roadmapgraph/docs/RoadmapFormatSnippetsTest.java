package io.roadmapgraph.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.RoadmapReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of docs/roadmap-format.md that are not whole roadmaps (the whole ones are roadmap-model's
 * FormatDocumentationTest's and JavaExamplesIT's): the requirement groups are a part of the valid file the page names,
 * and the editor snippets name the schema file that is there and are taken by the reader.
 */
class RoadmapFormatSnippetsTest {

    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    private static final Path PAGE = MarkdownBlocks.DOCS.resolve("roadmap-format.md");
    private static final Pattern FROM = Pattern.compile("\\(from\\s+`([^`]+)`\\):\\s*$");
    private static final Pattern SCHEMA_PATH = Pattern.compile("[./]*/roadmap-model/src/main/resources/roadmap\\.schema\\.json");
    /** A roadmap file two folders below the repository root, as the snippets' relative paths assume. */
    private static final Path A_ROADMAP_FILE = ROOT.resolve("my-roadmaps/roadmaps/my-roadmap.yaml");

    @Test
    void theRequirementGroupsAreAPartOfTheValidFileThePageNames() throws IOException {
        List<String> lines = Files.readAllLines(PAGE);
        MarkdownBlocks.Block groups = blocks().stream().filter(b -> b.code().contains("anyOf:")).findFirst()
                .orElseThrow();
        String before = String.join("\n", lines.subList(groups.line() - 4, groups.line() - 1));
        Matcher from = FROM.matcher(before);
        assertThat(from.find()).as("%s names the file it quotes: %s", groups.where(), before).isTrue();
        Path file = ROOT.resolve(from.group(1));

        assertThat(Files.readString(file)).contains(groups.code().indent(4));
        assertThat(RoadmapReader.validate(file)).isEmpty();
    }

    @Test
    void theEditorSnippetsNameTheSchemaFileThatIsThere() {
        List<MarkdownBlocks.Block> snippets = editorSnippets();
        assertThat(snippets).hasSize(3);
        assertThat(snippets).allSatisfy(snippet -> assertThat(SCHEMA_PATH.matcher(snippet.code()).results()
                .map(m -> m.group().startsWith("./") ? ROOT.resolve(m.group()) : A_ROADMAP_FILE.resolveSibling(m.group())))
                .as(snippet.where()).isNotEmpty()
                .allSatisfy(schema -> assertThat(schema.normalize()).isEqualTo(
                        ROOT.resolve("roadmap-model/src/main/resources").resolve(RoadmapReader.SCHEMA_RESOURCE))
                        .isRegularFile()));
    }

    @Test
    void theReaderTakesTheSchemaFieldAndTheModelineAndVsCodesSettingsAreJson() throws IOException {
        List<MarkdownBlocks.Block> snippets = editorSnippets();
        List<Problem> yaml = RoadmapReader.validate("my-roadmap.yaml", snippets.get(0).code());
        List<Problem> json = RoadmapReader.validate("my-roadmap.json", snippets.get(2).code());

        assertThat(yaml).as("only the missing fields").isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.message()).contains("missing"));
        assertThat(json).as("only the missing fields").isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.message()).contains("missing").doesNotContain("$schema"));
        assertThat(new ObjectMapper().readTree(snippets.get(1).code()).fieldNames()).toIterable()
                .containsExactly("yaml.schemas", "json.schemas");
    }

    private static List<MarkdownBlocks.Block> blocks() {
        return MarkdownBlocks.of(PAGE);
    }

    /** The yaml and json blocks of "Editor support": the modeline, VS Code's settings, the JSON field. */
    private static List<MarkdownBlocks.Block> editorSnippets() {
        return blocks().stream().filter(b -> b.language().equals("yaml") || b.language().equals("json"))
                .filter(b -> b.code().contains("roadmap.schema.json") && !b.code().contains("\ntopics:"))
                .toList();
    }
}
