package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static io.roadmapgraph.server.testing.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner over weeks, through the GraphQL API over real HTTP: a seeded random history of progress writes on the
 * AI Engineer roadmap (setProgress with any status, hours and note, clearProgress, importProgress), and after each
 * week the answers that use the learner's progress checked against each other and against its records, as the docs
 * say they agree: the learning path leaves out what the learner knows and counts a LEARNING topic's hours left; the
 * plan schedules that path, week by calendar week, within the budget; the next topics, the projects ready to build,
 * the percents done, the export and the xAPI statements follow from the records. At the end, the export imported
 * back after deleteMyData gives the same {@code me}. A failure names its seed and week.
 */
class LearnerJourneyIT {

    private static final int WEEKS = 4;
    private static final List<String> STATUSES = List.of("DONE", "LEARNING", "SKIPPED", "REVIEWING");
    private static final int[] HOURS = {0, 1, 3, 10, 50, 200};
    private static final List<String> NOTES = List.of("", "did the *exercises*", "line one\nline two",
            "a \"quote\", a \\ and é ü 🙂", "<b>not html</b>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer api;
    private static Map<String, TopicFacts> roadmap;

    /** What the checks need of a topic of the roadmap. */
    private record TopicFacts(String id, int hours, boolean elective, int phase, String parent, List<String> requires) {
    }

    /** A learner's record as the test wrote it. */
    private record Written(String status, int hours, String note) {
    }

    @BeforeAll
    static void start() {
        api = GraphQLHarness.withTokens(Map.of());
        roadmap = new LinkedHashMap<>();
        api.graphql("roadmapGraph").assertNoErrors().at("/data/roadmap/topics").forEach(t -> roadmap.put(
                t.get("id").asText(), new TopicFacts(t.get("id").asText(), t.get("estimatedHours").asInt(),
                        t.get("importance").asText().equals("ELECTIVE"), t.at("/phase/number").asInt(),
                        t.at("/parent/id").asText(null), ids(t.get("requires"), "/topic/id"))));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aLearnersAnswersAgreeWithEachOtherAndWithItsRecordsWeekAfterWeekAndItsExportImportsBackAsItWas(long seed) {
        Random random = new Random(seed);
        String learner = "journey-" + seed + "-" + System.nanoTime();
        List<String> topics = List.copyOf(roadmap.keySet());
        Map<String, Written> records = new TreeMap<>();
        try {
            for (int week = 1; week <= WEEKS; week++) {
                String where = "seed " + seed + ", week " + week + ": ";
                for (int w = random.nextInt(4); w >= 0; w--) {
                    write(learner, random, topics, records);
                }
                List<String> goals = new ArrayList<>(new LinkedHashSet<>(List.of(pick(random, topics),
                        pick(random, topics), pick(random, topics)).subList(0, 1 + random.nextInt(3))));
                int hoursPerWeek = new int[] {1, 3, 5, 8, 10, 20, 40}[random.nextInt(7)];
                int maxInProgress = 1 + random.nextInt(5);
                LocalDate start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(400));
                JsonNode answers = run(learner, "learnersWeek", Map.of("goals", goals, "hoursPerWeek", hoursPerWeek,
                        "maxInProgress", maxInProgress, "startDate", start.toString())).at("/data");
                Set<String> known = known(records);

                thePathLeavesOutWhatIsKnownAndCountsWhatIsLeft(where, answers.get("learningPath"), records, known);
                thePlanSchedulesThePathWeekByWeekWithinTheBudget(where, answers.get("plan"),
                        answers.get("learningPath"), hoursPerWeek, maxInProgress, start);
                theNextTopicsAreTheUnknownOnesWhosePrerequisitesAreKnown(where, answers.get("nextTopics"), known);
                theRecordsAndWhatTheyImplyAreTheWrittenOnes(where, answers.get("me"), answers.get("buildableProjects"),
                        records, learner);
            }
            anExportImportsBackAfterDeleteMyDataAsItWas("seed " + seed + ": ", learner);
        } finally {
            run(learner, "deleteMyData", Map.of());
        }
    }

    // ---- the learner's writes -------------------------------------------------------------------------------------

    private static void write(String learner, Random random, List<String> topics, Map<String, Written> records) {
        int kind = random.nextInt(10);
        if (kind < 7) {
            String topic = pick(random, topics);
            Written record = randomRecord(random);
            run(learner, "setProgress", Map.of("topic", topic, "status", record.status(), "hours", record.hours(),
                    "note", record.note()));
            records.put(topic, record);
        } else if (kind < 8) {
            String topic = records.isEmpty() || random.nextBoolean() ? pick(random, topics)
                    : pick(random, List.copyOf(records.keySet()));
            boolean cleared = run(learner, "clearProgress", Map.of("topic", topic)).at("/data/clearProgress")
                    .asBoolean();
            assertThat(cleared).as("clearProgress(%s) answers whether there was a record", topic)
                    .isEqualTo(records.remove(topic) != null);
        } else {
            Map<String, Written> imported = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                imported.put(pick(random, topics), randomRecord(random));
            }
            List<Map<String, Object>> inputs = imported.entrySet().stream().map(e -> Map.<String, Object>of(
                    "topic", e.getKey(), "status", e.getValue().status(), "hoursSpent", e.getValue().hours(),
                    "note", e.getValue().note())).toList();
            assertThat(run(learner, "importProgress", Map.of("records", inputs)).at("/data/importProgress").asInt())
                    .isEqualTo(imported.size());
            records.putAll(imported);
        }
    }

    private static Written randomRecord(Random random) {
        return new Written(pick(random, STATUSES), HOURS[random.nextInt(HOURS.length)], pick(random, NOTES));
    }

    // ---- the checks -------------------------------------------------------------------------------------------------

    private static void thePathLeavesOutWhatIsKnownAndCountsWhatIsLeft(String where, JsonNode path,
                                                                        Map<String, Written> records,
                                                                        Set<String> known) {
        List<String> steps = ids(path.get("steps"), "/topic/id");
        assertThat(steps).as(where + "the path holds no known topic (DONE, SKIPPED, and what they imply)")
                .doesNotContainAnyElementsOf(known).doesNotHaveDuplicates();
        for (JsonNode step : path.get("steps")) {
            TopicFacts topic = roadmap.get(step.at("/topic/id").asText());
            Written record = records.get(topic.id());
            int left = record != null && record.status().equals("LEARNING")
                    ? Math.max(1, topic.hours() - Math.min(record.hours(), topic.hours())) : topic.hours();
            assertThat(step.get("hours").asInt()).as(where + "hours of %s", topic.id()).isEqualTo(topic.hours());
            assertThat(step.get("remainingHours").asInt()).as(where + "remainingHours of %s", topic.id())
                    .isEqualTo(left);
            for (String prerequisite : topic.requires()) {
                assertThat(known.contains(prerequisite) || steps.indexOf(prerequisite) >= 0
                        && steps.indexOf(prerequisite) < steps.indexOf(topic.id()))
                        .as(where + "%s's prerequisite %s is known or an earlier step: %s", topic.id(), prerequisite,
                                steps).isTrue();
            }
        }
        assertThat(sum(path.get("steps"), "/remainingHours")).as(where + "the steps' remainingHours add up")
                .isEqualTo(path.get("totalHours").asInt());
    }

    private static void thePlanSchedulesThePathWeekByWeekWithinTheBudget(String where, JsonNode plan, JsonNode path,
                                                                         int hoursPerWeek, int maxInProgress,
                                                                         LocalDate start) {
        assertThat(ids(plan.get("topics"), "/topic/id")).as(where + "the plan's topics are the path's steps")
                .isEqualTo(ids(path.get("steps"), "/topic/id"));
        assertThat(ints(plan.get("topics"), "/hours")).as(where + "each planned topic has its remainingHours")
                .isEqualTo(ints(path.get("steps"), "/remainingHours"));
        int total = plan.get("totalHours").asInt();
        assertThat(total).as(where + "the plan's total is the path's").isEqualTo(path.get("totalHours").asInt());
        assertThat(plan.get("startDate").asText()).isEqualTo(start.toString());

        JsonNode weeks = plan.get("weeks");
        assertThat(weeks).as(where + "weekCount").hasSize(plan.get("weekCount").asInt());
        Map<String, Integer> weeksOfTopics = new HashMap<>();
        Map<String, int[]> firstAndLast = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            JsonNode week = weeks.get(i);
            LocalDate first = start.plusDays(7L * i);
            assertThat(week.get("number").asInt()).as(where + "week numbers run from 1").isEqualTo(i + 1);
            assertThat(List.of(week.get("start").asText(), week.get("end").asText())).as(where + "week %d's days", i + 1)
                    .containsExactly(first.toString(), first.plusDays(6).toString());
            assertThat(week.get("hours").asInt()).as(where + "week %d's hours", i + 1)
                    .isEqualTo(sum(week.get("topics"), "/hours")).isBetween(0, hoursPerWeek);
            assertThat(week.get("topics").size()).as(where + "topics in week %d", i + 1).isLessThanOrEqualTo(maxInProgress);
            int number = i + 1;
            week.get("topics").forEach(t -> {
                weeksOfTopics.merge(t.at("/topic/id").asText(), t.get("hours").asInt(), Integer::sum);
                firstAndLast.merge(t.at("/topic/id").asText(), new int[] {number, number},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            });
        }
        assertThat(plan.get("finishDate").isNull() ? null : plan.get("finishDate").asText())
                .as(where + "the finish is the last week's end")
                .isEqualTo(weeks.isEmpty() ? null : weeks.get(weeks.size() - 1).get("end").asText());
        assertThat(sum(weeks, "/hours")).as(where + "the weeks' hours add up").isEqualTo(total);
        assertThat(sum(plan.get("months"), "/hours")).as(where + "the months' hours add up").isEqualTo(total);
        for (JsonNode month : plan.get("months")) {
            List<JsonNode> in = StreamSupport.stream(weeks.spliterator(), false).filter(w -> w.get("number").asInt()
                    >= month.get("firstWeek").asInt() && w.get("number").asInt() <= month.get("lastWeek").asInt())
                    .toList();
            assertThat(in).as(where + "month %s's weeks start in it", month.get("month").asText())
                    .allMatch(w -> w.get("start").asText().startsWith(month.get("month").asText()));
            assertThat(in.stream().mapToInt(w -> w.get("hours").asInt()).sum()).isEqualTo(month.get("hours").asInt());
        }

        Map<String, Integer> finish = new HashMap<>();
        plan.get("topics").forEach(t -> finish.put(t.at("/topic/id").asText(), t.get("finishWeek").asInt()));
        for (JsonNode planned : plan.get("topics")) {
            String id = planned.at("/topic/id").asText();
            int startWeek = planned.get("startWeek").asInt();
            int finishWeek = planned.get("finishWeek").asInt();
            assertThat(weeksOfTopics.get(id)).as(where + "%s's weekly hours add up to its hours", id)
                    .isEqualTo(planned.get("hours").asInt());
            assertThat(firstAndLast.get(id)).as(where + "%s studied from its start week to its finish week", id)
                    .satisfies(w -> assertThat(w[0]).isGreaterThanOrEqualTo(startWeek))
                    .satisfies(w -> assertThat(w[1]).isEqualTo(finishWeek));
            roadmap.get(id).requires().stream().filter(finish::containsKey).forEach(p -> assertThat(finish.get(p))
                    .as(where + "%s starts after its prerequisite %s is finished", id, p).isLessThan(startWeek));
        }
        for (int week = 1; week <= weeks.size(); week++) {
            int w = week;
            assertThat(StreamSupport.stream(plan.get("topics").spliterator(), false).filter(t ->
                    t.get("startWeek").asInt() <= w && w <= t.get("finishWeek").asInt()).count())
                    .as(where + "topics in progress in week %d", week).isLessThanOrEqualTo(maxInProgress);
        }
        int criticalPath = plan.get("criticalPathHours").asInt();
        assertThat(sum(plan.get("criticalPath"), "/hours")).isEqualTo(criticalPath);
        assertThat(plan.get("lowerBoundWeeks").asInt()).as(where + "the lower bound")
                .isEqualTo((Math.max(total, criticalPath * maxInProgress) + hoursPerWeek - 1) / hoursPerWeek)
                .isEqualTo(plan.get("weekCount").asInt() - plan.get("gapWeeks").asInt());
    }

    private static void theNextTopicsAreTheUnknownOnesWhosePrerequisitesAreKnown(String where, JsonNode next,
                                                                                Set<String> known) {
        List<String> expected = roadmap.values().stream().filter(t -> !known.contains(t.id())
                && known.containsAll(t.requires())).map(TopicFacts::id).toList();
        assertThat(ids(next, "/id")).as(where + "nextTopics").containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void theRecordsAndWhatTheyImplyAreTheWrittenOnes(String where, JsonNode me, JsonNode buildable,
                                                                    Map<String, Written> records, String learner) {
        Map<String, Written> read = new TreeMap<>();
        me.get("progress").forEach(p -> read.put(p.get("topic").asText(), new Written(p.get("status").asText(),
                p.get("hoursSpent").asInt(), p.get("note").asText())));
        assertThat(read).as(where + "me.progress").isEqualTo(records);
        assertThat(me.get("orphaned")).isEmpty();
        assertThat(me.get("readyProjects")).as(where + "readyProjects are the projects buildable with the progress")
                .isEqualTo(buildable);

        JsonNode percents = StreamSupport.stream(me.get("roadmaps").spliterator(), false)
                .filter(r -> r.get("roadmap").asText().equals("ai-engineer")).findFirst().orElseThrow();
        assertThat(percents.get("percentDone").asDouble()).as(where + "the roadmap's percent done by hours")
                .isCloseTo(percentDone(roadmap.values(), records), org.assertj.core.data.Offset.offset(0.001));
        percents.get("phases").forEach(phase -> assertThat(phase.get("percentDone").asDouble())
                .as(where + "phase %s's percent done", phase.get("number")).isCloseTo(percentDone(roadmap.values()
                        .stream().filter(t -> t.phase() == phase.get("number").asInt()).toList(), records),
                        org.assertj.core.data.Offset.offset(0.001)));

        JsonNode export = parse(me.get("export").asText());
        assertThat(export.get("learner").asText()).isEqualTo(learner);
        List<JsonNode> stored = new ArrayList<>();
        me.get("progress").forEach(r -> stored.add(((ObjectNode) r.deepCopy()).put("orphaned", false)));
        me.get("orphaned").forEach(r -> stored.add(((ObjectNode) r.deepCopy()).put("orphaned", true)));
        assertThat(export.get("records")).as(where + "the export holds every record as me has it")
                .containsExactlyInAnyOrderElementsOf(stored);
        JsonNode statements = parse(me.get("xapi").asText());
        assertThat(statements.isArray()).as(where + "xapi is a JSON array").isTrue();
        Map<String, String> verbs = Map.of("DONE", "completed", "LEARNING", "progressed", "SKIPPED", "skipped",
                "REVIEWING", "reviewed");
        assertThat(StreamSupport.stream(statements.spliterator(), false).map(s -> s.at("/object/id").asText()
                        .replace("urn:roadmap-graph:topic:", "") + " " + s.at("/verb/display/en-US").asText() + " "
                        + s.at("/result/duration").asText() + " " + s.at("/actor/account/name").asText()).toList())
                .as(where + "one xAPI statement per record")
                .containsExactlyInAnyOrderElementsOf(records.entrySet().stream().map(e -> e.getKey() + " "
                        + verbs.get(e.getValue().status()) + " PT" + e.getValue().hours() + "H " + learner).toList());
    }

    private void anExportImportsBackAfterDeleteMyDataAsItWas(String where, String learner) {
        JsonNode before = run(learner, "me", Map.of()).at("/data/me");
        List<Map<String, Object>> exported = JSON.convertValue(parse(before.get("export").asText()).get("records"),
                new TypeReference<>() { });

        int deleted = run(learner, "deleteMyData", Map.of()).at("/data/deleteMyData").asInt();
        int imported = run(learner, "importProgress", Map.of("records", exported)).at("/data/importProgress").asInt();

        assertThat(deleted).isEqualTo(imported).isEqualTo(exported.size());
        assertThat(run(learner, "me", Map.of()).at("/data/me")).as(where + "me after the export imported back")
                .isEqualTo(before);
    }

    // ---- what the docs say follows from the records -----------------------------------------------------------------

    /**
     * K*: the DONE and SKIPPED topics, the non-elective subtopics of those (and theirs), and every topic reachable
     * from them along requires.
     */
    private static Set<String> known(Map<String, Written> records) {
        Deque<String> named = records.entrySet().stream().filter(e -> Set.of("DONE", "SKIPPED")
                .contains(e.getValue().status())).map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayDeque::new));
        Set<String> widened = new LinkedHashSet<>(named);
        while (!named.isEmpty()) {
            String parent = named.pop();
            roadmap.values().stream().filter(t -> parent.equals(t.parent()) && !t.elective())
                    .filter(t -> widened.add(t.id())).forEach(t -> named.push(t.id()));
        }
        Set<String> known = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(widened);
        while (!todo.isEmpty()) {
            String topic = todo.pop();
            if (known.add(topic)) {
                todo.addAll(roadmap.get(topic).requires());
            }
        }
        return known;
    }

    /** By hours: DONE, SKIPPED and REVIEWING topics whole, a LEARNING one its hours spent up to its estimate. */
    private static double percentDone(java.util.Collection<TopicFacts> topics, Map<String, Written> records) {
        long total = topics.stream().mapToLong(TopicFacts::hours).sum();
        long done = topics.stream().filter(t -> records.containsKey(t.id())).mapToLong(t -> {
            Written r = records.get(t.id());
            return r.status().equals("LEARNING") ? Math.min(r.hours(), t.hours()) : t.hours();
        }).sum();
        return total == 0 ? 0 : Math.round(1000.0 * done / total) / 10.0;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static JsonNode run(String learner, String operation, Map<String, ?> variables) {
        GraphQLResponse response = api.query(TestServer.operation(operation), variables,
                Map.of("Authorization", "Bearer " + token(learner)));
        return response.assertNoErrors().json();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> ids(JsonNode list, String pointer) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.at(pointer).asText()).toList();
    }

    private static List<Integer> ints(JsonNode list, String pointer) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.at(pointer).asInt()).toList();
    }

    private static int sum(JsonNode list, String pointer) {
        return ints(list, pointer).stream().mapToInt(Integer::intValue).sum();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
