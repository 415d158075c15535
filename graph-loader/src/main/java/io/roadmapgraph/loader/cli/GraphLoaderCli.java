package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.GraphLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code graph-loader}: validates roadmap files and loads them into Neo4j. Exit codes are stable for scripts: see
 * {@link ExitCodes}.
 */
@Command(name = "graph-loader",
        // the subcommands inherit --help, --version and the exit code list
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Validates roadmap files (YAML or JSON) and loads them into Neo4j as a graph; imports Markdown "
                + "roadmap documents into roadmap files and exports roadmap files as Markdown.",
        subcommands = {ValidateCommand.class, LoadCommand.class, RemoveCommand.class, ImportCommand.class,
                ExportCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_INVALID, ExitCodes.LIST_USAGE, ExitCodes.LIST_UNREACHABLE,
                ExitCodes.LIST_FAILED, ExitCodes.LIST_UNKNOWN_ROADMAP})
public final class GraphLoaderCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String... args) {
        // the CLI's own output says what happens; library logging only when something is wrong
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GraphLoaderCli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(GraphLoaderCli::handle);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, load, remove, import or export");
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof GraphLoadException failure) {
            err.println("graph-loader: " + failure.getMessage());
            if (commandLine.getCommand() instanceof DatabaseCommand command
                    && failure.kind() == GraphLoadException.Kind.DATABASE_UNREACHABLE) {
                err.println("  (URI " + command.uri() + ", user " + command.userDescription() + ")");
            }
            return ExitCodes.of(failure.kind());
        }
        err.println("graph-loader: unexpected error: " + e);
        return ExitCodes.LOAD_FAILED;
    }
}
