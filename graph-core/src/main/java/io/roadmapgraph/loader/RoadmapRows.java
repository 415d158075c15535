package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import io.roadmapgraph.model.GroupOption;
import io.roadmapgraph.model.Layer;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Principle;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.RequirementGroup;
import io.roadmapgraph.model.Resource;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.RouteStep;
import io.roadmapgraph.model.SuccessCriterion;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Tip;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.Topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.roadmapgraph.graph.GraphModel.*;

/**
 * What one roadmap is in the graph: its nodes by label and its relationships by type, as rows for
 * {@code UNWIND $rows}. Built from a {@link Roadmap} in memory, before anything is written.
 */
final class RoadmapRows {

    /** Which end of a relationship says whose it is. */
    enum Owner {
        /** The start node: the roadmap itself or one of its own nodes. */
        FROM,
        /** The end node: one of the roadmap's own nodes. */
        TO,
        /** Between shared nodes: the relationship's own {@code roadmaps} property. */
        SHARED
    }

    /** A kind of relationship: its type and the labels of its ends. */
    record RelSpec(String type, String from, String to, Owner owner) {
    }

    record NodeRow(String id, Map<String, Object> props) {
    }

    record RelRow(String from, String to, Map<String, Object> props) {
    }

    record NodeSet(String label, boolean shared, List<NodeRow> rows) {
    }

    record RelSet(RelSpec spec, List<RelRow> rows) {
    }

    static final List<String> SHARED_LABELS = List.of(TOPIC, TOOL, PROJECT);

    /** Every kind of relationship the loader writes, in writing order. */
    static final List<RelSpec> REL_SPECS = List.of(
            new RelSpec(HAS_PHASE, REVISION_LABEL, PHASE, Owner.FROM),
            new RelSpec(NEXT, PHASE, PHASE, Owner.FROM),
            new RelSpec(HAS_LAYER, PHASE, LAYER, Owner.FROM),
            new RelSpec(INCLUDES, REVISION_LABEL, TOPIC, Owner.FROM),
            new RelSpec(IN_PHASE, TOPIC, PHASE, Owner.TO),
            new RelSpec(IN_LAYER, TOPIC, LAYER, Owner.TO),
            new RelSpec(SUBTOPIC_OF, TOPIC, TOPIC, Owner.SHARED),
            new RelSpec(REQUIRES, TOPIC, TOPIC, Owner.SHARED),
            new RelSpec(HAS_TOOL, REVISION_LABEL, TOOL, Owner.FROM),
            new RelSpec(USES, TOPIC, TOOL, Owner.SHARED),
            new RelSpec(HAS_PROJECT, REVISION_LABEL, PROJECT, Owner.FROM),
            new RelSpec(EXERCISES, PROJECT, TOPIC, Owner.SHARED),
            new RelSpec(USES, PROJECT, TOOL, Owner.SHARED),
            new RelSpec(HAS_STAGE, REVISION_LABEL, ROUTE_STAGE, Owner.FROM),
            new RelSpec(NEXT, ROUTE_STAGE, ROUTE_STAGE, Owner.FROM),
            new RelSpec(HAS_STEP, ROUTE_STAGE, ROUTE_STEP, Owner.FROM),
            new RelSpec(COVERS, ROUTE_STEP, TOPIC, Owner.FROM),
            new RelSpec(BUILDS, ROUTE_STEP, PROJECT, Owner.FROM),
            new RelSpec(HAS_PRINCIPLE, REVISION_LABEL, PRINCIPLE, Owner.FROM),
            new RelSpec(HAS_CRITERION, REVISION_LABEL, SUCCESS_CRITERION, Owner.FROM),
            new RelSpec(RESTS_ON, SUCCESS_CRITERION, TOPIC, Owner.FROM),
            new RelSpec(HAS_RESOURCE, REVISION_LABEL, RESOURCE, Owner.FROM),
            new RelSpec(HAS_TIP, REVISION_LABEL, TIP, Owner.FROM),
            new RelSpec(REQUIRES_GROUP, TOPIC, REQUIREMENT_GROUP, Owner.TO),
            new RelSpec(HAS_ELECTIVES, PHASE, REQUIREMENT_GROUP, Owner.FROM),
            new RelSpec(HAS_ALTERNATIVE, REVISION_LABEL, REQUIREMENT_GROUP, Owner.FROM),
            new RelSpec(OPTION, REQUIREMENT_GROUP, TOPIC, Owner.FROM),
            new RelSpec(OPTION, REQUIREMENT_GROUP, TOOL, Owner.FROM),
            new RelSpec(OPTION, REQUIREMENT_GROUP, REQUIREMENT_GROUP, Owner.FROM));

    /** The first spec of each type and start label (a map: a 100k-topic roadmap looks one up a million times). */
    private static final Map<String, RelSpec> BY_TYPE_AND_START = new java.util.HashMap<>();
    /** The spec of each type and end labels. */
    private static final Map<String, RelSpec> BY_ENDS = new java.util.HashMap<>();

    static {
        for (RelSpec spec : REL_SPECS) {
            BY_TYPE_AND_START.putIfAbsent(spec.type() + " " + spec.from(), spec);
            BY_ENDS.putIfAbsent(spec.type() + " " + spec.from() + " " + spec.to(), spec);
        }
    }

    private final String roadmapId;
    /** The {@code roadmaps} of every shared node and relationship: one list, not one per row. */
    private final List<String> roadmaps;
    private final Map<String, List<NodeRow>> nodes = new LinkedHashMap<>();
    private final Map<RelSpec, List<RelRow>> relationships = new LinkedHashMap<>();
    /** The roadmap that defines each topic this one requires as {@code roadmap:topic} (its copy here is marked). */
    private final Map<String, String> referenceOf = new java.util.HashMap<>();
    /** The rows' properties are kept compact: a million rows at 100k topics, held for the whole load. */
    private final RowProps.Shapes shapes = new RowProps.Shapes();
    /** Each origin's text once ({@code Origin.toString} makes a new string per call: two per requirement). */
    private final Map<Object, String> originTexts = new java.util.HashMap<>();

    private RoadmapRows(String roadmapId) {
        this.roadmapId = roadmapId;
        this.roadmaps = List.of(roadmapId);
        GraphModel.LABELS.forEach(label -> nodes.put(label, new ArrayList<>()));
        REL_SPECS.forEach(spec -> relationships.put(spec, new ArrayList<>()));
    }

    /** The graph of nothing: what is left of a roadmap that is removed. */
    static RoadmapRows empty(String roadmapId) {
        return new RoadmapRows(roadmapId);
    }

    /** Rows given as they are (read back from a graph): the caller checks {@link #problems()}. */
    static RoadmapRows of(String roadmapId, Map<String, List<NodeRow>> nodes, Map<RelSpec, List<RelRow>> relationships) {
        RoadmapRows graph = new RoadmapRows(roadmapId);
        nodes.forEach((label, rows) -> graph.nodes.get(label).addAll(rows));
        relationships.forEach((spec, rows) -> graph.relationships.get(spec).addAll(rows));
        return graph;
    }

    static RoadmapRows of(Roadmap roadmap) {
        RoadmapRows graph = new RoadmapRows(roadmap.id());
        graph.add(roadmap);
        return graph;
    }

    String roadmapId() {
        return roadmapId;
    }

    /**
     * Marks a content hash of the current kind, {@link #contentHash()}; a hash without it is a {@link #legacyHash()},
     * which revisions loaded before session 8 store.
     */
    static final String HASH_PREFIX = "rowsum-sha256:";

    /**
     * A hash of every row, equal for two roadmaps that give the same graph (the same rows in any order), so a load of
     * an unchanged file can change nothing: the sum (modulo 2^256) of the SHA-256 of each row's line. Computed row by
     * row in one pass, without the lines of the whole roadmap at once (at 100k topics a million lines to sort).
     */
    String contentHash() {
        java.security.MessageDigest digest = sha256();
        long[] sum = new long[4];
        Utf8 utf8 = new Utf8();
        byte[] lineDigest = new byte[32];
        forEachLine(line -> {
            digest.update(utf8.encode(line));
            try {
                digest.digest(lineDigest, 0, lineDigest.length);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("SHA-256 gave no 32 bytes", e);
            }
            add(sum, lineDigest);
        });
        byte[] bytes = new byte[32];
        for (int i = 0; i < 4; i++) {
            long word = sum[i];
            for (int b = 0; b < 8; b++) {
                bytes[i * 8 + b] = (byte) (word >>> (56 - 8 * b));
            }
        }
        return HASH_PREFIX + java.util.HexFormat.of().formatHex(bytes);
    }

    /**
     * The content hash of revisions loaded before session 8: the SHA-256 of the rows' lines, sorted, each once,
     * joined by newlines. Only a load onto such a revision computes it (to see whether the load changes anything).
     */
    String legacyHash() {
        java.security.MessageDigest digest = sha256();
        String[] lines = new String[rowCount()];
        int[] at = {0};
        forEachLine(line -> lines[at[0]++] = line.toString());
        java.util.Arrays.sort(lines);
        String last = null;
        for (String line : lines) {
            if (line.equals(last)) {
                continue; // a set of lines: equal rows count once
            }
            if (last != null) {
                digest.update((byte) '\n');
            }
            digest.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            last = line;
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /**
     * One line of text per row, the properties sorted by name as a {@code TreeMap} prints them: what the content
     * hashes are computed from (revisions in the graph store hashes of these lines: their text must not change).
     * The line is given in one builder, written again for each row (at 100k topics a million lines: no string each).
     */
    private void forEachLine(java.util.function.Consumer<StringBuilder> line) {
        StringBuilder text = new StringBuilder(256);
        for (Map.Entry<String, List<NodeRow>> e : nodes.entrySet()) {
            for (NodeRow row : e.getValue()) {
                text.setLength(0);
                text.append(e.getKey()).append(' ').append(row.id()).append(' ');
                RowProps.appendSorted(text, row.props());
                line.accept(text);
            }
        }
        for (Map.Entry<RelSpec, List<RelRow>> e : relationships.entrySet()) {
            String spec = e.getKey().toString();
            for (RelRow row : e.getValue()) {
                text.setLength(0);
                text.append(spec).append(' ').append(row.from()).append(' ').append(row.to()).append(' ');
                RowProps.appendSorted(text, row.props());
                line.accept(text);
            }
        }
    }

    /**
     * Lines encoded as {@code String.getBytes(UTF_8)} encodes them (an unpaired surrogate as {@code '?'}), into one
     * buffer used again line after line: the content hash's bytes of a line without a string and a byte array per
     * line. Written by hand over the line's chars: a {@code CharsetEncoder} over {@code CharBuffer.wrap(line)} reads
     * the builder a char at a time through its interface and took more than half of the hash's CPU at 100k topics
     * (rows24).
     */
    static final class Utf8 {
        private char[] chars = new char[256];
        private byte[] bytes = new byte[3 * 256];
        private java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);

        /** {@code line}'s bytes, valid until the next call. */
        java.nio.ByteBuffer encode(StringBuilder line) {
            int length = line.length();
            if (chars.length < length) {
                chars = new char[length];
                bytes = new byte[3 * length]; // a char of the basic plane takes at most three bytes, a pair four
                buffer = java.nio.ByteBuffer.wrap(bytes);
            }
            line.getChars(0, length, chars, 0);
            char[] in = chars;
            byte[] out = bytes;
            int at = 0;
            for (int i = 0; i < length; i++) {
                char c = in[i];
                if (c < 0x80) {
                    out[at++] = (byte) c;
                } else if (c < 0x800) {
                    out[at++] = (byte) (0xC0 | (c >> 6));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(in[i + 1])) {
                        int code = Character.toCodePoint(c, in[++i]);
                        out[at++] = (byte) (0xF0 | (code >> 18));
                        out[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                        out[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                        out[at++] = (byte) (0x80 | (code & 0x3F));
                    } else {
                        out[at++] = '?'; // as String.getBytes and the encoder's replacement write it
                    }
                } else {
                    out[at++] = (byte) (0xE0 | (c >> 12));
                    out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return buffer.clear().limit(at);
        }
    }

    /** {@code sum += digest} modulo 2^256, both big-endian, the sum as four longs. */
    private static void add(long[] sum, byte[] digest) {
        long carry = 0;
        for (int i = 3; i >= 0; i--) {
            long word = 0;
            for (int b = 0; b < 8; b++) {
                word = (word << 8) | (digest[i * 8 + b] & 0xFF);
            }
            long total = sum[i] + word + carry;
            carry = (Long.compareUnsigned(total, sum[i]) < 0 || (carry == 1 && total == sum[i])) ? 1 : 0;
            sum[i] = total;
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The nodes and relationships a new revision of this roadmap writes. */
    int rowCount() {
        return nodes.values().stream().mapToInt(List::size).sum()
                + relationships.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Node sets in writing order: the roadmap, its own nodes, then the shared ones. Views of the rows, not copies: at
     * 100k topics a copy is a million references per call.
     */
    List<NodeSet> nodeSets() {
        return nodes.entrySet().stream().map(e -> new NodeSet(e.getKey(), SHARED_LABELS.contains(e.getKey()),
                Collections.unmodifiableList(e.getValue()))).toList();
    }

    List<RelSet> relSets() {
        return relationships.entrySet().stream()
                .map(e -> new RelSet(e.getKey(), Collections.unmodifiableList(e.getValue()))).toList();
    }

    /**
     * What would make the rows inconsistent: a duplicate id, a relationship to something the roadmap does not have.
     * Validated roadmaps from {@code RoadmapReader} have none; hand-built records may.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        nodes.forEach((label, rows) -> {
            Set<String> seen = new HashSet<>();
            rows.forEach(row -> {
                if (!seen.add(row.id())) {
                    problems.add("roadmap " + roadmapId + " has two " + label + " nodes with id '" + row.id() + "'");
                }
            });
            ids.put(label, seen);
        });
        relationships.forEach((spec, rows) -> rows.forEach(row -> {
            if (!ids.get(spec.from()).contains(row.from()) || !ids.get(spec.to()).contains(row.to())) {
                String missing = ids.get(spec.from()).contains(row.from())
                        ? spec.to() + " '" + row.to() + "'" : spec.from() + " '" + row.from() + "'";
                problems.add("roadmap " + roadmapId + ": " + spec.type() + " from " + spec.from() + " '" + row.from()
                        + "' to " + spec.to() + " '" + row.to() + "' refers to " + missing + ", which it does not have");
            }
        }));
        return problems;
    }

    private void add(Roadmap roadmap) {
        roadmap.references().forEach(r -> referenceOf.putIfAbsent(r.required(), r.roadmap()));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ID, roadmapId);
        text(props, TITLE, roadmap.title());
        text(props, SUMMARY, roadmap.summary());
        props.put(SOURCE_DOCUMENT, roadmap.source().document());
        props.put(SOURCE_LANGUAGE, roadmap.source().language());
        text(props, BASED_ON, roadmap.source().basedOn());
        roadmap.motto().ifPresent(motto -> text(props, MOTTO, motto));
        roadmap.studyHoursPerWeek().ifPresent(hours -> props.put(GraphModel.STUDY_HOURS_PER_WEEK, hours.value()));
        if (!roadmap.uses().isEmpty()) {
            props.put(GraphModel.USES_ROADMAPS, roadmap.uses());
        }
        node(REVISION_LABEL, roadmapId, props);

        List<Phase> phases = roadmap.phases().stream().sorted(Comparator.comparingInt(Phase::number)).toList();
        phases.forEach(this::addPhase);
        chain(PHASE, phases, this::phaseId);
        roadmap.layers().forEach(this::addLayer);
        for (int order = 0; order < roadmap.topics().size(); order++) {
            addTopic(roadmap.topics().get(order), order);
        }
        roadmap.tools().forEach(this::addTool);
        roadmap.projects().forEach(this::addProject);
        roadmap.route().forEach(this::addStage);
        chain(ROUTE_STAGE, roadmap.route(), this::stageId);
        roadmap.principles().forEach(this::addPrinciple);
        roadmap.successCriteria().forEach(this::addCriterion);
        roadmap.resources().forEach(this::addResource);
        roadmap.tips().forEach(this::addTip);
        Set<String> topicIds = new HashSet<>(roadmap.topics().stream().map(Topic::id).toList());
        roadmap.groups().forEach(group -> addGroup(group, topicIds));
    }

    /** A requirement group, the relationship from what owns it, and its options (nested groups likewise). */
    private void addGroup(RequirementGroup group, Set<String> topicIds) {
        String id = scoped(group.id());
        switch (group.scope()) {
            case REQUIRES -> rel(REQUIRES_GROUP, TOPIC, group.owner(), REQUIREMENT_GROUP, id);
            case ELECTIVES -> rel(HAS_ELECTIVES, PHASE, scoped(group.owner()), REQUIREMENT_GROUP, id);
            case TOOLS -> rel(HAS_ALTERNATIVE, REVISION_LABEL, roadmapId, REQUIREMENT_GROUP, id);
        }
        addGroupNode(group, topicIds);
    }

    private void addGroupNode(RequirementGroup group, Set<String> topicIds) {
        String id = scoped(group.id());
        Map<String, Object> props = owned(id);
        props.put(KEY, group.id());
        props.put(KIND, group.kind().name());
        props.put(N, group.n());
        props.put(SCOPE, group.scope().name());
        group.preferred().ifPresent(preferred -> props.put(PREFERRED, preferred));
        group.reason().ifPresent(reason -> text(props, REASON, reason));
        node(REQUIREMENT_GROUP, id, props);
        for (int order = 0; order < group.options().size(); order++) {
            GroupOption option = group.options().get(order);
            if (option instanceof RequirementGroup nested) {
                addGroupNode(nested, topicIds);
                relTo(OPTION, REQUIREMENT_GROUP, id, REQUIREMENT_GROUP, scoped(nested.id()), Map.of(ORDER, order));
            } else {
                String to = topicIds.contains(option.id()) ? TOPIC : TOOL;
                relTo(OPTION, REQUIREMENT_GROUP, id, to, option.id(), Map.of(ORDER, order));
            }
        }
    }

    private void addPhase(Phase phase) {
        Map<String, Object> props = owned(phaseId(phase));
        props.put(NUMBER, phase.number());
        text(props, TITLE, phase.title());
        text(props, GOAL, phase.goal());
        phase.duration().ifPresent(months -> {
            props.put(MIN_MONTHS, months.min());
            props.put(MAX_MONTHS, months.max());
        });
        props.put(ONGOING, phase.ongoing());
        roadmapHas(HAS_PHASE, PHASE, phaseId(phase), props);
    }

    private void addLayer(Layer layer) {
        String id = scoped(layer.id());
        Map<String, Object> props = owned(id);
        props.put(KEY, layer.id());
        props.put(NUMBER, layer.number());
        text(props, TITLE, layer.title());
        text(props, SUMMARY, layer.summary());
        node(LAYER, id, props);
        rel(HAS_LAYER, PHASE, phaseId(layer.phase()), id, Map.of());
    }

    private void addTopic(Topic topic, int order) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ID, topic.id());
        text(props, TITLE, topic.title());
        text(props, SUMMARY, topic.summary());
        props.put(IMPORTANCE, topic.importance().name());
        props.put(START_HERE, topic.startHere());
        props.put(ESTIMATED_HOURS, topic.estimatedHours());
        props.put(HOURS_ORIGIN, originText(topic.hoursOrigin()));
        if (referenceOf.containsKey(topic.id())) {
            props.put(GraphModel.REFERENCE_OF, referenceOf.get(topic.id()));
        }
        topic.whenToUse().ifPresent(when -> text(props, WHEN_TO_USE, when));
        texts(props, POINTS, topic.pointTexts());
        if (!topic.formerIds().isEmpty()) {
            props.put(FORMER_IDS, topic.formerIds());
        }
        node(TOPIC, topic.id(), props);

        rel(INCLUDES, REVISION_LABEL, roadmapId, topic.id(), Map.of(ORDER, order));
        rel(IN_PHASE, TOPIC, topic.id(), phaseId(topic.phase()), Map.of());
        topic.layer().ifPresent(layer -> rel(IN_LAYER, TOPIC, topic.id(), scoped(layer), Map.of()));
        topic.parent().ifPresent(parent -> rel(SUBTOPIC_OF, TOPIC, topic.id(), parent, Map.of()));
        topic.requires().forEach(prerequisite -> {
            Map<String, Object> reason = new LinkedHashMap<>();
            text(reason, REASON, prerequisite.reason());
            reason.put(ORIGIN, originText(prerequisite.origin()));
            rel(REQUIRES, TOPIC, topic.id(), prerequisite.topic(), reason);
        });
        topic.tools().forEach(tool -> rel(USES, TOPIC, topic.id(), tool, Map.of()));
    }

    private void addTool(Tool tool) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ID, tool.id());
        props.put(NAME, tool.name());
        props.put(CATEGORY, tool.category().name());
        props.put(URL, tool.url());
        text(props, DESCRIPTION, tool.description());
        roadmapHas(HAS_TOOL, TOOL, tool.id(), props);
    }

    private void addProject(Project project) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ID, project.id());
        props.put(NUMBER, project.number());
        text(props, TITLE, project.title());
        text(props, SUMMARY, project.summary());
        props.put(LEVEL, project.level().name());
        project.estimatedHours().ifPresent(hours -> props.put(ESTIMATED_HOURS, hours.value()));
        roadmapHas(HAS_PROJECT, PROJECT, project.id(), props);
        project.topics().forEach(topic -> rel(EXERCISES, PROJECT, project.id(), topic, Map.of()));
        project.tools().forEach(tool -> rel(USES, PROJECT, project.id(), tool, Map.of()));
    }

    private void addStage(RouteStage stage) {
        String id = stageId(stage);
        Map<String, Object> props = owned(id);
        props.put(FROM_MONTH, stage.months().min());
        props.put(TO_MONTH, stage.months().max());
        if (stage.period().unit() == StagePeriod.Unit.WEEK) {
            props.put(FROM_WEEK, stage.period().from());
            props.put(TO_WEEK, stage.period().to());
        }
        text(props, TITLE, stage.title());
        roadmapHas(HAS_STAGE, ROUTE_STAGE, id, props);
        for (RouteStep step : stage.steps()) {
            String stepId = id + "/" + step.number();
            Map<String, Object> stepProps = owned(stepId);
            stepProps.put(NUMBER, step.number());
            text(stepProps, TEXT, step.text());
            node(ROUTE_STEP, stepId, stepProps);
            rel(HAS_STEP, ROUTE_STAGE, id, stepId, Map.of());
            step.topics().forEach(topic -> rel(COVERS, ROUTE_STEP, stepId, topic, Map.of()));
            step.projects().forEach(project -> rel(BUILDS, ROUTE_STEP, stepId, project, Map.of()));
        }
    }

    private void addPrinciple(Principle principle) {
        String id = scoped("principle-" + principle.number());
        Map<String, Object> props = owned(id);
        props.put(NUMBER, principle.number());
        text(props, TITLE, principle.title());
        principle.quote().ifPresent(quote -> text(props, QUOTE, quote));
        texts(props, POINTS, principle.points());
        roadmapHas(HAS_PRINCIPLE, PRINCIPLE, id, props);
    }

    private void addCriterion(SuccessCriterion criterion) {
        String id = addNumberedText(SUCCESS_CRITERION, HAS_CRITERION, "criterion", criterion.number(),
                criterion.text());
        criterion.topics().forEach(topic -> rel(RESTS_ON, SUCCESS_CRITERION, id, topic, Map.of()));
    }

    private void addResource(Resource resource) {
        String id = scoped(resource.id());
        Map<String, Object> props = owned(id);
        props.put(KIND, resource.kind().name());
        text(props, TITLE, resource.title());
        resource.url().ifPresent(url -> props.put(URL, url));
        roadmapHas(HAS_RESOURCE, RESOURCE, id, props);
    }

    private void addTip(Tip tip) {
        addNumberedText(TIP, HAS_TIP, "tip", tip.number(), tip.text());
    }

    /** A node of the roadmap that is its number and a text (criterion, tip); returns its id. */
    private String addNumberedText(String label, String type, String name, int number, Text text) {
        String id = scoped(name + "-" + number);
        Map<String, Object> props = owned(id);
        props.put(NUMBER, number);
        text(props, TEXT, text);
        roadmapHas(type, label, id, props);
        return id;
    }

    /** A node and the relationship from the roadmap to it. */
    private void roadmapHas(String type, String label, String id, Map<String, Object> props) {
        node(label, id, props);
        rel(type, REVISION_LABEL, roadmapId, id, Map.of());
    }

    private <T> void chain(String label, List<T> items, Function<T, String> id) {
        for (int i = 1; i < items.size(); i++) {
            rel(NEXT, label, id.apply(items.get(i - 1)), id.apply(items.get(i)), Map.of());
        }
    }

    private String phaseId(Phase phase) {
        return phaseId(phase.number());
    }

    private String phaseId(int number) {
        return scoped("phase-" + number);
    }

    private String stageId(RouteStage stage) {
        return scoped(stage.id());
    }

    private String scoped(String localId) {
        return roadmapId + "/" + localId;
    }

    /** Properties of one of the roadmap's own nodes: its id and its roadmap. */
    private Map<String, Object> owned(String id) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ID, id);
        props.put(ROADMAP_ID, roadmapId);
        return props;
    }

    private void node(String label, String id, Map<String, Object> props) {
        if (SHARED_LABELS.contains(label)) {
            props.put(ROADMAP_ID, roadmapId);
            props.put(ROADMAPS, roadmaps);
        }
        nodes.get(label).add(new NodeRow(id, shapes.compact(props)));
    }

    /** A relationship without properties of the one spec with this type and these end labels. */
    private void rel(String type, String fromLabel, String from, String toLabel, String to) {
        relTo(type, fromLabel, from, toLabel, to, Map.of());
    }

    /** A relationship of the one spec with this type whose start has this label. */
    private void rel(String type, String fromLabel, String from, String to, Map<String, Object> props) {
        add(spec(BY_TYPE_AND_START, type + " " + fromLabel), from, to, props);
    }

    /** A relationship of the spec with this type and these end labels. */
    private void relTo(String type, String fromLabel, String from, String toLabel, String to,
                       Map<String, Object> props) {
        add(spec(BY_ENDS, type + " " + fromLabel + " " + toLabel), from, to, props);
    }

    private static RelSpec spec(Map<String, RelSpec> specs, String key) {
        RelSpec spec = specs.get(key);
        if (spec == null) {
            throw new IllegalStateException("no relationship spec " + key);
        }
        return spec;
    }

    private void add(RelSpec spec, String from, String to, Map<String, Object> props) {
        relationships.get(spec).add(new RelRow(from, to, spec.owner() == Owner.SHARED
                ? shapes.compactWith(props, ROADMAPS, roadmaps) : shapes.compact(props)));
    }

    private void text(Map<String, Object> props, String name, Text text) {
        props.put(name, text.preferred());
        text.nl().ifPresent(nl -> props.put(dutch(name), nl)); // no Dutch: no property
        props.put(origin(name), originText(text.origin()));
    }

    private String originText(Object origin) {
        return originTexts.computeIfAbsent(origin, Object::toString);
    }

    private static void texts(Map<String, Object> props, String name, List<Text> texts) {
        props.put(name, texts.stream().map(Text::preferred).toList());
        // a list property cannot hold null: "" stands for an item without Dutch, and no Dutch at all writes nothing
        if (texts.stream().anyMatch(t -> t.nl().isPresent())) {
            props.put(dutch(name), texts.stream().map(t -> t.nl().orElse("")).toList());
        }
    }
}
