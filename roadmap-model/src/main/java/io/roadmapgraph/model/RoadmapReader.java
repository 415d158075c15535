package io.roadmapgraph.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads roadmap files (YAML, or JSON by the {@code .json} extension) into validated {@link Roadmap}s.
 * A file is read whole and every problem in it is collected before anything is returned.
 */
public final class RoadmapReader {

    private RoadmapReader() {
    }

    /**
     * Reads and validates a roadmap file.
     *
     * @throws RoadmapValidationException with every problem found, each with file, line and column
     */
    public static Roadmap read(Path file) {
        throw new UnsupportedOperationException("not written yet: issue #2");
    }

    /** Reads and validates a roadmap from text; {@code name} stands for the file in problems. */
    public static Roadmap read(String name, String content) {
        throw new UnsupportedOperationException("not written yet: issue #2");
    }

    /** The bundled AI Engineer roadmap ({@code roadmaps/ai-engineer.yaml} on the classpath). */
    public static Roadmap aiEngineer() {
        throw new UnsupportedOperationException("not written yet: issue #2");
    }

    /** Every problem of a file; empty when it is valid. */
    public static List<Problem> validate(Path file) {
        throw new UnsupportedOperationException("not written yet: issue #2");
    }
}
