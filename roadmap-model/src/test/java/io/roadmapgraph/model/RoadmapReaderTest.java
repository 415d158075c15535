package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoadmapReaderTest {

    private static final Path VALID = Path.of("src/test/resources/examples/valid");

    @Test
    void readsEveryPartOfAValidYamlFileIntoTheRecords() {
        Roadmap roadmap = RoadmapReader.read(VALID.resolve("complete.yaml"));

        assertThat(roadmap.id()).isEqualTo("tiny-ai");
        assertThat(roadmap.title()).isEqualTo(Text.of("A tiny AI roadmap", "Een klein AI-stappenplan"));
        assertThat(roadmap.source()).isEqualTo(new Source("tiny.md", "nl", Text.en("Nothing in particular")));
        assertThat(roadmap.motto()).contains(Text.en("Start simple"));
        assertThat(roadmap.phases()).containsExactly(
                new Phase(1, Text.of("Basics", "Basis"), Text.en("Learn to program"), Optional.of(MonthRange.of(1, 2))),
                new Phase(2, Text.en("Applications"), Text.en("Build with models"), Optional.empty()));
        assertThat(roadmap.layers()).containsExactly(new Layer("application-development", 1,
                Text.en("Application development"), 2, Text.en("Building on top of models")));
        assertThat(roadmap.topics()).extracting(Topic::id).containsExactly("python", "prompt-engineering", "rag", "bm25");
        assertThat(roadmap.topic("prompt-engineering")).contains(new Topic("prompt-engineering",
                Text.of("Prompt engineering", "Prompt Engineering"), Text.en("Writing good prompts"), 2,
                Optional.of("application-development"), Optional.empty(), Importance.KEY, false, 20,
                Optional.of(Text.of("Always first", "Altijd eerst")),
                List.of(Text.of("Clear instructions", "Duidelijke instructies"), Text.en("Few-shot examples")),
                List.of(new Prerequisite("python", Text.en("You call the API from Python").withOrigin(Origin.AUTHORED))), List.of()));
        assertThat(roadmap.topic("python")).get().extracting(Topic::startHere, Topic::tools)
                .containsExactly(true, List.of("jupyter"));
        assertThat(roadmap.topic("bm25")).get().extracting(Topic::parent, Topic::importance, Topic::startHere)
                .containsExactly(Optional.of("rag"), Importance.ELECTIVE, false);
        assertThat(roadmap.tools()).containsExactly(new Tool("jupyter", "Jupyter", ToolCategory.DEV_TOOL,
                "https://jupyter.org", Text.en("Notebooks")));
        assertThat(roadmap.projects()).containsExactly(new Project("faq-bot", 1, Text.en("FAQ bot"),
                Text.en("Answer questions from a FAQ"), Level.BEGINNER, List.of("rag", "bm25"), List.of("jupyter")));
        assertThat(roadmap.route()).extracting(RouteStage::id, RouteStage::months)
                .containsExactly(tuple("months-1-2", MonthRange.of(1, 2)), tuple("months-3-4", MonthRange.of(3, 4)));
        assertThat(roadmap.route().get(1).steps()).containsExactly(
                new RouteStep(1, Text.en("Build the FAQ bot"), List.of("rag"), List.of("faq-bot")));
        assertThat(roadmap.principles()).containsExactly(new Principle(1, Text.of("Start simple", "Start simpel"),
                Optional.of(Text.en("Start with prompting")), List.of(Text.en("Prompt first"))));
        assertThat(roadmap.successCriteria()).containsExactly(
                new SuccessCriterion(1, Text.en("You can build a RAG app"), List.of("rag")));
        assertThat(roadmap.resources()).containsExactly(
                new Resource("the-book", ResourceKind.BOOK, Text.en("The book"), Optional.of("https://example.org/book")),
                new Resource("a-community", ResourceKind.COMMUNITY, Text.en("A community"), Optional.empty()));
        assertThat(roadmap.tips()).containsExactly(new Tip(1, Text.of("Build things", "Bouw dingen")),
                new Tip(2, Text.en("Keep going")));
    }

    @Test
    void readsJsonWithTheSameSchemaIntoTheSameRoadmap() {
        assertThat(RoadmapReader.read(VALID.resolve("complete.json")))
                .isEqualTo(RoadmapReader.read(VALID.resolve("complete.yaml")));
    }

    @Test
    void readsTextByTheNameItIsGiven() throws Exception {
        String json = Files.readString(VALID.resolve("complete.json"));

        assertThat(RoadmapReader.read("inline.json", json).id()).isEqualTo("tiny-ai");
        assertThatThrownBy(() -> RoadmapReader.read("inline.json", "id: x"))
                .isInstanceOfSatisfying(RoadmapValidationException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(Problem::file, Problem::line)
                        .containsExactly("inline.json", 1));
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() throws Exception {
        String yaml = Files.readString(VALID.resolve("complete.yaml"));
        String json = Files.readString(VALID.resolve("complete.json"));
        Roadmap expected = RoadmapReader.read(VALID.resolve("complete.yaml"));

        assertThat(RoadmapReader.read("bom.yaml", "\uFEFF" + yaml.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(RoadmapReader.read("bom.json", "\uFEFF" + json.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(RoadmapReader.validate("crlf.yaml", yaml.replace("\n", "\r\n").replace("title: Python",
                "titel: Python"))).extracting(Problem::line, Problem::column).containsExactly(tuple(26, 5));
    }

    @Test
    void readsARouteInWeeksBeforeMonthsWithTheMonthsItsWeeksFallIn() {
        Roadmap roadmap = RoadmapReader.read(VALID.resolve("weeks.yaml"));

        assertThat(roadmap.route()).extracting(RouteStage::id, RouteStage::period, RouteStage::months)
                .containsExactly(tuple("weeks-1-2", StagePeriod.weeks(1, 2), MonthRange.of(1, 1)),
                        tuple("weeks-3-4", StagePeriod.weeks(3, 4), MonthRange.of(1, 1)),
                        tuple("months-2-3", StagePeriod.months(2, 3), MonthRange.of(2, 3)));
        assertThat(RoadmapReader.validate(VALID.resolve("weeks.yaml"))).isEmpty();
    }

    @Test
    void leavesOutOptionalPartsAsEmpty() {
        Roadmap roadmap = RoadmapReader.read(VALID.resolve("minimal.yaml"));

        assertThat(roadmap.motto()).isEmpty();
        assertThat(roadmap.layers()).isEmpty();
        assertThat(roadmap.route()).isEmpty();
        assertThat(roadmap.topics()).singleElement().satisfies(topic -> {
            assertThat(topic.layer()).isEmpty();
            assertThat(topic.whenToUse()).isEmpty();
            assertThat(topic.requires()).isEmpty();
        });
    }

    @Test
    void reportsEveryProblemOfAFileSortedByLine() {
        Path path = ValidationProblemsTest.fixture("several-problems.yaml");

        List<Problem> problems = RoadmapReader.validate(path);

        assertThat(problems).extracting(Problem::line, Problem::column).containsExactly(
                tuple(1, 5), tuple(7, 67), tuple(15, 13), tuple(17, 5), tuple(23, 17), tuple(24, 17), tuple(29, 17),
                tuple(32, 17), tuple(33, 10));
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("id 'Broken Roadmap' of the roadmap is not kebab-case").endsWith("'broken-roadmap'"),
                m -> assertThat(m).startsWith("'duration' of phase #2 runs from month 4 to month 2"),
                m -> assertThat(m).isEqualTo("unknown tool 'jupiter' in the tools of topic 'python'; did you mean 'jupyter'?"),
                m -> assertThat(m).isEqualTo("unknown field 'titel' in topic 'rag'; did you mean 'title'?"),
                m -> assertThat(m).startsWith("topic 'rag' (phase 1) requires 'agents' of the later phase 2"),
                m -> assertThat(m).isEqualTo("unknown topic 'pyton' in the requirements of topic 'rag'; did you mean 'python'?"),
                m -> assertThat(m).startsWith("unknown importance 'essential' in topic 'agents'"),
                m -> assertThat(m).startsWith("prerequisite cycle rag → agents → rag;"),
                m -> assertThat(m).startsWith("duplicate topic id 'python' (first defined at line 9)"));
    }

    @Test
    void saysWhenTheBundledRoadmapIsMissing() {
        assertThatThrownBy(() -> RoadmapReader.readResource("roadmaps/no-such-roadmap.yaml"))
                .isInstanceOf(RoadmapValidationException.class)
                .hasMessageContaining("the bundled roadmap 'roadmaps/no-such-roadmap.yaml' is not on the classpath");
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws Exception {
        Path file = Files.createTempFile("latin1", ".yaml");
        try {
            Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});
            assertThat(RoadmapReader.validate(file)).extracting(Problem::message)
                    .containsExactly("the file is not valid UTF-8; save it as UTF-8");
        } finally {
            Files.delete(file);
        }
    }
}
