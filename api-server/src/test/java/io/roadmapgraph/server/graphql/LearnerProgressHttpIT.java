package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import io.roadmapgraph.server.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static io.roadmapgraph.server.testing.TestTokens.AUDIENCE;
import static io.roadmapgraph.server.testing.TestTokens.SECRET;
import static io.roadmapgraph.server.testing.TestTokens.token;
import static io.roadmapgraph.server.testing.TestTokens.tokenFrom;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners' progress over real HTTP, with bearer tokens signed by the server's configured secret: each learner reads
 * and writes only its own records, whatever the query, mutation, alias or batch; a bad token is refused with its code
 * and writes nothing; writes answer a bookmark that a read on the server accepts back.
 */
class LearnerProgressHttpIT {

    private static TestServer api;

    private final String ann = "ann-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();

    @BeforeAll
    static void start() {
        api = GraphQLHarness.withTokens(Map.of("roadmap.limits.max-batch-size", 5));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @AfterEach
    void deleteTheLearners() {
        run(ann, "deleteMyData", Map.of());
        run(bob, "deleteMyData", Map.of());
    }

    private static GraphQLResponse run(String learner, String operation, Map<String, ?> variables) {
        return api.query(TestServer.operation(operation), variables, Map.of("Authorization", "Bearer "
                + token(learner)));
    }

    private static List<String> topics(GraphQLResponse me, String list) {
        return StreamSupport.stream(me.at("/data/me/" + list).spliterator(), false)
                .map(p -> p.get("topic").asText()).toList();
    }

    @Test
    void eachLearnerReadsAndClearsOnlyItsOwnRecords() {
        run(ann, "setProgress", Map.of("topic", "python", "status", "DONE", "hours", 12, "note", "ann's *note*"))
                .assertNoErrors();
        run(bob, "setProgress", Map.of("topic", "rag", "status", "LEARNING", "hours", 3)).assertNoErrors();

        GraphQLResponse bobClears = run(bob, "clearProgress", Map.of("topic", "python")).assertNoErrors();
        GraphQLResponse annsView = run(ann, "meAndOthersByAlias", Map.of()).assertNoErrors();
        GraphQLResponse bobsView = run(bob, "me", Map.of()).assertNoErrors();

        assertThat(bobClears.at("/data/clearProgress").asBoolean()).as("bob had no record of python").isFalse();
        assertThat(annsView.at("/data/mine/learner").asText()).isEqualTo(ann);
        assertThat(annsView.at("/data/mine/progress/0/note").asText()).isEqualTo("ann's *note*");
        assertThat(annsView.at("/data/again/progress")).isEqualTo(annsView.at("/data/mine/progress")).hasSize(1);
        assertThat(annsView.at("/data/roadmaps")).isNotEmpty();
        assertThat(topics(bobsView, "progress")).containsExactly("rag");
        assertThat(bobsView.at("/data/me/export").asText()).contains("\"rag\"").doesNotContain("python");
        assertThat(bobsView.at("/data/me/xapi").asText()).contains("urn:roadmap-graph:topic:rag", "\"name\":\"" + bob)
                .doesNotContain("python");
    }

    @Test
    void anotherLearnersWritesOnTheSameTopicsChangeNothingInMyRecordsNorInMyUseProgressAnswers() {
        run(ann, "setProgress", Map.of("topic", "python", "status", "DONE", "hours", 12, "note", "ann's"))
                .assertNoErrors();
        run(ann, "setProgress", Map.of("topic", "rag", "status", "LEARNING", "hours", 2)).assertNoErrors();
        Map<String, Object> goals = Map.of("goals", List.of("rag"), "hoursPerWeek", 10);
        List<JsonNode> before = annsViews(goals);

        run(bob, "setProgress", Map.of("topic", "python", "status", "LEARNING", "hours", 1, "note", "bob's"))
                .assertNoErrors();
        run(bob, "setProgress", Map.of("topic", "rag", "status", "DONE")).assertNoErrors();
        run(bob, "importProgress", Map.of("records", List.of(Map.of("topic", "tokenization", "status", "DONE"))))
                .assertNoErrors();
        List<JsonNode> whileBobHasRecords = annsViews(goals);
        run(bob, "clearProgress", Map.of("topic", "python")).assertNoErrors();
        run(bob, "deleteMyData", Map.of()).assertNoErrors();

        assertThat(before.get(0).at("/progress")).hasSize(2);
        assertThat(whileBobHasRecords).isEqualTo(before);
        assertThat(annsViews(goals)).isEqualTo(before);
    }

    /** Ann's records and what they imply, and her useProgress answers (learning path, next topics, projects, plan). */
    private List<JsonNode> annsViews(Map<String, Object> goals) {
        JsonNode me = run(ann, "me", Map.of()).assertNoErrors().at("/data/me");
        return List.of(((com.fasterxml.jackson.databind.node.ObjectNode) me.deepCopy()).without(List.of("export",
                        "xapi")),
                run(ann, "learningPathWithProgress", Map.of("goals", goals.get("goals"))).assertNoErrors()
                        .at("/data"),
                run(ann, "planWithProgress", goals).assertNoErrors().at("/data/mine"));
    }

    @Test
    void aBatchActsForTheTokensLearnerInEveryOperation() {
        run(ann, "setProgress", Map.of("topic", "python", "status", "DONE")).assertNoErrors();
        String batch = "[{\"query\": \"mutation { setProgress(topic: \\\"rag\\\", status: DONE) { topic } }\"},"
                + " {\"query\": \"mutation { clearProgress(topic: \\\"python\\\") }\"},"
                + " {\"query\": \"{ me { learner progress { topic } } }\"}]";

        GraphQLResponse response = api.post("/graphql", batch, Map.of("Authorization", "Bearer " + token(bob)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get(1).at("/data/clearProgress").asBoolean()).isFalse();
        assertThat(response.json().get(2).at("/data/me/learner").asText()).isEqualTo(bob);
        GraphQLResponse annsView = run(ann, "me", Map.of());
        // the whole answer when it fails: a record whose topic the server's snapshot did not find is under orphaned
        assertThat(topics(annsView, "progress")).as("ann's me: %s", annsView.json()).containsExactly("python");
    }

    @Test
    void badTokensAreRefusedWithTheirCodesAndWriteNothing() {
        Map<String, String> tokens = Map.of(
                "UNAUTHENTICATED", "",
                "TOKEN_UNSIGNED", "Bearer " + new PlainJWT(new JWTClaimsSet.Builder().subject(ann)
                        .audience(AUDIENCE).expirationTime(Date.from(Instant.now().plusSeconds(600))).build())
                        .serialize(),
                "TOKEN_INVALID", "Bearer " + token(ann, AUDIENCE, Instant.now().plusSeconds(600),
                        "another-secret-of-at-least-thirty-two-bytes-000000"),
                "TOKEN_EXPIRED", "Bearer " + token(ann, AUDIENCE, Instant.now().minusSeconds(600), SECRET),
                "TOKEN_WRONG_AUDIENCE", "Bearer " + token(ann, "another-app", Instant.now().plusSeconds(600),
                        SECRET));

        tokens.forEach((code, header) -> {
            Map<String, String> headers = header.isEmpty() ? Map.of() : Map.of("Authorization", header);
            GraphQLResponse write = api.query(TestServer.operation("setProgress"),
                    Map.of("topic", "python", "status", "DONE"), headers);
            GraphQLResponse read = api.query(TestServer.operation("me"), Map.of(), headers);
            GraphQLResponse useProgress = api.query(TestServer.operation("planWithProgress"),
                    Map.of("goals", List.of("rag"), "hoursPerWeek", 10), headers);
            assertThat(write.errorCodes()).as("a write with a token for %s", code).containsExactly(code);
            assertThat(read.errorCodes()).as("me with a token for %s", code).containsExactly(code);
            assertThat(useProgress.errorCodes()).as("useProgress with a token for %s", code).containsOnly(code);
        });
        assertThat(run(ann, "me", Map.of()).assertNoErrors().at("/data/me/progress")).isEmpty();
    }

    @Test
    void aSignedTokenWithoutASubjectIsRefusedSayingItNamesNoLearnerNotThatItsSignatureIsBad() {
        Map<String, String> headers = bearer(token(null, AUDIENCE, Instant.now().plusSeconds(600), SECRET));

        GraphQLResponse write = api.query(TestServer.operation("setProgress"),
                Map.of("topic", "python", "status", "DONE"), headers);

        assertThat(write.errorCodes()).containsExactly("TOKEN_INVALID");
        assertThat(write.errorMessages()).containsExactly("the bearer token names no learner (no 'sub' claim)");
    }

    @Test
    void aTokenIsRefusedBeforeItsNotBeforeTimeBeyondAMinuteOfClockSkew() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        GraphQLResponse early = api.query(TestServer.operation("me"), Map.of(), bearer(tokenFrom(ann, inAnHour)));
        GraphQLResponse skewed = api.query(TestServer.operation("me"), Map.of(),
                bearer(tokenFrom(ann, Instant.now().plusSeconds(20))));

        assertThat(early.errorCodes()).containsExactly("TOKEN_INVALID");
        assertThat(early.errorMessages()).containsExactly("the bearer token is not valid before " + inAnHour
                + " (its nbf); use it from then on");
        skewed.assertNoErrors();
    }

    @Test
    void aTokenUsedBeforeIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expires = Instant.now().plusSeconds(15); // time for two answers on a loaded machine (seen: 8 s)
        Map<String, String> headers = bearer(token(ann, AUDIENCE, expires, SECRET));
        api.query(TestServer.operation("me"), Map.of(), headers).assertNoErrors();
        api.query(TestServer.operation("me"), Map.of(), headers).assertNoErrors(); // the token kept, then used

        Thread.sleep(Duration.between(Instant.now(), expires).toMillis() + 1_100); // exp holds whole seconds

        assertThat(api.query(TestServer.operation("me"), Map.of(), headers).errorCodes())
                .containsExactly("TOKEN_EXPIRED");
    }

    @Test
    void aTamperedCopyOfATokenUsedBeforeIsRefused() {
        String[] anns = token(ann).split("\\.");
        api.query(TestServer.operation("me"), Map.of(), bearer(String.join(".", anns))).assertNoErrors();
        String[] bobs = token(bob).split("\\.");
        char changed = anns[2].charAt(10) == 'A' ? 'B' : 'A';
        List<String> tampered = List.of(anns[0] + "." + bobs[1] + "." + anns[2],
                anns[0] + "." + anns[1] + "." + anns[2].substring(0, 10) + changed + anns[2].substring(11));

        tampered.forEach(token -> assertThat(api.query(TestServer.operation("me"), Map.of(), bearer(token))
                .errorCodes()).as("a tampered token: %s", token).containsExactly("TOKEN_INVALID"));
        api.query(TestServer.operation("me"), Map.of(), bearer(String.join(".", anns))).assertNoErrors();
    }

    @Test
    void aTokenUsedBeforeIsRefusedByTheServerRestartedWithANewSecret() {
        Map<String, String> headers = bearer(token(ann));
        api.query(TestServer.operation("me"), Map.of(), headers).assertNoErrors();
        Map<String, Object> rotated = new HashMap<>(TestTokens.serverSettings());
        rotated.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "the-rotated-secret-of-at-least-thirty-two-bytes-0000");

        try (TestServer restarted = TestServer.start(rotated)) {
            assertThat(restarted.query(TestServer.operation("me"), Map.of(), headers).errorCodes())
                    .containsExactly("TOKEN_INVALID");
        }
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void badValuesAreRefusedWithTheirCodesAndAMalformedImportListsEveryProblem() {
        assertThat(run(ann, "setProgress", Map.of("topic", "no-such-topic", "status", "DONE")).errorCodes())
                .containsExactly("UNKNOWN_TOPIC");
        assertThat(run(ann, "setProgress", Map.of("topic", "python", "status", "DONE", "hours", -1))
                .errorCodes()).containsExactly("BAD_HOURS");
        assertThat(run(ann, "setProgress", Map.of("topic", "python", "status", "DONE", "hours", 10_001))
                .errorCodes()).containsExactly("BAD_HOURS");
        assertThat(run(ann, "setProgress", Map.of("topic", "python", "status", "DONE", "note", "x".repeat(10_001)))
                .errorCodes()).containsExactly("NOTE_TOO_LONG");
        assertThat(run(ann, "setProgress", Map.of("topic", "python", "status", "FINISHED")).errorCodes())
                .containsExactly("BAD_USER_INPUT");

        GraphQLResponse imported = run(ann, "importProgress", Map.of("records", List.of(
                Map.of("topic", "python", "status", "DONE"),
                Map.of("topic", "nowhere", "status", "DONE"),
                Map.of("topic", "rag", "status", "FINISHED"))));

        assertThat(imported.errorCodes()).containsExactly("BAD_IMPORT");
        assertThat(imported.at("/errors/0/extensions/problems")).hasSize(2);
        assertThat(run(ann, "me", Map.of()).at("/data/me/progress")).as("nothing written").isEmpty();
    }

    @Test
    void anExportImportsBackAsItWas() {
        run(ann, "setProgress", Map.of("topic", "python", "status", "DONE", "hours", 20, "note", "done")).assertNoErrors();
        run(ann, "setProgress", Map.of("topic", "rag", "status", "LEARNING", "hours", 2)).assertNoErrors();
        JsonNode exported = run(ann, "me", Map.of()).at("/data/me/export");
        List<Map<String, Object>> records = new ArrayList<>();
        JsonNode parsed;
        try {
            parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(exported.asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        parsed.get("records").forEach(r -> records.add(Map.of("topic", r.get("topic").asText(), "status",
                r.get("status").asText(), "hoursSpent", r.get("hoursSpent").asInt(), "note", r.get("note").asText())));

        assertThat(run(bob, "importProgress", Map.of("records", records)).assertNoErrors()
                .at("/data/importProgress").asInt()).isEqualTo(2);
        assertThat(run(bob, "me", Map.of()).at("/data/me/progress"))
                .isEqualTo(run(ann, "me", Map.of()).at("/data/me/progress"));
    }

    @Test
    void eightClientsWritingToOneLearnerAtOnceLoseNoUpdate() throws Exception {
        List<String> topics = List.of("python", "rag", "tokenization", "rlhf", "foundation-models",
                "transformers-attention", "supervised-fine-tuning", "async-programming");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<? extends Future<GraphQLResponse>> writes = IntStream.range(0, topics.size()).mapToObj(i ->
                    clients.submit(() -> run(ann, "setProgress", Map.of("topic", topics.get(i), "status", "LEARNING",
                            "hours", i)))).toList();
            for (Future<GraphQLResponse> write : writes) {
                write.get().assertNoErrors();
            }
        } finally {
            clients.shutdown();
        }

        assertThat(topics(run(ann, "me", Map.of()), "progress")).containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void aWriteAnswersItsBookmarkAndAReadSendingItBackSeesTheWrite() {
        GraphQLResponse written = run(ann, "setProgress", Map.of("topic", "python", "status", "DONE"))
                .assertNoErrors();
        String bookmark = written.at("/extensions/bookmark").asText();

        GraphQLResponse read = api.query(TestServer.operation("me"), Map.of(), Map.of("Authorization",
                "Bearer " + token(ann), "Roadmap-Bookmark", bookmark));
        GraphQLResponse strange = api.query(TestServer.operation("me"), Map.of(), Map.of("Authorization",
                "Bearer " + token(ann), "Roadmap-Bookmark", "not-a-bookmark"));

        assertThat(bookmark).isNotBlank();
        assertThat(topics(read.assertNoErrors(), "progress")).containsExactly("python");
        assertThat(strange.errorCodes()).containsExactly("BAD_BOOKMARK");
    }

    @Test
    void useProgressTakesTheLearnersDoneTopicsAsKnown() {
        run(ann, "setProgress", Map.of("topic", "python", "status", "DONE")).assertNoErrors();

        GraphQLResponse response = run(ann, "learningPathWithProgress", Map.of("goals", List.of("rag")))
                .assertNoErrors();

        assertThat(response.at("/data/plain/steps").toString()).contains("\"python\"");
        assertThat(response.at("/data/mine/steps").toString()).doesNotContain("\"python\"");
        assertThat(response.at("/data/mine/totalHours").asInt()).isLessThan(response.at("/data/plain/totalHours")
                .asInt());
        assertThat(response.at("/data/next").toString()).doesNotContain("\"python\"");
    }

    @Test
    void useProgressPlansALearningTopicWithItsRemainingHoursInTheTotalsLowerBoundCriticalPathAndPathSteps() {
        Map<String, Object> variables = Map.of("goals", List.of("rag"), "hoursPerWeek", 10);
        GraphQLResponse before = run(ann, "planWithProgress", variables).assertNoErrors();
        int estimate = plannedHours(before.at("/data/plain/topics"), "rag");
        int spent = estimate - 1;
        run(ann, "setProgress", Map.of("topic", "rag", "status", "LEARNING", "hours", spent)).assertNoErrors();

        GraphQLResponse after = run(ann, "planWithProgress", variables).assertNoErrors();
        JsonNode plain = after.at("/data/plain");
        JsonNode mine = after.at("/data/mine");

        assertThat(estimate).as("rag's estimate").isGreaterThan(1);
        assertThat(plannedHours(plain.get("topics"), "rag")).isEqualTo(estimate);
        assertThat(plannedHours(mine.get("topics"), "rag")).isEqualTo(1);
        assertThat(mine.get("totalHours").asInt()).isEqualTo(plain.get("totalHours").asInt() - spent)
                .isEqualTo(after.at("/data/path/totalHours").asInt());
        // the path's steps: rag's whole estimate in hours, what is left of it in remainingHours, which add up
        JsonNode steps = after.at("/data/path/steps");
        JsonNode ragStep = StreamSupport.stream(steps.spliterator(), false)
                .filter(step -> step.at("/topic/id").asText().equals("rag")).findFirst().orElseThrow();
        assertThat(ragStep.get("hours").asInt()).isEqualTo(estimate);
        assertThat(ragStep.get("remainingHours").asInt()).isEqualTo(1);
        assertThat(StreamSupport.stream(steps.spliterator(), false).mapToInt(step -> step.get("remainingHours").asInt())
                .sum()).isEqualTo(after.at("/data/path/totalHours").asInt());
        // the chains through rag lose the hours spent, the others none: the longest loses at most those
        assertThat(mine.get("criticalPathHours").asInt())
                .isEqualTo(StreamSupport.stream(mine.get("criticalPath").spliterator(), false)
                        .mapToInt(p -> p.get("hours").asInt()).sum())
                .isBetween(plain.get("criticalPathHours").asInt() - spent, plain.get("criticalPathHours").asInt());
        int most = Math.max(mine.get("totalHours").asInt(), mine.get("criticalPathHours").asInt()
                * mine.get("maxInProgress").asInt());
        assertThat(mine.get("lowerBoundWeeks").asInt()).isEqualTo((most + 9) / 10);
    }

    private static int plannedHours(JsonNode topics, String topic) {
        return StreamSupport.stream(topics.spliterator(), false).filter(t -> t.at("/topic/id").asText().equals(topic))
                .findFirst().orElseThrow(() -> new AssertionError(topic + " is not planned: " + topics))
                .get("hours").asInt();
    }

    @Test
    void aMutationOverGetIs405AndWritesNothing() {
        String query = URLEncoder.encode("mutation { setProgress(topic: \"python\", status: DONE) { topic } }",
                StandardCharsets.UTF_8);

        GraphQLResponse response = api.get("/graphql?query=" + query, Map.of("Authorization", "Bearer " + token(ann)));

        assertThat(response.status()).isEqualTo(405);
        assertThat(run(ann, "me", Map.of()).at("/data/me/progress")).isEmpty();
    }

    @Test
    void withoutAKeyConfiguredProgressIsUnauthenticatedAndTheRoadmapAnswersAsAlways() {
        TestServer shared = TestServer.shared();

        GraphQLResponse response = shared.query(TestServer.operation("meAndOthersByAlias"), Map.of(),
                Map.of("Authorization", "Bearer " + token(ann)));

        assertThat(response.errorCodes()).containsOnly("UNAUTHENTICATED");
        assertThat(shared.graphql("roadmaps").assertNoErrors().at("/data/roadmaps")).isNotEmpty();
    }
}
