package io.roadmapgraph.bench;

import static io.roadmapgraph.graph.GraphModel.CURRENT_MODEL_VERSION;
import static io.roadmapgraph.graph.GraphModel.EXERCISES;
import static io.roadmapgraph.graph.GraphModel.HAS_PHASE;
import static io.roadmapgraph.graph.GraphModel.HAS_PROJECT;
import static io.roadmapgraph.graph.GraphModel.HAS_TOOL;
import static io.roadmapgraph.graph.GraphModel.INCLUDES;
import static io.roadmapgraph.graph.GraphModel.IN_PHASE;
import static io.roadmapgraph.graph.GraphModel.MODEL_VERSION;
import static io.roadmapgraph.graph.GraphModel.NEXT;
import static io.roadmapgraph.graph.GraphModel.PHASE;
import static io.roadmapgraph.graph.GraphModel.PROJECT;
import static io.roadmapgraph.graph.GraphModel.REQUIRES;
import static io.roadmapgraph.graph.GraphModel.ROADMAP;
import static io.roadmapgraph.graph.GraphModel.TOOL;
import static io.roadmapgraph.graph.GraphModel.TOPIC;
import static io.roadmapgraph.graph.GraphModel.USES;

import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes and relationships of a roadmap in the shared graph model, as the naive baseline and the CSV for the
 * offline importer write them: the same graph RoadmapLoader writes, for the parts a synthetic roadmap has (roadmap,
 * phases, topics, tools, projects; no layers, route, principles, criteria, resources or tips, which it refuses).
 */
final class GraphRows {

    record Node(String label, String id, Map<String, Object> props) {
    }

    record Rel(String type, String fromLabel, String from, String toLabel, String to, Map<String, Object> props) {
    }

    final List<Node> nodes = new ArrayList<>();
    final List<Rel> rels = new ArrayList<>();

    private GraphRows() {
    }

    static GraphRows of(Roadmap roadmap) {
        if (!roadmap.layers().isEmpty() || !roadmap.route().isEmpty() || !roadmap.principles().isEmpty()
                || !roadmap.successCriteria().isEmpty() || !roadmap.resources().isEmpty() || !roadmap.tips().isEmpty()) {
            throw new IllegalArgumentException("GraphRows covers roadmaps of phases, topics, tools and projects only;"
                    + " roadmap " + roadmap.id() + " has more");
        }
        GraphRows rows = new GraphRows();
        String r = roadmap.id();
        List<String> roadmaps = List.of(r);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", r);
        text(props, "title", roadmap.title());
        text(props, "summary", roadmap.summary());
        props.put("sourceDocument", roadmap.source().document());
        props.put("sourceLanguage", roadmap.source().language());
        props.put(MODEL_VERSION, CURRENT_MODEL_VERSION);
        text(props, "basedOn", roadmap.source().basedOn());
        rows.nodes.add(new Node(ROADMAP, r, props));
        String previous = null;
        for (Phase phase : roadmap.phases()) {
            String id = r + "/phase-" + phase.number();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("roadmap", r);
            p.put("number", phase.number());
            text(p, "title", phase.title());
            text(p, "goal", phase.goal());
            phase.duration().ifPresent(m -> {
                p.put("minMonths", m.min());
                p.put("maxMonths", m.max());
            });
            p.put("ongoing", phase.ongoing());
            rows.nodes.add(new Node(PHASE, id, p));
            rows.rels.add(new Rel(HAS_PHASE, ROADMAP, r, PHASE, id, Map.of()));
            if (previous != null) {
                rows.rels.add(new Rel(NEXT, PHASE, previous, PHASE, id, Map.of()));
            }
            previous = id;
        }
        List<Topic> topics = roadmap.topics();
        for (int order = 0; order < topics.size(); order++) {
            Topic topic = topics.get(order);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", topic.id());
            text(t, "title", topic.title());
            text(t, "summary", topic.summary());
            t.put("importance", topic.importance().name());
            t.put("startHere", topic.startHere());
            t.put("estimatedHours", topic.estimatedHours());
            t.put("points", List.of());
            t.put("pointsNl", List.of());
            t.put("roadmaps", roadmaps);
            rows.nodes.add(new Node(TOPIC, topic.id(), t));
            rows.rels.add(new Rel(INCLUDES, ROADMAP, r, TOPIC, topic.id(), Map.of("order", order)));
            rows.rels.add(new Rel(IN_PHASE, TOPIC, topic.id(), PHASE, r + "/phase-" + topic.phase(), Map.of()));
            topic.requires().forEach(q -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                text(reason, "reason", q.reason());
                reason.put("roadmaps", roadmaps);
                rows.rels.add(new Rel(REQUIRES, TOPIC, topic.id(), TOPIC, q.topic(), reason));
            });
            topic.tools().forEach(tool -> rows.rels.add(new Rel(USES, TOPIC, topic.id(), TOOL, tool,
                    Map.of("roadmaps", roadmaps))));
        }
        for (Tool tool : roadmap.tools()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", tool.id());
            t.put("name", tool.name());
            t.put("category", tool.category().name());
            t.put("url", tool.url());
            text(t, "description", tool.description());
            t.put("roadmaps", roadmaps);
            rows.nodes.add(new Node(TOOL, tool.id(), t));
            rows.rels.add(new Rel(HAS_TOOL, ROADMAP, r, TOOL, tool.id(), Map.of()));
        }
        for (Project project : roadmap.projects()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", project.id());
            p.put("number", project.number());
            text(p, "title", project.title());
            text(p, "summary", project.summary());
            p.put("level", project.level().name());
            p.put("roadmaps", roadmaps);
            rows.nodes.add(new Node(PROJECT, project.id(), p));
            rows.rels.add(new Rel(HAS_PROJECT, ROADMAP, r, PROJECT, project.id(), Map.of()));
            project.topics().forEach(topic -> rows.rels.add(new Rel(EXERCISES, PROJECT, project.id(), TOPIC, topic,
                    Map.of("roadmaps", roadmaps))));
            project.tools().forEach(tool -> rows.rels.add(new Rel(USES, PROJECT, project.id(), TOOL, tool,
                    Map.of("roadmaps", roadmaps))));
        }
        return rows;
    }

    int records() {
        return nodes.size() + rels.size();
    }

    private static void text(Map<String, Object> props, String name, Text text) {
        props.put(name, text.preferred());
        text.nl().ifPresent(nl -> props.put(name + "Nl", nl));
    }
}
