package io.roadmapgraph.model;

import java.util.List;
import java.util.stream.Collectors;

/** A roadmap file could not be read: it carries every problem found, each with its place. */
public final class RoadmapValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RoadmapValidationException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in roadmap file:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
