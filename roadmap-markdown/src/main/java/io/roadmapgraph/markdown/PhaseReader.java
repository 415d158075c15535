package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Inlines.Labelled;
import io.roadmapgraph.markdown.Model.LayerB;
import io.roadmapgraph.markdown.Model.NoteB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.roadmapgraph.markdown.Blocks.nestedLists;
import static io.roadmapgraph.markdown.Blocks.numberPrefix;
import static io.roadmapgraph.markdown.Blocks.numbers;
import static io.roadmapgraph.markdown.Blocks.text;
import static io.roadmapgraph.markdown.Blocks.unquote;

/**
 * Phases and their layers, goals, durations and groups of topics (docs/markdown-import.md, "Phases").
 */
final class PhaseReader extends ImportPart {

    /** Two numbers of one duration: "2-3", "2 – 3", "1 to 2", "3 t/m 4". */
    private static final Pattern RANGE = Pattern.compile("\\d+\\s*(?:-|–|—|to|tot|t/m|until)\\s*\\d+");

    PhaseReader(DocumentImport doc) {
        super(doc);
    }

    /**
     * A phase heading ("## Fase 1: Basis (2-3 maanden)", matched by the profile's {@code phaseHeading}: group 1 its
     * number, group 2 the rest) and all under it. Phases are numbered by their place among the phase headings; a
     * heading that states another number is told of in the report.
     */
    void phase(Section section, Matcher heading) {
        PhaseB phase = new PhaseB();
        phase.number = phases.size() + 1;
        phase.line = section.line();
        List<Integer> stated = heading.groupCount() >= 1 && heading.group(1) != null ? numbers(heading.group(1))
                : List.of();
        if (stated.size() == 1 && stated.get(0) != phase.number) {
            notice(phase.line, "the heading numbers this phase " + stated.get(0) + "; it is phase " + phase.number
                    + ", its place among the phase headings (the roadmap numbers its phases 1, 2, 3 ... in order)");
        }
        String title = phaseTitle(phase, heading.group(2));
        phase.title = title.isEmpty() ? words("Fase ", "Phase ") + phase.number : title;
        phases.add(phase);
        doc.phaseOf.put(section.heading, phase);
        use(section.line(), "phase " + phase.number);
        doc.idChoices.add(new ImportReport.IdChoice("phase", String.valueOf(phase.number), phase.title, phase.line));
        TopicB listed = null;
        boolean labelled = false;
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                listed = (labelled ? topicsOf(list, phase, null) : listTopics(list, phase, null)).orElse(listed);
                if (listed == null) {
                    phaseListGoal(list, phase);
                }
                labelled = false;
            } else if (block instanceof Paragraph label && block.getNext() instanceof ListBlock
                    && topicLabel(label)) {
                // "Key topics:" over a list: the items are the phase's topics
                labelled = true;
                useAll(block, "label of the topics of phase " + phase.number);
            } else if (listed != null && (block instanceof Paragraph || block instanceof BlockQuote)) {
                // a paragraph after topics written as list items belongs to the last of them
                doc.topicReader.topicText(listed, block);
            } else if (block instanceof BlockQuote quote && !text(quote).isEmpty()) {
                phase.notes.add(new NoteB(false, null, unquote(Blocks.written(quote)), Inlines.firstLine(quote)));
                useAll(quote, "note of phase " + phase.number);
            } else if (block instanceof Paragraph paragraph && !text(paragraph).isEmpty()) {
                Optional<NoteB> note = doc.topicReader.note(paragraph);
                Optional<Labelled> label = Inlines.label(paragraph);
                Optional<String> beside = phase.min == null && label.isPresent()
                        && MappingProfile.isOneOf(label.get().label(), profile.durationLabels())
                        ? duration(phase, label.get().rest()) : Optional.empty();
                if (beside.isPresent()) {
                    // "**Duur:** 2-3 maanden" under the phase heading
                    phase.title = withRemark(phase.title, beside.get());
                    useAll(block, "duration of phase " + phase.number);
                } else if (note.isPresent()) {
                    phase.notes.add(note.get());
                    useAll(block, "note of phase " + phase.number);
                } else if (phase.goal == null) {
                    phase.goal = Txt.doc(Blocks.written(paragraph));
                    useAll(block, "goal of phase " + phase.number);
                } else {
                    phase.notes.add(new NoteB(false, null, Blocks.written(paragraph),
                            Inlines.firstLine(paragraph)));
                    useAll(block, "note of phase " + phase.number);
                }
            }
        }
        for (Section child : section.children) {
            inPhase(child, phase, null, false, null);
        }
    }

    /**
     * The title of a phase heading's rest, its duration read into the phase: "Basis (2-3 maanden)", "(Maand 1-2):
     * Basis" (the duration first) or "Basis — 3 maanden" (after a dash or comma); a remark that is no duration stays
     * in the title, and so does what a remark says beside the duration ("Basis (2 months, ~100 hours)" gives "Basis
     * (~100 hours)").
     */
    private String phaseTitle(PhaseB phase, String rest) {
        String text = rest.strip();
        Remark remark = Remark.split(text);
        if (!remark.remark().isEmpty()) {
            return duration(phase, remark.remark()).map(beside -> withRemark(remark.title(), beside)).orElse(text);
        }
        if (text.startsWith("(")) {
            int close = text.indexOf(')');
            Optional<String> beside = close > 0 ? duration(phase, text.substring(1, close)) : Optional.empty();
            if (beside.isPresent()) {
                return withRemark(Remark.afterDash(text.substring(close + 1)), beside.get());
            }
        }
        for (String cut : List.of(" — ", " – ", " - ", ", ")) {
            int at = text.lastIndexOf(cut);
            Optional<String> beside = at > 0 ? duration(phase, text.substring(at + cut.length())) : Optional.empty();
            if (beside.isPresent()) {
                return withRemark(text.substring(0, at).strip(), beside.get());
            }
        }
        return text;
    }

    /** The title with what a duration remark said beside the duration in parentheses after it; none: the title. */
    private static String withRemark(String title, String beside) {
        return beside.isEmpty() ? title : title.isEmpty() ? beside : title + " (" + beside + ")";
    }

    /**
     * Topics written as list items instead of headings, directly under a phase or layer heading: "1. **Networking** ⭐
     * (Start here!)" with its bullets nested under it. A list is one of topics when each of its items starts with bold
     * text or has a list nested in it; its items then read like topic headings (number, markers, remark) and their
     * nested bullets like the bullets under a topic heading. The last topic made, or empty when the list is none.
     */
    private Optional<TopicB> listTopics(ListBlock list, PhaseB phase, LayerB layer) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                items.add(listItem);
            }
        }
        boolean topicsList = !items.isEmpty() && items.stream().allMatch(item ->
                item.getFirstChild() instanceof Paragraph p && !text(p).isEmpty()
                        && (p.getFirstChild() instanceof StrongEmphasis || !nestedLists(item).isEmpty()));
        return topicsList ? topicsOf(list, phase, layer) : Optional.empty();
    }

    /**
     * Every item of a list as a topic (read like a topic heading, its nested bullets like the bullets under one); the
     * last topic made, or empty when the list has no item with text.
     */
    private Optional<TopicB> topicsOf(ListBlock list, PhaseB phase, LayerB layer) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p
                    && !text(p).isEmpty()) {
                items.add(listItem);
            }
        }
        Integer number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : null;
        TopicB last = null;
        for (ListItem item : items) {
            Paragraph head = (Paragraph) item.getFirstChild();
            List<Node> blocks = new ArrayList<>();
            for (Node child = head.getNext(); child != null; child = child.getNext()) {
                blocks.add(child);
            }
            last = doc.topicReader.topic(head, Inlines.firstLine(head), blocks, false, phase, layer, false, null, number);
            number = number == null ? null : number + 1;
        }
        return Optional.ofNullable(last);
    }

    /**
     * A heading that names the topics under it ("Topics", "Onderwerpen:", "Topics to learn", "Key topics"): its
     * lists' items are topics, a paragraph before them adds to the phase's goal, one after them belongs to the last
     * topic.
     */
    private void topicLabelSection(Section section, PhaseB phase, LayerB layer) {
        use(section.line(), "label of the topics of phase " + phase.number + " (heading)");
        topicBlocks(section.blocks, list -> topicsOf(list, phase, layer), block -> {
            if (block instanceof Paragraph paragraph && !text(paragraph).isEmpty()) {
                addToGoal(phase, List.of(Blocks.written(paragraph)));
                useAll(block, "goal of phase " + phase.number);
            }
        });
    }

    /**
     * The blocks under a heading whose lists may hold topics ({@code topics} reads one, empty when it holds none): a
     * paragraph or quote after topics belongs to the last of them, every other block goes to {@code other}.
     */
    private void topicBlocks(List<Node> blocks, Function<ListBlock, Optional<TopicB>> topics, Consumer<Node> other) {
        TopicB listed = null;
        for (Node block : blocks) {
            if (block instanceof ListBlock list) {
                listed = topics.apply(list).orElse(listed);
            } else if (listed != null && (block instanceof Paragraph || block instanceof BlockQuote)) {
                doc.topicReader.topicText(listed, block);
            } else {
                other.accept(block);
            }
        }
    }

    /** A paragraph that is only a topic label with a colon: "Key topics:", "Onderwerpen:". */
    private boolean topicLabel(Paragraph paragraph) {
        String text = text(paragraph);
        return text.endsWith(":") && isTopicLabel(text);
    }

    /**
     * Whether a text names topics: one of the profile's {@code topicLabels}, or one with words before or after it
     * ("Topics to learn", "Key topics"), without a trailing colon.
     */
    private boolean isTopicLabel(String text) {
        String lower = Inlines.stripEnd(text, ':').strip().toLowerCase(java.util.Locale.ROOT);
        return profile.topicLabels().stream().map(label -> label.toLowerCase(java.util.Locale.ROOT)).anyMatch(label ->
                lower.equals(label) || lower.startsWith(label + " ") || lower.endsWith(" " + label));
    }

    /** A list under a phase heading that holds no topics: what the phase is about, in its goal. */
    private void phaseListGoal(ListBlock list, PhaseB phase) {
        List<String> texts = new ArrayList<>();
        goalItems(list, phase, texts);
        addToGoal(phase, texts);
    }

    private void goalItems(ListBlock list, PhaseB phase, List<String> texts) {
        listTexts(list, 0, (item, line) -> {
            texts.add(item);
            use(line, "goal of phase " + phase.number);
        });
    }

    /** The texts, joined by "; ", as the phase's goal, or after the goal it has. */
    private static void addToGoal(PhaseB phase, List<String> texts) {
        if (!texts.isEmpty()) {
            String goal = String.join("; ", texts);
            phase.goal = phase.goal == null ? Txt.doc(goal) : Txt.doc(phase.goal.text() + " " + goal);
        }
    }

    /**
     * Reads the duration of a remark into the phase: "2-3 maanden", "6 weeks", "Ongoing", or one part of a remark
     * with more to say ("2 months, ~100 hours"; its parts are separated by commas, semicolons or parentheses). What
     * the remark says beside the duration ("~100 hours", empty when nothing), or empty when it gives no duration.
     */
    Optional<String> duration(PhaseB phase, String remark) {
        List<String> beside = new ArrayList<>();
        boolean read = false;
        for (String part : remark.split("[,;()]")) {
            if (part.isBlank()) {
                continue;
            }
            if (!read && durationPart(phase, part.strip())) {
                read = true;
            } else {
                beside.add(part.strip());
            }
        }
        return read ? Optional.of(String.join(", ", beside)) : Optional.empty();
    }

    /** Reads "2-3 maanden", "6 weeks", "Ongoing" into the phase; false when the text is no duration. */
    private boolean durationPart(PhaseB phase, String text) {
        if (MappingProfile.mentions(text, profile.ongoingWords())) {
            return true;
        }
        List<Integer> numbers = numbers(text);
        boolean weeks = MappingProfile.mentions(text, profile.weekWords());
        if (numbers.isEmpty() || numbers.size() > 2
                || !(weeks || MappingProfile.mentions(text, profile.monthWords()))
                // two numbers are a range ("2-3 months"), not "3 months of 10 hours a week"
                || numbers.size() == 2 && !RANGE.matcher(text).find()) {
            return false;
        }
        int min = numbers.get(0);
        int max = numbers.get(numbers.size() - 1);
        if (weeks) {
            min = (int) Math.ceil(min / 4.33);
            max = (int) Math.ceil(max / 4.33);
        }
        if (min < 1 || max < min) {
            return false;
        }
        phase.min = min;
        phase.max = max;
        return true;
    }

    void inPhase(Section section, PhaseB phase, LayerB layer, boolean elective, TopicB parent) {
        String text = section.text();
        Matcher layerMatch = profile.layerHeading().matcher(text);
        if (layer == null && parent == null && layerMatch.matches()) {
            layer(section, phase, layerMatch.group(2));
            return;
        }
        boolean plain = Inlines.firstStrong(section.heading).isEmpty();
        if (parent == null && plain && MappingProfile.isOneOf(Remark.split(text).title(), profile.goalLabels())
                && section.children.isEmpty()) {
            goalSection(section, phase);
            return;
        }
        // in a phase, a plain heading that starts with a section word ("### Tools", "### Projecten") is that section;
        // a numbered one ("#### 4. Tools & tooling") or one with the word further on ("Full-stack basics") is a topic
        boolean numbered = numberPrefix(text).matches();
        Optional<String> kind = plain && !numbered && parent == null ? profile.sectionStartingWith(text)
                : Optional.empty();
        if (kind.isPresent() && List.of("projects", "resources", "tips", "tools").contains(kind.get())) {
            doc.special(kind.get(), section);
            return;
        }
        // "### Topics to learn:" over a list, with no headings under it: the items are the phase's topics
        if (parent == null && plain && section.children.isEmpty() && isTopicLabel(text)
                && section.blocks.stream().anyMatch(ListBlock.class::isInstance)) {
            topicLabelSection(section, phase, layer);
            return;
        }
        // a plain heading over topics groups them; a bold one is a topic even with only subtopics under it
        if (parent == null && !section.hasOwnContent() && !section.children.isEmpty()
                && Inlines.firstStrong(section.heading).isEmpty()) {
            // a group of topics ("Programmeertalen", "Advanced Topics (Kies op basis van interesse)")
            phase.groups.add(Remark.split(text).title());
            boolean groupElective = elective || MappingProfile.mentions(text, profile.electiveWords());
            use(section.line(), "group heading of phase " + phase.number + " (in its goal)"
                    + (groupElective ? "; its topics are elective" : ""));
            for (Section child : section.children) {
                inPhase(child, phase, layer, groupElective, null);
            }
            return;
        }
        TopicB topic = doc.topicReader.topic(section, phase, layer, elective, parent);
        for (Section child : section.children) {
            inPhase(child, phase, layer, elective, topic);
        }
    }

    /** "### Doel" / "### Goals" in a phase: its paragraphs and bullets are the phase's goal. */
    private void goalSection(Section section, PhaseB phase) {
        use(section.line(), "goal of phase " + phase.number + " (heading)");
        List<String> texts = new ArrayList<>();
        for (Node block : section.blocks) {
            if (block instanceof Paragraph && !text(block).isEmpty()) {
                texts.add(Blocks.written(block));
                useAll(block, "goal of phase " + phase.number);
            } else if (block instanceof ListBlock list) {
                goalItems(list, phase, texts);
            }
        }
        addToGoal(phase, texts);
    }

    private void layer(Section section, PhaseB phase, String rest) {
        LayerB layer = new LayerB();
        Remark remark = Remark.split(rest);
        layer.phase = phase.number;
        layer.number = (int) layers.stream().filter(l -> l.phase == phase.number).count() + 1;
        layer.title = !remark.title().isEmpty() ? remark.title()
                : !rest.isBlank() ? rest.strip() : words("Laag ", "Layer ") + layer.number;
        layer.line = section.line();
        layer.startHere = MappingProfile.mentions(section.raw(), profile.startHereWords());
        layer.id = id("layer", layer.title, layer.line);
        layers.add(layer);
        use(section.line(), "layer '" + layer.id + "'");
        topicBlocks(section.blocks, list -> listTopics(list, phase, layer), block -> {
            if (block instanceof Paragraph && layer.summary == null && !text(block).isEmpty()) {
                layer.summary = Txt.doc(Blocks.written(block));
                useAll(block, "summary of layer '" + layer.id + "'");
            }
        });
        for (Section child : section.children) {
            inPhase(child, phase, layer, false, null);
        }
        if (layer.summary == null) {
            List<String> names = topics.stream().filter(t -> layer.id.equals(t.layer) && t.parent == null)
                    .map(t -> t.title).toList();
            layer.summary = Txt.inferred(names.isEmpty() ? layer.title : String.join(", ", names),
                    "layer-summary-from-topics");
            infer("layer '" + layer.id + "'", "summary", "layer-summary-from-topics", layer.line);
        }
    }
}
