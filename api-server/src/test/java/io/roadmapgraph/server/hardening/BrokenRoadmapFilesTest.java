package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RoadmapValidationException;
import io.roadmapgraph.server.testing.BrokenRoadmaps;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of broken roadmap files ({@link BrokenRoadmaps}), read in memory: each is refused with a
 * {@link RoadmapValidationException} whose problems have a message and at least one a line, within a bounded time;
 * nothing else is thrown (no parser exception, no StackOverflowError, no OutOfMemoryError). A failure names the seed
 * and the case number: {@code new BrokenRoadmaps(seed)} and {@code next()} that many times replays it.
 */
class BrokenRoadmapFilesTest {

    private static final int CASES_PER_SEED = 200;
    private static final long SECONDS_PER_FILE = 10;

    private static ExecutorService reader;

    @BeforeAll
    static void start() {
        reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(null, r, "broken-roadmap-reader", 0);
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        reader.shutdownNow();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyBrokenFileIsRefusedWithLocatedProblems(long seed) throws Exception {
        BrokenRoadmaps files = new BrokenRoadmaps(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            BrokenRoadmaps.Case file = files.next();
            String replay = "seed " + seed + ", case " + i + ": " + file;
            Future<Throwable> outcome = reader.submit(() -> outcome(file));
            Throwable thrown;
            try {
                thrown = outcome.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                outcome.cancel(true);
                throw new AssertionError(replay + " was not answered within " + SECONDS_PER_FILE + " s");
            }
            assertThat(thrown).as(replay).isInstanceOf(RoadmapValidationException.class);
            List<Problem> problems = ((RoadmapValidationException) thrown).problems();
            assertThat(problems).as(replay).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.message()).as(replay).isNotBlank()
                            .doesNotContain("Exception", "\tat "))
                    .anySatisfy(p -> assertThat(p.line()).as(replay + " " + problems).isGreaterThanOrEqualTo(1));
        }
    }

    private static Throwable outcome(BrokenRoadmaps.Case file) {
        try {
            RoadmapReader.read(file.name(), file.content());
            return new AssertionError("accepted as valid");
        } catch (Throwable t) {
            return t;
        }
    }
}
