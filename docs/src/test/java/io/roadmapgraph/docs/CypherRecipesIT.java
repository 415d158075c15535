package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.RequirementGroup;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.RouteStep;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.Topic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Path;

/**
 * Runs every recipe of {@code docs/cypher/} against the AI Engineer roadmap as the graph-loader loads it, and checks
 * each answer against what the roadmap's own records say.
 */
class CypherRecipesIT {

    private static LoadedRoadmap graph;
    private static Map<String, Topic> topics;

    @BeforeAll
    static void loadTheRoadmap() {
        graph = new LoadedRoadmap();
        topics = graph.roadmap.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void everyRecipeHasATitleADescriptionAndATestHere() {
        assertThat(Recipe.all()).extracting(Recipe::name).containsExactly(
                "01-roadmap-by-phase", "02-everything-rag-needs", "03-what-python-unlocks",
                "04-learning-path-to-fine-tuning", "05-projects-exercising-agents", "06-tools-by-category",
                "07-gaps-no-project-exercises", "08-route-month-by-month", "09-key-topics", "10-subtopic-tree",
                "11-critical-path-to-fine-tuning", "12-options-for-a-choice");
        assertThat(Recipe.all()).allSatisfy(recipe -> {
            assertThat(recipe.description()).as(recipe.name()).isNotBlank();
            assertThat(recipe.query()).as(recipe.name()).doesNotContain(":param");
            // every $parameter the query uses has a documented :param line, and no :param line is unused
            assertThat(parametersUsedBy(recipe.query())).as(recipe.name()).isEqualTo(recipe.params().keySet());
        });
    }

    /** The Cypher blocks of the pages (graph-model.md's run in test-kit's GraphModelDocIT, on a graph of its own). */
    @Test
    void everyCypherBlockOfThePagesFindsSomethingInTheRoadmap() {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.all("cypher").stream()
                .filter(block -> !block.file().equals("graph-model.md")).toList();

        assertThat(blocks).extracting(MarkdownBlocks.Block::file).containsExactly("neo4j-browser.md");
        assertThat(blocks).allSatisfy(block -> assertThat(graph.driver.executableQuery(block.code()).execute()
                .records()).as(block.where()).isNotEmpty());
    }

    @Test
    void theWholeRoadmapByPhasePutsEveryTopicInItsPhase() {
        List<Record> rows = graph.run(Recipe.named("01-roadmap-by-phase"));

        Map<String, Long> phaseOfTopic = new HashMap<>();
        Set<Long> phases = new LinkedHashSet<>();
        for (Record row : rows) {
            long phase = row.get("phase").asNode().get("number").asLong();
            phases.add(phase);
            if (!row.get("topic").isNull()) {
                phaseOfTopic.put(row.get("topic").asNode().get("id").asString(), phase);
            }
        }
        assertThat(phases).containsExactlyElementsOf(graph.roadmap.phases().stream()
                .map(phase -> (long) phase.number()).toList());
        assertThat(phaseOfTopic).isEqualTo(graph.roadmap.topics().stream()
                .collect(Collectors.toMap(Topic::id, topic -> (long) topic.phase())));
    }

    @Test
    void everythingRagNeedsIsItsSubtopicsAndAllTheyRequire() {
        List<Record> rows = graph.run(Recipe.named("02-everything-rag-needs"));

        Set<String> expected = new HashSet<>(subtopicsOf("rag"));
        expected.add("rag");
        expected.addAll(requiredByAny(expected));
        assertThat(rows).extracting(row -> row.get("topic").asNode().get("id").asString())
                .containsOnlyElementsOf(expected).containsAll(expected)
                .contains("bm25", "embeddings", "python", "tokenization");
        // every REQUIRES arrow among them, each once
        List<String> arrows = expected.stream().flatMap(id -> topics.get(id).requires().stream()
                .map(prerequisite -> id + " -> " + prerequisite.topic())).toList();
        assertThat(rows).filteredOn(row -> !row.get("requires").isNull())
                .extracting(row -> row.get("topic").asNode().get("id").asString() + " -> "
                        + row.get("prerequisite").asNode().get("id").asString())
                .containsExactlyInAnyOrderElementsOf(arrows);
    }

    @Test
    void whatPythonUnlocksIsEveryTopicThatNeedsItWithItsShortestDistance() {
        List<Record> rows = graph.run(Recipe.named("03-what-python-unlocks"));

        Map<String, Integer> depth = rows.stream().collect(Collectors.toMap(
                row -> row.get("topic").asString(), row -> row.get("depth").asInt()));
        assertThat(depth).isEqualTo(dependentsWithDistance("python")).containsEntry("embeddings", 1)
                .containsKey("rag");
        assertThat(rows).allSatisfy(row -> {
            Path path = row.get("path").asPath();
            assertThat(path.end().get("id").asString()).isEqualTo("python");
            assertThat(path.length()).isEqualTo(row.get("depth").asInt());
        });
    }

    @Test
    void theLearningPathToFineTuningBringsItsSubtopicsAndPutsEveryTopicAfterItsPrerequisites() {
        List<Record> rows = graph.run(Recipe.named("04-learning-path-to-fine-tuning"));

        List<String> path = rows.stream().map(row -> row.get("id").asString()).toList();
        Set<String> brought = nonElectiveSubtopicsOf("fine-tuning");
        Set<String> expected = new HashSet<>(requiredByAny(brought));
        expected.addAll(brought);
        assertThat(path).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        for (String id : path) {
            for (var prerequisite : topics.get(id).requires()) {
                assertThat(path.indexOf(prerequisite.topic())).as("%s comes before %s", prerequisite.topic(), id)
                        .isLessThan(path.indexOf(id));
            }
        }
        assertThat(path).as("the subtopic rule").contains("peft", "lora");
        assertThat(path.indexOf("fine-tuning")).isLessThan(path.indexOf("peft"))
                .as("dataset curation comes first").isGreaterThan(path.indexOf("dataset-engineering"));
        int total = expected.stream().mapToInt(id -> topics.get(id).estimatedHours()).sum();
        assertThat(rows.get(rows.size() - 1).get("hoursSoFar").asInt()).isEqualTo(total);
        assertThat(rows).extracting(row -> row.get("step").asInt())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, path.size()).boxed().toList());
    }

    @Test
    void theCriticalPathToFineTuningIsTheChainOfPrerequisitesWithTheMostHours() {
        List<Record> rows = graph.run(Recipe.named("11-critical-path-to-fine-tuning"));

        assertThat(rows).hasSize(1);
        List<String> chain = rows.get(0).get("chain").asList(Value::asString);
        Set<String> needed = new HashSet<>(nonElectiveSubtopicsOf("fine-tuning"));
        needed.addAll(requiredByAny(needed));
        assertThat(needed).containsAll(chain);
        assertThat(topics.get(chain.get(0)).requires()).as("it starts at a foundation").isEmpty();
        for (int i = 1; i < chain.size(); i++) {
            assertThat(topics.get(chain.get(i)).requiredTopicIds()).as("%s requires %s", chain.get(i), chain.get(i - 1))
                    .contains(chain.get(i - 1));
        }
        int hours = chain.stream().mapToInt(id -> topics.get(id).estimatedHours()).sum();
        assertThat(rows.get(0).get("hours").asInt()).isEqualTo(hours).isEqualTo(mostHoursOfAChain(needed));
    }

    /** The most hours of a chain of prerequisites among {@code among}: a longest path, by memoised recursion. */
    private int mostHoursOfAChain(Set<String> among) {
        Map<String, Integer> best = new HashMap<>();
        return among.stream().mapToInt(id -> mostHoursDown(id, among, best)).max().orElse(0);
    }

    private int mostHoursDown(String id, Set<String> among, Map<String, Integer> best) {
        Integer known = best.get(id);
        if (known == null) {
            known = topics.get(id).estimatedHours() + topics.get(id).requiredTopicIds().stream()
                    .filter(among::contains).mapToInt(r -> mostHoursDown(r, among, best)).max().orElse(0);
            best.put(id, known);
        }
        return known;
    }

    @Test
    void theProjectsExercisingAgentsAreThoseWithAgentsOrASubtopicOfIt() {
        List<Record> rows = graph.run(Recipe.named("05-projects-exercising-agents"));

        Set<String> skills = new HashSet<>(subtopicsOf("agents"));
        skills.add("agents");
        Set<String> expected = graph.roadmap.projects().stream()
                .filter(project -> project.topics().stream().anyMatch(skills::contains))
                .map(Project::id).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(rows).extracting(row -> row.get("project").asNode().get("id").asString())
                .containsSubsequence(List.copyOf(expected))
                .containsOnlyElementsOf(expected)
                .contains("code-assistant", "multi-agent-system");
        Set<String> expectedPairs = graph.roadmap.projects().stream().flatMap(project -> project.topics().stream()
                .filter(skills::contains).map(skill -> project.id() + " exercises " + skill)).collect(Collectors.toSet());
        assertThat(rows).extracting(row -> row.get("project").asNode().get("id").asString() + " exercises "
                        + row.get("skill").asNode().get("id").asString())
                .containsExactlyInAnyOrderElementsOf(expectedPairs);
    }

    @Test
    void toolsByCategoryGroupsEveryToolOnce() {
        List<Record> rows = graph.run(Recipe.named("06-tools-by-category"));

        Map<String, List<String>> byCategory = new TreeMap<>();
        rows.forEach(row -> byCategory.put(row.get("category").asString(),
                row.get("tools").asList(Value::asString)));
        Map<String, List<String>> expected = graph.roadmap.tools().stream().collect(Collectors.groupingBy(
                tool -> tool.category().name(), TreeMap::new,
                Collectors.mapping(Tool::name, Collectors.collectingAndThen(Collectors.toList(),
                        names -> names.stream().sorted().toList()))));
        assertThat(byCategory).isEqualTo(expected).containsKey("VECTOR_DATABASE");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("count").asInt())
                .isEqualTo(row.get("tools").size()).isEqualTo(row.get("usedByTopics").size()));
    }

    @Test
    void theGapsAreExactlyTheTopicsNoProjectExercises() {
        List<Record> rows = graph.run(Recipe.named("07-gaps-no-project-exercises"));

        Set<String> exercised = graph.roadmap.projects().stream().flatMap(project -> project.topics().stream())
                .collect(Collectors.toSet());
        List<String> expected = graph.roadmap.topics().stream().map(Topic::id)
                .filter(id -> !exercised.contains(id))
                .sorted(java.util.Comparator.comparingInt((String id) -> topics.get(id).phase())
                        .thenComparingInt(this::positionOf))
                .toList();
        assertThat(rows).extracting(row -> row.get("id").asString()).containsExactlyElementsOf(expected)
                .isNotEmpty().doesNotContain("rag");
    }

    @Test
    void theRouteMonthByMonthListsEveryStepWithItsTopicsAndProjects() {
        List<Record> rows = graph.run(Recipe.named("08-route-month-by-month"));

        List<String> expected = graph.roadmap.route().stream()
                .flatMap(stage -> stage.steps().stream().map(step -> describe(stage, step))).toList();
        assertThat(rows).extracting(row -> row.get("fromMonth").asInt() + "-" + row.get("toMonth").asInt()
                        + " #" + row.get("step").asInt() + " " + sorted(row.get("topics").asList(Value::asString))
                        + " " + sorted(row.get("projects").asList(Value::asString)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theKeyTopicsAreThoseTheRoadmapMarksKeyWithTheirCounts() {
        List<Record> rows = graph.run(Recipe.named("09-key-topics"));

        Set<String> expected = graph.roadmap.topics().stream().filter(topic -> topic.importance() == Importance.KEY)
                .map(Topic::id).collect(Collectors.toSet());
        assertThat(rows).extracting(row -> row.get("key").asNode().get("id").asString())
                .containsOnlyElementsOf(expected).containsAll(expected).contains("python", "rag");
        assertThat(rows).allSatisfy(row -> {
            String id = row.get("key").asNode().get("id").asString();
            assertThat(row.get("needs").asInt()).as(id).isEqualTo(topics.get(id).requires().size());
            assertThat(row.get("unlocks").asInt()).as(id).isEqualTo(directDependents(id).size());
        });
    }

    @Test
    void theSubtopicTreeOfRagHoldsEverySubtopicAtAnyDepth() {
        List<Record> rows = graph.run(Recipe.named("10-subtopic-tree"));

        Set<String> shown = new HashSet<>();
        rows.forEach(row -> row.get("path").asPath().nodes().forEach(node -> shown.add(node.get("id").asString())));
        Set<String> expected = new HashSet<>(subtopicsOf("rag"));
        expected.add("rag");
        assertThat(shown).isEqualTo(expected).contains("bm25", "chunking", "reranking");
    }

    @Test
    void theOptionsForAChoiceAreTheGroupsOptionsInOrderWithTheDefaultMarked() {
        for (String choice : List.of("vector-database", "phase-4~electives")) {
            RequirementGroup group = graph.roadmap.group(choice).orElseThrow();
            List<Record> rows = graph.run(Recipe.named("12-options-for-a-choice"),
                    Map.of("roadmap", "ai-engineer", "choice", choice));

            assertThat(rows).extracting(row -> row.get("option").asString()).as(choice)
                    .containsExactlyElementsOf(group.optionIds());
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.get("choice").asString()).isEqualTo(choice);
                assertThat(row.get("n").asInt()).isEqualTo(group.n());
                assertThat(row.get("kind").asString()).isEqualTo(group.kind().name());
                assertThat(row.get("isDefault").asBoolean()).as(row.toString())
                        .isEqualTo(group.preferred().equals(java.util.Optional.of(row.get("option").asString())));
                String option = row.get("option").asString();
                assertThat(row.get("hours").isNull() ? null : row.get("hours").asInt()).as(option)
                        .isEqualTo(topics.containsKey(option) ? topics.get(option).estimatedHours() : null);
            });
        }
        assertThat(graph.run(Recipe.named("12-options-for-a-choice"),
                Map.of("roadmap", "ai-engineer", "choice", "rag"))).as("rag requires no group").isEmpty();
    }

    @Test
    void recipesTakeOtherParametersAndAnswerNothingForAnUnknownTopic() {
        List<Record> unlocks = graph.run(Recipe.named("03-what-python-unlocks"),
                Map.of("roadmap", "ai-engineer", "topic", "embeddings"));
        assertThat(unlocks).extracting(row -> row.get("topic").asString())
                .containsExactlyInAnyOrderElementsOf(dependentsWithDistance("embeddings").keySet());

        assertThat(graph.run(Recipe.named("02-everything-rag-needs"),
                Map.of("roadmap", "ai-engineer", "topic", "no-such-topic"))).isEmpty();
        assertThatThrownBy(() -> Recipe.read(java.nio.file.Path.of("src/test/resources/bad-param.cypher")))
                .hasMessageContaining("bad-param.cypher:3: write parameters as ':param name => 'text''");
    }

    @Test
    void theStyleSheetColoursAndCaptionsEveryLabelOfTheGraphWithAPropertyEveryNodeHas() {
        StyleSheet style = StyleSheet.read();
        List<String> labels = graph.driver.executableQuery("CALL db.labels() YIELD label RETURN label ORDER BY label")
                .execute().records().stream().map(row -> row.get("label").asString()).toList();

        assertThat(labels).contains("Roadmap", "Phase", "Layer", "Topic", "Tool", "Project", "RouteStage",
                "RouteStep", "Principle", "SuccessCriterion", "Resource", "Tip", "KeyTopic");
        for (String label : labels) {
            Map<String, String> rule = style.node(label);
            assertThat(rule).as("node.%s in %s", label, StyleSheet.FILE).containsKeys("color", "diameter", "caption");
            String property = rule.get("caption").replaceAll("^\\{(\\w+)}$", "$1");
            long uncaptioned = graph.driver.executableQuery("MATCH (n) WHERE $label IN labels(n)"
                            + " AND coalesce(toString(n[$property]), '') = '' RETURN count(n) AS n")
                    .withParameters(Map.of("label", label, "property", property))
                    .execute().records().get(0).get("n").asLong();
            assertThat(uncaptioned).as("%s nodes without a %s to caption them", label, property).isZero();
        }
        // key topics (an extra KeyTopic label) are drawn larger than other topics; the rule comes after Topic's
        assertThat(Integer.parseInt(style.node("KeyTopic").get("diameter").replace("px", "")))
                .isGreaterThan(Integer.parseInt(style.node("Topic").get("diameter").replace("px", "")));
        assertThat(List.copyOf(style.rules().keySet())).containsSubsequence("node.Topic", "node.KeyTopic");
    }

    // --- what the roadmap's records say -------------------------------------------------------------------------

    private static Set<String> parametersUsedBy(String query) {
        Set<String> names = new HashSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(query);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private Set<String> subtopicsOf(String id) {
        Set<String> found = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String parent = todo.pop();
            graph.roadmap.topics().stream().filter(topic -> topic.parent().filter(parent::equals).isPresent())
                    .map(Topic::id).filter(found::add).forEach(todo::push);
        }
        return found;
    }

    /** Every topic that one of {@code starts} requires, directly or not. */
    /** The topic and its subtopics that are not elective, at any depth (the subtopic rule of a learning path). */
    private Set<String> nonElectiveSubtopicsOf(String parent) {
        Set<String> found = new HashSet<>(Set.of(parent));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var topic : topics.values()) {
                if (topic.parent().filter(found::contains).isPresent()
                        && topic.importance() != io.roadmapgraph.model.Importance.ELECTIVE) {
                    grew |= found.add(topic.id());
                }
            }
        }
        return found;
    }

    private Set<String> requiredByAny(Set<String> starts) {
        Set<String> found = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            topics.get(todo.pop()).requires().stream().map(prerequisite -> prerequisite.topic())
                    .filter(found::add).forEach(todo::push);
        }
        return found;
    }

    private Set<String> directDependents(String id) {
        return graph.roadmap.topics().stream()
                .filter(topic -> topic.requires().stream().anyMatch(prerequisite -> prerequisite.topic().equals(id)))
                .map(Topic::id).collect(Collectors.toSet());
    }

    /** Breadth-first over "is required by": each dependent with its shortest distance. */
    private Map<String, Integer> dependentsWithDistance(String id) {
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        Map<String, Integer> level = new HashMap<>(Map.of(id, 0));
        while (!todo.isEmpty()) {
            String current = todo.removeFirst();
            for (String dependent : directDependents(current)) {
                if (!level.containsKey(dependent)) {
                    level.put(dependent, level.get(current) + 1);
                    distance.put(dependent, level.get(current) + 1);
                    todo.addLast(dependent);
                }
            }
        }
        return distance;
    }

    private int positionOf(String id) {
        return graph.roadmap.topics().indexOf(topics.get(id));
    }

    private static String describe(RouteStage stage, RouteStep step) {
        return stage.months().min() + "-" + stage.months().max() + " #" + step.number() + " " + sorted(step.topics())
                + " " + sorted(step.projects());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
