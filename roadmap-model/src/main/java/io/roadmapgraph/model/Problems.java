package io.roadmapgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file; reading goes on after each one. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node.Loc at, String message) {
        found.add(new Problem(file, at.line(), at.column(), message));
    }

    /** A warning: reported, but the file stays valid. */
    void warn(Node.Loc at, String message) {
        warnings.add(new Problem(file, at.line(), at.column(), message, Problem.Severity.WARNING));
    }

    List<Problem> warnings() {
        return sort(warnings);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, by line and then column; problems at one place keep the order they were found in. */
    List<Problem> sorted() {
        return sort(found);
    }

    private static List<Problem> sort(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(copy);
    }
}
