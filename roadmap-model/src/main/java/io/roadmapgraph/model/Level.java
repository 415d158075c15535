package io.roadmapgraph.model;

/** How demanding a practice project is. */
public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
