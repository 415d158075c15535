package io.roadmapgraph.model;

import java.util.Objects;

/**
 * One problem found in a roadmap file, with where it is.
 *
 * @param file    the file, as given to the reader
 * @param line    1-based line, 0 when the problem has no single place (a cycle spans several)
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record Problem(String file, int line, int column, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
