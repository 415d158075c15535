package io.roadmapgraph.query;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 4: a load is atomic for readers. Two versions of a 4,000-topic roadmap (every topic 1 h, every topic
 * 2 h) are loaded in turn while eight readers sum the hours through the query library (four from the in-memory
 * snapshot, four from the database) and one through the Cypher recipe of docs/graph-model.md: every sum is 4,000 or
 * 8,000, never a mix.
 */
class AtomicLoadsIT extends Neo4jTestSupport {

    private static final int TOPICS = 4_000;
    private static final int LOADS = 2;
    /** A pause between two reads of one reader, so that nine readers leave the loader some of two cores. */
    private static final long PAUSE_MILLIS = 20;
    /** docs/graph-model.md, "Reading the current revision": the hours of a roadmap's topics in one statement. */
    private static final String RECIPE = """
            MATCH (r:Roadmap {id: $roadmap})
            MATCH (:Revision {id: r.revision})-[:INCLUDES]->(t:Topic)
            RETURN sum(t.estimatedHours) AS hours""";

    @Test
    void readersSeeEveryTopicAtOneHourOrEveryTopicAtTwoNeverAMix(@TempDir Path dir) throws Exception {
        Roadmap oneHour = withHours(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(TOPICS, 12)), 1, dir);
        Roadmap twoHours = withHours(SyntheticRoadmap.generate(SyntheticRoadmap.Spec.of(TOPICS, 12)), 2, dir);
        String id = oneHour.id();
        List<String> ids = oneHour.topics().stream().map(Topic::id).toList();
        RoadmapLoader loader = new RoadmapLoader(driver);
        loader.load(oneHour);
        QueryOptions options = new QueryOptions(Optional.empty(), Duration.ofSeconds(60), TOPICS, true,
                Duration.ZERO);
        RoadmapQueries fromSnapshot = new RoadmapQueries(driver, options);
        RoadmapQueries fromDatabase = new RoadmapQueries(driver, options.withSnapshot(false));

        Map<String, List<Integer>> sums = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(9);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(readers.submit(() -> read("snapshot", loading, sums, () -> fromSnapshot.topicsByIds(ids)
                    .values().stream().mapToInt(TopicNode::estimatedHours).sum())));
            running.add(readers.submit(() -> read("database", loading, sums, () -> fromDatabase
                    .topicsOfRoadmaps(List.of(id)).get(id).stream().mapToInt(TopicNode::estimatedHours).sum())));
        }
        running.add(readers.submit(() -> read("cypher recipe", loading, sums, () -> driver.executableQuery(RECIPE)
                .withParameters(Map.of("roadmap", id)).execute().records().get(0).get("hours").asInt())));
        try {
            for (int load = 0; load < LOADS; load++) {
                loader.load(load % 2 == 0 ? twoHours : oneHour);
            }
        } finally {
            loading.set(false);
            readers.shutdown();
            assertThat(readers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        for (Future<?> reader : running) {
            reader.get(); // a reader's failure fails the test
        }

        sums.forEach((reader, seen) -> assertThat(seen).as("sums read by %s", reader)
                .isNotEmpty().allMatch(sum -> sum == TOPICS || sum == 2 * TOPICS));
        assertThat(sums.values().stream().flatMap(List::stream).distinct())
                .as("the readers read while both versions were current").contains(TOPICS, 2 * TOPICS);
    }

    /** Sums until the loads are done, keeping every sum under the reader's kind. */
    private static void read(String kind, AtomicBoolean loading, Map<String, List<Integer>> sums, IntSupplier sum) {
        List<Integer> seen = sums.computeIfAbsent(kind + " " + Thread.currentThread().getName(),
                k -> java.util.Collections.synchronizedList(new ArrayList<>()));
        while (loading.get()) {
            seen.add(sum.getAsInt());
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The roadmap with every topic's estimate set to {@code hours}, written and read back as a file. */
    private static Roadmap withHours(Roadmap roadmap, int hours, Path dir) throws Exception {
        Path file = dir.resolve("hours-" + hours + ".json");
        SyntheticRoadmap.write(roadmap, file);
        Files.writeString(file, Files.readString(file).replaceAll("\"estimatedHours\"\\s*:\\s*\\d+",
                "\"estimatedHours\":" + hours));
        return RoadmapLoader.read(file).get(0);
    }
}
