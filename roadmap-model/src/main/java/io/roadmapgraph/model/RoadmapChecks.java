package io.roadmapgraph.model;

import io.roadmapgraph.algorithms.DependencyGraph;

import io.roadmapgraph.model.Facts.LayerFacts;
import io.roadmapgraph.model.Facts.PhaseFacts;
import io.roadmapgraph.model.Facts.Reference;
import io.roadmapgraph.model.Facts.StageFacts;
import io.roadmapgraph.model.Facts.TopicFacts;
import io.roadmapgraph.model.Fields.Num;
import io.roadmapgraph.model.Fields.Ref;
import io.roadmapgraph.model.Node.Loc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The checks across a file: unique ids, references that resolve, phases, layers, prerequisites, parents, route. */
final class RoadmapChecks {

    /** More cycles than this in one file are not listed one by one. */
    static final int MAX_CYCLES = 100;

    private final Facts facts;
    private final Problems problems;
    private final Suggestions suggestions;
    private final Map<String, Map<String, Ref>> firstDefinitions = new HashMap<>();

    RoadmapChecks(Facts facts, Problems problems, Suggestions suggestions) {
        this.facts = facts;
        this.problems = problems;
        this.suggestions = suggestions;
    }

    void run() {
        uniqueIds();
        references();
        phases();
        layers();
        Map<String, TopicFacts> topics = topicsById();
        topicPhasesAndLayers(topics);
        formerIds();
        prerequisites(topics);
        parents(topics);
        parentsBeforeSubtopics(topics);
        route();
        routeAgainstPrerequisites(topics);
        routeAgainstPhases(topics);
    }

    private void uniqueIds() {
        facts.definitions.forEach((kind, refs) -> {
            Map<String, Ref> first = firstDefinitions.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            for (Ref ref : refs) {
                Ref earlier = first.putIfAbsent(ref.id(), ref);
                if (earlier != null) {
                    problems.add(ref.at(), "duplicate " + kind + " id '" + ref.id() + "' (first defined at line "
                            + earlier.at().line() + "); give each " + kind + " its own id");
                }
            }
        });
    }

    private Set<String> ids(String kind) {
        return firstDefinitions.getOrDefault(kind, Map.of()).keySet();
    }

    private void references() {
        for (Reference reference : facts.references) {
            Set<String> known = ids(reference.kind());
            String id = reference.ref().id();
            if (!known.contains(id)) {
                problems.add(reference.ref().at(), "unknown " + reference.kind() + " '" + id + "' in "
                        + reference.where() + suggestions.nearest(id, known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; no " + reference.kind() + " has this id: define it or correct the id"));
            }
        }
    }

    /** The phase numbers that exist: those given, in a file whose phases are numbered 1..n in order. */
    private Set<Integer> phaseNumbers() {
        Set<Integer> numbers = new TreeSet<>();
        facts.phases.forEach(p -> p.number().ifPresent(n -> numbers.add(n.value())));
        return numbers;
    }

    private void phases() {
        List<PhaseFacts> phases = facts.phases;
        for (int i = 0; i < phases.size(); i++) {
            int expected = i + 1;
            phases.get(i).number().filter(n -> n.value() != expected).ifPresent(n -> problems.add(n.at(),
                    "phase number " + n.value() + " is out of place: phases are numbered 1.." + phases.size()
                            + " in the order they are listed, so this one must be " + expected));
        }
    }

    private String phaseList() {
        Set<Integer> numbers = phaseNumbers();
        if (numbers.isEmpty()) {
            return "the file has no phases";
        }
        return "the phases are " + String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    private void checkPhaseExists(String label, Optional<Num> phase) {
        phase.filter(p -> !phaseNumbers().contains(p.value())).ifPresent(p -> problems.add(p.at(),
                label + " is in phase " + p.value() + ", which does not exist; " + phaseList()));
    }

    private void layers() {
        facts.layers.forEach(layer -> checkPhaseExists(layer.label(), layer.phase()));
    }

    private Map<String, TopicFacts> topicsById() {
        Map<String, TopicFacts> byId = new LinkedHashMap<>();
        facts.topics.forEach(t -> t.id().ifPresent(id -> byId.putIfAbsent(id.id(), t)));
        return byId;
    }

    private void topicPhasesAndLayers(Map<String, TopicFacts> topics) {
        Map<String, LayerFacts> layers = new HashMap<>();
        facts.layers.forEach(l -> l.id().ifPresent(id -> layers.putIfAbsent(id.id(), l)));
        for (TopicFacts topic : facts.topics) {
            checkPhaseExists(topic.label(), topic.phase());
            if (topic.layer().isEmpty() || topic.phase().isEmpty()) {
                continue;
            }
            Ref layerRef = topic.layer().get();
            int phase = topic.phase().get().value();
            Optional.ofNullable(layers.get(layerRef.id())).flatMap(LayerFacts::phase)
                    .filter(layerPhase -> layerPhase.value() != phase)
                    .ifPresent(layerPhase -> problems.add(layerRef.at(), topic.label() + " is in phase " + phase
                            + " but its layer '" + layerRef.id() + "' belongs to phase " + layerPhase.value()
                            + "; move the topic to phase " + layerPhase.value() + " or choose a layer of phase "
                            + phase));
        }
    }

    private void prerequisites(Map<String, TopicFacts> topics) {
        Map<String, Loc> requirementAt = new HashMap<>();
        for (TopicFacts topic : facts.topics) {
            if (topic.id().isEmpty()) {
                continue;
            }
            Map<String, Ref> seen = new HashMap<>();
            for (Ref required : topic.requires()) {
                Ref earlier = seen.putIfAbsent(required.id(), required);
                if (earlier != null) {
                    problems.add(required.at(), topic.label() + " requires '" + required.id()
                            + "' twice (first at line " + earlier.at().line() + "); remove one");
                    continue;
                }
                requirementAt.putIfAbsent(topic.id().get().id() + "\n" + required.id(), required.at());
                laterPhase(topic, required, topics.get(required.id()));
            }
        }
        DependencyGraph<String> graph = DependencyGraph.of(topics.keySet(), id -> topics.get(id).requires().stream()
                .map(Ref::id).toList());
        for (List<String> cycle : graph.cycles(MAX_CYCLES)) {
            String last = cycle.get(cycle.size() - 1);
            Loc at = requirementAt.getOrDefault(last + "\n" + cycle.get(0), Loc.NOWHERE);
            problems.add(at, "prerequisite cycle " + DependencyGraph.describe(cycle)
                    + "; a topic cannot require itself, directly or through others: remove one of these requirements");
        }
    }

    /** Former ids are aliases: each names one topic, and never a topic that has it as its id now. */
    private void formerIds() {
        Set<String> current = ids("topic");
        Map<String, Ref> seen = new HashMap<>();
        for (TopicFacts topic : facts.topics) {
            for (Ref former : topic.formerIds()) {
                if (current.contains(former.id())) {
                    problems.add(former.at(), "former id '" + former.id() + "' of " + topic.label() + " is the id of a"
                            + " topic; a former id is an alias that no topic has now: remove it here");
                    continue;
                }
                Ref earlier = seen.putIfAbsent(former.id(), former);
                if (earlier != null) {
                    problems.add(former.at(), "former id '" + former.id() + "' is listed twice (first at line "
                            + earlier.at().line() + "); an alias names one topic: keep one of them");
                }
            }
        }
    }

    /**
     * The subtopic rule: a parent is the introduction and its subtopics come after it, so a topic must not require
     * one of its own subtopics (at any depth).
     */
    private void parentsBeforeSubtopics(Map<String, TopicFacts> topics) {
        for (TopicFacts topic : facts.topics) {
            if (topic.id().isEmpty()) {
                continue;
            }
            String id = topic.id().get().id();
            for (Ref required : topic.requires()) {
                if (isBelow(required.id(), id, topics)) {
                    problems.add(required.at(), topic.label() + " requires '" + required.id() + "', one of its own"
                            + " subtopics; a parent is the introduction and its subtopics come after it: remove this"
                            + " requirement (the subtopic requires its parent already)");
                }
            }
        }
    }

    /** Whether {@code topic} is a subtopic of {@code ancestor}, directly or through other subtopics. */
    private static boolean isBelow(String topic, String ancestor, Map<String, TopicFacts> topics) {
        Set<String> seen = new java.util.HashSet<>();
        String current = topic;
        while (current != null && seen.add(current) && topics.containsKey(current)) {
            String parent = topics.get(current).parent().map(Ref::id).orElse(null);
            if (ancestor.equals(parent)) {
                return true;
            }
            current = parent;
        }
        return false;
    }

    private void laterPhase(TopicFacts topic, Ref required, TopicFacts requiredTopic) {
        if (requiredTopic == null || topic.phase().isEmpty() || requiredTopic.phase().isEmpty()) {
            return;
        }
        int phase = topic.phase().get().value();
        int requiredPhase = requiredTopic.phase().get().value();
        if (requiredPhase > phase) {
            problems.add(required.at(), topic.label() + " (phase " + phase + ") requires '" + required.id()
                    + "' of the later phase " + requiredPhase + "; a topic can require only topics of its own or an"
                    + " earlier phase: move one of them or drop the requirement");
        }
    }

    /** A topic whose parent is itself, or whose parent chain comes back to it. Each loop is reported once. */
    private void parents(Map<String, TopicFacts> topics) {
        Map<String, Integer> state = new HashMap<>(); // absent: not seen, 1: on the current walk, 2: done
        Map<String, Integer> position = new HashMap<>();
        topics.keySet().forEach(id -> position.put(id, position.size()));
        for (TopicFacts topic : topics.values()) {
            String id = topic.id().orElseThrow().id();
            List<String> walk = new ArrayList<>();
            String current = id;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                walk.add(current);
                current = topics.containsKey(current) ? topics.get(current).parent().map(Ref::id)
                        .filter(topics::containsKey).orElse(null) : null;
            }
            if (current != null && state.get(current) == 1) {
                reportParentLoop(walk.subList(walk.indexOf(current), walk.size()), topics, position);
            }
            walk.forEach(w -> state.put(w, 2));
        }
    }

    private void reportParentLoop(List<String> loop, Map<String, TopicFacts> topics, Map<String, Integer> position) {
        int first = 0;
        for (int i = 1; i < loop.size(); i++) {
            if (position.get(loop.get(i)) < position.get(loop.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(loop.subList(first, loop.size()));
        rotated.addAll(loop.subList(0, first));
        String closing = rotated.get(rotated.size() - 1);
        Ref parent = topics.get(closing).parent().orElseThrow();
        if (rotated.size() == 1) {
            problems.add(parent.at(), "topic '" + closing + "' is its own parent; a subtopic's parent must be another"
                    + " topic");
        } else {
            problems.add(parent.at(), "the parent of topic '" + closing + "' is '" + parent.id() + "', one of its own"
                    + " subtopics: parent chain " + DependencyGraph.describe(rotated)
                    + "; choose a parent outside this chain");
        }
    }

    /**
     * Warnings, not errors: a route step that reaches a topic before the stage where the route reaches what the
     * topic requires (its requirements and its parent), or builds a project before the stage of a topic it exercises.
     * Topics the route never names are left out: the route need not name every topic.
     */
    private void routeAgainstPrerequisites(Map<String, TopicFacts> topics) {
        List<StageFacts> stages = facts.stages;
        Map<String, Integer> stageOf = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            for (Facts.StepFacts step : stages.get(i).steps()) {
                for (Ref topic : step.topics()) {
                    stageOf.putIfAbsent(topic.id(), i);
                }
            }
        }
        for (int i = 0; i < stages.size(); i++) {
            StageFacts stage = stages.get(i);
            for (Facts.StepFacts step : stage.steps()) {
                for (Ref topic : step.topics()) {
                    for (String required : requirementsOf(topics.get(topic.id()))) {
                        Integer later = stageOf.get(required);
                        if (later != null && later > i) {
                            problems.warn(topic.at(), step.label() + " (" + stage.period() + ") reaches topic '"
                                    + topic.id() + "', which requires '" + required + "'; the route reaches that only"
                                    + " in " + stages.get(later).label() + " (" + stages.get(later).period() + ")");
                        }
                    }
                }
                for (Ref project : step.projects()) {
                    for (Ref exercised : facts.projectTopics.getOrDefault(project.id(), List.of())) {
                        Integer later = stageOf.get(exercised.id());
                        if (later != null && later > i) {
                            problems.warn(project.at(), step.label() + " (" + stage.period() + ") builds project '"
                                    + project.id() + "', which exercises '" + exercised.id() + "'; the route reaches"
                                    + " that only in " + stages.get(later).label() + " ("
                                    + stages.get(later).period() + ")");
                        }
                    }
                }
            }
        }
    }

    /** What a topic needs first: the topics it requires and its parent (the subtopic rule). */
    private static List<String> requirementsOf(TopicFacts topic) {
        if (topic == null) {
            return List.of();
        }
        List<String> needs = new ArrayList<>(topic.requires().stream().map(Ref::id).toList());
        topic.parent().map(Ref::id).filter(p -> !needs.contains(p)).ifPresent(needs::add);
        return needs;
    }

    /**
     * Warnings, not errors: a route step that reaches a topic in months before its phase can begin, that is before
     * the minimum durations of the earlier phases have passed.
     */
    private void routeAgainstPhases(Map<String, TopicFacts> topics) {
        Map<Integer, Integer> earliestStart = new HashMap<>();
        int month = 1;
        for (PhaseFacts phase : facts.phases) {
            if (phase.number().isEmpty()) {
                return;
            }
            earliestStart.put(phase.number().get().value(), month);
            if (phase.minMonths().isEmpty()) {
                break;
            }
            month += phase.minMonths().get().value();
        }
        for (StageFacts stage : facts.stages) {
            for (Facts.StepFacts step : stage.steps()) {
                for (Ref topic : step.topics()) {
                    Optional.ofNullable(topics.get(topic.id())).flatMap(TopicFacts::phase).ifPresent(phase -> {
                        Integer start = earliestStart.get(phase.value());
                        if (start != null && start > stage.period().period().months().max()) {
                            problems.warn(topic.at(), step.label() + " (" + stage.period() + ") reaches topic '"
                                    + topic.id() + "' of phase " + phase.value() + ", which begins in month " + start
                                    + " at the earliest (after the minimum durations of the phases before it)");
                        }
                    });
                }
            }
        }
    }

    private void route() {
        StageFacts previous = null;
        for (StageFacts stage : facts.stages) {
            if (previous != null) {
                Num from = stage.period().low();
                StagePeriod now = stage.period().period();
                StagePeriod before = previous.period().period();
                // stages in the same unit compare their numbers; a week stage and a month stage compare in weeks
                boolean same = now.unit() == before.unit();
                int start = same ? now.from() : now.firstWeek();
                int end = same ? before.to() : before.lastWeek();
                String unit = same ? now.unit().singular() : StagePeriod.Unit.WEEK.singular();
                if (start < (same ? before.from() : before.firstWeek())) {
                    problems.add(from.at(), stage.label() + " (" + stage.period() + ") is out of order: it starts"
                            + " before " + previous.label() + " (" + previous.period() + "); list the stages by "
                            + unit);
                } else if (start <= end) {
                    problems.add(from.at(), stage.label() + " (" + stage.period() + ") overlaps " + previous.label()
                            + " (" + previous.period() + "); start it after " + unit + " " + end);
                }
            }
            previous = stage;
        }
    }
}
