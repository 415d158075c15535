package io.roadmapgraph.model;

/** How much a topic matters to the roadmap. */
public enum Importance {
    /** Marked as key in the source (⭐, "kritisch", "hoogste prioriteit"). */
    KEY,
    /** Part of the core path. */
    CORE,
    /** Chosen by interest (the document's phase 4, "kies op basis van interesse"). */
    ELECTIVE
}
