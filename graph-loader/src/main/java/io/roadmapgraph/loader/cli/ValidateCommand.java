package io.roadmapgraph.loader.cli;

import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RoadmapValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code graph-loader validate FILE...}: reads every file and reports every problem. Needs no database. */
@Command(name = "validate",
        description = "Checks roadmap files and reports every problem as file:line:column: message, and every warning "
                + "as file:line:column: warning: message (warnings do not make a file invalid). "
                + "Needs no database and writes nothing.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_INVALID, ExitCodes.LIST_USAGE})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "roadmap files (.yaml, .yml or .json)")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            try {
                Roadmap roadmap = RoadmapReader.read(file);
                List<Problem> warnings = RoadmapReader.warnings(file);
                out.println("valid    " + file + ": " + SummaryPrinter.contents(roadmap)
                        + (warnings.isEmpty() ? "" : "; " + SummaryPrinter.count(warnings.size(), "warning")));
                warnings.forEach(err::println); // warnings never make a file invalid
            } catch (RoadmapValidationException e) {
                invalid++;
                out.println("INVALID  " + file + ": " + SummaryPrinter.count(e.problems().size(), "problem"));
                e.problems().forEach(problem -> err.println(problem));
            }
        }
        if (invalid > 0) {
            out.println(invalid + " of " + SummaryPrinter.count(files.size(), "file") + " invalid");
            return ExitCodes.INVALID_INPUT;
        }
        out.println(SummaryPrinter.count(files.size(), "file") + " valid");
        return ExitCodes.OK;
    }
}
