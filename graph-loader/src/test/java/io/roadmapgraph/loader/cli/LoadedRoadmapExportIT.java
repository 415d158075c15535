package io.roadmapgraph.loader.cli;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code graph-loader export --roadmap ID} writes a loaded roadmap (its current revision) as Markdown: load, export,
 * import and load again give the same phases, topics and subtopics, tools, projects and route. Not the same
 * fingerprint: the values the import proposes rest on what the graph does not keep (a topic's weight and number, the
 * group headings), see docs/markdown-import.md; {@code LoadedRoadmapIT} shows the graph read back loads as the same
 * fingerprint.
 */
class LoadedRoadmapExportIT extends Neo4jTestSupport {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void ok(String... args) {
        Run run = run(args);
        assertThat(run.code()).as("graph-loader %s: %s", String.join(" ", args), run.err()).isZero();
    }

    @Test
    void loadExportImportAndLoadAgainGiveTheSameRoadmapParts() throws IOException {
        Path document = dir.resolve("stappenplan_AI_Engineer.md");
        try (InputStream in = getClass().getResourceAsStream("/markdown/stappenplan_AI_Engineer.md")) {
            Files.copy(in, document);
        }
        String uri = neo4j.boltUri().toString();
        ok("import", document.toString(), "-o", dir.resolve("first.yaml").toString(), "--id", "ai-plan");
        ok("load", "--uri", uri, "-q", dir.resolve("first.yaml").toString());

        ok("export", "--uri", uri, "-q", "--roadmap", "ai-plan", "-o", dir.resolve("exported.md").toString());
        ok("import", dir.resolve("exported.md").toString(), "-o", dir.resolve("second.yaml").toString(),
                "--id", "ai-plan");
        clear();
        ok("load", "--uri", uri, "-q", dir.resolve("second.yaml").toString());

        Roadmap first = RoadmapReader.read(dir.resolve("first.yaml"));
        Roadmap second = RoadmapReader.read(dir.resolve("second.yaml"));
        assertThat(parts(second)).containsExactlyInAnyOrderElementsOf(parts(first));
        assertThat(driver.executableQuery("MATCH (r:Roadmap {id: 'ai-plan'}) MATCH (:Revision {id: r.revision})"
                + "-[:INCLUDES]->(t:Topic) RETURN count(t) AS n").execute().records().get(0).get("n").asInt())
                .isEqualTo(first.topics().size());
    }

    /** What a Markdown round trip keeps, by id: phases, topics with their place, tools, projects, route. */
    private static List<String> parts(Roadmap roadmap) {
        List<String> parts = new ArrayList<>();
        roadmap.phases().forEach(p -> parts.add("phase " + p.number() + " " + p.title().preferred() + " "
                + p.duration()));
        roadmap.topics().forEach(t -> parts.add("topic " + t.id() + " < " + t.parent().orElse("-") + " " + t.phase()
                + " " + t.layer().orElse("-") + " " + t.importance() + " " + t.startHere() + " " + t.tools().stream().sorted().toList()));
        roadmap.tools().forEach(t -> parts.add("tool " + t.id() + " " + t.name() + " " + t.category()));
        roadmap.projects().forEach(p -> parts.add("project " + p.id() + " " + p.level() + " " + p.topics().stream().sorted().toList()));
        roadmap.route().forEach(s -> parts.add("stage " + s.id() + " " + s.steps().size()));
        return parts;
    }

    @Test
    void aRoadmapTheGraphDoesNotHoldIsRefusedWithExitCode5AndNoFile() {
        Path output = dir.resolve("none.md");
        Run run = run("export", "--uri", neo4j.boltUri().toString(), "-q", "--roadmap", "no-such-roadmap",
                "-o", output.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.UNKNOWN_ROADMAP);
        assertThat(run.err()).contains("graph-loader: no roadmap 'no-such-roadmap' is in the graph; nothing was written");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFileAndARoadmapIdTogetherAreAUsageError() {
        Run run = run("export", "plan.yaml", "--roadmap", "ai-plan");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("give either a roadmap file or --roadmap ID, not both");
    }
}
