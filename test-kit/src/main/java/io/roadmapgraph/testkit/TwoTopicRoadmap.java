package io.roadmapgraph.testkit;

/**
 * A roadmap file of two topics in one phase, the second requiring the first: two of them that name the same topics
 * the other way round are each without a cycle, and make one together (the default view joins their requires).
 */
public final class TwoTopicRoadmap {

    private TwoTopicRoadmap() {
    }

    /** The YAML of roadmap {@code id} in which {@code second} requires {@code first}. */
    public static String yaml(String id, String first, String second) {
        return """
                id: %s
                languages: [en]
                title: %s
                summary: Two topics in an order
                source: {document: %s.md, language: en, basedOn: A test}
                phases:
                  - {number: 1, title: Basics, goal: Learn both}
                topics:
                  - {id: %s, title: First, summary: The first, phase: 1, importance: core, estimatedHours: 5}
                  - id: %s
                    title: Second
                    summary: The second
                    phase: 1
                    importance: core
                    estimatedHours: 5
                    requires:
                      - {topic: %s, reason: It comes first here}
                """.formatted(id, id, id, first, second, first);
    }
}
