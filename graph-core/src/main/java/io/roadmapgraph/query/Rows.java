package io.roadmapgraph.query;

import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.Origin;
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

import static io.roadmapgraph.graph.GraphModel.*;

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
        return new Text(en.isBlank() ? str(map, ID) : en, str(map, dutch(key))).withOrigin(origin(map, key));
    }

    static Optional<Text> optionalText(Value map, String key) {
        String en = str(map, key);
        return en.isBlank() ? Optional.empty()
                : Optional.of(new Text(en, str(map, dutch(key))).withOrigin(origin(map, key)));
    }

    /** The origin of the text {@code key} ({@code keyOrigin}); {@code document} when the graph has none. */
    static Origin origin(Value map, String key) {
        return originOf(str(map, GraphModel.origin(key)));
    }

    /** An origin as the graph stores it ({@code authored}, {@code inferred:<rule>}); {@code document} when blank. */
    static Origin originOf(String stored) {
        return Origin.parse(stored).orElse(Origin.DOCUMENT);
    }

    /** Parallel lists {@code key}/{@code keyNl} as Texts. */
    static List<Text> texts(Value map, String key) {
        List<String> en = strings(map, key);
        List<String> nl = strings(map, dutch(key));
        List<Text> result = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            if (!en.get(i).isBlank()) {
                result.add(new Text(en.get(i), i < nl.size() ? nl.get(i) : ""));
            }
        }
        return result;
    }

    static RoadmapNode roadmap(Value m) {
        return new RoadmapNode(str(m, ID), text(m, TITLE), text(m, SUMMARY), str(m, SOURCE_DOCUMENT),
                str(m, SOURCE_LANGUAGE), text(m, BASED_ON), optionalText(m, MOTTO));
    }

    static PhaseNode phase(Value m) {
        Optional<MonthRange> duration = m.get(MAX_MONTHS).isNull() || bool(m, ONGOING)
                ? Optional.empty()
                : Optional.of(MonthRange.of(integer(m, MIN_MONTHS), integer(m, MAX_MONTHS)));
        return new PhaseNode(str(m, ID), str(m, ROADMAP_ID), integer(m, NUMBER), text(m, TITLE),
                text(m, GOAL), duration);
    }

    /** A requirement group from its node map, its owner's id and its options ({@code order}, {@code id}, {@code kind}). */
    static GroupNode group(Value m, String owner, List<Value> options) {
        List<GroupNode.Option> ordered = options.stream().sorted(Comparator.comparingInt(o -> o.get(ORDER).asInt()))
                .map(o -> new GroupNode.Option(o.get(ID).asString(), GroupNode.OptionKind.valueOf(o.get(KIND)
                        .asString()))).toList();
        String preferred = str(m, PREFERRED);
        return new GroupNode(str(m, KEY), str(m, ROADMAP_ID),
                io.roadmapgraph.model.RequirementGroup.Scope.valueOf(str(m, SCOPE)),
                io.roadmapgraph.model.RequirementGroup.Kind.valueOf(str(m, KIND)), integer(m, N), owner, ordered,
                preferred.isBlank() ? Optional.empty() : Optional.of(preferred), optionalText(m, REASON));
    }

    static TopicNode topic(Value m) {
        Optional<Value> phase = m.get("phases").asList(v -> v).stream()
                .min(Comparator.comparingInt(v -> v.get(NUMBER).asInt()));
        int order = m.get("orders").asList(Value::asInt).stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        return new TopicNode(str(m, ID), text(m, TITLE), text(m, SUMMARY),
                phase.map(p -> p.get(NUMBER).asInt()).orElse(0),
                phase.map(p -> p.get(ID).asString()).orElse(""),
                order,
                strings(m, "layers").stream().sorted().findFirst(),
                strings(m, "parents").stream().sorted().findFirst(),
                enumOf(Importance.class, str(m, IMPORTANCE), Importance.ELECTIVE),
                bool(m, START_HERE),
                integer(m, ESTIMATED_HOURS),
                originOf(str(m, HOURS_ORIGIN)),
                optionalText(m, WHEN_TO_USE),
                texts(m, POINTS),
                strings(m, ROADMAPS));
    }

    static ToolNode tool(Value m) {
        return new ToolNode(str(m, ID), str(m, NAME), enumOf(ToolCategory.class, str(m, CATEGORY),
                ToolCategory.DEV_TOOL), str(m, URL), text(m, DESCRIPTION), strings(m, ROADMAPS));
    }

    static ProjectNode project(Value m) {
        return new ProjectNode(str(m, ID), integer(m, NUMBER), text(m, TITLE), text(m, SUMMARY),
                enumOf(Level.class, str(m, LEVEL), Level.BEGINNER), strings(m, ROADMAPS),
                m.get(ESTIMATED_HOURS).isNull() ? Optional.empty() : Optional.of(m.get(ESTIMATED_HOURS).asInt()));
    }

    static LayerNode layer(Value m) {
        return new LayerNode(str(m, ID), str(m, KEY), integer(m, NUMBER), integer(m, "phase"),
                str(m, "phaseId"), text(m, TITLE), text(m, SUMMARY));
    }

    static RouteStageNode routeStage(Value m) {
        List<RouteStepNode> steps = m.get("steps").asList(s -> new RouteStepNode(str(s, ID), integer(s, NUMBER),
                text(s, TEXT), strings(s, "topics"), strings(s, "projects")));
        StagePeriod period = m.get(FROM_WEEK).isNull()
                ? StagePeriod.months(integer(m, FROM_MONTH), integer(m, TO_MONTH))
                : StagePeriod.weeks(integer(m, FROM_WEEK), integer(m, TO_WEEK));
        return new RouteStageNode(str(m, ID), period,
                text(m, TITLE), steps.stream().sorted(Comparator.comparingInt(RouteStepNode::number)).toList());
    }

    static PrincipleNode principle(Value m) {
        return new PrincipleNode(str(m, ID), integer(m, NUMBER), text(m, TITLE), optionalText(m, QUOTE),
                texts(m, POINTS));
    }

    static CriterionNode criterion(Value m) {
        return new CriterionNode(str(m, ID), integer(m, NUMBER), text(m, TEXT), strings(m, "topics"));
    }

    static ResourceNode resource(Value m) {
        String url = str(m, URL);
        return new ResourceNode(str(m, ID), enumOf(ResourceKind.class, str(m, KIND), ResourceKind.DOCUMENTATION),
                text(m, TITLE), url.isBlank() ? Optional.empty() : Optional.of(url));
    }

    static TipNode tip(Value m) {
        return new TipNode(str(m, ID), integer(m, NUMBER), text(m, TEXT));
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
