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
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code graph-loader export ROADMAP}: a roadmap file rendered as a Markdown document. Needs no database. */
@Command(name = "export",
        description = "Writes a roadmap file (YAML or JSON) as a Markdown document in the style 'import' reads, in "
                + "Dutch or English; to standard output unless -o is given. Prerequisites and hours are not written.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_INVALID, ExitCodes.LIST_USAGE})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ROADMAP", description = "the roadmap file (.yaml, .yml or .json)")
    private Path roadmapFile;

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
        Roadmap roadmap;
        try {
            roadmap = RoadmapReader.read(roadmapFile);
        } catch (RoadmapValidationException e) {
            out.println("INVALID  " + roadmapFile + ": " + SummaryPrinter.count(e.problems().size(), "problem"));
            e.problems().forEach(err::println);
            err.println("nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
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
        out.println("exported " + roadmapFile + " -> " + output + ": " + SummaryPrinter.contents(roadmap));
        return ExitCodes.OK;
    }
}
