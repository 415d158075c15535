package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.LoaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code graph-loader remove ROADMAP-ID...}: takes roadmaps out of the graph, keeping what other roadmaps share. An id
 * the graph does not hold is an error (most likely a typo): nothing is removed, and the message lists the ids it holds.
 */
@Command(name = "remove",
        description = "Removes roadmaps from Neo4j: each disappears for readers in one write, then its revisions are "
                + "deleted. Topics, tools and projects another roadmap also has stay. An id that is not in the graph "
                + "removes nothing and exits 5.")
final class RemoveCommand extends DatabaseCommand {

    @CommandLine.Mixin
    private WriteOptions write;

    @Override
    LoaderOptions commandOptions(LoaderOptions defaults) {
        return write.applyTo(defaults);
    }

    @Parameters(arity = "1..*", paramLabel = "ROADMAP-ID", description = "ids of the roadmaps to remove")
    private List<String> roadmapIds;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Progress progress = progress()) {
            return withLoader(progress, loader -> {
                // every id first, so that a wrong one removes none (GraphLoadException UNKNOWN_ROADMAP: exit 5)
                loader.requireLoaded(roadmapIds);
                for (int i = 0; i < roadmapIds.size(); i++) {
                    String roadmapId = roadmapIds.get(i);
                    out.println((write.dryRun() ? "Checking the removal of" : "Removing") + " roadmap " + roadmapId
                            + " ...");
                    long start = System.nanoTime();
                    LoadSummary summary = progress.phase("removing", "roadmap " + roadmapId + " (" + (i + 1)
                            + " of " + roadmapIds.size() + ")", () -> loader.remove(roadmapId));
                    SummaryPrinter.print(out, summary, System.nanoTime() - start);
                }
                return ExitCodes.OK;
            });
        }
    }
}
