package io.roadmapgraph.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.progress.InMemoryProgressStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;

/**
 * A null argument to the public Java API fails at once with a message naming the parameter, before anything reaches
 * the database (this graph's Neo4j is nowhere: a read would fail as UNAVAILABLE, not as a null).
 */
class NullArgumentsTest {

    private static final URI NOWHERE = URI.create("bolt://127.0.0.1:1");
    private static final RoadmapGraph GRAPH = RoadmapGraph.connect(NOWHERE, AuthTokens.none(),
            QueryOptions.DEFAULTS.withSnapshot(false));

    @AfterAll
    static void close() {
        GRAPH.close();
    }

    static Stream<Arguments> calls() {
        RoadmapQueries queries = GRAPH.queries();
        LearnerProgress progress = GRAPH.progress(new InMemoryProgressStore());
        return Stream.of(
                call("files must not be null", () -> GRAPH.load((Path[]) null)),
                call("files[1] must not be null", () -> GRAPH.load(Path.of("a.yaml"), null)),
                call("files must not be null", () -> RoadmapLoader.read((Path[]) null)),
                call("roadmapId must not be null", () -> GRAPH.remove(null)),
                call("options must not be null", () -> RoadmapGraph.connect(NOWHERE, AuthTokens.none(), null)),
                call("scope must not be null", () -> queries.prerequisites("python", true, null)),
                call("scope must not be null", () -> queries.learningPath(List.of("rag"), List.of(), null)),
                call("known must not be null", () -> queries.learningPath(List.of("rag"), null)),
                call("known must not contain null", () -> queries.nextTopics(Arrays.asList("python", null))),
                call("text must not be null", () -> queries.search(null, 10)),
                call("request must not be null", () -> queries.plan(null)),
                call("goals must not be null", () -> PlanRequest.goals(null)),
                call("learner must not be null", () -> progress.overview(null, Optional.empty())),
                call("bookmark must not be null", () -> progress.export("ada", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aNullArgumentFailsAtOnceNamingTheParameter(String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(message);
    }

    private static Arguments call(String message, ThrowingCallable call) {
        return Arguments.of(message, call);
    }
}
