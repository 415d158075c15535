package io.roadmapgraph.model;

import io.roadmapgraph.model.Fields.Num;
import io.roadmapgraph.model.Fields.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks across a file need, with where each part stands: the ids defined, the references made, and the
 * phases, layers, topics and route stages as far as they could be read (a topic missing its summary still has an id
 * that others may refer to).
 */
final class Facts {

    /** A reference to a {@code kind} ("topic", "tool", ...) made in {@code where} ("the tools of topic 'rag'"). */
    record Reference(String kind, Ref ref, String where) {
    }

    record PhaseFacts(Optional<Num> number, Optional<Num> minMonths) {
    }

    record LayerFacts(String label, Optional<Ref> id, Optional<Num> phase) {
    }

    record TopicFacts(String label, Optional<Ref> id, Optional<Num> phase, Optional<Ref> layer, Optional<Ref> parent,
                      List<Ref> requires, List<Ref> formerIds) {
    }

    /** An inclusive range of whole months or weeks ({min, max} or {from, to}) with where each end stands. */
    record Range(StagePeriod.Unit unit, Num low, Num high) {
        MonthRange months() {
            return MonthRange.of(low.value(), high.value());
        }

        StagePeriod period() {
            return new StagePeriod(unit, low.value(), high.value());
        }

        @Override
        public String toString() {
            return unit.plural() + " " + low.value() + "-" + high.value();
        }
    }

    /** A route stage: its period in months or weeks. */
    record StageFacts(String label, Range period, List<StepFacts> steps) {
    }

    record StepFacts(String label, List<Ref> topics, List<Ref> projects) {
    }

    final Map<String, List<Ref>> definitions = new LinkedHashMap<>();
    final List<Reference> references = new ArrayList<>();
    final List<PhaseFacts> phases = new ArrayList<>();
    final List<LayerFacts> layers = new ArrayList<>();
    final List<TopicFacts> topics = new ArrayList<>();
    final List<StageFacts> stages = new ArrayList<>();
    /** The topics each project exercises, by project id. */
    final Map<String, List<Ref>> projectTopics = new LinkedHashMap<>();

    void define(String kind, Optional<Ref> id) {
        List<Ref> ids = definitions.computeIfAbsent(kind, k -> new ArrayList<>());
        id.ifPresent(ids::add);
    }

    List<Ref> defined(String kind) {
        return definitions.getOrDefault(kind, List.of());
    }

    void refer(String kind, Optional<Ref> ref, String where) {
        ref.ifPresent(r -> references.add(new Reference(kind, r, where)));
    }

    void refer(String kind, List<Ref> refs, String where) {
        refs.forEach(r -> references.add(new Reference(kind, r, where)));
    }
}
