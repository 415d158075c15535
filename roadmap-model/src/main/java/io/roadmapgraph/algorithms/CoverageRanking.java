package io.roadmapgraph.algorithms;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks projects by how many of the asked skills (topic ids) they exercise: best coverage first, ties by project
 * number. With {@link SkillMatch#ALL} only projects exercising every skill count; with {@link SkillMatch#ANY}, those
 * exercising at least one.
 */
public final class CoverageRanking {

    private CoverageRanking() {
    }

    /** A project and the topics it exercises. */
    public record Candidate(String project, int number, Collection<String> topics) {
        public Candidate {
            Objects.requireNonNull(project, "project");
            topics = Set.copyOf(topics);
        }
    }

    /**
     * How one project covers the skills.
     *
     * @param covered  the asked skills it exercises, in the order asked
     * @param missing  the asked skills it does not exercise, in the order asked
     * @param coverage covered / asked, 0..1
     */
    public record Coverage(String project, int number, List<String> covered, List<String> missing, double coverage) {
        public Coverage {
            Objects.requireNonNull(project, "project");
            covered = List.copyOf(covered);
            missing = List.copyOf(missing);
        }
    }

    public static List<Coverage> rank(Collection<Candidate> projects, Collection<String> skills, SkillMatch match) {
        List<String> asked = List.copyOf(new LinkedHashSet<>(skills));
        if (asked.isEmpty()) {
            return List.of();
        }
        return projects.stream()
                .map(p -> {
                    List<String> covered = asked.stream().filter(p.topics()::contains).toList();
                    List<String> missing = asked.stream().filter(s -> !p.topics().contains(s)).toList();
                    return new Coverage(p.project(), p.number(), covered, missing,
                            (double) covered.size() / asked.size());
                })
                .filter(c -> match == SkillMatch.ALL ? c.missing().isEmpty() : !c.covered().isEmpty())
                .sorted(Comparator.comparingInt((Coverage c) -> -c.covered().size())
                        .thenComparingInt(Coverage::number)
                        .thenComparing(Coverage::project))
                .toList();
    }
}
