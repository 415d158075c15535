package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/roadmap-format.md shows what the reader does: its example file is valid, its messages are the real ones. */
class FormatDocumentationTest {

    private static final Path DOC = Path.of("../docs/roadmap-format.md");
    private static final Pattern MESSAGE_ROW = Pattern.compile("^\\| [^|]+ \\| `([a-z0-9.-]+):(\\d+):(\\d+): (.*)` \\|$");

    private static String doc;

    @BeforeAll
    static void readTheDocument() throws IOException {
        doc = Files.readString(DOC);
    }

    @Test
    void theExampleFileInTheDocumentIsValid() {
        int start = doc.lastIndexOf("```yaml\n");
        String example = doc.substring(start + "```yaml\n".length(), doc.indexOf("```", start + 7));

        Roadmap roadmap = RoadmapReader.read("example.yaml", example);

        assertThat(roadmap.topics()).extracting(Topic::id).containsExactly("python", "rag", "bm25");
    }

    @Test
    void everyMessageInTheDocumentIsWhatTheReaderPrints() {
        List<String> rows = new ArrayList<>();
        for (String line : doc.split("\n")) {
            Matcher row = MESSAGE_ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            rows.add(row.group(1));
            Path fixture = ValidationProblemsTest.fixture(row.group(1));
            assertThat(RoadmapReader.validate(fixture)).as(line).contains(new Problem(fixture.toString(),
                    Integer.parseInt(row.group(2)), Integer.parseInt(row.group(3)), row.group(4)));
        }
        assertThat(rows).hasSizeGreaterThan(30);
    }

    @Test
    void theWarningsListedForTheBundledRoadmapAreWhatTheReaderReports() throws IOException {
        String start = "<!-- warnings of roadmaps/ai-engineer.yaml -->\n```text\n";
        int from = doc.indexOf(start) + start.length();
        String listed = doc.substring(from, doc.indexOf("```\n<!-- end of warnings -->", from));
        String file = Files.readString(Path.of("src/main/resources/" + RoadmapReader.AI_ENGINEER_RESOURCE));

        List<Problem> warnings = RoadmapReader.warnings(RoadmapReader.AI_ENGINEER_RESOURCE, file);

        assertThat(warnings).isNotEmpty();
        assertThat(listed.lines()).containsExactlyElementsOf(warnings.stream().map(Problem::toString).toList());
    }
}
