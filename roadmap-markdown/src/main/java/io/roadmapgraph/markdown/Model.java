package io.roadmapgraph.markdown;

import io.roadmapgraph.model.StagePeriod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mutable parts an import collects before it writes the roadmap file. */
final class Model {

    private Model() {
    }

    /** A text in the document's language; {@code rule} is set when a rule proposed it. */
    record Txt(String text, String rule) {
        static Txt doc(String text) {
            return new Txt(text, null);
        }

        static Txt inferred(String text, String rule) {
            return new Txt(text, rule);
        }
    }

    static final class PhaseB {
        int number;
        int line;
        String title;
        Txt goal;
        Integer min;
        Integer max;
        final List<String> groups = new ArrayList<>();
        final List<NoteB> notes = new ArrayList<>();
    }

    static final class LayerB {
        String id;
        int number;
        int phase;
        int line;
        String title;
        Txt summary;
        boolean startHere;
    }

    static final class PointB {
        final String text;
        final int line;
        final List<PointB> points = new ArrayList<>();

        PointB(String text, int line) {
            this.text = text;
            this.line = line;
        }
    }

    record NoteB(boolean tip, String title, String text, int line) {
    }

    record ReqB(String topic, Txt reason, String rule) {
    }

    static final class TopicB {
        String id;
        int line;
        String title;
        Txt summary;
        int phase;
        String layer;
        TopicB parent;
        Integer number;
        String importance = "core";
        boolean startHere;
        int hours;
        String hoursRule;
        Integer weight;
        Txt whenToUse;
        final List<PointB> points = new ArrayList<>();
        final List<NoteB> notes = new ArrayList<>();
        final List<ReqB> requires = new ArrayList<>();
        final Set<String> toolNames = new LinkedHashSet<>();
    }

    static final class ToolB {
        String id;
        String name;
        String category;
        String url;
        Txt description;
        int line;
        boolean defined;
    }

    static final class ProjectB {
        String id;
        int line;
        String title;
        Txt summary;
        String level;
        final List<String> topics = new ArrayList<>();
        final Set<String> toolNames = new LinkedHashSet<>();
    }

    static final class StageB {
        String id;
        int line;
        StagePeriod period;
        String title;
        final List<StepB> steps = new ArrayList<>();
    }

    record StepB(String text, int line, List<String> topics, List<String> projects) {
    }

    static final class PrincipleB {
        int line;
        String title;
        String quote;
        final List<String> points = new ArrayList<>();
    }

    record CriterionB(String text, int line, List<String> topics) {
    }

    record ResourceB(String id, String kind, String title, String url, boolean mustRead, int line) {
    }
}
