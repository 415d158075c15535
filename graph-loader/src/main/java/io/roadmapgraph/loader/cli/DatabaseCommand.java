package io.roadmapgraph.loader.cli;

import io.roadmapgraph.graph.Drivers;
import io.roadmapgraph.loader.LoaderOptions;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A command that talks to Neo4j: owns the connection options and the driver, and checks the database answers before
 * any work. Failures reach {@link GraphLoaderCli}'s handler, which turns them into exit codes.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI:-bolt://127.0.0.1:7687}",
            description = "the Neo4j to connect to: bolt://host:port, neo4j://host:port for a cluster (routing), "
                    + "bolt+s:// or neo4j+s:// for TLS, bolt+ssc:// or neo4j+ssc:// for a self-signed certificate "
                    + "(env NEO4J_URI; default: ${DEFAULT-VALUE})")
    String uri;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "user name (env NEO4J_USER; default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = {"-p", "--password"}, paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "password; without one, no authentication is sent (env NEO4J_PASSWORD, which keeps it out "
                    + "of the process list)")
    String password;

    @Option(names = {"-d", "--database"}, paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "database name (env NEO4J_DATABASE; default: the server's default database)")
    String database;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "give up connecting after this many seconds (default: ${DEFAULT-VALUE})")
    int connectTimeoutSeconds;

    @Option(names = {"-q", "--quiet"},
            description = "no progress line (it is shown on stderr only when stderr is a terminal)")
    boolean quiet;

    String uri() {
        return uri;
    }

    String userDescription() {
        return password == null ? "none (no password given)" : user;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Checks the options that need no database, so usage errors come first. */
    final void checkOptions() {
        loaderOptions();
        String scheme = uri.contains("://") ? uri.substring(0, uri.indexOf("://")) : "";
        if (!SCHEMES.contains(scheme)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid --uri '" + uri + "': "
                    + "use bolt://, neo4j://, or their +s / +ssc variants");
        }
    }

    /** The progress line on stderr when it is a terminal and {@code --quiet} is not given; the timing always. */
    final Progress progress() {
        boolean terminal = spec.parent() != null && spec.parent().userObject() instanceof GraphLoaderCli cli
                && cli.errIsTerminal();
        return Progress.on(spec.commandLine().getErr(), terminal && !quiet);
    }

    /** Opens the driver, checks the database answers, runs the work with a loader over it, closes the driver. */
    final int withLoader(Progress progress, LoaderWork work) {
        return withLoaderAndQueries(progress, (loader, queries) -> work.run(loader));
    }

    /**
     * {@link #withLoader}, the work also given queries over the same driver, in the command's database, without a
     * snapshot kept: for a question after the work's writes.
     */
    final int withLoaderAndQueries(Progress progress, QueryingWork work) {
        checkOptions();
        LoaderOptions options = loaderOptions();
        QueryOptions queryOptions = QueryOptions.DEFAULTS.withSnapshot(false);
        try (Driver driver = openDriver()) {
            RoadmapLoader loader = new RoadmapLoader(driver, options);
            progress.run("connecting", "to " + uri, loader::verifyConnectivity);
            return work.run(loader, new RoadmapQueries(driver, database == null || database.isBlank()
                    ? queryOptions : queryOptions.withDatabase(database)));
        }
    }

    /** What a command does with the loader. */
    @FunctionalInterface
    interface LoaderWork {
        int run(RoadmapLoader loader);
    }

    /** What a command does with the loader and with queries over the same connection. */
    @FunctionalInterface
    interface QueryingWork {
        int run(RoadmapLoader loader, RoadmapQueries queries);
    }

    /**
     * The loader's options this command's own options make of the defaults: a command that writes has
     * {@link WriteOptions}; one that only reads keeps the defaults.
     */
    LoaderOptions commandOptions(LoaderOptions defaults) {
        return defaults;
    }

    private LoaderOptions loaderOptions() {
        if (connectTimeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--connect-timeout must be at least 1 second, was " + connectTimeoutSeconds);
        }
        LoaderOptions options = commandOptions(LoaderOptions.defaults());
        return database == null || database.isBlank() ? options : options.withDatabase(database);
    }

    private Driver openDriver() {
        AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        Duration timeout = Duration.ofSeconds(connectTimeoutSeconds);
        Drivers.Settings settings = Drivers.Settings.DEFAULTS.withConnectionTimeout(timeout)
                .withMaxRetryTime(timeout).withoutLogging().withUserAgent("roadmap-graph-loader");
        try {
            return Drivers.open(URI.create(uri), auth, settings);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid --uri '" + uri + "': "
                    + e.getMessage() + " (use bolt://, neo4j://, or their +s / +ssc variants)");
        }
    }
}
