package io.roadmapgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic to learn. Optional parts are {@link Optional}, never null.
 *
 * @param id             kebab-case, unique; roadmaps that use the same id share the topic
 * @param formerIds      ids the topic had before (aliases that keep bookmarks and stored progress working); never
 *                       the id of another topic
 * @param title          the topic's name
 * @param summary        what it is about
 * @param phase          the number of the phase it belongs to
 * @param layer          the id of its layer, if its phase has layers
 * @param parent         the id of the topic it is a subtopic of (LoRA under fine-tuning)
 * @param importance     how much it matters
 * @param startHere      true where the source says to start with it ("start hier", "start hiermee")
 * @param estimatedHours hours of study it takes, roughly
 * @param hoursOrigin    where that figure comes from
 * @param weight         its share of its phase's work in percent, where the source gives one (Python 80 %)
 * @param whenToUse      when to reach for it, where the source says so (RAG "for facts")
 * @param points         the source's bullet points under the topic, nested as the source nests them
 * @param notes          tips and notes the source attaches to the topic
 * @param requires       the topics it needs first, each with a reason; a subtopic's include its parent (written
 *                       in the file, or inferred by the subtopic rule)
 * @param tools          ids of the tools one uses for it
 */
public record Topic(
        String id,
        List<String> formerIds,
        Text title,
        Text summary,
        int phase,
        Optional<String> layer,
        Optional<String> parent,
        Importance importance,
        boolean startHere,
        int estimatedHours,
        Origin hoursOrigin,
        Optional<Integer> weight,
        Optional<Text> whenToUse,
        List<Point> points,
        List<Note> notes,
        List<Prerequisite> requires,
        List<String> tools) {

    public Topic {
        Ids.require(id, "topic id");
        formerIds = Ids.requireAll(formerIds, "former id");
        if (formerIds.contains(id)) {
            throw new IllegalArgumentException("topic " + id + " lists its own id among its former ids");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Ids.positive(phase, "topic phase");
        Objects.requireNonNull(layer, "layer").ifPresent(l -> Ids.require(l, "layer"));
        Objects.requireNonNull(parent, "parent").ifPresent(p -> Ids.require(p, "parent topic"));
        Objects.requireNonNull(importance, "importance");
        Ids.positive(estimatedHours, "estimated hours");
        Objects.requireNonNull(hoursOrigin, "hoursOrigin");
        Objects.requireNonNull(weight, "weight").ifPresent(w -> {
            if (w < 1 || w > 100) {
                throw new IllegalArgumentException("weight of topic " + id + " must be 1..100 percent, was " + w);
            }
        });
        Objects.requireNonNull(whenToUse, "whenToUse");
        points = List.copyOf(points);
        notes = List.copyOf(notes);
        requires = List.copyOf(requires);
        tools = Ids.requireAll(tools, "tool");
    }

    /** A topic as the first format described it: flat points, no aliases, notes or weight; hours authored. */
    public Topic(String id, Text title, Text summary, int phase, Optional<String> layer, Optional<String> parent,
                 Importance importance, boolean startHere, int estimatedHours, Optional<Text> whenToUse,
                 List<Text> points, List<Prerequisite> requires, List<String> tools) {
        this(id, List.of(), title, summary, phase, layer, parent, importance, startHere, estimatedHours,
                Origin.AUTHORED, Optional.empty(), whenToUse, points.stream().map(Point::of).toList(), List.of(),
                requires, tools);
    }

    /**
     * The points as one flat list, a nested point written after its parent's text ("Retrieval algorithms: hybrid
     * search"), for readers that show a plain list.
     */
    public List<Text> pointTexts() {
        List<Text> flat = new java.util.ArrayList<>();
        points.forEach(p -> flatten(p, Optional.empty(), flat));
        return List.copyOf(flat);
    }

    private static void flatten(Point point, Optional<Text> lead, List<Text> into) {
        Text text = lead.map(l -> join(l, point.text())).orElse(point.text());
        if (point.points().isEmpty()) {
            into.add(text);
        } else {
            point.points().forEach(p -> flatten(p, Optional.of(text), into));
        }
    }

    private static Text join(Text lead, Text item) {
        return new Text(both(lead.en(), item.en()), both(lead.nl(), item.nl()), item.origin());
    }

    private static Optional<String> both(Optional<String> lead, Optional<String> item) {
        return item.map(i -> lead.map(l -> (l.endsWith(":") ? l : l + ":") + " " + i).orElse(i));
    }

    /** The ids of the topics this one requires, in the file's order. */
    public List<String> requiredTopicIds() {
        return requires.stream().map(Prerequisite::topic).toList();
    }
}
