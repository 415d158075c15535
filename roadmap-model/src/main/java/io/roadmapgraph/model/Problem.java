package io.roadmapgraph.model;

import java.util.Objects;

/**
 * One problem found in a roadmap file, with where it is.
 *
 * @param file    the file, as given to the reader
 * @param line    1-based line, 0 when the problem has no single place (a cycle spans several)
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and how to fix it
 * @param severity an error makes the file invalid; a warning never does
 */
public record Problem(String file, int line, int column, String message, Severity severity) {

    /** How much a problem matters. */
    public enum Severity {
        /** The file cannot be used until it is fixed. */
        ERROR,
        /** The file is valid, but something in it is probably not what its authors meant. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error. */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    /**
     * {@code file:line:column: message}, the form compilers and editors understand; a warning reads
     * {@code file:line:column: warning: message}.
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
