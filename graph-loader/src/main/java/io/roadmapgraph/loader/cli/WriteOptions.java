package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.LoaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write to Neo4j ({@code load}, {@code remove}): how many rows a statement writes,
 * and whether to write at all. {@code export --roadmap} only reads, so it has neither.
 */
final class WriteOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--batch-size", paramLabel = "ROWS", defaultValue = "" + LoaderOptions.DEFAULT_BATCH_SIZE,
            description = "rows per UNWIND statement (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--dry-run",
            description = "compute what would change, then roll back: nothing is written")
    private boolean dryRun;

    boolean dryRun() {
        return dryRun;
    }

    /** The loader's options with these; a batch size below 1 is a usage error. */
    LoaderOptions applyTo(LoaderOptions options) {
        if (batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--batch-size must be at least 1, was " + batchSize);
        }
        return options.withBatchSize(batchSize).withDryRun(dryRun);
    }
}
