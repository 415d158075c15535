package io.roadmapgraph.loader.cli;

import io.roadmapgraph.markdown.MarkdownExporter;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RoadmapValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code graph-loader export ROADMAP}: a roadmap file rendered as a Markdown document (no database), or with
 * {@code --roadmap ID} the current revision of a loaded roadmap, read from Neo4j.
 */
@Command(name = "export",
        description = "Writes a roadmap file (YAML or JSON), or with --roadmap a roadmap loaded in Neo4j, as a "
                + "Markdown document in the style 'import' reads, in Dutch or English; to standard output unless -o "
                + "is given. Prerequisites and hours are not written.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_INVALID, ExitCodes.LIST_USAGE_DATABASE,
                ExitCodes.LIST_UNREACHABLE,
                ExitCodes.LIST_UNKNOWN_ROADMAP})
final class ExportCommand extends DatabaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROADMAP",
            description = "the roadmap file (.yaml, .yml or .json); or give --roadmap")
    private Path roadmapFile;

    @Option(names = "--roadmap", paramLabel = "ID",
            description = "export the roadmap with this id as it is loaded in Neo4j (its current revision; --uri "
                    + "and the other connection options say where)")
    private String loadedId;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.md", description = "the Markdown file to write")
    private Path output;

    @CommandLine.Mixin
    private LanguageAndForce shared;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Integer> usage = shared.check(output, err);
        if (usage.isPresent()) {
            return usage.get();
        }
        if ((roadmapFile == null) == (loadedId == null)) {
            err.println("graph-loader: give either a roadmap file or --roadmap ID, not " + (loadedId == null
                    ? "neither" : "both"));
            return ExitCodes.USAGE;
        }
        if (loadedId != null) {
            try (Progress progress = progress()) {
                return withLoader(progress, loader -> loader.readLoaded(loadedId)
                        .map(roadmap -> write(roadmap, "roadmap " + loadedId + " (loaded)"))
                        .orElseGet(() -> {
                            List<String> loaded = loader.roadmapIds();
                            err.println("graph-loader: no roadmap '" + loadedId + "' is in the graph; nothing was "
                                    + "written (the graph holds " + (loaded.isEmpty() ? "no roadmap"
                                    : String.join(", ", loaded)) + ")");
                            return ExitCodes.UNKNOWN_ROADMAP;
                        }));
            }
        }
        Roadmap roadmap;
        try {
            roadmap = RoadmapReader.read(roadmapFile);
        } catch (RoadmapValidationException e) {
            out.println("INVALID  " + roadmapFile + ": " + SummaryPrinter.count(e.problems().size(), "problem"));
            e.problems().forEach(err::println);
            err.println("nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        return write(roadmap, roadmapFile.toString());
    }

    private int write(Roadmap roadmap, String from) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String markdown = MarkdownExporter.export(roadmap, shared.language().orElse(roadmap.languages().get(0)));
        if (output == null) {
            out.print(markdown);
            return ExitCodes.OK;
        }
        try {
            OutputFile.write(output, markdown);
        } catch (IOException e) {
            err.println("graph-loader: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        out.println("exported " + from + " -> " + output + ": " + SummaryPrinter.contents(roadmap));
        return ExitCodes.OK;
    }
}
