package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic to learn. Optional parts are {@link Optional}, never null.
 *
 * @param id             kebab-case, unique; roadmaps that use the same id share the topic
 * @param title          the topic's name
 * @param summary        what it is about
 * @param phase          the number of the phase it belongs to
 * @param layer          the id of its layer, if its phase has layers
 * @param parent         the id of the topic it is a subtopic of (LoRA under fine-tuning)
 * @param importance     how much it matters
 * @param startHere      true where the source says to start with it ("start hier", "start hiermee")
 * @param estimatedHours hours of study it takes, roughly
 * @param whenToUse      when to reach for it, where the source says so (RAG "for facts")
 * @param points         the source's bullet points under the topic
 * @param requires       the topics it needs first, each with a reason
 * @param tools          ids of the tools one uses for it
 */
public record Topic(
        String id,
        Text title,
        Text summary,
        int phase,
        Optional<String> layer,
        Optional<String> parent,
        Importance importance,
        boolean startHere,
        int estimatedHours,
        Optional<Text> whenToUse,
        List<Text> points,
        List<Prerequisite> requires,
        List<String> tools) {

    public Topic {
        Ids.require(id, "topic id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Ids.positive(phase, "topic phase");
        Objects.requireNonNull(layer, "layer").ifPresent(l -> Ids.require(l, "layer"));
        Objects.requireNonNull(parent, "parent").ifPresent(p -> Ids.require(p, "parent topic"));
        Objects.requireNonNull(importance, "importance");
        Ids.positive(estimatedHours, "estimated hours");
        Objects.requireNonNull(whenToUse, "whenToUse");
        points = List.copyOf(points);
        requires = List.copyOf(requires);
        tools = Ids.requireAll(tools, "tool");
    }

    /** The ids of the topics this one requires, in the file's order. */
    public List<String> requiredTopicIds() {
        return requires.stream().map(Prerequisite::topic).toList();
    }
}
