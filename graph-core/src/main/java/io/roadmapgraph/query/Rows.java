package io.roadmapgraph.query;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.ToolCategory;
import io.roadmapgraph.query.RoadmapParts.CriterionNode;
import io.roadmapgraph.query.RoadmapParts.LayerNode;
import io.roadmapgraph.query.RoadmapParts.PrincipleNode;
import io.roadmapgraph.query.RoadmapParts.ResourceNode;
import io.roadmapgraph.query.RoadmapParts.RouteStageNode;
import io.roadmapgraph.query.RoadmapParts.RouteStepNode;
import io.roadmapgraph.query.RoadmapParts.TipNode;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Maps the property maps the queries return to this module's records. Absent properties become defaults. */
final class Rows {

    private Rows() {
    }

    static String str(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? "" : v.asString();
    }

    static int integer(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? 0 : v.asInt();
    }

    static List<String> strings(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    /** The pair {@code key}/{@code keyNl}; an empty English side falls back to the id so a record can exist. */
    static Text text(Value map, String key) {
        String en = str(map, key);
        return new Text(en.isBlank() ? str(map, "id") : en, str(map, key + "Nl"));
    }

    static Optional<Text> optionalText(Value map, String key) {
        String en = str(map, key);
        return en.isBlank() ? Optional.empty() : Optional.of(new Text(en, str(map, key + "Nl")));
    }

    /** Parallel lists {@code key}/{@code keyNl} as Texts. */
    static List<Text> texts(Value map, String key) {
        List<String> en = strings(map, key);
        List<String> nl = strings(map, key + "Nl");
        List<Text> result = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            if (!en.get(i).isBlank()) {
                result.add(new Text(en.get(i), i < nl.size() ? nl.get(i) : ""));
            }
        }
        return result;
    }

    static RoadmapNode roadmap(Value m) {
        return new RoadmapNode(str(m, "id"), text(m, "title"), text(m, "summary"), str(m, "sourceDocument"),
                str(m, "sourceLanguage"), text(m, "basedOn"), optionalText(m, "motto"));
    }

    static PhaseNode phase(Value m) {
        Optional<MonthRange> duration = m.get("maxMonths").isNull() || bool(m, "ongoing")
                ? Optional.empty()
                : Optional.of(MonthRange.of(integer(m, "minMonths"), integer(m, "maxMonths")));
        return new PhaseNode(str(m, "id"), str(m, "roadmap"), integer(m, "number"), text(m, "title"),
                text(m, "goal"), duration);
    }

    static TopicNode topic(Value m) {
        Optional<Value> phase = m.get("phases").asList(v -> v).stream()
                .min(Comparator.comparingInt(v -> v.get("number").asInt()));
        int order = m.get("orders").asList(Value::asInt).stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        return new TopicNode(str(m, "id"), text(m, "title"), text(m, "summary"),
                phase.map(p -> p.get("number").asInt()).orElse(0),
                phase.map(p -> p.get("id").asString()).orElse(""),
                order,
                strings(m, "layers").stream().sorted().findFirst(),
                strings(m, "parents").stream().sorted().findFirst(),
                enumOf(Importance.class, str(m, "importance"), Importance.ELECTIVE),
                bool(m, "startHere"),
                integer(m, "estimatedHours"),
                optionalText(m, "whenToUse"),
                texts(m, "points"),
                strings(m, "roadmaps"));
    }

    static ToolNode tool(Value m) {
        return new ToolNode(str(m, "id"), str(m, "name"), enumOf(ToolCategory.class, str(m, "category"),
                ToolCategory.DEV_TOOL), str(m, "url"), text(m, "description"), strings(m, "roadmaps"));
    }

    static ProjectNode project(Value m) {
        return new ProjectNode(str(m, "id"), integer(m, "number"), text(m, "title"), text(m, "summary"),
                enumOf(Level.class, str(m, "level"), Level.BEGINNER), strings(m, "roadmaps"));
    }

    static LayerNode layer(Value m) {
        return new LayerNode(str(m, "id"), str(m, "key"), integer(m, "number"), integer(m, "phase"),
                str(m, "phaseId"), text(m, "title"), text(m, "summary"));
    }

    static RouteStageNode routeStage(Value m) {
        List<RouteStepNode> steps = m.get("steps").asList(s -> new RouteStepNode(str(s, "id"), integer(s, "number"),
                text(s, "text"), strings(s, "topics"), strings(s, "projects")));
        return new RouteStageNode(str(m, "id"), MonthRange.of(integer(m, "fromMonth"), integer(m, "toMonth")),
                text(m, "title"), steps.stream().sorted(Comparator.comparingInt(RouteStepNode::number)).toList());
    }

    static PrincipleNode principle(Value m) {
        return new PrincipleNode(str(m, "id"), integer(m, "number"), text(m, "title"), optionalText(m, "quote"),
                texts(m, "points"));
    }

    static CriterionNode criterion(Value m) {
        return new CriterionNode(str(m, "id"), integer(m, "number"), text(m, "text"), strings(m, "topics"));
    }

    static ResourceNode resource(Value m) {
        String url = str(m, "url");
        return new ResourceNode(str(m, "id"), enumOf(ResourceKind.class, str(m, "kind"), ResourceKind.DOCUMENTATION),
                text(m, "title"), url.isBlank() ? Optional.empty() : Optional.of(url));
    }

    static TipNode tip(Value m) {
        return new TipNode(str(m, "id"), integer(m, "number"), text(m, "text"));
    }

    private static boolean bool(Value map, String key) {
        Value v = map.get(key);
        return v != null && !v.isNull() && v.asBoolean();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
