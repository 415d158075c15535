package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.LoadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** {@code graph-loader remove ROADMAP-ID...}: takes roadmaps out of the graph, keeping what other roadmaps share. */
@Command(name = "remove",
        description = "Removes roadmaps from Neo4j, each in one transaction. Topics, tools and projects another "
                + "roadmap also has stay.")
final class RemoveCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "ROADMAP-ID", description = "ids of the roadmaps to remove")
    private List<String> roadmapIds;

    @Override
    public Integer call() {
        PrintWriter out = out();
        return withLoader(loader -> {
            for (String roadmapId : roadmapIds) {
                out.println((dryRun ? "Checking the removal of" : "Removing") + " roadmap " + roadmapId + " ...");
                long start = System.nanoTime();
                LoadSummary summary = loader.remove(roadmapId);
                SummaryPrinter.print(out, summary, System.nanoTime() - start);
            }
            return ExitCodes.OK;
        });
    }
}
