package io.roadmapgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A route that reaches a topic or project before what it needs gives warnings, which never make a file invalid. */
class RouteWarningsTest {

    private static final String FILE = """
            id: t
            title: T
            summary: S
            source: {document: t.md, language: en, basedOn: B}
            phases:
              - {number: 1, title: One, goal: First, duration: {min: 2, max: 3}}
              - {number: 2, title: Two, goal: Second}
            topics:
              - {id: python, title: Python, summary: Code, phase: 1, importance: key, estimatedHours: 10}
              - {id: rag, title: RAG, summary: Retrieval, phase: 2, importance: key, estimatedHours: 10}
              - {id: bm25, title: BM25, summary: Terms, phase: 2, parent: rag, importance: core, estimatedHours: 2}
            projects:
              - {id: bot, title: Bot, summary: A bot, level: beginner, topics: [bm25]}
            route:
              - id: months-1-2
                months: {from: 1, to: 2}
                title: Start
                steps:
                  - {text: Learn BM25, topics: [bm25], projects: [bot]}
              - id: months-3-4
                months: {from: 3, to: 4}
                title: Then
                steps:
                  - {text: Learn RAG, topics: [rag, python]}
            """;

    @Test
    void aStepBeforeTheStageOfWhatItNeedsIsAWarningAndTheFileStaysValid() {
        assertThat(RoadmapReader.validate("t.yaml", FILE)).isEmpty();

        assertThat(RoadmapReader.warnings("t.yaml", FILE)).extracting(Problem::toString).containsExactly(
                "t.yaml:19:37: warning: step #1 of route stage 'months-1-2' (months 1-2) reaches topic 'bm25', which"
                        + " requires 'rag'; the route reaches that only in route stage 'months-3-4' (months 3-4)",
                "t.yaml:19:37: warning: step #1 of route stage 'months-1-2' (months 1-2) reaches topic 'bm25' of phase"
                        + " 2, which begins in month 3 at the earliest (after the minimum durations of the phases before"
                        + " it)");
        assertThat(RoadmapReader.warnings("t.yaml", FILE)).extracting(Problem::severity)
                .containsOnly(Problem.Severity.WARNING);
    }
}
