package io.roadmapgraph.query;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.query.RoadmapParts.RouteStageNode;
import io.roadmapgraph.testkit.Neo4jTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Route stages in weeks in the graph: stored beside the months they fall in, read in time order, read back. */
class WeekRouteIT extends Neo4jTestSupport {

    private static final Roadmap WEEKS = RoadmapReader.read("weeks.yaml", """
            id: weeks
            title: Weeks
            summary: A route in weeks, then months
            source: {document: weeks.md, language: en, basedOn: Nothing}
            phases:
              - {number: 1, title: Only phase, goal: Everything, duration: {min: 2, max: 3}}
            topics:
              - {id: python, title: Python, summary: The language, phase: 1, importance: core, estimatedHours: 10}
            route:
              - {id: weeks-1-2, weeks: {from: 1, to: 2}, title: Python, steps: [{text: Learn Python, topics: [python]}]}
              - {id: weeks-3-4, weeks: {from: 3, to: 4}, title: More}
              - {id: weeks-10-11, weeks: {from: 10, to: 11}, title: Later}
              - {id: months-4-5, months: {from: 4, to: 5}, title: Build}
            """);

    @Test
    void weekStagesComeInTimeOrderWithTheirWeeksAndTheMonthsTheyFallIn() {
        new RoadmapLoader(driver).load(WEEKS);

        List<RouteStageNode> route = new RoadmapQueries(driver).routeOfRoadmaps(List.of("weeks")).get("weeks");

        assertThat(route).extracting(RouteStageNode::id, RouteStageNode::period, RouteStageNode::months)
                .containsExactly(tuple("weeks/weeks-1-2", StagePeriod.weeks(1, 2), MonthRange.of(1, 1)),
                        tuple("weeks/weeks-3-4", StagePeriod.weeks(3, 4), MonthRange.of(1, 1)),
                        tuple("weeks/weeks-10-11", StagePeriod.weeks(10, 11), MonthRange.of(3, 3)),
                        tuple("weeks/months-4-5", StagePeriod.months(4, 5), MonthRange.of(4, 5)));
        assertThat(driver.executableQuery("MATCH (s:RouteStage {id: 'weeks/months-4-5'}) RETURN s.fromWeek AS w")
                .execute().records().get(0).get("w").isNull()).as("a month stage has no weeks").isTrue();
    }

    @Test
    void aRouteInWeeksReadBackFromTheGraphIsTheFilesRoute() {
        RoadmapLoader loader = new RoadmapLoader(driver);
        loader.load(WEEKS);

        assertThat(loader.readLoaded("weeks").orElseThrow().route()).isEqualTo(WEEKS.route());
    }
}
