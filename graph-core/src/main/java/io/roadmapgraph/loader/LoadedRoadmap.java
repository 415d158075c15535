package io.roadmapgraph.loader;

import io.roadmapgraph.loader.RoadmapRows.NodeRow;
import io.roadmapgraph.loader.RoadmapRows.RelRow;
import io.roadmapgraph.loader.RoadmapRows.RelSpec;
import io.roadmapgraph.model.GroupOption;
import io.roadmapgraph.model.Hours;
import io.roadmapgraph.model.Importance;
import io.roadmapgraph.model.Layer;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.Origin;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Point;
import io.roadmapgraph.model.Prerequisite;
import io.roadmapgraph.model.Principle;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.RequirementGroup;
import io.roadmapgraph.model.Resource;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.RouteStep;
import io.roadmapgraph.model.Source;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.SuccessCriterion;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Tip;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.ToolCategory;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.model.TopicReference;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.roadmapgraph.graph.GraphModel.*;

/**
 * A loaded roadmap read back from the graph into a {@link Roadmap} record: the current revision's rows (as
 * {@link RoadmapRows} writes them), then the one mapping from rows to records. Everything the graph holds comes back,
 * so loading the record again writes the same rows; what the graph does not hold is absent in the record (a topic's
 * weight and notes, nested points (flat, in order), a layer's start-here, a phase's notes, a resource's must-read,
 * the success criteria's lead-in, the order of tools and resources (by id), the file line of a requirement on another
 * roadmap's topic). A roadmap that uses another comes back with its {@code uses} and its requirements on the other
 * roadmap's topics, not with the reference copies loading made of them. A new field of the model is one line in
 * {@link RoadmapRows} and one here.
 */
final class LoadedRoadmap {

    private final String roadmapId;
    private final Map<String, List<NodeRow>> nodes;
    private final Map<RelSpec, List<RelRow>> relationships;
    private final boolean dutchOnly;

    private LoadedRoadmap(String roadmapId, Map<String, List<NodeRow>> nodes, Map<RelSpec, List<RelRow>> relationships) {
        this.roadmapId = roadmapId;
        this.nodes = nodes;
        this.relationships = relationships;
        this.dutchOnly = nodes.values().stream().flatMap(List::stream).allMatch(LoadedRoadmap::dutchOnly);
    }

    /** The roadmap's current revision, read in one transaction; empty when no roadmap has this id. */
    static Optional<Roadmap> read(TransactionContext tx, String roadmapId) {
        Optional<String> rev = tx.run(cypher("MATCH (r:{Roadmap} {id: $id}) RETURN r.revision AS rev"),
                Map.of("id", roadmapId)).list(r -> r.get("rev").asString(null)).stream()
                .filter(java.util.Objects::nonNull).findFirst();
        if (rev.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = Map.of("rev", rev.get());
        Map<String, List<NodeRow>> nodes = new LinkedHashMap<>();
        for (String label : LABELS) {
            if (!label.equals(ROADMAP)) {
                nodes.put(label, tx.run("MATCH (n:" + label + " {rev: $rev}) RETURN n.id AS id, properties(n) AS p",
                        params).list(r -> new NodeRow(r.get("id").asString(), r.get("p").asMap())));
            }
        }
        Map<RelSpec, List<RelRow>> relationships = new LinkedHashMap<>();
        for (RelSpec spec : RoadmapRows.REL_SPECS) {
            relationships.put(spec, tx.run("MATCH (a:" + spec.from() + " {rev: $rev})-[x:" + spec.type() + "]->(b:"
                    + spec.to() + " {rev: $rev}) RETURN a.id AS from, b.id AS to, properties(x) AS p", params)
                    .list(r -> new RelRow(r.get("from").asString(), r.get("to").asString(), r.get("p").asMap())));
        }
        return Optional.of(new LoadedRoadmap(roadmapId, nodes, relationships).roadmap());
    }

    private Roadmap roadmap() {
        Map<String, Object> revision = nodes.get(REVISION_LABEL).get(0).props();
        Optional<Hours> pace = Optional.ofNullable((Number) revision.get(STUDY_HOURS_PER_WEEK))
                .map(hours -> new Hours(hours.intValue(), Origin.AUTHORED));
        return new Roadmap(roadmapId, text(revision, TITLE), text(revision, SUMMARY),
                dutchOnly ? List.of("nl") : languages(),
                new Source((String) revision.get(SOURCE_DOCUMENT), (String) revision.get(SOURCE_LANGUAGE),
                        text(revision, BASED_ON)),
                pace, optionalText(revision, MOTTO), phases(), layers(), topics(), tools(), projects(), route(),
                principles(), Optional.empty(), numbered(SUCCESS_CRITERION, this::criterion), resources(),
                numbered(TIP, props -> new Tip(number(props), text(props, TEXT))), strings(revision.get(USES_ROADMAPS)),
                references(), groups());
    }

    /**
     * The requirements on other roadmaps' topics: each requirement of an own topic on a reference copy (a topic marked
     * {@link io.roadmapgraph.graph.GraphModel#REFERENCE_OF}, which loading makes again from the other roadmap), in
     * the order of the topics; the file's line is not kept (0).
     */
    private List<TopicReference> references() {
        Map<String, String> copies = referenceCopies();
        Map<String, Integer> order = topicOrder();
        return rels(REQUIRES, TOPIC).stream().filter(rel -> copies.containsKey(rel.to()))
                .sorted(Comparator.comparing((RelRow rel) -> order.get(rel.from()))
                        .thenComparing(rel -> order.get(rel.to())))
                .map(rel -> new TopicReference(rel.from(), copies.get(rel.to()), rel.to(),
                        text(rel.props(), REASON), originOf(rel.props().get(ORIGIN)), 0))
                .toList();
    }

    /** The reference copies of other roadmaps' topics in this revision: topic id to the roadmap it is a copy of. */
    private Map<String, String> referenceCopies() {
        Map<String, String> copies = new LinkedHashMap<>();
        nodes.get(TOPIC).stream().filter(row -> row.props().get(REFERENCE_OF) instanceof String)
                .forEach(row -> copies.put(row.id(), (String) row.props().get(REFERENCE_OF)));
        return copies;
    }

    private Map<String, Integer> topicOrder() {
        Map<String, Integer> order = new LinkedHashMap<>();
        rels(INCLUDES, REVISION_LABEL).forEach(rel -> order.put(rel.to(), ((Number) rel.props().get(ORDER)).intValue()));
        return order;
    }

    /** The requirement groups, each from the node its owner links to it, with its options in order. */
    private List<RequirementGroup> groups() {
        Map<String, String> owners = new LinkedHashMap<>();
        rels(REQUIRES_GROUP, TOPIC).forEach(rel -> owners.put(rel.to(), rel.from()));
        rels(HAS_ELECTIVES, PHASE).forEach(rel -> owners.put(rel.to(), local(rel.from())));
        rels(HAS_ALTERNATIVE, REVISION_LABEL).forEach(rel -> owners.put(rel.to(), "roadmap"));
        return owners.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> group(e.getKey(), e.getValue())).toList();
    }

    private RequirementGroup group(String id, String owner) {
        Map<String, Object> props = nodes.get(REQUIREMENT_GROUP).stream().filter(row -> row.id().equals(id))
                .findFirst().orElseThrow().props();
        List<GroupOption> options = rels(OPTION, REQUIREMENT_GROUP).stream().filter(rel -> rel.from().equals(id))
                .sorted(Comparator.comparingInt(rel -> ((Number) rel.props().get(ORDER)).intValue()))
                .<GroupOption>map(rel -> nodes.get(REQUIREMENT_GROUP).stream().anyMatch(row -> row.id().equals(rel.to()))
                        ? group(rel.to(), owner) : new GroupOption.Member(rel.to()))
                .toList();
        return new RequirementGroup((String) props.get(KEY), RequirementGroup.Scope.valueOf((String) props.get(SCOPE)),
                owner, RequirementGroup.Kind.valueOf((String) props.get(KIND)), ((Number) props.get(N)).intValue(),
                options, Optional.ofNullable((String) props.get(PREFERRED)), optionalText(props, REASON));
    }

    private List<String> languages() {
        boolean dutch = nodes.values().stream().flatMap(List::stream)
                .anyMatch(row -> row.props().keySet().stream().anyMatch(key -> key.endsWith(DUTCH_SUFFIX)));
        return dutch ? List.of("en", "nl") : List.of("en");
    }

    private List<Phase> phases() {
        return sorted(PHASE, Comparator.comparingInt(LoadedRoadmap::number)).stream().map(props -> new Phase(
                number(props), text(props, TITLE), text(props, GOAL),
                Optional.ofNullable((Number) props.get(MIN_MONTHS)).map(min -> new MonthRange(min.intValue(),
                        ((Number) props.get(MAX_MONTHS)).intValue())), List.of())).toList();
    }

    private List<Layer> layers() {
        Map<String, Integer> phaseOf = new LinkedHashMap<>();
        rels(HAS_LAYER, PHASE).forEach(rel -> phaseOf.put(rel.to(), phaseNumber(rel.from())));
        return sorted(LAYER, Comparator.comparing((Map<String, Object> p) -> phaseOf.get((String) p.get(ID)))
                .thenComparingInt(LoadedRoadmap::number)).stream()
                .map(props -> new Layer((String) props.get(KEY), number(props), text(props, TITLE),
                        phaseOf.get((String) props.get(ID)), text(props, SUMMARY), false)).toList();
    }

    /** The roadmap's own topics (not the reference copies), with their requirements on own topics. */
    private List<Topic> topics() {
        Map<String, Integer> order = topicOrder();
        Map<String, String> copies = referenceCopies();
        Map<String, String> layerKeys = new LinkedHashMap<>();
        nodes.get(LAYER).forEach(row -> layerKeys.put(row.id(), (String) row.props().get(KEY)));
        return nodes.get(TOPIC).stream().filter(row -> !copies.containsKey(row.id()))
                .sorted(Comparator.comparing(row -> order.get(row.id()))).map(row -> {
            Map<String, Object> props = row.props();
            List<Prerequisite> requires = rels(REQUIRES, TOPIC).stream().filter(rel -> rel.from().equals(row.id()))
                    .filter(rel -> !copies.containsKey(rel.to()))
                    .sorted(Comparator.comparing(rel -> order.get(rel.to())))
                    .map(rel -> new Prerequisite(rel.to(), text(rel.props(), REASON),
                            originOf(rel.props().get(ORIGIN))))
                    .toList();
            return new Topic(row.id(), strings(props.get(FORMER_IDS)), text(props, TITLE), text(props, SUMMARY),
                    phaseNumber(target(IN_PHASE, TOPIC, row.id()).orElseThrow()),
                    target(IN_LAYER, TOPIC, row.id()).map(layerKeys::get),
                    target(SUBTOPIC_OF, TOPIC, row.id()),
                    Importance.valueOf((String) props.get(IMPORTANCE)), (Boolean) props.get(START_HERE),
                    ((Number) props.get(ESTIMATED_HOURS)).intValue(), originOf(props.get(HOURS_ORIGIN)),
                    Optional.empty(), optionalText(props, WHEN_TO_USE),
                    texts(props, POINTS).stream().map(text -> new Point(text, List.of())).toList(), List.of(),
                    requires, targets(USES, TOPIC, row.id()));
        }).toList();
    }

    private List<Tool> tools() {
        return sorted(TOOL, Comparator.comparing(p -> (String) p.get(ID))).stream().map(props -> new Tool(
                (String) props.get(ID), (String) props.get(NAME), ToolCategory.valueOf((String) props.get(CATEGORY)),
                (String) props.get(URL), text(props, DESCRIPTION))).toList();
    }

    private List<Project> projects() {
        return sorted(PROJECT, Comparator.comparingInt(LoadedRoadmap::number)).stream().map(props -> {
            String id = (String) props.get(ID);
            return new Project(id, number(props), text(props, TITLE), text(props, SUMMARY),
                    Level.valueOf((String) props.get(LEVEL)), targets(EXERCISES, PROJECT, id),
                    targets(USES, PROJECT, id), Optional.ofNullable((Number) props.get(ESTIMATED_HOURS))
                    .map(hours -> new Hours(hours.intValue(), Origin.AUTHORED)));
        }).toList();
    }

    private List<RouteStage> route() {
        Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
        nodes.get(ROUTE_STEP).forEach(row -> steps.put(row.id(), row.props()));
        return sorted(ROUTE_STAGE, Comparator.comparingInt(p -> period(p).firstWeek())).stream()
                .map(props -> {
                    String id = (String) props.get(ID);
                    List<RouteStep> stageSteps = targets(HAS_STEP, ROUTE_STAGE, id).stream().map(steps::get)
                            .sorted(Comparator.comparingInt(LoadedRoadmap::number))
                            .map(step -> new RouteStep(number(step), text(step, TEXT),
                                    targets(COVERS, ROUTE_STEP, (String) step.get(ID)),
                                    targets(BUILDS, ROUTE_STEP, (String) step.get(ID))))
                            .toList();
                    return new RouteStage(local(id), period(props), text(props, TITLE), stageSteps);
                }).toList();
    }

    /** A stage's weeks when it has them, else its months. */
    private static StagePeriod period(Map<String, Object> props) {
        return props.get(FROM_WEEK) instanceof Number from
                ? StagePeriod.weeks(from.intValue(), ((Number) props.get(TO_WEEK)).intValue())
                : StagePeriod.months(((Number) props.get(FROM_MONTH)).intValue(),
                ((Number) props.get(TO_MONTH)).intValue());
    }

    private List<Principle> principles() {
        return numbered(PRINCIPLE, props -> new Principle(number(props), text(props, TITLE),
                optionalText(props, QUOTE), texts(props, POINTS)));
    }

    private SuccessCriterion criterion(Map<String, Object> props) {
        return new SuccessCriterion(number(props), text(props, TEXT),
                targets(RESTS_ON, SUCCESS_CRITERION, (String) props.get(ID)));
    }

    private List<Resource> resources() {
        return sorted(RESOURCE, Comparator.comparing(p -> (String) p.get(ID))).stream().map(props -> new Resource(
                local((String) props.get(ID)), ResourceKind.valueOf((String) props.get(KIND)), text(props, TITLE),
                Optional.ofNullable((String) props.get(URL)), false)).toList();
    }

    // ------------------------------------------------------------------ rows

    private <T> List<T> numbered(String label, Function<Map<String, Object>, T> make) {
        return sorted(label, Comparator.comparingInt(LoadedRoadmap::number)).stream().map(make).toList();
    }

    private List<Map<String, Object>> sorted(String label, Comparator<Map<String, Object>> order) {
        return nodes.get(label).stream().map(NodeRow::props).sorted(order).toList();
    }

    private List<RelRow> rels(String type, String fromLabel) {
        return relationships.entrySet().stream()
                .filter(e -> e.getKey().type().equals(type) && e.getKey().from().equals(fromLabel))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private Optional<String> target(String type, String fromLabel, String from) {
        return targets(type, fromLabel, from).stream().findFirst();
    }

    /** The ends of a node's relationships of one type, sorted (the graph keeps no order for them). */
    private List<String> targets(String type, String fromLabel, String from) {
        return rels(type, fromLabel).stream().filter(rel -> rel.from().equals(from)).map(RelRow::to).sorted()
                .toList();
    }

    private int phaseNumber(String phaseId) {
        return nodes.get(PHASE).stream().filter(row -> row.id().equals(phaseId)).map(row -> number(row.props()))
                .findFirst().orElseThrow();
    }

    /** {@code ai-engineer/months-1-3} is {@code months-1-3} in the roadmap file. */
    private String local(String scopedId) {
        return scopedId.substring(roadmapId.length() + 1);
    }

    private static int number(Map<String, Object> props) {
        return ((Number) props.get(NUMBER)).intValue();
    }

    /** A roadmap in Dutch only stores its Dutch in both properties of every text (docs/graph-model.md). */
    private static boolean dutchOnly(NodeRow row) {
        return TEXT_PROPERTIES.stream().filter(row.props()::containsKey)
                .allMatch(key -> row.props().get(key).equals(row.props().get(dutch(key))));
    }

    private Text text(Map<String, Object> props, String key) {
        return optionalText(props, key).orElseThrow(() -> new IllegalStateException(
                "roadmap " + roadmapId + ": " + props.get(ID) + " has no " + key));
    }

    private Optional<Text> optionalText(Map<String, Object> props, String key) {
        Object preferred = props.get(key);
        if (!(preferred instanceof String text)) {
            return Optional.empty();
        }
        Optional<String> nl = Optional.ofNullable((String) props.get(dutch(key)));
        return Optional.of(new Text(dutchOnly ? Optional.empty() : Optional.of(text),
                dutchOnly ? Optional.of(nl.orElse(text)) : nl, originOf(props.get(origin(key)))));
    }

    private List<Text> texts(Map<String, Object> props, String key) {
        List<String> preferred = strings(props.get(key));
        List<String> nl = strings(props.get(dutch(key)));
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < preferred.size(); i++) {
            Optional<String> dutch = i < nl.size() ? Optional.of(nl.get(i)).filter(t -> !t.isEmpty())
                    : Optional.empty();
            texts.add(new Text(dutchOnly ? Optional.empty() : Optional.of(preferred.get(i)),
                    dutchOnly ? Optional.of(dutch.orElse(preferred.get(i))) : dutch, Origin.DOCUMENT));
        }
        return texts;
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
    }

    private static Origin originOf(Object text) {
        return text instanceof String s ? Origin.parse(s).orElse(Origin.DOCUMENT) : Origin.DOCUMENT;
    }
}
