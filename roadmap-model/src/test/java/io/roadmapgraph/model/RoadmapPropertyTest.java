package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over random roadmaps, one seed per case: a failing seed is printed and can be replayed. */
class RoadmapPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomDagOfTopicsValidatesAndItsOrderPutsPrerequisitesFirst(long seed) {
        RandomRoadmap random = new RandomRoadmap(new Random(seed));
        String yaml = random.yaml(new HashMap<>());

        List<Problem> problems = RoadmapReader.validate("random-" + seed + ".yaml", yaml);
        assertThat(problems).as("seed %d:\n%s", seed, yaml).isEmpty();

        Roadmap roadmap = RoadmapReader.read("random-" + seed + ".yaml", yaml);
        List<String> order = TopicGraphs.dependencies(roadmap).topologicalOrder().orElseThrow();
        assertThat(order).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(random.topics);
        for (Topic topic : roadmap.topics()) {
            for (String required : topic.requiredTopicIds()) {
                assertThat(order.indexOf(required)).as("seed %d: %s requires %s", seed, topic.id(), required)
                        .isLessThan(order.indexOf(topic.id()));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomDagWithOneBackEdgeReportsExactlyThatCycle(long seed) {
        Random rng = new Random(seed);
        RandomRoadmap random = new RandomRoadmap(rng);
        List<String> cycle = injectBackEdge(random, rng);
        Map<String, Integer> lines = new HashMap<>();
        String yaml = random.yaml(lines);

        // the cycle as the reader names it: from its earliest topic in the file, closing on that topic
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (random.topics.indexOf(cycle.get(i)) < random.topics.indexOf(cycle.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        String expected = String.join(" → ", rotated) + " → " + rotated.get(0);
        int closingLine = lines.get(rotated.get(rotated.size() - 1) + "\n" + rotated.get(0));

        List<Problem> problems = RoadmapReader.validate("random-" + seed + ".yaml", yaml);

        assertThat(problems).as("seed %d:\n%s", seed, yaml)
                .filteredOn(p -> p.message().startsWith("prerequisite cycle"))
                .singleElement().satisfies(p -> {
                    assertThat(p.message()).startsWith("prerequisite cycle " + expected + ";");
                    assertThat(p.line()).isEqualTo(closingLine);
                    assertThat(p.column()).isEqualTo(17);
                });
        // anything else can only be the back edge reaching into a later phase
        assertThat(problems).as("seed %d", seed)
                .filteredOn(p -> !p.message().startsWith("prerequisite cycle"))
                .allSatisfy(p -> assertThat(p.message()).contains("of the later phase"));
    }

    /**
     * Walks requirements from a random topic along a path that is the only one between its ends, then makes the
     * path's end require its start: exactly one new cycle. Returns it in requirement order, starting at the start.
     */
    private static List<String> injectBackEdge(RandomRoadmap random, Random rng) {
        String start = random.topics.get(rng.nextInt(random.topics.size()));
        Map<String, Integer> paths = random.pathCounts(start);
        List<String> path = new ArrayList<>(List.of(start));
        int length = rng.nextInt(6);
        String current = start;
        for (int i = 0; i < length; i++) {
            List<String> next = random.requires.get(current).stream().filter(t -> paths.get(t) == 1).toList();
            if (next.isEmpty()) {
                break;
            }
            current = next.get(rng.nextInt(next.size()));
            path.add(current);
        }
        // a path of one topic becomes a topic that requires itself
        List<String> requires = new ArrayList<>(random.requires.get(current));
        requires.add(rng.nextInt(requires.size() + 1), start);
        random.requires.put(current, requires);
        return path;
    }
}
