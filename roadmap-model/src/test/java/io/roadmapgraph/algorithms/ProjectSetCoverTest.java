package io.roadmapgraph.algorithms;

import io.roadmapgraph.algorithms.ProjectSetCover.Cover;
import io.roadmapgraph.algorithms.ProjectSetCover.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectSetCoverTest {

    private static final List<Option> PROJECTS = List.of(
            new Option("faq-bot", 1, 15, List.of("rag", "bm25", "prompting")),
            new Option("agent", 2, 30, List.of("agents", "prompting")),
            new Option("search", 3, 10, List.of("rag", "bm25")),
            new Option("platform", 4, 120, List.of("rag", "agents", "prompting", "evaluation")),
            new Option("eval", 5, 20, List.of("evaluation")));

    @Test
    void fewestProjectsComeBeforeFewestHours() {
        Cover cover = ProjectSetCover.of(PROJECTS, List.of("rag", "agents", "evaluation"));

        assertThat(cover.projects()).containsExactly("platform");
        assertThat(cover.hours()).isEqualTo(120);
        assertThat(cover.exact()).isTrue();
        assertThat(cover.gap()).isZero();
    }

    @Test
    void amongSetsOfTheSameSizeTheFewestHoursWin() {
        Cover cover = ProjectSetCover.of(PROJECTS, List.of("bm25", "agents"));

        assertThat(cover.projects()).containsExactly("agent", "search");
        assertThat(cover.hours()).isEqualTo(40);
    }

    @Test
    void skillsNoProjectExercisesAreNamedAndTheRestCovered() {
        Cover cover = ProjectSetCover.of(PROJECTS, List.of("fine-tuning", "bm25", "lora"));

        assertThat(cover.uncoverable()).containsExactly("fine-tuning", "lora");
        assertThat(cover.covered()).containsExactly("bm25");
        assertThat(cover.projects()).containsExactly("search");
    }

    @Test
    void nothingCoverableGivesTheEmptySet() {
        Cover cover = ProjectSetCover.of(PROJECTS, List.of("lora"));

        assertThat(cover.projects()).isEmpty();
        assertThat(cover.uncoverable()).containsExactly("lora");
        assertThat(cover.exact()).isTrue();
    }

    @Test
    void negativeHoursAreRejected() {
        assertThatThrownBy(() -> new Option("p", 1, -1, List.of("a")))
                .hasMessage("hours must not be negative, was -1");
    }

    /** A random instance: up to 20 projects over up to 14 topics; some asked skills no project exercises. */
    record Instance(List<Option> projects, List<String> skills) {

        static Instance random(Random random) {
            int topics = 1 + random.nextInt(14);
            int count = random.nextInt(21);
            double density = 0.05 + random.nextDouble() * 0.4;
            List<Option> projects = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                Set<String> exercised = new HashSet<>();
                for (int t = 0; t < topics; t++) {
                    if (random.nextDouble() < density) {
                        exercised.add("t" + t);
                    }
                }
                exercised.add("t" + random.nextInt(topics));
                // hours from a small range, so that sets of the same size often tie on hours or nearly
                projects.add(new Option("p" + p, 1 + random.nextInt(count + 1), random.nextInt(6) * 5, exercised));
            }
            List<String> skills = new ArrayList<>();
            for (int t = 0; t < topics + 3; t++) {
                if (random.nextDouble() < 0.6) {
                    skills.add("t" + t); // t >= topics: no project exercises it
                }
            }
            if (skills.isEmpty()) {
                skills.add("t0");
            }
            java.util.Collections.shuffle(skills, random);
            return new Instance(projects, skills);
        }
    }

    /** The best (size, hours) over every subset of the projects that covers every coverable skill. */
    record Optimum(int size, int hours) {

        static Optimum bruteForce(Instance instance, Set<String> coverable) {
            List<Option> projects = instance.projects();
            List<String> topics = projects.stream().flatMap(p -> p.topics().stream()).distinct().toList();
            int[] bits = projects.stream().mapToInt(p -> p.topics().stream()
                    .mapToInt(t -> 1 << topics.indexOf(t)).reduce(0, (a, b) -> a | b)).toArray();
            int wanted = coverable.stream().mapToInt(t -> 1 << topics.indexOf(t)).reduce(0, (a, b) -> a | b);
            // every subset's coverage and hours from the subset without its lowest project
            int[] covered = new int[1 << projects.size()];
            int[] hours = new int[1 << projects.size()];
            int bestSize = Integer.MAX_VALUE;
            int bestHours = Integer.MAX_VALUE;
            for (int mask = 0; mask < covered.length; mask++) {
                if (mask > 0) {
                    int lowest = Integer.numberOfTrailingZeros(mask);
                    covered[mask] = covered[mask & (mask - 1)] | bits[lowest];
                    hours[mask] = hours[mask & (mask - 1)] + projects.get(lowest).hours();
                }
                int size = Integer.bitCount(mask);
                if ((covered[mask] & wanted) == wanted
                        && (size < bestSize || size == bestSize && hours[mask] < bestHours)) {
                    bestSize = size;
                    bestHours = hours[mask];
                }
            }
            return new Optimum(bestSize, bestHours);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void theExactSetIsAsSmallAndShortAsBruteForceFinds(long seed) {
        Instance instance = Instance.random(new Random(seed));
        Set<String> coverable = coverable(instance);
        Optimum optimum = Optimum.bruteForce(instance, coverable);

        Cover cover = ProjectSetCover.of(instance.projects(), instance.skills());

        String what = "seed " + seed + ": " + instance;
        assertThat(cover.exact()).as(what).isTrue();
        assertThat(cover.projects()).as(what).hasSize(optimum.size()).doesNotHaveDuplicates();
        assertThat(cover.hours()).as(what).isEqualTo(optimum.hours()).isEqualTo(hoursOf(instance, cover));
        assertCoversWhatCanBeCovered(instance, coverable, cover, what);
        assertThat(cover.lowerBound()).as(what).isEqualTo(optimum.size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.roadmapgraph.algorithms.RandomDags#seeds")
    void greedyCoversTooAndItsLowerBoundHoldsBelowTheOptimum(long seed) {
        Instance instance = Instance.random(new Random(seed));
        Set<String> coverable = coverable(instance);
        Optimum optimum = Optimum.bruteForce(instance, coverable);

        Cover cover = ProjectSetCover.of(instance.projects(), instance.skills(), 0);

        String what = "seed " + seed + ": " + instance;
        assertThat(cover.exact()).as(what + ": greedy claims no optimum, unless nothing can be covered")
                .isEqualTo(coverable.isEmpty());
        assertCoversWhatCanBeCovered(instance, coverable, cover, what);
        assertThat(cover.lowerBound()).as(what).isBetween(0, optimum.size());
        assertThat(cover.projects().size()).as(what).isGreaterThanOrEqualTo(optimum.size());
        assertThat(cover.gap()).as(what).isEqualTo(cover.projects().size() - cover.lowerBound()).isNotNegative();
    }

    private static void assertCoversWhatCanBeCovered(Instance instance, Set<String> coverable, Cover cover,
                                                     String what) {
        Map<String, Option> byId = instance.projects().stream()
                .collect(Collectors.toMap(Option::project, Function.identity()));
        Set<String> covered = cover.projects().stream().flatMap(p -> byId.get(p).topics().stream())
                .collect(Collectors.toSet());
        List<String> asked = List.copyOf(new LinkedHashSet<>(instance.skills()));
        assertThat(covered).as(what).containsAll(coverable);
        assertThat(cover.covered()).as(what)
                .containsExactlyElementsOf(asked.stream().filter(coverable::contains).toList());
        assertThat(cover.uncoverable()).as(what)
                .containsExactlyElementsOf(asked.stream().filter(s -> !coverable.contains(s)).toList());
    }

    private static Set<String> coverable(Instance instance) {
        Set<String> all = instance.projects().stream().flatMap(p -> p.topics().stream()).collect(Collectors.toSet());
        return instance.skills().stream().filter(all::contains).collect(Collectors.toSet());
    }

    private static int hoursOf(Instance instance, Cover cover) {
        return instance.projects().stream().filter(p -> cover.projects().contains(p.project()))
                .mapToInt(Option::hours).sum();
    }
}
