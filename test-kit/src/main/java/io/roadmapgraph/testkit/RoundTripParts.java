package io.roadmapgraph.testkit;

import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a Markdown round trip ({@code import(export(r))}) keeps of a roadmap, by texts in the exported language (ids
 * are the import's own): phases, layers, topics with their subtopics, tools, projects and route, each a list of lines.
 * Two projections: {@link #ofFile} for a roadmap file exported as it is, and {@link #ofGraph} for a roadmap read back
 * from the graph, which does not keep a topic's weight, a layer's start-here or the nesting of points (it keeps them
 * flat, "lead: item"; LoadedRoadmap), so that projection compares points flat and leaves the other two out.
 */
public final class RoundTripParts {

    private RoundTripParts() {
    }

    /** The parts a round trip of the roadmap file keeps, part name to its lines. */
    public static Map<String, List<String>> ofFile(Roadmap roadmap, String language) {
        return of(roadmap, language, true);
    }

    /** The parts a round trip through the graph keeps, part name to its lines. */
    public static Map<String, List<String>> ofGraph(Roadmap roadmap, String language) {
        return of(roadmap, language, false);
    }

    private static Map<String, List<String>> of(Roadmap roadmap, String language, boolean file) {
        Function<Text, String> text = t -> (language.equals("nl") ? t.nl() : t.en()).orElseGet(t::preferred);
        Map<String, Topic> topics = roadmap.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
        Map<String, String> layers = roadmap.layers().stream()
                .collect(Collectors.toMap(l -> l.id(), l -> text.apply(l.title())));
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("phases", roadmap.phases().stream().map(p -> p.number() + " " + text.apply(p.title()) + " "
                + p.duration().map(d -> d.min() + "-" + d.max()).orElse("ongoing")).toList());
        parts.put("layers", roadmap.layers().stream().map(l -> l.phase() + "/" + l.number() + " "
                + text.apply(l.title()) + (file && l.startHere() ? " start here" : "")).toList());
        parts.put("topics", roadmap.topics().stream().map(t -> t.phase() + " " + t.layer().map(layers::get).orElse("-")
                        + " " + text.apply(t.title()) + " < "
                        + t.parent().map(p -> text.apply(topics.get(p).title())).orElse("-")
                        + " " + t.importance() + (t.startHere() ? " start here" : "")
                        + (file ? " weight " + t.weight().orElse(0) + " points " + t.points().size()
                        : " points " + t.pointTexts().stream().map(text).toList())
                        + " when " + t.whenToUse().map(text).orElse("-"))
                .sorted().toList());
        parts.put("tools", roadmap.tools().stream().map(t -> t.name() + " " + t.category() + " " + t.url()).sorted()
                .toList());
        parts.put("projects", roadmap.projects().stream().map(p -> text.apply(p.title()) + " " + p.level() + " "
                        + p.topics().stream().map(id -> text.apply(topics.get(id).title())).sorted().toList())
                .sorted().toList());
        parts.put("route", roadmap.route().stream().map(s -> s.period() + " " + text.apply(s.title()) + " "
                + s.steps().stream().map(st -> text.apply(st.text())).toList()).toList());
        return parts;
    }
}
