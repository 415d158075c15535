package io.roadmapgraph.algorithms;

/** How many of the asked skills a project must exercise to count. */
public enum SkillMatch {
    /** every one of them */
    ALL,
    /** at least one */
    ANY
}
