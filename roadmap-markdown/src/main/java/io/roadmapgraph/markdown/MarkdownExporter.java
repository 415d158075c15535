package io.roadmapgraph.markdown;

import io.roadmapgraph.model.Layer;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.Note;
import io.roadmapgraph.model.Phase;
import io.roadmapgraph.model.Point;
import io.roadmapgraph.model.Principle;
import io.roadmapgraph.model.Project;
import io.roadmapgraph.model.Resource;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RouteStage;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.RouteStep;
import io.roadmapgraph.model.SuccessCriterion;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.model.Tip;
import io.roadmapgraph.model.Tool;
import io.roadmapgraph.model.ToolCategory;
import io.roadmapgraph.model.Topic;
import io.roadmapgraph.model.Importance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a roadmap as a Markdown document in the style the import reads (docs/markdown-import.md), in Dutch or
 * English: phases as {@code ##} headings with their durations, layers, topics with their subtopics as nested headings,
 * points as bullets, tools by category, projects by level, the route by months, principles, success criteria,
 * resources and tips. Prerequisites and hours are not written: the document states what a person wrote, and the import
 * proposes the rest again.
 */
public final class MarkdownExporter {

    private static final int MAX_HEADING = 6;

    private final String language;
    private final StringBuilder out = new StringBuilder();

    private MarkdownExporter(String language) {
        this.language = language;
    }

    /**
     * The roadmap as Markdown, in {@code language} ({@code nl} or {@code en}); a text the roadmap lacks in that
     * language is written in the language it has.
     */
    public static String export(Roadmap roadmap, String language) {
        if (!language.equals("nl") && !language.equals("en")) {
            throw new MarkdownImportException("language '" + language + "' is not supported; use nl or en");
        }
        MarkdownExporter exporter = new MarkdownExporter(language);
        exporter.write(Objects.requireNonNull(roadmap, "roadmap"));
        return exporter.out.toString();
    }

    private boolean dutch() {
        return language.equals("nl");
    }

    private String w(String nl, String en) {
        return dutch() ? nl : en;
    }

    private String t(Text text) {
        Optional<String> chosen = dutch() ? text.nl() : text.en();
        return chosen.orElseGet(text::preferred);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void blank() {
        out.append('\n');
    }

    private void write(Roadmap roadmap) {
        line("# " + Escape.text(t(roadmap.title())));
        blank();
        line("## " + w("Overzicht", "Overview"));
        blank();
        line(Escape.text(t(roadmap.summary())));
        blank();
        line("---");
        blank();
        for (Phase phase : roadmap.phases()) {
            phase(roadmap, phase);
        }
        tools(roadmap.tools());
        route(roadmap.route());
        principles(roadmap.principles());
        projects(roadmap);
        criteria(roadmap);
        resources(roadmap.resources());
        tips(roadmap);
    }

    private void phase(Roadmap roadmap, Phase phase) {
        String duration = phase.duration().map(d -> d.min() == d.max()
                ? d.min() + " " + w(d.min() == 1 ? "maand" : "maanden", d.min() == 1 ? "month" : "months")
                : d.min() + "-" + d.max() + " " + w("maanden", "months")).orElse(w("doorlopend", "ongoing"));
        line("## " + w("Fase ", "Phase ") + phase.number() + ": " + Escape.text(t(phase.title())) + " (" + duration + ")");
        blank();
        paragraph(phase.goal());
        phase.notes().forEach(this::note);
        List<Layer> layers = roadmap.layers().stream().filter(l -> l.phase() == phase.number()).toList();
        for (Layer layer : layers) {
            line("### " + w("Laag ", "Layer ") + layer.number() + ": " + Escape.text(t(layer.title()))
                    + (layer.startHere() ? w(" (Start hier!)", " (Start here!)") : ""));
            blank();
            paragraph(layer.summary());
            topics(roadmap, phase.number(), Optional.of(layer.id()), 4);
        }
        topics(roadmap, phase.number(), Optional.empty(), 3);
        line("---");
        blank();
    }

    private void topics(Roadmap roadmap, int phase, Optional<String> layer, int level) {
        Map<String, Topic> byId = new LinkedHashMap<>();
        roadmap.topics().forEach(topic -> byId.put(topic.id(), topic));
        for (Topic topic : roadmap.topics()) {
            boolean top = topic.parent().isEmpty() || !byId.containsKey(topic.parent().get())
                    || byId.get(topic.parent().get()).phase() != topic.phase();
            if (top && topic.phase() == phase && topic.layer().equals(layer)) {
                topic(roadmap, topic, level, 0);
            }
        }
    }

    private void topic(Roadmap roadmap, Topic topic, int level, int depth) {
        StringBuilder heading = new StringBuilder("#".repeat(Math.min(level, MAX_HEADING))).append(" **")
                .append(Escape.text(t(topic.title()))).append("**");
        if (topic.importance() == Importance.KEY) {
            heading.append(" ⭐");
        }
        List<String> remarks = new ArrayList<>();
        topic.weight().ifPresent(weight -> remarks.add(weight + "%"));
        if (topic.importance() == Importance.ELECTIVE) {
            remarks.add(w("naar keuze", "elective"));
        }
        if (topic.startHere()) {
            remarks.add(w("Start hier!", "Start here!"));
        }
        if (!remarks.isEmpty()) {
            heading.append(" (").append(String.join(", ", remarks)).append(')');
        }
        line(heading.toString());
        blank();
        paragraph(topic.summary());
        boolean bullets = false;
        if (topic.whenToUse().isPresent()) {
            line("- **" + w("Wanneer", "When") + ":** " + Escape.text(t(topic.whenToUse().get())));
            bullets = true;
        }
        for (Point point : topic.points()) {
            point(point, 0);
            bullets = true;
        }
        if (!topic.tools().isEmpty()) {
            Map<String, Tool> tools = new LinkedHashMap<>();
            roadmap.tools().forEach(tool -> tools.put(tool.id(), tool));
            List<String> names = topic.tools().stream().filter(tools::containsKey)
                    .map(id -> Escape.code(tools.get(id).name())).toList();
            if (!names.isEmpty()) {
                line("- **Tools:** " + String.join(", ", names));
                bullets = true;
            }
        }
        if (bullets) {
            blank();
        }
        topic.notes().forEach(this::note);
        if (depth < 100) {
            for (Topic sub : roadmap.topics()) {
                if (sub.parent().equals(Optional.of(topic.id())) && sub.phase() == topic.phase()) {
                    topic(roadmap, sub, level + 1, depth + 1);
                }
            }
        }
    }

    /**
     * A text a rule proposed (origin inferred) is not written: a document states what people wrote, and the import
     * proposes such texts again, marked as proposals.
     */
    private static boolean proposed(Text text) {
        return text.origin().kind() == io.roadmapgraph.model.Origin.Kind.INFERRED;
    }

    private void paragraph(Text text) {
        if (!proposed(text)) {
            line(Escape.text(t(text)));
            blank();
        }
    }

    private void point(Point point, int depth) {
        line("  ".repeat(depth) + "- " + Escape.text(t(point.text())));
        point.points().forEach(child -> point(child, depth + 1));
    }

    private void note(Note note) {
        String label = note.title().map(this::t).orElse(note.kind() == Note.Kind.TIP ? "Tip" : w("Let op", "Note"));
        line("**" + (note.kind() == Note.Kind.TIP ? "🔥 " : "💡 ") + Escape.text(label) + ":** "
                + Escape.text(t(note.text())));
        blank();
    }

    private static final Map<ToolCategory, String[]> CATEGORY_HEADINGS = new EnumMap<>(Map.ofEntries(
            Map.entry(ToolCategory.LLM_API, new String[]{"API's & Services", "APIs & Services"}),
            Map.entry(ToolCategory.MODEL_HUB, new String[]{"Model Hubs", "Model Hubs"}),
            Map.entry(ToolCategory.ORCHESTRATION, new String[]{"Orchestratie", "Orchestration"}),
            Map.entry(ToolCategory.VECTOR_DATABASE, new String[]{"Vector Databases", "Vector Databases"}),
            Map.entry(ToolCategory.DEV_TOOL, new String[]{"Development Tools", "Development Tools"}),
            Map.entry(ToolCategory.CLOUD_PLATFORM, new String[]{"Cloud Platforms", "Cloud Platforms"}),
            Map.entry(ToolCategory.MONITORING, new String[]{"Monitoring", "Monitoring"}),
            Map.entry(ToolCategory.EVALUATION, new String[]{"Evaluatie", "Evaluation"}),
            Map.entry(ToolCategory.PYTHON_LIBRARY, new String[]{"Python Libraries", "Python Libraries"}),
            Map.entry(ToolCategory.JS_LIBRARY, new String[]{"JavaScript Libraries", "JavaScript Libraries"}),
            Map.entry(ToolCategory.WEB_FRAMEWORK, new String[]{"Web Frameworks", "Web Frameworks"}),
            Map.entry(ToolCategory.UI_FRAMEWORK, new String[]{"Interface Frameworks", "Interface Frameworks"})));

    private void tools(List<Tool> tools) {
        if (tools.isEmpty()) {
            return;
        }
        line("## Tools & Frameworks");
        blank();
        for (ToolCategory category : ToolCategory.values()) {
            List<Tool> inCategory = tools.stream().filter(tool -> tool.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            line("### " + CATEGORY_HEADINGS.get(category)[dutch() ? 0 : 1]);
            blank();
            for (Tool tool : inCategory) {
                line("- [" + Escape.text(tool.name()) + "](" + Escape.url(tool.url()) + ")"
                        + (proposed(tool.description()) ? "" : " - " + Escape.text(t(tool.description()))));
            }
            blank();
        }
        line("---");
        blank();
    }

    private void route(List<RouteStage> route) {
        if (route.isEmpty()) {
            return;
        }
        line("## " + w("Praktische Leerroute", "Learning route"));
        blank();
        for (RouteStage stage : route) {
            StagePeriod period = stage.period();
            String unit = period.unit() == StagePeriod.Unit.WEEK ? w("Week ", "Weeks ") : w("Maand ", "Months ");
            line("### " + unit + period.from() + "-" + period.to() + ": "
                    + Escape.text(t(stage.title())));
            blank();
            for (RouteStep step : stage.steps()) {
                line(step.number() + ". " + Escape.text(t(step.text())));
            }
            blank();
        }
        line("---");
        blank();
    }

    private void principles(List<Principle> principles) {
        if (principles.isEmpty()) {
            return;
        }
        line("## " + w("Principes", "Principles"));
        blank();
        for (Principle principle : principles) {
            line("### " + principle.number() + ". " + Escape.text(t(principle.title())));
            blank();
            principle.quote().ifPresent(quote -> {
                line("> \"" + Escape.text(t(quote)) + "\"");
                blank();
            });
            for (Text point : principle.points()) {
                line("- " + Escape.text(t(point)));
            }
            if (!principle.points().isEmpty()) {
                blank();
            }
        }
        line("---");
        blank();
    }

    private void projects(Roadmap roadmap) {
        if (roadmap.projects().isEmpty()) {
            return;
        }
        Map<String, Topic> topics = new LinkedHashMap<>();
        roadmap.topics().forEach(topic -> topics.put(topic.id(), topic));
        line("## " + w("Praktische Projecten", "Practice projects"));
        blank();
        int number = 0;
        for (Level level : Level.values()) {
            List<Project> atLevel = roadmap.projects().stream().filter(p -> p.level() == level).toList();
            if (atLevel.isEmpty()) {
                continue;
            }
            line("### " + switch (level) {
                case BEGINNER -> "Beginner";
                case INTERMEDIATE -> w("Halfgevorderd", "Intermediate");
                case ADVANCED -> w("Gevorderd", "Advanced");
            });
            blank();
            for (Project project : atLevel) {
                number++;
                List<String> names = project.topics().stream().filter(topics::containsKey)
                        .map(id -> Escape.text(t(topics.get(id).title()))).toList();
                line(number + ". **" + Escape.text(t(project.title())) + "**"
                        + (proposed(project.summary()) ? "" : " - " + Escape.text(t(project.summary())))
                        + (names.isEmpty() ? "" : " (" + w("Onderwerpen", "Topics") + ": " + String.join(", ", names)
                        + ")"));
            }
            blank();
        }
        line("---");
        blank();
    }

    private void criteria(Roadmap roadmap) {
        if (roadmap.successCriteria().isEmpty()) {
            return;
        }
        line("## " + w("Succescriteria: ben je klaar?", "Success criteria: are you ready?"));
        blank();
        roadmap.successCriteriaLeadIn().ifPresent(leadIn -> {
            String text = Escape.text(t(leadIn));
            line(text.endsWith(":") ? text : text + ":");
            blank();
        });
        for (SuccessCriterion criterion : roadmap.successCriteria()) {
            line("- ✅ " + Escape.text(t(criterion.text())));
        }
        blank();
        line("---");
        blank();
    }

    private void resources(List<Resource> resources) {
        if (resources.isEmpty()) {
            return;
        }
        line("## " + w("Bronnen", "Resources"));
        blank();
        for (ResourceKind kind : ResourceKind.values()) {
            List<Resource> ofKind = resources.stream().filter(r -> r.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            line("### " + switch (kind) {
                case BOOK -> w("Boeken", "Books");
                case DOCUMENTATION -> w("Documentatie", "Documentation");
                case COMMUNITY -> "Communities";
                case PRACTICE -> w("Oefenen", "Practice");
            });
            blank();
            for (Resource resource : ofKind) {
                String title = Escape.text(t(resource.title()));
                line("- " + resource.url().map(url -> "[" + title + "](" + Escape.url(url) + ")").orElse(title)
                        + (resource.mustRead() ? " (Must-Read)" : ""));
            }
            blank();
        }
        line("---");
        blank();
    }

    private void tips(Roadmap roadmap) {
        if (roadmap.tips().isEmpty() && roadmap.motto().isEmpty()) {
            return;
        }
        line("## " + w("Laatste Tips", "Final tips"));
        blank();
        for (Tip tip : roadmap.tips()) {
            line(tip.number() + ". " + Escape.text(t(tip.text())));
        }
        blank();
        roadmap.motto().ifPresent(motto -> {
            line("**" + w("Onthoud", "Remember") + ":** *\"" + Escape.text(t(motto)) + "\"*");
            blank();
        });
    }

    /** Markdown escaping of plain text, so that the import reads back the same words. */
    static final class Escape {
        private Escape() {
        }

        static String text(String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            String flat = text.replace("\r", " ").replace("\n", " ");
            for (int i = 0; i < flat.length(); i++) {
                char c = flat.charAt(i);
                if ("\\`*_[]<>#|!~&".indexOf(c) >= 0 || (c == '.' || c == ')') && i > 0
                        && Character.isDigit(flat.charAt(i - 1)) && onlyDigitsBefore(flat, i)
                        || (c == '-' || c == '+' || c == '=') && i == 0) {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.toString().strip();
        }

        private static boolean onlyDigitsBefore(String text, int index) {
            for (int i = 0; i < index; i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        static String code(String name) {
            return name.contains("`") ? "`` " + name + " ``" : "`" + name + "`";
        }

        static String url(String url) {
            return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">";
        }
    }
}
