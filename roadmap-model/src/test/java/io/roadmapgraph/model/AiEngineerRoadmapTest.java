package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled AI Engineer roadmap ({@code roadmaps/ai-engineer.yaml}) against its seed,
 * {@code stappenplan_AI_Engineer.md}: what it must contain and the order it must encode.
 */
class AiEngineerRoadmapTest {

    /** Part-time study of about 10 hours a week, the assumption stated at the top of ai-engineer.yaml. */
    private static final int HOURS_PER_MONTH = 40;

    private static Roadmap roadmap;

    @BeforeAll
    static void readTheBundledRoadmap() {
        roadmap = RoadmapReader.aiEngineer();
    }

    @Test
    void bundledFileValidatesWithoutProblems() throws URISyntaxException {
        Path file = Path.of(AiEngineerRoadmapTest.class.getResource("/roadmaps/ai-engineer.yaml").toURI());

        assertThat(RoadmapReader.validate(file)).isEmpty();
    }

    @Test
    void encodesTheSeedsChoicesAsPhaseFourElectivesAndToolAlternatives() {
        assertThat(roadmap.groups()).extracting(RequirementGroup::id, RequirementGroup::scope, RequirementGroup::n,
                RequirementGroup::optionIds).containsExactly(
                tuple("phase-4~electives", RequirementGroup.Scope.ELECTIVES, 1,
                        List.of("computer-vision-ai", "advanced-architectures", "research-skills")),
                tuple("orchestration-framework", RequirementGroup.Scope.TOOLS, 1, List.of("langchain", "llamaindex")),
                tuple("vector-database", RequirementGroup.Scope.TOOLS, 1,
                        List.of("pinecone", "weaviate", "chroma", "faiss")),
                tuple("ui-framework", RequirementGroup.Scope.TOOLS, 1, List.of("streamlit", "gradio")),
                tuple("monitoring-tool", RequirementGroup.Scope.TOOLS, 1,
                        List.of("weights-and-biases", "mlflow", "langsmith")));
    }

    @Test
    void noTopicRequiresAGroupSoEveryPathIsWhatItWasWithoutChoices() {
        var grouped = TopicGraphs.grouped(roadmap);
        var plain = TopicGraphs.prerequisites(roadmap);

        assertThat(grouped.hasGroups()).isFalse();
        for (Topic goal : roadmap.topics()) {
            assertThat(io.roadmapgraph.algorithms.ChoicePlanner.plan(grouped, List.of(goal.id()), List.of(),
                    java.util.Map.of()).plan()).isEqualTo(io.roadmapgraph.algorithms.LearningPathPlanner.plan(plain,
                    List.of(goal.id()), List.of()));
        }
    }

    @Test
    void isTheAiEngineerRoadmapFromTheDutchSeedBasedOnChipHuyensBook() {
        assertThat(roadmap.id()).isEqualTo("ai-engineer");
        assertThat(roadmap.source().document()).isEqualTo("stappenplan_AI_Engineer.md");
        assertThat(roadmap.source().language()).isEqualTo("nl");
        assertThat(roadmap.source().basedOn().en().orElseThrow()).contains("AI Engineering", "Chip Huyen");
        assertThat(roadmap.summary().nl().orElseThrow()).startsWith("AI Engineering is het bouwen van applicaties");
    }

    @Test
    void closesWithTheMottoFormVersusFacts() {
        assertThat(roadmap.motto()).flatMap(Text::en).contains("Finetuning is for form, RAG is for facts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript-typescript", "foundation-models", "tokenization", "embeddings",
        "prompt-engineering", "context-construction", "ai-interfaces", "evaluation", "rag", "bm25", "vector-search",
        "hybrid-search", "reranking", "agents", "function-calling", "fine-tuning", "lora", "dataset-engineering",
        "model-serving", "api-integration", "quantization", "caching", "latency-cost-optimization",
        "monitoring-observability", "security-safety", "prompt-injection", "multimodal-models", "mixture-of-experts"})
    void containsEveryTopicTheSeedNames(String topicId) {
        assertThat(roadmap.topic(topicId)).as("topic %s", topicId).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-api", "anthropic-api", "hugging-face-hub", "langchain", "llamaindex", "pinecone",
        "weaviate", "chroma", "faiss", "jupyter", "git", "docker", "weights-and-biases", "mlflow", "langsmith",
        "streamlit", "gradio", "numpy", "pandas"})
    void containsEveryToolTheSeedNames(String toolId) {
        assertThat(roadmap.tool(toolId)).as("tool %s", toolId).isPresent();
    }

    @Test
    void everyToolIsUsedByATopicOrAProject() {
        Set<String> used = new LinkedHashSet<>();
        roadmap.topics().forEach(topic -> used.addAll(topic.tools()));
        roadmap.projects().forEach(project -> used.addAll(project.tools()));

        assertThat(roadmap.tools()).extracting(Tool::id).allMatch(used::contains, "is used somewhere");
    }

    @Test
    void hasTheNineProjectsInTheSeedsOrder() {
        assertThat(roadmap.projects()).extracting(Project::id).containsExactly("chatbot-with-personality", "faq-bot",
                "text-summarizer", "document-qa-system", "code-assistant", "domain-chatbot", "multi-agent-system",
                "production-rag-pipeline", "ai-platform");
    }

    @ParameterizedTest(name = "{0} is {1} and exercises {2}")
    @CsvSource(textBlock = """
            chatbot-with-personality, BEGINNER,     prompt-engineering
            faq-bot,                  BEGINNER,     rag bm25
            text-summarizer,          BEGINNER,     api-integration
            document-qa-system,       INTERMEDIATE, vector-search rag
            code-assistant,           INTERMEDIATE, function-calling agents
            domain-chatbot,           INTERMEDIATE, fine-tuning
            multi-agent-system,       ADVANCED,     agents
            production-rag-pipeline,  ADVANCED,     rag monitoring-observability caching latency-cost-optimization
            ai-platform,              ADVANCED,     ai-interfaces rag model-serving monitoring-observability
            """)
    void projectHasTheSeedsLevelAndExercisesTheSeedsTopics(String projectId, Level level, String topics) {
        Project project = roadmap.project(projectId).orElseThrow();

        assertThat(project.level()).isEqualTo(level);
        assertThat(project.topics()).containsAll(ids(topics));
    }

    @Test
    void aiPlatformExercisesTopicsOfAllThreeLayers() {
        Project platform = roadmap.project("ai-platform").orElseThrow();

        List<String> layers = platform.topics().stream()
                .flatMap(id -> roadmap.topic(id).orElseThrow().layer().stream()).toList();

        assertThat(layers).contains("application-development", "model-development", "infrastructure-production");
    }

    @Test
    void startsWithPythonTheHighestPriority() {
        assertThat(roadmap.topics()).first().satisfies(first -> {
            assertThat(first.id()).isEqualTo("python");
            assertThat(first.phase()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0} comes before {1}")
    @CsvSource(textBlock = """
            python,             foundation-models
            prompt-engineering, rag
            prompt-engineering, agents
            prompt-engineering, fine-tuning
            prompt-engineering, bm25
            embeddings,         vector-search
            bm25,               hybrid-search
            vector-search,      hybrid-search
            rag,                bm25
            rag,                fine-tuning
            hybrid-search,      fine-tuning
            dataset-engineering, fine-tuning
            reranking,          fine-tuning
            agents,             function-calling
            """)
    void seedsOrderHoldsAsPrerequisites(String earlier, String later) {
        assertThat(requiredBefore(later)).as("everything %s requires", later).contains(earlier);
    }

    @Test
    void everyTopicAfterThePhaseOfProgrammingNeedsPythonFirst() {
        assertThat(roadmap.topics()).filteredOn(topic -> topic.phase() > 1)
                .allSatisfy(topic -> assertThat(requiredBefore(topic.id())).as("everything %s requires", topic.id())
                        .contains("python"));
    }

    @Test
    void noTopicRequiresATopicOfALaterPhase() {
        assertThat(roadmap.topics()).allSatisfy(topic -> assertThat(topic.requiredTopicIds())
                .allSatisfy(required -> assertThat(roadmap.topic(required).orElseThrow().phase())
                        .as("%s requires %s", topic.id(), required).isLessThanOrEqualTo(topic.phase())));
    }

    @Test
    void everyPrerequisiteGivesItsReasonInEnglishAndDutch() {
        assertThat(roadmap.topics()).flatMap(Topic::requires)
                .allSatisfy(requirement -> assertThat(requirement.reason().dutch()).isPresent());
    }

    @ParameterizedTest(name = "phase {0} takes {1}-{2} months")
    @CsvSource(textBlock = """
            1, 2, 3
            2, 3, 4
            3, 6, 8
            """)
    void phaseHasTheSeedsDuration(int number, int minMonths, int maxMonths) {
        assertThat(roadmap.phase(number).orElseThrow().duration()).contains(MonthRange.of(minMonths, maxMonths));
    }

    @Test
    void specialisationPhaseIsOngoingAndEverythingInItIsElective() {
        assertThat(roadmap.phases()).hasSize(4);
        assertThat(roadmap.phase(4).orElseThrow().ongoing()).isTrue();
        assertThat(roadmap.topics()).filteredOn(topic -> topic.phase() == 4).isNotEmpty()
                .extracting(Topic::importance).containsOnly(Importance.ELECTIVE);
    }

    @ParameterizedTest(name = "phase {0}")
    @ValueSource(ints = {1, 2, 3})
    void hoursOfAPhaseFitItsDurationAtPartTimeStudy(int number) {
        MonthRange months = roadmap.phase(number).orElseThrow().duration().orElseThrow();

        int hours = roadmap.topics().stream().filter(topic -> topic.phase() == number)
                .mapToInt(Topic::estimatedHours).sum();

        assertThat(hours).isBetween(months.min() * HOURS_PER_MONTH, months.max() * HOURS_PER_MONTH);
    }

    @Test
    void marksAsKeyExactlyWhatTheSeedStarsOrCallsCritical() {
        assertThat(roadmap.topics()).filteredOn(topic -> topic.importance() == Importance.KEY)
                .extracting(Topic::id).containsExactlyInAnyOrder("python", "prompt-engineering", "evaluation", "rag");
    }

    @Test
    void saysToStartWithPromptEngineeringAndWithBm25() {
        assertThat(roadmap.topics()).filteredOn(Topic::startHere)
                .extracting(Topic::id).containsExactlyInAnyOrder("prompt-engineering", "bm25");
    }

    @Test
    void ragIsForFactsAndFineTuningIsForForm() {
        assertThat(roadmap.topic("rag").orElseThrow().whenToUse()).flatMap(Text::nl)
                .contains("Voor feitelijke informatie en kennisbases");
        assertThat(roadmap.topic("fine-tuning").orElseThrow().whenToUse()).flatMap(Text::nl)
                .contains("Voor specifieke output stijlen/formats");
    }

    @ParameterizedTest(name = "{0} lies under {1}")
    @CsvSource(textBlock = """
            lora,               fine-tuning
            bm25,               rag
            hybrid-search,      rag
            reranking,          rag
            function-calling,   agents
            api-integration,    model-serving
            quantization,       model-serving
            caching,            model-serving
            prompt-injection,   security-safety
            multimodal-models,  computer-vision-ai
            mixture-of-experts, advanced-architectures
            """)
    void subtopicLiesUnderTheTopicTheSeedListsItUnder(String subtopic, String ancestor) {
        assertThat(ancestorsOf(subtopic)).contains(ancestor);
    }

    @ParameterizedTest(name = "{0} is in layer {1}")
    @CsvSource(textBlock = """
            prompt-engineering,       application-development
            context-construction,     application-development
            ai-interfaces,            application-development
            evaluation,               application-development
            rag,                      model-development
            agents,                   model-development
            fine-tuning,              model-development
            dataset-engineering,      model-development
            model-serving,            infrastructure-production
            latency-cost-optimization, infrastructure-production
            monitoring-observability, infrastructure-production
            security-safety,          infrastructure-production
            """)
    void topicIsInTheSeedsLayerOfPhaseThree(String topicId, String layer) {
        Topic topic = roadmap.topic(topicId).orElseThrow();

        assertThat(topic.phase()).isEqualTo(3);
        assertThat(topic.layer()).contains(layer);
    }

    @Test
    void routeHasFourStagesOfThreeMonths() {
        assertThat(roadmap.route()).extracting(RouteStage::months).containsExactly(MonthRange.of(1, 3),
                MonthRange.of(4, 6), MonthRange.of(7, 9), MonthRange.of(10, 12));
        assertThat(roadmap.route()).extracting(stage -> stage.title().en().orElseThrow())
                .containsExactly("Basics", "Core AI engineering", "Intermediate", "Advanced");
        assertThat(roadmap.route()).extracting(stage -> stage.steps().size()).containsExactly(3, 4, 4, 4);
    }

    @ParameterizedTest(name = "{0} step {1} covers {2} and builds [{3}]")
    @CsvSource(textBlock = """
            months-1-3,   1, python,                    ''
            months-1-3,   2, api-integration,           text-summarizer
            months-1-3,   3, prompt-engineering,        chatbot-with-personality
            months-4-6,   1, bm25,                      faq-bot
            months-4-6,   2, rag,                       document-qa-system
            months-4-6,   3, chain-of-thought,          ''
            months-4-6,   4, evaluation,                ''
            months-7-9,   1, vector-search,             document-qa-system
            months-7-9,   2, agents,                    code-assistant
            months-7-9,   3, lora,                      domain-chatbot
            months-7-9,   4, model-serving,             ''
            months-10-12, 1, latency-cost-optimization, ''
            months-10-12, 2, monitoring-observability,  ''
            months-10-12, 3, caching,                   ''
            months-10-12, 4, model-serving,             production-rag-pipeline multi-agent-system ai-platform
            """)
    void routeStepPointsAtWhatItIsAbout(String stageId, int number, String topic, String projects) {
        RouteStage stage = roadmap.route().stream().filter(s -> s.id().equals(stageId)).findFirst().orElseThrow();
        RouteStep step = stage.steps().get(number - 1);

        assertThat(step.number()).isEqualTo(number);
        assertThat(step.topics()).contains(topic);
        assertThat(step.projects()).containsExactlyElementsOf(ids(projects));
    }

    @Test
    void hasTheFivePrinciplesWithTheSeedsQuotes() {
        assertThat(roadmap.principles()).extracting(principle -> principle.title().nl().orElseThrow()).containsExactly(
                "Start Simpel, Schaal Op", "Evaluatie is Kritisch", "Focus op Fundamentals, Niet Tools",
                "Full-Stack Mindset", "Iteratief Werken");
        assertThat(roadmap.principles()).extracting(principle -> principle.quote().flatMap(Text::en).orElse(""))
                .satisfiesExactly(
                        quote -> assertThat(quote).startsWith("Start with prompting, following best practices."),
                        quote -> assertThat(quote).startsWith("An application that is deployed but can't be evaluated"),
                        quote -> assertThat(quote).isEmpty(),
                        quote -> assertThat(quote).isEmpty(),
                        quote -> assertThat(quote).startsWith("With AI models readily available today"));
    }

    @Test
    void firstPrincipleListsTheSeedsOrderFromPromptingToRagPlusFineTuning() {
        assertThat(roadmap.principles().get(0).points()).extracting(t -> t.nl().orElseThrow()).containsExactly(
                "Volgorde 1: Prompt engineering (altijd eerste!)",
                "Volgorde 2: Simple RAG (BM25)",
                "Volgorde 3: Advanced RAG (hybrid search, reranking)",
                "Volgorde 4: Fine-tuning (alleen als nodig)",
                "Volgorde 5: RAG + Fine-tuning (voor maximale performance)");
    }

    @Test
    void fifthPrincipleTurnsTheOldWorkflowAround() {
        assertThat(roadmap.principles().get(4).points()).extracting(t -> t.en().orElseThrow()).containsExactly(
                "Old workflow: Data → Model → Product", "New workflow: Product → Data → Model (if needed)");
    }

    @Test
    void hasTheSevenSuccessCriteriaEachRestingOnTopics() {
        assertThat(roadmap.successCriteria()).hasSize(7).allSatisfy(criterion -> assertThat(criterion.topics())
                .isNotEmpty().allMatch(id -> roadmap.topic(id).isPresent()));
        assertThat(roadmap.successCriteria().get(1).topics())
                .containsExactlyInAnyOrder("prompt-engineering", "rag", "fine-tuning");
    }

    @Test
    void hasTheResourcesOfEveryKindStartingWithTheBook() {
        assertThat(roadmap.resources()).first().satisfies(book -> {
            assertThat(book.kind()).isEqualTo(ResourceKind.BOOK);
            assertThat(book.title().nl().orElseThrow()).contains("AI Engineering", "Chip Huyen");
        });
        assertThat(roadmap.resources()).extracting(Resource::kind).containsOnly(ResourceKind.values());
    }

    @Test
    void hasTheSixClosingTipsEndingWithEvaluateEverything() {
        assertThat(roadmap.tips()).hasSize(6).last().satisfies(tip -> assertThat(tip.text().nl().orElseThrow())
                .startsWith("Evalueer ALLES"));
    }

    /** Every topic {@code topicId} requires, directly or through other requirements. */
    @Test
    void theDocumentsStartHereIsOnTheFirstLayer() {
        assertThat(roadmap.layers()).filteredOn(Layer::startHere).extracting(Layer::id)
                .containsExactly("application-development");
    }

    @Test
    void programmingIsSplitEightyTwentyAsTheDocumentSays() {
        assertThat(roadmap.topic("python").orElseThrow().weight()).contains(80);
        assertThat(roadmap.topic("javascript-typescript").orElseThrow().weight()).contains(20);
    }

    @Test
    void theHoursAreTheFilesOwnAtTenHoursAWeek() {
        assertThat(roadmap.studyHoursPerWeek()).contains(new Hours(10, Origin.AUTHORED));
        assertThat(roadmap.topics()).extracting(Topic::hoursOrigin).containsOnly(Origin.AUTHORED);
        assertThat(roadmap.projects()).allSatisfy(project -> assertThat(project.estimatedHours())
                .hasValueSatisfying(hours -> assertThat(hours.origin()).isEqualTo(Origin.AUTHORED)));
    }

    @Test
    void theReasonsOfPrerequisitesAreMarkedAsWrittenForTheFile() {
        assertThat(roadmap.topics()).flatExtracting(Topic::requires).filteredOn(p -> p.origin().rule().isEmpty())
                .extracting(p -> p.reason().origin()).containsOnly(Origin.AUTHORED);
    }

    @Test
    void theMustReadsAreTheBookAndTheThreeDocumentations() {
        assertThat(roadmap.resources()).filteredOn(Resource::mustRead).extracting(Resource::id).containsExactly(
                "ai-engineering-book", "openai-documentation", "anthropic-documentation", "hugging-face-documentation");
        assertThat(roadmap.resources().get(0).url()).hasValueSatisfying(url -> assertThat(url)
                .startsWith("https://www.oreilly.com/").doesNotContain("github"));
    }

    @Test
    void theSuccessCriteriaCompleteTheDocumentsLeadIn() {
        assertThat(roadmap.successCriteriaLeadIn()).flatMap(Text::nl)
                .contains("Je bent een competente AI Engineer wanneer je:");
    }

    @Test
    void theToolListEndsMonitoringAndEvaluationWithCustomEvaluationFrameworks() {
        assertThat(roadmap.tool("custom-evaluation-frameworks")).hasValueSatisfying(tool -> assertThat(tool.name())
                .isEqualTo("Custom evaluation frameworks"));
    }

    @Test
    void noUserFacingTextSpeaksOfTheSeed() throws Exception {
        String file = java.nio.file.Files.readString(Path.of("src/main/resources/" + RoadmapReader.AI_ENGINEER_RESOURCE));
        List<String> textLines = file.lines().filter(line -> !line.stripLeading().startsWith("#")).toList();
        assertThat(textLines).noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("seed"));
    }

    @ParameterizedTest(name = "{0} does not need {1}")
    @CsvSource(textBlock = """
            vector-search, rag
            model-merging, lora
            rag,           bm25
            agents,        function-calling
            model-serving, api-integration
            """)
    void teachersOrderHolds(String topic, String notBefore) {
        assertThat(requiredBefore(topic)).as("everything %s requires", topic).doesNotContain(notBefore);
    }

    private static Set<String> requiredBefore(String topicId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(topicId));
        while (!todo.isEmpty()) {
            for (String required : roadmap.topic(todo.pop()).orElseThrow().requiredTopicIds()) {
                if (seen.add(required)) {
                    todo.push(required);
                }
            }
        }
        return seen;
    }

    /** Space-separated ids from a table cell; none for an empty cell. */
    private static List<String> ids(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split(" +"));
    }

    /** The parent of {@code topicId}, its parent, and so on. */
    private static List<String> ancestorsOf(String topicId) {
        return roadmap.topic(topicId).orElseThrow().parent()
                .map(parent -> Stream.concat(Stream.of(parent), ancestorsOf(parent).stream()).toList())
                .orElse(List.of());
    }
}
