package io.roadmapgraph.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.roadmapgraph.server.graphql.Responses.ints;
import static io.roadmapgraph.server.graphql.Responses.ok;
import static io.roadmapgraph.server.graphql.Responses.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route stages in weeks over real HTTP ({@code roadmaps/weeks.yaml}: weeks 1-2, 3-4 and 10-11, then months 4-5), in
 * a server with its own embedded Neo4j that loads that file at start-up (the shared graph keeps the AI Engineer
 * roadmap alone): a week stage has {@code unit: WEEK}, its weeks, and the months its first and last week fall in
 * (week w in month ceil(12w/52)); a month stage has {@code unit: MONTH}, its months and no weeks, as the schema says.
 */
class WeekRouteHttpIT {

    @TempDir
    static Path dataDir;

    private static TestServer api;

    @BeforeAll
    static void startAServerWithTheWeeksRoadmapOnly() throws Exception {
        api = OwnGraphServer.start(dataDir, "/roadmaps/weeks.yaml", "weeks");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static JsonNode route() {
        return ok(api.graphql("weekRoute", Map.of("id", "weeks")).json()).at("/data/roadmap/route");
    }

    @Test
    void weekStagesHaveUnitWeekTheirWeeksAndTheMonthsTheirWeeksFallIn() {
        JsonNode route = route();

        assertThat(texts(route, "", "/id")).containsExactly("weeks/weeks-1-2", "weeks/weeks-3-4",
                "weeks/weeks-10-11", "weeks/months-4-5");
        assertThat(texts(route, "", "/unit")).containsExactly("WEEK", "WEEK", "WEEK", "MONTH");
        JsonNode weeks = route.at("/2");
        assertThat(weeks.at("/fromWeek").asInt()).isEqualTo(10);
        assertThat(weeks.at("/toWeek").asInt()).isEqualTo(11);
        assertThat(weeks.at("/fromMonth").asInt()).as("week 10 is in month ceil(120/52) = 3").isEqualTo(3);
        assertThat(weeks.at("/toMonth").asInt()).as("week 11 is in month ceil(132/52) = 3").isEqualTo(3);
        assertThat(ints(route, "", "/fromWeek")).as("fromWeek; 0 is null").containsExactly(1, 3, 10, 0);
        assertThat(ints(route, "", "/toWeek")).as("toWeek; 0 is null").containsExactly(2, 4, 11, 0);
        assertThat(ints(route, "", "/fromMonth")).containsExactly(1, 1, 3, 4);
        assertThat(ints(route, "", "/toMonth")).as("week 4 is in month 1").containsExactly(1, 1, 3, 5);
    }

    @Test
    void aMonthStageHasUnitMonthItsMonthsAndNoWeeks() {
        JsonNode months = route().at("/3");

        assertThat(months.at("/unit").asText()).isEqualTo("MONTH");
        assertThat(months.at("/fromMonth").asInt()).isEqualTo(4);
        assertThat(months.at("/toMonth").asInt()).isEqualTo(5);
        assertThat(months.has("fromWeek")).as("the field is asked").isTrue();
        assertThat(months.at("/fromWeek").isNull()).as("fromWeek of a month stage").isTrue();
        assertThat(months.at("/toWeek").isNull()).as("toWeek of a month stage").isTrue();
    }

    @Test
    void aWeekStagesStepsNameTheirTopics() {
        JsonNode step = route().at("/1/steps/0");

        assertThat(step.at("/number").asInt()).isEqualTo(1);
        assertThat(step.at("/text").asText()).isEqualTo("Learn Requests");
        assertThat(texts(step, "/topics", "/id")).containsExactly("requests");
    }
}
