package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a route stage ("Leer RAG implementeren (start met BM25)").
 *
 * @param number   1, 2, ... within its stage
 * @param text     what to do
 * @param topics   ids of the topics the step is about
 * @param projects ids of the projects the step builds
 */
public record RouteStep(int number, Text text, List<String> topics, List<String> projects) {

    public RouteStep {
        Ids.positive(number, "step number");
        Objects.requireNonNull(text, "text");
        topics = Ids.requireAll(topics, "topic");
        projects = Ids.requireAll(projects, "project");
    }
}
