package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A practice project.
 *
 * @param id      kebab-case, unique
 * @param number  its place in the source's list (1..9 for the AI Engineer roadmap)
 * @param title   its name
 * @param summary what one practises with it
 * @param level   beginner, intermediate or advanced
 * @param topics  ids of the topics it exercises, at least one
 * @param tools   ids of the tools it uses
 * @param estimatedHours hours it takes, roughly, where the file gives them
 */
public record Project(String id, int number, Text title, Text summary, Level level, List<String> topics,
                      List<String> tools, java.util.Optional<Hours> estimatedHours) {

    public Project(String id, int number, Text title, Text summary, Level level, List<String> topics,
                   List<String> tools) {
        this(id, number, title, summary, level, topics, tools, java.util.Optional.empty());
    }

    public Project {
        Ids.require(id, "project id");
        Ids.positive(number, "project number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(level, "level");
        topics = Ids.requireAll(topics, "topic");
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("project " + id + " must exercise at least one topic");
        }
        tools = Ids.requireAll(tools, "tool");
        Objects.requireNonNull(estimatedHours, "estimatedHours");
    }
}
