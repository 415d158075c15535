package io.roadmapgraph.model;

/** What kind of learning resource a resource is. */
public enum ResourceKind {
    BOOK,
    DOCUMENTATION,
    COMMUNITY,
    PRACTICE
}
