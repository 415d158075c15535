package io.roadmapgraph.progress;

import io.roadmapgraph.progress.ProgressRollup.TopicHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressRollupTest {

    private static TopicProgress record(String topic, ProgressStatus status, int hours) {
        return new TopicProgress(topic, status, hours, "", Instant.EPOCH);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            DONE,      0, 10
            SKIPPED,   0, 10
            REVIEWING, 3, 10
            LEARNING,  4, 4
            LEARNING, 25, 10
            """)
    void aTopicsDoneHoursAreItsEstimateOrForALearningTopicTheHoursSpentUpToIt(ProgressStatus status, int spent,
                                                                             int done) {
        assertThat(ProgressRollup.doneHours(10, Optional.of(record("a", status, spent)))).isEqualTo(done);
        assertThat(ProgressRollup.remainingHours(10, Optional.of(record("a", status, spent)))).isEqualTo(10 - done);
    }

    @Test
    void thePercentDoneWeighsTopicsByTheirHours() {
        List<TopicHours> topics = List.of(new TopicHours("a", 30), new TopicHours("b", 10), new TopicHours("c", 0));

        double percent = ProgressRollup.percentDone(topics, Map.of("b", record("b", ProgressStatus.DONE, 0),
                "a", record("a", ProgressStatus.LEARNING, 5)));

        assertThat(percent).isEqualTo(37.5);
        assertThat(ProgressRollup.percentDone(List.of(new TopicHours("c", 0)), Map.of())).isZero();
    }

    @Test
    void aParentIsDoneWhenEverySubtopicIsKnownLearningWhenSomeHaveARecordAndNothingOtherwise() {
        List<String> subtopics = List.of("a", "b");

        assertThat(ProgressRollup.parentStatus(subtopics, Map.of("a", record("a", ProgressStatus.DONE, 1),
                "b", record("b", ProgressStatus.SKIPPED, 0)))).contains(ProgressStatus.DONE);
        assertThat(ProgressRollup.parentStatus(subtopics, Map.of("a", record("a", ProgressStatus.DONE, 1))))
                .contains(ProgressStatus.LEARNING);
        assertThat(ProgressRollup.parentStatus(subtopics, Map.of("c", record("c", ProgressStatus.DONE, 1))))
                .isEmpty();
        assertThat(ProgressRollup.parentStatus(List.of(), Map.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -1,    0, BAD_HOURS
            10001, 0, BAD_HOURS
            0, 10001, NOTE_TOO_LONG
            """)
    void aRecordWithHoursOutOfRangeOrATooLongNoteIsRefused(int hours, int noteLength, ProgressException.Code code) {
        assertThatThrownBy(() -> new TopicProgress("a", ProgressStatus.DONE, hours, "x".repeat(noteLength),
                Instant.EPOCH)).isInstanceOfSatisfying(ProgressException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anUnknownStatusNamesTheFourThereAre() {
        assertThatThrownBy(() -> ProgressStatus.parse("FINISHED")).hasMessage(
                "unknown status 'FINISHED'; use DONE, LEARNING, SKIPPED or REVIEWING");
    }

    @Test
    void theInMemoryStoreKeepsEachLearnersRecordsApart() {
        InMemoryProgressStore store = new InMemoryProgressStore();
        store.put("ann", List.of(record("a", ProgressStatus.DONE, 1), record("b", ProgressStatus.DONE, 1)));
        store.put("bob", List.of(record("a", ProgressStatus.LEARNING, 2)));

        store.clear("bob", List.of("b"));
        store.deleteLearner("bob");

        assertThat(store.progress("ann", Optional.empty())).extracting(TopicProgress::topic).containsExactly("a", "b");
        assertThat(store.progress("bob", Optional.empty())).isEmpty();
    }

    @Test
    void anXapiStatementNamesTheLearnerTheVerbOfItsStatusTheTopicAndTheHours() {
        List<Map<String, Object>> statements = XapiStatements.of("ann", "https://app.example", List.of(
                new TopicProgress("rag", ProgressStatus.DONE, 12, "note", Instant.parse("2026-12-01T10:00:00Z"))));

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("actor", Map.of("objectType", "Agent",
                    "account", Map.of("homePage", "https://app.example", "name", "ann")));
            assertThat(s.get("verb")).isEqualTo(Map.of("id", "http://adlnet.gov/expapi/verbs/completed",
                    "display", Map.of("en-US", "completed")));
            assertThat(s.get("object")).isEqualTo(Map.of("objectType", "Activity", "id", "urn:roadmap-graph:topic:rag"));
            assertThat(s.get("result")).isEqualTo(Map.of("completion", true, "duration", "PT12H"));
            assertThat(s).containsEntry("timestamp", "2026-12-01T10:00:00Z");
        });
    }
}
