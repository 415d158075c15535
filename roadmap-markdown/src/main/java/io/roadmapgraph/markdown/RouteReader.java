package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Model.StageB;
import io.roadmapgraph.markdown.Model.StepB;
import io.roadmapgraph.model.StagePeriod;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static io.roadmapgraph.markdown.Blocks.numberedLines;

/**
 * The month-by-month (or week-by-week) route: its stages in the document's order and their steps.
 */
final class RouteReader extends ImportPart {

    /** What a route table row becomes when its stage does not fit the route. */
    private final Map<StageB, Runnable> stageFallback = new HashMap<>();

    RouteReader(DocumentImport doc) {
        super(doc);
    }

    /** What becomes of {@code stage}'s lines when {@link #orderRoute} drops it (a table row: a row no rule maps). */
    void whenDropped(StageB stage, Runnable fallback) {
        stageFallback.put(stage, fallback);
    }

    /** A route section: its stage headings, or bold stage lines over lists, each with its steps. */
    void routeSection(Section section) {
        // "**Maand 1-3: Basics**" over a list, instead of a heading
        StageB current = null;
        for (Node block : section.blocks) {
            if (block instanceof Paragraph paragraph) {
                List<Inlines.Line> lines = Inlines.paragraphLines(paragraph);
                Matcher match = profile.routeHeading().matcher(lines.isEmpty() ? "" : lines.get(0).text());
                current = match.matches() ? stage(lines.get(0).line(), lines.get(0).text(), match) : null;
                if (current != null) {
                    for (Inlines.Line line : numberedLines(paragraph)) {
                        step(current, line.text(), line.line());
                    }
                }
            } else if (block instanceof ListBlock list && current != null) {
                steps(current, list);
            }
        }
        for (Section child : section.children) {
            Matcher stage = profile.routeHeading().matcher(child.text());
            if (stage.matches()) {
                stage(child, stage);
            } else {
                routeSection(child);
            }
        }
    }

    void stage(Section section, Matcher match) {
        StageB stage = stage(section.line(), section.text(), match);
        if (stage == null) {
            return;
        }
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                steps(stage, list);
            }
        }
    }

    /**
     * A route stage; null when its period is no period ("Maand 5-3"). Whether it fits the route is decided once all
     * stages are read ({@link #orderRoute}): tables are read after the headings, so only there is the document's
     * order known.
     */
    StageB stage(int line, String text, Matcher match) {
        int from = Integer.parseInt(trimNumber(match.group(1)));
        // "Month 5": a single month (or week) is a stage from it to it
        int to = match.group(2) == null ? from : Integer.parseInt(trimNumber(match.group(2)));
        if (from < 1 || to < from) {
            return null;
        }
        String firstWord = text.strip().split("[^\\p{L}]", 2)[0];
        StagePeriod period = new StagePeriod(MappingProfile.isOneOf(firstWord, profile.weekWords())
                ? StagePeriod.Unit.WEEK : StagePeriod.Unit.MONTH, from, to);
        StageB stage = new StageB();
        stage.period = period;
        stage.line = line;
        stage.title = match.group(3).isBlank() ? text : match.group(3).strip();
        stage.id = id("stage", period.unit().plural() + "-" + from + "-" + to, stage.line);
        route.add(stage);
        use(line, "route stage '" + stage.id + "'");
        return stage;
    }

    /**
     * The route in the document's order (route headings, bold route lines and route table rows alike): a stage that
     * does not start after the one before it in the document is out of order or overlaps it, and is dropped; its
     * lines become unmapped again, and a table row falls back to a row no rule maps.
     */
    void orderRoute() {
        List<StageB> inDocument = new ArrayList<>(route);
        inDocument.sort(java.util.Comparator.comparingInt(stage -> stage.line));
        route.clear();
        for (StageB stage : inDocument) {
            if (route.isEmpty() || stage.period.startsAfter(route.get(route.size() - 1).period)) {
                route.add(stage);
                continue;
            }
            String mark = "route stage '" + stage.id + "'";
            uses.values().removeIf(use -> use.contains(mark));
            doc.idChoices.removeIf(choice -> choice.kind().equals("stage") && choice.id().equals(stage.id));
            Runnable fallback = stageFallback.get(stage);
            if (fallback != null) {
                fallback.run();
            }
        }
    }

    private void steps(StageB stage, ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p) {
                String text = Inlines.clean(Inlines.plainWithAddresses(p));
                if (!text.isEmpty()) {
                    step(stage, text, Inlines.firstLine(p));
                    useAll(p, uses.getOrDefault(Inlines.firstLine(p), "step"));
                }
            }
        }
    }

    void step(StageB stage, String text, int line) {
        List<String> stepTopics = new ArrayList<>();
        List<String> stepProjects = new ArrayList<>();
        stage.steps.add(new StepB(text, line, stepTopics, stepProjects));
        use(line, "step " + stage.steps.size() + " of route stage '" + stage.id + "'");
        afterTopics.add(() -> {
            stepTopics.addAll(new TopicNames(topics).named(text));
            String lower = " " + TopicNames.normal(text) + " ";
            projects.stream().filter(pr -> lower.contains(" " + TopicNames.normal(pr.title) + " "))
                    .forEach(pr -> stepProjects.add(pr.id));
        });
    }

    private static String trimNumber(String digits) {
        String d = digits.length() > 6 ? digits.substring(0, 6) : digits;
        return d;
    }
}
