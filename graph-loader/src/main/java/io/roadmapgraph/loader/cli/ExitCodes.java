package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.GraphLoadException;

/** The exit codes scripts can rely on. */
final class ExitCodes {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int DATABASE_UNREACHABLE = 3;
    static final int LOAD_FAILED = 4;
    static final int UNKNOWN_ROADMAP = 5;

    static final String HEADING = "%nExit codes:%n";
    static final String LIST_OK = "0:done";
    static final String LIST_INVALID = "1:invalid input: a roadmap file has problems (nothing was written)";
    static final String LIST_USAGE = "2:usage error: unknown option, missing argument, bad option value";
    static final String LIST_USAGE_DATABASE = "2:usage error: unknown option, missing argument, bad option value or "
            + "--uri";
    static final String LIST_UNREACHABLE = "3:database unreachable: not running, wrong URI, credentials, TLS or "
            + "database name";
    static final String LIST_FAILED = "4:load failed: the database rejected the load; what it wrote is deleted, "
            + "readers never saw it";
    static final String LIST_UNKNOWN_ROADMAP = "5:unknown roadmap: remove or export --roadmap named a roadmap id the "
            + "graph does not hold (nothing was removed or written)";

    private ExitCodes() {
    }

    static int of(GraphLoadException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> INVALID_INPUT;
            case DATABASE_UNREACHABLE -> DATABASE_UNREACHABLE;
            case LOAD_FAILED -> LOAD_FAILED;
            case UNKNOWN_ROADMAP -> UNKNOWN_ROADMAP;
        };
    }
}
