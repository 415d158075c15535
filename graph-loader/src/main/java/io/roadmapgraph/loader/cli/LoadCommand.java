package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.LoadRows;
import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.loader.LoaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code graph-loader load FILE...}: validates every file first (one invalid file: nothing is written), then loads
 * each roadmap as a new revision (in batches) and switches to it in one small write.
 */
@Command(name = "load",
        description = {
            "Validates roadmap files, then loads each into Neo4j as a new revision, switched to in one small write.",
            "All files are validated before any is loaded: if one is invalid, nothing is written. Loading a file "
                    + "again changes nothing; loading a changed file removes what it no longer has. Roadmaps share "
                    + "topics, tools and projects by id."
        })
final class LoadCommand extends DatabaseCommand {

    @CommandLine.Mixin
    private WriteOptions write;

    @Override
    LoaderOptions commandOptions(LoaderOptions defaults) {
        return write.applyTo(defaults);
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "roadmap files (.yaml, .yml or .json)")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = out();
        checkOptions();
        try (Progress progress = progress()) {
            List<Roadmap> read = progress.phase("reading and validating",
                    SummaryPrinter.count(files.size(), "file"), () -> RoadmapLoader.read(files.toArray(Path[]::new)));
            Map<String, Path> fileOf = new HashMap<>();
            for (int i = 0; i < read.size(); i++) {
                fileOf.put(read.get(i).id(), files.get(i));
            }
            List<Roadmap> roadmaps = RoadmapLoader.loadOrder(read); // a used roadmap's file first, wherever it is named
            out.println("Validated " + SummaryPrinter.count(files.size(), "file") + ".");
            return withLoaderAndQueries(progress, (loader, queries) -> {
                out.println("Connected to " + uri + (database == null ? "" : " (database " + database + ")")
                        + (write.dryRun() ? "; dry run: nothing will be written." : "."));
                progress.run("schema", "(constraints and indexes)", loader::ensureSchema);
                if (!write.dryRun()) {
                    // a data directory of an older graph model: these files are loaded again, the others converted
                    loader.migrate(roadmaps, java.util.Optional.empty())
                            .forEach(line -> out.println("Graph model " + io.roadmapgraph.graph.GraphModel
                                    .CURRENT_MODEL_VERSION + ": " + line + "."));
                }
                for (int i = 0; i < roadmaps.size(); i++) {
                    Roadmap roadmap = roadmaps.get(i);
                    out.println((write.dryRun() ? "Checking" : "Loading") + " roadmap " + roadmap.id() + " from "
                            + fileOf.get(roadmap.id()) + " (" + SummaryPrinter.contents(roadmap) + ") ...");
                    long start = System.nanoTime();
                    String what = "roadmap " + roadmap.id() + " (" + (i + 1) + " of " + roadmaps.size() + ", "
                            + SummaryPrinter.count(LoadRows.of(roadmap).count(), "row") + ")";
                    LoadSummary summary = progress.phase(write.dryRun() ? "checking" : "writing", what,
                            () -> loader.load(roadmap, (written, total) ->
                                    progress.detail(written + "/" + total + " rows written")));
                    SummaryPrinter.print(out, summary, System.nanoTime() - start);
                }
                if (!write.dryRun() && loader.roadmapIds().size() > 1) {
                    // each file was checked alone; with others loaded their requires are joined in the default view
                    queries.cycleAcrossRoadmaps().ifPresent(cycle -> spec.commandLine().getErr()
                            .println("graph-loader: warning: " + cycle.warning()));
                }
                out.println(progress.report());
                out.println(write.dryRun() ? "Dry run done: nothing was written." : "Done.");
                return ExitCodes.OK;
            });
        }
    }
}
