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
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_INVALID, ExitCodes.LIST_USAGE_DATABASE,
                ExitCodes.LIST_UNREACHABLE, ExitCodes.LIST_FAILED, ExitCodes.LIST_UNKNOWN_ROADMAP})
public final class GraphLoaderCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Whether stderr is a terminal: the progress line is shown only there. */
    private final boolean errIsTerminal;

    private GraphLoaderCli(boolean errIsTerminal) {
        this.errIsTerminal = errIsTerminal;
    }

    public static void main(String... args) {
        // the CLI's own output says what happens; library logging only when something is wrong
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, Terminal.stderrIsTerminal(), args));
    }

    /** Runs the command line with the given output streams (no progress line) and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /**
     * Runs the command line with the given output streams and returns its exit code; {@code errIsTerminal}: show
     * the progress line on {@code err} (unless {@code --quiet}).
     */
    public static int run(PrintWriter out, PrintWriter err, boolean errIsTerminal, String... args) {
        int code = commandLine(errIsTerminal)
                .setOut(out)
                .setErr(err)
                .execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line with every command, as {@link #run} executes it. */
    static CommandLine commandLine(boolean errIsTerminal) {
        return new CommandLine(new GraphLoaderCli(errIsTerminal)).setExecutionExceptionHandler(GraphLoaderCli::handle);
    }

    boolean errIsTerminal() {
        return errIsTerminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, load, remove, import or export");
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof GraphLoadException failure) {
            // the library tells an unreachable neo4j:// URI (a generic driver failure) from a failed load itself
            GraphLoadException.Kind kind = failure.kind();
            err.println("graph-loader: " + failure.getMessage());
            if (commandLine.getCommand() instanceof DatabaseCommand command
                    && kind == GraphLoadException.Kind.DATABASE_UNREACHABLE) {
                err.println("  (URI " + command.uri() + ", user " + command.userDescription() + ")");
            }
            return ExitCodes.of(kind);
        }
        err.println("graph-loader: unexpected error: " + e);
        return ExitCodes.LOAD_FAILED;
    }
}
