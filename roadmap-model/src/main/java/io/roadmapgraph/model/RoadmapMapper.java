package io.roadmapgraph.model;

import io.roadmapgraph.model.Facts.LayerFacts;
import io.roadmapgraph.model.Facts.PhaseFacts;
import io.roadmapgraph.model.Facts.Range;
import io.roadmapgraph.model.Facts.StageFacts;
import io.roadmapgraph.model.Facts.StepFacts;
import io.roadmapgraph.model.Facts.TopicFacts;
import io.roadmapgraph.model.Fields.Num;
import io.roadmapgraph.model.Fields.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps a {@link Node} tree to the records, field by field, reporting every field that is missing or malformed.
 * The records are built only at the end ({@link Supplier}s), once the whole file has no problem, so a record
 * constructor never sees a broken value. Along the way it gathers the {@link Facts} the checks across the file need.
 */
final class RoadmapMapper {

    static final List<String> ROOT = List.of("$schema", "id", "languages", "origins", "title", "summary", "source",
            "studyHoursPerWeek", "motto", "phases", "layers", "topics", "tools", "projects", "route", "principles",
            "successCriteriaLeadIn", "successCriteria", "resources", "tips", "uses", "alternatives");
    static final List<String> ORIGINS = java.util.Arrays.stream(FileRules.Kind.values()).map(k -> k.key).toList();
    static final List<String> SOURCE = List.of("document", "language", "basedOn");
    static final List<String> PHASE = List.of("number", "title", "goal", "duration", "notes", "electives");
    static final List<String> LAYER = List.of("id", "number", "phase", "title", "summary", "startHere");
    static final List<String> TOPIC = List.of("id", "formerIds", "title", "summary", "phase", "layer", "parent",
            "importance", "startHere", "estimatedHours", "hoursOrigin", "weight", "whenToUse", "points", "notes",
            "requires", "tools");
    static final List<String> REQUIREMENT = List.of("topic", "reason", "origin");
    static final List<String> NOTE = List.of("kind", "title", "text");
    static final List<String> POINT = List.of("text", "points");
    static final List<String> TOOL = List.of("id", "name", "category", "url", "description");
    static final List<String> PROJECT = List.of("id", "title", "summary", "level", "estimatedHours", "hoursOrigin",
            "topics", "tools");
    static final List<String> STAGE = List.of("id", "months", "weeks", "title", "steps");
    static final List<String> STEP = List.of("text", "topics", "projects");
    static final List<String> PRINCIPLE = List.of("title", "quote", "points");
    static final List<String> CRITERION = List.of("text", "topics");
    static final List<String> RESOURCE = List.of("id", "kind", "title", "url", "mustRead");

    private final Problems problems;
    private final Suggestions suggestions;
    private final Facts facts = new Facts();
    private final FileRules rules = new FileRules();
    private final TopicReferences references;
    private final GroupReader groups;

    RoadmapMapper(Problems problems, Suggestions suggestions) {
        this.problems = problems;
        this.suggestions = suggestions;
        this.references = new TopicReferences(problems);
        this.groups = new GroupReader(problems, suggestions, rules, facts);
    }

    GroupReader groups() {
        return groups;
    }

    Facts facts() {
        return facts;
    }

    /** Reads the whole tree; the supplier builds the roadmap and may be called only when no problem was found. */
    Supplier<Roadmap> roadmap(Node root) {
        Fields f = Fields.of(root, "the roadmap", ROOT, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        Fields sourceFields = f.nested("source", SOURCE, true, "{document: ..., language: nl, basedOn: ...}");
        languages(f);
        origins(f.nested("origins", ORIGINS, false, ""));
        Optional<Text> title = f.text("title", true);
        Optional<Text> summary = f.text("summary", true);
        Supplier<Source> source = source(sourceFields);
        Optional<Hours> studyHours = hours(f, "studyHoursPerWeek", false, Optional.empty());
        Optional<Text> motto = f.text("motto", false);
        List<Supplier<Phase>> phases = items(f, "phases", true, this::phase);
        List<Supplier<Layer>> layers = items(f, "layers", false, this::layer);
        references.uses(f.references("uses"));
        List<Supplier<Topic>> topics = items(f, "topics", true, this::topic);
        id.ifPresent(r -> references.check(r.id(), Ids.of(facts.defined("topic"))));
        Supplier<List<TopicReference>> referenced = references.references();
        List<Supplier<Tool>> tools = items(f, "tools", false, this::tool);
        List<Supplier<Project>> projects = items(f, "projects", false, this::project);
        List<Supplier<RouteStage>> route = items(f, "route", false, this::stage);
        List<Supplier<Principle>> principles = items(f, "principles", false, this::principle);
        Optional<Text> leadIn = f.text("successCriteriaLeadIn", false);
        List<Supplier<SuccessCriterion>> criteria = items(f, "successCriteria", false, this::criterion);
        List<Supplier<Resource>> resources = items(f, "resources", false, this::resource);
        List<Node> alternatives = f.list("alternatives", false);
        for (int i = 0; i < alternatives.size(); i++) {
            groups.alternative(alternatives.get(i), i);
        }
        List<Supplier<Tip>> tips = items(f, "tips", false, (node, i) -> {
            Optional<Text> text = f.text(node, "tip #" + (i + 1));
            return () -> new Tip(i + 1, text.orElseThrow());
        });
        List<String> languages = rules.languages();
        return () -> new Roadmap(id.orElseThrow().id(), title.orElseThrow(), summary.orElseThrow(), languages,
                source.get(), studyHours, motto, all(phases), all(layers), all(topics), all(tools), all(projects),
                all(route), all(principles), leadIn, all(criteria), all(resources), all(tips), references.used(),
                referenced.get(), groups.all());
    }

    /**
     * The roadmap's languages: those declared under {@code languages} (the main one first), else English with Dutch
     * beside it where a text has it (the first format's rule).
     */
    private void languages(Fields f) {
        List<Node> declared = f.list("languages", false);
        if (declared.isEmpty()) {
            rules.languages(FileRules.SUPPORTED);
            f.value("languages", false, "").ifPresent(v -> {
                if (v instanceof Node.ListNode) {
                    problems.add(v.at(), "'languages' of the roadmap is empty; list en, nl or both, the main one first");
                }
            });
            return;
        }
        List<String> codes = new ArrayList<>();
        for (Node node : declared) {
            if (node instanceof Node.ScalarNode s && FileRules.SUPPORTED.contains(s.text())
                    && !codes.contains(s.text())) {
                codes.add(s.text());
            } else {
                problems.add(node.at(), "'languages' of the roadmap lists " + node.describe() + "; each entry must be"
                        + " en or nl, once");
            }
        }
        if (!codes.isEmpty()) {
            rules.languages(codes);
        }
    }

    /** The default origin of each kind of value, where the file declares one. */
    private void origins(Fields f) {
        if (!f.isMap()) {
            return;
        }
        for (FileRules.Kind kind : FileRules.Kind.values()) {
            f.origin(kind.key).ifPresent(origin -> rules.origin(kind, origin));
        }
    }

    /** Whole hours with their origin: {@code hoursOrigin} beside them, else the file's default for hours. */
    private Optional<Hours> hours(Fields f, String key, boolean required, Optional<Origin> own) {
        Optional<Num> value = f.integer(key, required, 1);
        return value.map(v -> new Hours(v.value(), own.orElse(rules.origin(FileRules.Kind.HOURS))));
    }

    private List<Note> notes(Fields f) {
        List<Note> notes = new ArrayList<>();
        List<Node> nodes = f.list("notes", false);
        for (int i = 0; i < nodes.size(); i++) {
            Fields n = Fields.of(nodes.get(i), "note #" + (i + 1) + " of " + f.label(), NOTE, problems, suggestions,
                    rules);
            Optional<Note.Kind> kind = n.enumValue("kind", Note.Kind.class);
            Optional<Text> title = n.text("title", false);
            Optional<Text> text = n.text("text", true);
            if (kind.isPresent() && text.isPresent()) {
                notes.add(new Note(kind.get(), title, text.get()));
            }
        }
        return notes;
    }

    /** Points: a text, or {text, points} for a point with points under it. */
    private List<Point> points(Fields f, String key) {
        List<Point> points = new ArrayList<>();
        List<Node> nodes = f.list(key, false);
        for (int i = 0; i < nodes.size(); i++) {
            String where = "item " + (i + 1) + " of '" + key + "' of " + f.label();
            Node node = nodes.get(i);
            if (node instanceof Node.MapNode map && map.entry("text").isPresent()) {
                Fields p = Fields.of(node, where, POINT, problems, suggestions, rules);
                Optional<Text> text = p.text("text", true);
                List<Point> under = points(p, "points");
                text.ifPresent(t -> points.add(new Point(t, under)));
            } else {
                f.text(node, where).ifPresent(t -> points.add(Point.of(t)));
            }
        }
        return points;
    }

    private interface Item<T> {
        Supplier<T> read(Node node, int index);
    }

    private static <T> List<Supplier<T>> items(Fields f, String key, boolean required, Item<T> item) {
        List<Node> nodes = f.list(key, required);
        List<Supplier<T>> read = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            read.add(item.read(nodes.get(i), i));
        }
        return read;
    }

    private static <T> List<T> all(List<Supplier<T>> suppliers) {
        return suppliers.stream().map(Supplier::get).toList();
    }

    private Supplier<Source> source(Fields f) {
        Optional<String> document = f.string("document", true);
        Optional<String> language = f.string("language", true).filter(code -> {
            if (code.matches("[a-z]{2}")) {
                return true;
            }
            problems.add(f.at("language"), "field 'language' of " + f.label() + " must be a two-letter ISO 639-1 code"
                    + " such as nl or en, found '" + code + "'");
            return false;
        });
        Optional<Text> basedOn = f.text("basedOn", true);
        return () -> new Source(document.orElseThrow(), language.orElseThrow(), basedOn.orElseThrow());
    }

    private Supplier<Phase> phase(Node node, int index) {
        Fields f = Fields.of(node, "phase #" + (index + 1), PHASE, problems, suggestions, rules);
        Optional<Num> number = f.integer("number", true, 1);
        Optional<Text> title = f.text("title", true);
        Optional<Text> goal = f.text("goal", true);
        Optional<Range> duration = range(f, "duration", "min", "max", false, StagePeriod.Unit.MONTH);
        List<Note> notes = notes(f);
        groups.electives(f, number);
        facts.phases.add(new PhaseFacts(number, duration.map(Range::low)));
        return () -> new Phase(number.orElseThrow().value(), title.orElseThrow(), goal.orElseThrow(),
                duration.map(Range::months), notes);
    }

    /** A month range; when it is there but broken, a problem is reported and the result is empty. */
    private Optional<Range> range(Fields parent, String key, String low, String high, boolean required,
                                  StagePeriod.Unit unit) {
        Fields f = parent.nested(key, List.of(low, high), required, "{" + low + ": 1, " + high + ": 3}");
        if (!f.isMap()) {
            return Optional.empty();
        }
        Optional<Num> from = f.integer(low, true, 1);
        Optional<Num> to = f.integer(high, true, 1);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().value() > to.get().value()) {
            problems.add(to.get().at(), f.label() + " runs from " + unit.singular() + " " + from.get().value() + " to "
                    + unit.singular() + " "
                    + to.get().value() + "; '" + low + "' must not be greater than '" + high + "'");
            return Optional.empty();
        }
        return Optional.of(new Range(unit, from.get(), to.get()));
    }

    private Supplier<Layer> layer(Node node, int index) {
        String label = Fields.label(node, "layer", index);
        Fields f = Fields.of(node, label, LAYER, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        Optional<Num> number = f.integer("number", true, 1);
        Optional<Num> phase = f.integer("phase", true, 1);
        Optional<Text> title = f.text("title", true);
        Optional<Text> summary = f.text("summary", true);
        boolean startHere = f.bool("startHere");
        facts.define("layer", id);
        facts.layers.add(new LayerFacts(label, id, phase));
        return () -> new Layer(id.orElseThrow().id(), number.orElseThrow().value(), title.orElseThrow(),
                phase.orElseThrow().value(), summary.orElseThrow(), startHere);
    }

    private Supplier<Topic> topic(Node node, int index) {
        String label = Fields.label(node, "topic", index);
        Fields f = Fields.of(node, label, TOPIC, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        List<Ref> formerIds = f.references("formerIds");
        Optional<Text> title = f.text("title", true);
        Optional<Text> summary = f.text("summary", true);
        Optional<Num> phase = f.integer("phase", true, 1);
        Optional<Ref> layer = f.reference("layer", false);
        Optional<Ref> parent = f.reference("parent", false);
        Optional<Importance> importance = f.enumValue("importance", Importance.class);
        boolean startHere = f.bool("startHere");
        Optional<Hours> hours = hours(f, "estimatedHours", true, f.origin("hoursOrigin"));
        Optional<Num> weight = f.integer("weight", false, 1);
        weight.filter(w -> w.value() > 100).ifPresent(w -> problems.add(w.at(), "field 'weight' of " + label
                + " is " + w.value() + "; a weight is a share of the phase's work in percent, 1..100"));
        Optional<Text> whenToUse = f.text("whenToUse", false);
        List<Point> points = points(f, "points");
        List<Note> notes = notes(f);
        List<Ref> required = new ArrayList<>();
        int[] groupCount = {0};
        List<Supplier<Prerequisite>> requires = items(f, "requires", false, (req, i) -> {
            if (GroupReader.isGroup(req)) {
                groups.requirement(req, id, label, ++groupCount[0]);
                return null;
            }
            Fields r = Fields.of(req, "requirement #" + (i + 1) + " of " + label, REQUIREMENT, problems, suggestions,
                    rules);
            Optional<Ref> topic = r.reference("topic", true);
            Optional<Text> reason = r.text("reason", true, FileRules.Kind.REASONS);
            Origin origin = r.origin("origin").orElse(rules.origin(FileRules.Kind.REQUIRES));
            if (topic.isPresent() && references.take(label, id, topic.get(), reason, origin)) {
                return null;   // a topic of another roadmap: a TopicReference, not a prerequisite
            }
            topic.ifPresent(required::add);
            return () -> new Prerequisite(topic.orElseThrow().id(), reason.orElseThrow(), origin);
        });
        requires.removeIf(java.util.Objects::isNull);
        subtopicRule(parent, required).ifPresent(requires::add);
        List<Ref> tools = f.references("tools");
        facts.define("topic", id);
        facts.refer("layer", layer, "the layer of " + label);
        facts.refer("topic", parent, "the parent of " + label);
        facts.refer("topic", required, "the requirements of " + label);
        facts.refer("tool", tools, "the tools of " + label);
        facts.topics.add(new TopicFacts(label, id, phase, layer, parent, List.copyOf(required), formerIds));
        return () -> new Topic(id.orElseThrow().id(), ids(formerIds), title.orElseThrow(), summary.orElseThrow(),
                phase.orElseThrow().value(), layer.map(Ref::id), parent.map(Ref::id), importance.orElseThrow(),
                startHere, hours.orElseThrow().value(), hours.orElseThrow().origin(), weight.map(Num::value),
                whenToUse, points, notes, all(requires), ids(tools));
    }

    /**
     * The subtopic rule: a parent is the introduction, its subtopics come after it. A subtopic that does not require
     * its parent in the file requires it implicitly, with the rule named as the origin.
     */
    private Optional<Supplier<Prerequisite>> subtopicRule(Optional<Ref> parent, List<Ref> required) {
        if (parent.isEmpty() || required.stream().anyMatch(r -> r.id().equals(parent.get().id()))) {
            return Optional.empty();
        }
        Origin rule = Origin.inferred(Origin.SUBTOPIC_RULE);
        List<String> languages = rules.languages();
        Text reason = new Text(
                Optional.of(Origin.SUBTOPIC_RULE_REASON).filter(t -> languages.contains("en")),
                Optional.of(Origin.SUBTOPIC_RULE_REASON_NL).filter(t -> languages.contains("nl")), rule);
        String parentId = parent.get().id();
        return Optional.of(() -> new Prerequisite(parentId, reason, rule));
    }

    private Supplier<Tool> tool(Node node, int index) {
        String label = Fields.label(node, "tool", index);
        Fields f = Fields.of(node, label, TOOL, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        Optional<String> name = f.string("name", true);
        Optional<ToolCategory> category = f.enumValue("category", ToolCategory.class);
        Optional<String> url = f.url("url", true);
        Optional<Text> description = f.text("description", true);
        facts.define("tool", id);
        return () -> new Tool(id.orElseThrow().id(), name.orElseThrow(), category.orElseThrow(), url.orElseThrow(),
                description.orElseThrow());
    }

    private Supplier<Project> project(Node node, int index) {
        String label = Fields.label(node, "project", index);
        Fields f = Fields.of(node, label, PROJECT, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        Optional<Text> title = f.text("title", true);
        Optional<Text> summary = f.text("summary", true);
        Optional<Level> level = f.enumValue("level", Level.class);
        Optional<Hours> hours = hours(f, "estimatedHours", false, f.origin("hoursOrigin"));
        boolean hasTopics = f.value("topics", true, "[<ids of the topics it exercises>]").isPresent();
        List<Ref> topics = f.references("topics");
        if (hasTopics && topics.isEmpty() && f.list("topics", false).isEmpty()) {
            problems.add(f.at("topics"), "'topics' of " + label + " is empty; a project exercises at least one topic");
        }
        List<Ref> tools = f.references("tools");
        facts.define("project", id);
        id.ifPresent(ref -> facts.projectTopics.putIfAbsent(ref.id(), List.copyOf(topics)));
        facts.refer("topic", topics, "the topics of " + label);
        facts.refer("tool", tools, "the tools of " + label);
        return () -> new Project(id.orElseThrow().id(), index + 1, title.orElseThrow(), summary.orElseThrow(),
                level.orElseThrow(), ids(topics), ids(tools), hours);
    }

    private Supplier<RouteStage> stage(Node node, int index) {
        String label = Fields.label(node, "route stage", index);
        Fields f = Fields.of(node, label, STAGE, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        Optional<Range> period = period(f, label);
        Optional<Text> title = f.text("title", true);
        List<StepFacts> stepFacts = new ArrayList<>();
        List<Supplier<RouteStep>> steps = items(f, "steps", false, (step, i) -> {
            String stepLabel = "step #" + (i + 1) + " of " + label;
            Fields s = Fields.of(step, stepLabel, STEP, problems, suggestions, rules);
            Optional<Text> text = s.text("text", true);
            List<Ref> topics = s.references("topics");
            List<Ref> projects = s.references("projects");
            facts.refer("topic", topics, "the topics of " + stepLabel);
            facts.refer("project", projects, "the projects of " + stepLabel);
            stepFacts.add(new StepFacts(stepLabel, topics, projects));
            return () -> new RouteStep(i + 1, text.orElseThrow(), ids(topics), ids(projects));
        });
        facts.define("route stage", id);
        period.ifPresent(m -> facts.stages.add(new StageFacts(label, m, List.copyOf(stepFacts))));
        return () -> new RouteStage(id.orElseThrow().id(), period.orElseThrow().period(), title.orElseThrow(),
                all(steps));
    }

    /** A stage's {@code months} or {@code weeks}: exactly one of them. */
    private Optional<Range> period(Fields f, String label) {
        boolean weeks = f.has("weeks");
        if (weeks && f.has("months")) {
            problems.add(f.at("weeks"), label + " has both 'months' and 'weeks'; give one of them");
            return Optional.empty();
        }
        StagePeriod.Unit unit = weeks ? StagePeriod.Unit.WEEK : StagePeriod.Unit.MONTH;
        return range(f, unit.plural(), "from", "to", true, unit);
    }

    private Supplier<Principle> principle(Node node, int index) {
        Fields f = Fields.of(node, "principle #" + (index + 1), PRINCIPLE, problems, suggestions, rules);
        Optional<Text> title = f.text("title", true);
        Optional<Text> quote = f.text("quote", false);
        List<Text> points = f.texts("points");
        return () -> new Principle(index + 1, title.orElseThrow(), quote, points);
    }

    private Supplier<SuccessCriterion> criterion(Node node, int index) {
        String label = "success criterion #" + (index + 1);
        Fields f = Fields.of(node, label, CRITERION, problems, suggestions, rules);
        Optional<Text> text = f.text("text", true);
        List<Ref> topics = f.references("topics");
        facts.refer("topic", topics, "the topics of " + label);
        return () -> new SuccessCriterion(index + 1, text.orElseThrow(), ids(topics));
    }

    private Supplier<Resource> resource(Node node, int index) {
        String label = Fields.label(node, "resource", index);
        Fields f = Fields.of(node, label, RESOURCE, problems, suggestions, rules);
        Optional<Ref> id = f.id("id", true);
        Optional<ResourceKind> kind = f.enumValue("kind", ResourceKind.class);
        Optional<Text> title = f.text("title", true);
        Optional<String> url = f.url("url", false);
        boolean mustRead = f.bool("mustRead");
        facts.define("resource", id);
        return () -> new Resource(id.orElseThrow().id(), kind.orElseThrow(), title.orElseThrow(), url, mustRead);
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }
}
