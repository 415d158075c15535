package io.roadmapgraph.algorithms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The smallest set of projects that together exercise all the asked skills (topic ids): fewest projects, then fewest
 * hours (a project without hours counts 0). Skills no project exercises cannot be covered and are named; the set
 * covers all the others.
 *
 * <p>Set cover is NP-hard. With at most {@link #EXACT_LIMIT} candidate projects (those exercising an asked skill,
 * after dropping each one another covers at least as well for no more hours) the answer is exact: a branch and bound
 * that branches on the uncovered skill with the fewest projects, starts from the greedy answer and prunes with
 * ceil(uncovered / largest project). Beyond that, or when the search visits more than {@link #NODE_BUDGET} nodes, the
 * answer is greedy's (most new skills first, then fewest hours) with a lower bound on the number of projects, so the
 * gap is known.
 */
public final class ProjectSetCover {

    /** The most candidate projects for which the answer is exact. */
    public static final int EXACT_LIMIT = 40;
    /** The most search nodes the exact search visits before it settles for the best set found. */
    public static final int NODE_BUDGET = 2_000_000;

    private ProjectSetCover() {
    }

    /** A project, its hours (0 when unknown) and the topics it exercises. */
    public record Option(String project, int number, int hours, Collection<String> topics) {
        public Option {
            Objects.requireNonNull(project, "project");
            if (hours < 0) {
                throw new IllegalArgumentException("hours must not be negative, was " + hours);
            }
            topics = Set.copyOf(topics);
        }
    }

    /**
     * The chosen set.
     *
     * @param projects    the chosen projects, by number, then id
     * @param hours       their hours together
     * @param covered     the asked skills some project exercises, in the order asked (all of them are covered)
     * @param uncoverable the asked skills no project exercises, in the order asked
     * @param exact       whether the set is known to be smallest (else it is greedy's)
     * @param lowerBound  no set covering {@code covered} has fewer projects; equals the set's size when exact
     */
    public record Cover(List<String> projects, int hours, List<String> covered, List<String> uncoverable,
                        boolean exact, int lowerBound) {
        public Cover {
            projects = List.copyOf(projects);
            covered = List.copyOf(covered);
            uncoverable = List.copyOf(uncoverable);
        }

        /** How many projects more than the lower bound the set may have: 0 when exact. */
        public int gap() {
            return projects.size() - lowerBound;
        }
    }

    /** The smallest covering set, exact up to {@link #EXACT_LIMIT} candidate projects. */
    public static Cover of(Collection<Option> projects, Collection<String> skills) {
        return of(projects, skills, EXACT_LIMIT);
    }

    /** {@link #of(Collection, Collection)} with another limit for the exact search (0: always greedy). */
    public static Cover of(Collection<Option> projects, Collection<String> skills, int exactLimit) {
        List<String> asked = List.copyOf(new LinkedHashSet<>(skills));
        List<Candidate> candidates = undominated(candidates(projects, asked));
        BitSet coverable = new BitSet();
        candidates.forEach(c -> coverable.or(c.covers));
        List<String> covered = new ArrayList<>();
        List<String> uncoverable = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            (coverable.get(i) ? covered : uncoverable).add(asked.get(i));
        }
        List<Candidate> greedy = greedy(candidates, coverable);
        List<Candidate> chosen = greedy;
        boolean exact = false;
        if (candidates.size() <= exactLimit) {
            Search search = new Search(candidates, greedy);
            search.run(coverable, new ArrayList<>(), 0);
            chosen = search.best;
            exact = search.nodes <= NODE_BUDGET;
        }
        int lowerBound = exact ? chosen.size() : lowerBound(candidates, coverable);
        List<String> names = chosen.stream().sorted(Comparator.comparingInt((Candidate c) -> c.option.number())
                .thenComparing(c -> c.option.project())).map(c -> c.option.project()).toList();
        return new Cover(names, hours(chosen), covered, uncoverable, exact, lowerBound);
    }

    /** An option with the asked skills it exercises as bits (skill i = the i-th asked). */
    private record Candidate(Option option, BitSet covers) {
        int size() {
            return covers.cardinality();
        }
    }

    private static List<Candidate> candidates(Collection<Option> projects, List<String> asked) {
        List<Candidate> result = new ArrayList<>();
        projects.stream().sorted(Comparator.comparingInt(Option::number).thenComparing(Option::project))
                .forEach(p -> {
                    BitSet bits = new BitSet();
                    for (int i = 0; i < asked.size(); i++) {
                        if (p.topics().contains(asked.get(i))) {
                            bits.set(i);
                        }
                    }
                    if (!bits.isEmpty()) {
                        result.add(new Candidate(p, bits));
                    }
                });
        return result;
    }

    /**
     * Drops every candidate another one dominates: covers at least its skills for fewer hours, or for as many hours
     * and more skills, or the same skills for as many hours and comes earlier. Replacing a dominated project by its
     * dominator never makes a set larger or longer, so the optimum stays.
     */
    private static List<Candidate> undominated(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            boolean dominated = false;
            for (int j = 0; j < candidates.size() && !dominated; j++) {
                Candidate b = candidates.get(j);
                if (i != j && subset(a.covers, b.covers)) {
                    int ha = a.option.hours();
                    int hb = b.option.hours();
                    dominated = hb < ha || hb == ha && (!a.covers.equals(b.covers) || j < i);
                }
            }
            if (!dominated) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static boolean subset(BitSet a, BitSet b) {
        BitSet rest = (BitSet) a.clone();
        rest.andNot(b);
        return rest.isEmpty();
    }

    /** Repeatedly the candidate with the most uncovered skills, then fewest hours, then the earliest. */
    private static List<Candidate> greedy(List<Candidate> candidates, BitSet toCover) {
        BitSet uncovered = (BitSet) toCover.clone();
        List<Candidate> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            Candidate best = null;
            int bestNew = 0;
            for (Candidate c : candidates) {
                int fresh = newly(c, uncovered);
                if (fresh > bestNew || fresh == bestNew && fresh > 0 && c.option.hours() < best.option.hours()) {
                    best = c;
                    bestNew = fresh;
                }
            }
            chosen.add(best);
            uncovered.andNot(best.covers);
        }
        return chosen;
    }

    private static int newly(Candidate c, BitSet uncovered) {
        BitSet fresh = (BitSet) c.covers.clone();
        fresh.and(uncovered);
        return fresh.cardinality();
    }

    /**
     * A lower bound on the size of any cover: the larger of ceil(skills / largest project) and the number of skills
     * picked so that no project exercises two of them (each needs a project of its own).
     */
    static int lowerBound(List<Candidate> candidates, BitSet toCover) {
        int largest = candidates.stream().mapToInt(Candidate::size).max().orElse(1);
        int bySize = (toCover.cardinality() + largest - 1) / largest;
        List<Integer> skills = toCover.stream().boxed()
                .sorted(Comparator.comparingLong(s -> candidates.stream().filter(c -> c.covers.get(s)).count()))
                .toList();
        BitSet blocked = new BitSet();
        int independent = 0;
        for (int skill : skills) {
            if (blocked.get(skill)) {
                continue;
            }
            independent++;
            candidates.stream().filter(c -> c.covers.get(skill)).forEach(c -> blocked.or(c.covers));
        }
        return Math.max(bySize, independent);
    }

    private static int hours(List<Candidate> chosen) {
        return chosen.stream().mapToInt(c -> c.option.hours()).sum();
    }

    /** Depth-first branch and bound over the candidates; {@link #best} holds the best complete cover found. */
    private static final class Search {
        private final List<Candidate> candidates;
        private final int largest;
        private List<Candidate> best;
        private int bestHours;
        private long nodes;

        Search(List<Candidate> candidates, List<Candidate> start) {
            this.candidates = candidates;
            this.largest = candidates.stream().mapToInt(Candidate::size).max().orElse(1);
            this.best = start;
            this.bestHours = hours(start);
        }

        void run(BitSet uncovered, List<Candidate> chosen, int hours) {
            if (++nodes > NODE_BUDGET) {
                return;
            }
            if (uncovered.isEmpty()) {
                if (chosen.size() < best.size() || chosen.size() == best.size() && hours < bestHours) {
                    best = List.copyOf(chosen);
                    bestHours = hours;
                }
                return;
            }
            int atLeast = chosen.size() + (uncovered.cardinality() + largest - 1) / largest;
            if (atLeast > best.size() || atLeast == best.size() && hours >= bestHours) {
                return;
            }
            // some chosen project must exercise the skill with the fewest projects: try each of them
            int skill = -1;
            List<Candidate> options = List.of();
            for (int s = uncovered.nextSetBit(0); s >= 0; s = uncovered.nextSetBit(s + 1)) {
                int index = s;
                List<Candidate> covering = candidates.stream().filter(c -> c.covers.get(index)).toList();
                if (skill < 0 || covering.size() < options.size()) {
                    skill = s;
                    options = covering;
                }
            }
            List<Candidate> ordered = options.stream()
                    .sorted(Comparator.comparingInt((Candidate c) -> -newly(c, uncovered))
                            .thenComparingInt(c -> c.option.hours()))
                    .toList();
            for (Candidate c : ordered) {
                BitSet rest = (BitSet) uncovered.clone();
                rest.andNot(c.covers);
                chosen.add(c);
                run(rest, chosen, hours + c.option.hours());
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
