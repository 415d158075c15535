package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One sign that the learner is done ("Evaluation pipelines kunt opzetten").
 *
 * @param number its place, from 1
 * @param text   the criterion
 * @param topics ids of the topics it rests on
 */
public record SuccessCriterion(int number, Text text, List<String> topics) {

    public SuccessCriterion {
        Ids.positive(number, "criterion number");
        Objects.requireNonNull(text, "text");
        topics = Ids.requireAll(topics, "topic");
    }
}
