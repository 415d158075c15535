package io.roadmapgraph.query;

import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.GraphFingerprint;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import io.roadmapgraph.testkit.SyntheticRoadmap;
import io.roadmapgraph.testkit.TwoTopicRoadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, item 2: each roadmap keeps its own view of the topics it shares with others; loading roadmap B never
 * changes roadmap A's answers, and removing B gives back exactly the graph of A alone.
 */
class SharedTopicsIT extends Neo4jTestSupport {

    private static final Path FORMAT_DOC = Path.of("..", "docs", "roadmap-format.md");
    private static final Scope AI = Scope.roadmap("ai-engineer");

    private final RoadmapLoader loader = new RoadmapLoader(driver);

    /**
     * Given two random roadmaps whose topic ids overlap (both name t0, t1, ... with their own titles, hours and
     * requires): load A, load B, reload B changed, remove B: every node and property is as after loading A alone.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 17L, 2_026L, 424_242L})
    void loadingAndRemovingARoadmapThatSharesTopicsGivesBackExactlyTheFirstsGraph(long seed) {
        Roadmap a = SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("alpha", 60, 6, 2.0, 3, 3, 4, seed));
        loader.load(a);
        GraphFingerprint alone = GraphFingerprint.of(driver);

        loader.load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("beta", 40, 5, 3.0, 2, 4, 3, seed + 1)));
        loader.load(SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("beta", 70, 8, 1.0, 4, 2, 5, seed + 2)));
        loader.remove("beta");

        assertThat(GraphFingerprint.of(driver)).as("seed %d", seed).isEqualTo(alone);
    }

    @Test
    void loadingASecondRoadmapThatDefinesTheSameTopicsNeverChangesTheFirstsAnswers() {
        Roadmap a = SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("alpha", 60, 6, 2.0, 3, 3, 4, 5));
        Roadmap b = SyntheticRoadmap.generate(new SyntheticRoadmap.Spec("beta", 60, 6, 2.0, 3, 3, 4, 6));
        loader.load(a);
        RoadmapQueries queries = new RoadmapQueries(driver);
        String goal = SyntheticRoadmap.topicId(59);
        LearningPath before = queries.learningPath(List.of(goal), List.of(), Scope.roadmap("alpha"));
        TopicNode topicBefore = queries.topic(goal);

        loader.load(b);

        assertThat(steps(queries.learningPath(List.of(goal), List.of(), Scope.roadmap("alpha"))))
                .isEqualTo(steps(before));
        assertThat(queries.topic(goal)).as("the default view is the roadmap loaded first's, with both roadmaps")
                .isEqualTo(GraphSnapshot.withRoadmaps(topicBefore, List.of("alpha", "beta")));
        TopicNode inB = queries.learningPath(List.of(goal), List.of(), Scope.roadmap("beta")).steps().stream()
                .map(LearningStep::topic).filter(t -> t.id().equals(goal)).findFirst().orElseThrow();
        int hoursInB = b.topics().stream().filter(t -> t.id().equals(goal)).findFirst().orElseThrow()
                .estimatedHours();
        assertThat(inB.estimatedHours()).as("with roadmap beta, beta's hours").isEqualTo(hoursInB);
        assertThat(queries.topicsOfRoadmaps(List.of("beta")).get("beta")).filteredOn(t -> t.id().equals(goal))
                .singleElement().satisfies(t -> {
                    assertThat(t.estimatedHours()).as("beta's topics are beta's copies").isEqualTo(hoursInB);
                    assertThat(t.roadmaps()).as("one id, one concept: every roadmap that has it")
                            .containsExactly("alpha", "beta");
                });
    }

    @Test
    void theTinyAiExampleOfTheFormatDocNoLongerChangesTheAiEngineerPathToFineTuning() throws IOException {
        loader.load(bundled());
        RoadmapQueries queries = new RoadmapQueries(driver);
        LearningPath scoped = queries.learningPath(List.of("fine-tuning"), List.of("python"), AI);
        LearningPath unscoped = queries.learningPath(List.of("fine-tuning"), List.of("python"));
        TopicNode rag = queries.topic("rag");

        loader.load(tinyAi());

        assertThat(steps(queries.learningPath(List.of("fine-tuning"), List.of("python"), AI)))
                .isEqualTo(steps(scoped));
        assertThat(steps(queries.learningPath(List.of("fine-tuning"), List.of("python"))))
                .as("without a roadmap: the roadmap loaded first's topics and hours").isEqualTo(steps(unscoped));
        assertThat(queries.topic("rag").title()).isEqualTo(rag.title());
        assertThat(queries.topic("rag").estimatedHours()).isEqualTo(rag.estimatedHours());

        loader.remove("tiny-ai");

        assertThat(queries.learningPath(List.of("fine-tuning"), List.of("python"))).isEqualTo(unscoped);
        assertThat(queries.topic("rag")).isEqualTo(rag);
    }

    /**
     * Two roadmaps that each order the same two topics, the other way round: neither has a cycle, their joined requires
     * (the default view) have one. The learner's questions over the default view say so and name the roadmaps, instead
     * of an internal error; each roadmap alone still answers.
     */
    @Test
    void roadmapsThatOrderSharedTopicsTheOtherWayRoundAreNamedWhenTheDefaultViewCannotBeOrdered() {
        loader.load(RoadmapReader.read("alpha.yaml", TwoTopicRoadmap.yaml("alpha", "sql", "pandas")));
        loader.load(RoadmapReader.read("beta.yaml", TwoTopicRoadmap.yaml("beta", "pandas", "sql")));
        RoadmapQueries queries = new RoadmapQueries(driver);
        String message = "the requires of roadmaps 'alpha', 'beta' together form a cycle between ";

        assertThatThrownBy(() -> queries.learningPath(List.of("pandas"), List.of()))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT))
                .hasMessageStartingWith(message).hasMessageContaining("give roadmap to answer from one of them");
        assertThatThrownBy(() -> queries.plan(PlanRequest.goals(List.of("sql")).withHoursPerWeek(10)))
                .isInstanceOf(QueryException.class).hasMessageStartingWith(message);
        assertThatThrownBy(() -> queries.unlockingTopics(List.of(), List.of("pandas"), Scope.ALL))
                .isInstanceOf(QueryException.class).hasMessageStartingWith(message);
        assertThat(queries.learningPath(List.of("pandas"), List.of(), Scope.roadmap("alpha")).steps())
                .extracting(s -> s.topic().id()).containsExactly("sql", "pandas");
        assertThat(queries.learningPath(List.of("sql"), List.of(), Scope.roadmap("beta")).steps())
                .extracting(s -> s.topic().id()).containsExactly("pandas", "sql");
    }

    /**
     * The same two roadmaps: the cycle they make together is told before anyone asks the default view (the CLI and
     * the server warn with it), with the roadmaps whose requires make it; with one of them removed there is none.
     */
    @Test
    void theCycleTwoRoadmapsMakeTogetherIsToldWithTheirNamesAndIsGoneWithOneOfThem() {
        loader.load(RoadmapReader.read("alpha.yaml", TwoTopicRoadmap.yaml("alpha", "sql", "pandas")));
        RoadmapQueries queries = new RoadmapQueries(driver, QueryOptions.DEFAULTS.withSnapshot(false));
        assertThat(queries.cycleAcrossRoadmaps()).as("one roadmap").isEmpty();
        loader.load(RoadmapReader.read("beta.yaml", TwoTopicRoadmap.yaml("beta", "pandas", "sql")));

        CrossRoadmapCycle cycle = queries.cycleAcrossRoadmaps().orElseThrow();

        assertThat(cycle.topics()).containsExactlyInAnyOrder("sql", "pandas");
        assertThat(cycle.roadmaps()).containsExactly("alpha", "beta");
        assertThat(cycle.warning()).startsWith("the requires of roadmaps alpha, beta together form a cycle, "
                + cycle.topics().get(0) + " → " + cycle.topics().get(1) + " → " + cycle.topics().get(0));
        loader.remove("beta");
        assertThat(queries.cycleAcrossRoadmaps()).as("alpha alone again").isEmpty();
    }

    /**
     * A cycle that closes through a requirement group: alpha's cycle-first needs one of cycle-second or cycle-third,
     * beta's cycle-second requires cycle-first. Neither roadmap has a cycle alone; together, the option cycle-second
     * of alpha's group needs its own topic, what a roadmap file may not have alone. It is told naming the group, and
     * the default view does not pick that option (the cheaper one): it takes cycle-third and says why cycle-second
     * was rejected.
     */
    @Test
    void aCycleThroughAGroupsOptionIsToldNamingTheGroup() {
        RoadmapQueries queries = alphaWithBeta();

        CrossRoadmapCycle cycle = queries.cycleAcrossRoadmaps().orElseThrow();

        assertThat(cycle.topics()).containsExactlyInAnyOrder("cycle-first", "cycle-second");
        assertThat(cycle.roadmaps()).containsExactly("alpha", "beta");
        assertThat(cycle.groups()).containsExactly("cycle-language");
        assertThat(cycle.warning()).startsWith("the requires of roadmaps alpha, beta together form a cycle through the"
                + " options of group cycle-language, " + cycle.describe() + " (each roadmap alone has none):"
                + " learningPath and plan without a roadmap argument do not pick such an option");
        LearningPath joined = queries.learningPath(List.of("cycle-first"), List.of());
        assertThat(joined.steps()).extracting(s -> s.topic().id()).containsExactly("cycle-third", "cycle-first");
        assertThat(joined.picks().groups()).singleElement().satisfies(pick -> {
            assertThat(pick.picked()).containsExactly("cycle-third");
            assertThat(pick.why()).isEqualTo(ChoicePlanner.Why.CHEAPEST);
            assertThat(pick.rejected()).containsExactly(new ChoicePlanner.Rejected(
                    "cycle-second", 0, List.of("cycle-first", "cycle-second")));
        });
        assertThat(queries.learningPath(List.of("cycle-first"), List.of(), Scope.roadmap("alpha")).steps())
                .extracting(s -> s.topic().id()).containsExactly("cycle-second", "cycle-first");
    }

    /**
     * When every option of the group leads back to its topic across the roadmaps (beta's cycle-second and gamma's
     * cycle-third both require cycle-first), the default view has no path: BAD_USER_INPUT naming the cycle and the
     * roadmaps, in the words of any cycle across roadmaps. Each roadmap alone still answers.
     */
    @Test
    void aGroupWhoseOptionsAllLeadBackToItsTopicIsACycleAcrossRoadmaps() {
        RoadmapQueries queries = alphaWithBeta();
        loader.load(RoadmapReader.read("gamma.yaml", TwoTopicRoadmap.yaml("gamma", "cycle-first", "cycle-third")));

        assertThatThrownBy(() -> queries.learningPath(List.of("cycle-first"), List.of()))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT))
                .hasMessage("the requires of roadmaps 'alpha', 'beta', 'gamma' together form a cycle between"
                        + " [cycle-first, cycle-second] (each roadmap alone has none): without a roadmap argument the"
                        + " answer joins them, so give roadmap to answer from one of them");
        assertThat(queries.learningPath(List.of("cycle-first"), List.of(), Scope.roadmap("alpha")).steps())
                .extracting(s -> s.topic().id()).containsExactly("cycle-second", "cycle-first");
    }

    /** The default view refuses a learner's pick of the option that leads back, naming the option and the group. */
    @Test
    void aChoiceOfTheOptionThatLeadsBackIsRefusedNamingTheOptionAndTheGroup() {
        RoadmapQueries queries = alphaWithBeta();

        assertThatThrownBy(() -> queries.learningPath(List.of("cycle-first"), List.of(), Scope.ALL,
                List.of(new Choice("cycle-language", List.of("cycle-second")))))
                .isInstanceOfSatisfying(QueryException.class,
                        e -> assertThat(e.kind()).isEqualTo(QueryException.Kind.BAD_USER_INPUT))
                .hasMessageContaining("option 'cycle-second' of group 'cycle-language' cannot be picked: it makes a"
                        + " cycle, cycle-first → cycle-second → cycle-first");
    }

    /** Alpha and beta loaded (beta's cycle-second requires cycle-first), and queries without a snapshot. */
    private RoadmapQueries alphaWithBeta() {
        loader.load(RoadmapReader.read("alpha.yaml", groupRoadmap()));
        loader.load(RoadmapReader.read("beta.yaml", TwoTopicRoadmap.yaml("beta", "cycle-first", "cycle-second")));
        return new RoadmapQueries(driver, QueryOptions.DEFAULTS.withSnapshot(false));
    }

    /** Roadmap alpha: cycle-first needs one of cycle-second (1 h) or cycle-third (9 h), none requiring anything. */
    private static String groupRoadmap() {
        return """
                id: alpha
                languages: [en]
                title: alpha
                summary: A choice
                source: {document: alpha.md, language: en, basedOn: A test}
                phases:
                  - {number: 1, title: Basics, goal: Learn them}
                topics:
                  - {id: cycle-second, title: Second, summary: The second, phase: 1, importance: core, estimatedHours: 1}
                  - {id: cycle-third, title: Third, summary: The third, phase: 1, importance: core, estimatedHours: 9}
                  - id: cycle-first
                    title: First
                    summary: The first
                    phase: 1
                    importance: core
                    estimatedHours: 5
                    requires:
                      - id: cycle-language
                        anyOf: [cycle-second, cycle-third]
                        reason: Either comes first here
                """;
    }

    /** The path as a learner reads it: each step's topic, title and hours, then the total. */
    private static List<String> steps(LearningPath path) {
        List<String> steps = new java.util.ArrayList<>(path.steps().stream().map(s -> s.position() + ". "
                + s.topic().id() + " " + s.topic().title().preferred() + " " + s.topic().estimatedHours() + " h")
                .toList());
        steps.add("total " + path.totalHours() + " h");
        return steps;
    }

    private static Roadmap bundled() throws IOException {
        try (InputStream in = RoadmapReader.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            return RoadmapReader.read("ai-engineer.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The example file of docs/roadmap-format.md, as the doc shows it. */
    private static Roadmap tinyAi() {
        try {
            Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(FORMAT_DOC));
            while (yaml.find()) {
                if (yaml.group(1).contains("\nid: tiny-ai")) {
                    return RoadmapReader.read("tiny-ai.yaml", yaml.group(1));
                }
            }
            throw new AssertionError("no tiny-ai example in " + FORMAT_DOC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
