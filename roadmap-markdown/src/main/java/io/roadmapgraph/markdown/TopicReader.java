package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Inlines.Labelled;
import io.roadmapgraph.markdown.Model.LayerB;
import io.roadmapgraph.markdown.Model.NoteB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.PointB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

import static io.roadmapgraph.markdown.Blocks.MAX_LIST_DEPTH;
import static io.roadmapgraph.markdown.Blocks.nestedItems;
import static io.roadmapgraph.markdown.Blocks.nestedLists;
import static io.roadmapgraph.markdown.Blocks.numberPrefix;
import static io.roadmapgraph.markdown.Blocks.text;

/**
 * Topics from headings and list items: their text, points, subtopics, tools and notes.
 */
final class TopicReader extends ImportPart {

    TopicReader(DocumentImport doc) {
        super(doc);
    }

    TopicB topic(Section section, PhaseB phase, LayerB layer, boolean elective, TopicB parent) {
        TopicB topic = topic(section.heading, section.line(), section.blocks, !section.children.isEmpty(), phase,
                layer, elective, parent, null);
        doc.topicOf.put(section.heading, topic);
        return topic;
    }

    /**
     * A topic from its head (a heading, or the first paragraph of a list item in a phase) and the blocks under it.
     * {@code number} is the list item's number, null for a heading (its number is in its text).
     */
    TopicB topic(Node head, int line, List<Node> blocks, boolean subHeadings, PhaseB phase, LayerB layer,
                         boolean elective, TopicB parent, Integer listNumber) {
        TopicB topic = new TopicB();
        topic.line = line;
        topic.phase = phase.number;
        topic.layer = layer == null ? null : layer.id;
        topic.parent = parent;
        topic.number = listNumber;
        String raw = Inlines.plain(head);
        String headText = Inlines.clean(raw);
        Optional<StrongEmphasis> strong = Inlines.firstStrong(head);
        String remarkText;
        if (strong.isPresent()) {
            topic.title = Inlines.clean(Inlines.plain(strong.get()));
            String before = Inlines.clean(Inlines.plainBefore(strong.get()));
            Matcher number = numberPrefix(before);
            if (number.matches() && number.group(2).isEmpty()) {
                topic.number = Integer.parseInt(number.group(1));
            }
            // "**1. Bash**": the number inside the bold
            Matcher inside = numberPrefix(topic.title);
            if (before.isEmpty() && inside.matches() && !inside.group(2).isBlank()) {
                topic.number = Integer.parseInt(inside.group(1));
                topic.title = inside.group(2).strip();
            }
            remarkText = strong.get().getNext() == null ? "" : Inlines.clean(Inlines.plainFrom(strong.get().getNext()));
            // "**CSS** — layout is the hard part": the dash (or colon) only separates the remark from the title
            remarkText = Remark.unwrap(Remark.afterDash(remarkText));
        } else {
            String text = headText;
            Matcher number = numberPrefix(text);
            if (number.matches() && !number.group(2).isEmpty()) {
                topic.number = Integer.parseInt(number.group(1));
                text = number.group(2);
            }
            Remark remark = Remark.split(text);
            topic.title = remark.title();
            remarkText = remark.remark();
        }
        // "### Web application security:" — a trailing colon introduces the bullets, it is no part of the title
        topic.title = Inlines.stripEnd(topic.title, ':').strip();
        if (topic.title.isEmpty()) {
            topic.title = headText.isEmpty() ? words("Onderwerp", "Topic") : Inlines.stripEnd(headText, ':').strip();
        }
        if (MappingProfile.mentions(raw, profile.keyWords())) {
            topic.importance = "key";
        } else if (elective || MappingProfile.mentions(remarkText, profile.electiveWords())) {
            topic.importance = "elective";
        }
        topic.startHere = MappingProfile.mentions(raw, profile.startHereWords());
        List<Integer> percents = percent(remarkText);
        if (percents.size() == 1 && percents.get(0) >= 1 && percents.get(0) <= 100) {
            topic.weight = percents.get(0);
        }
        // "RAG (Retrieval-Augmented Generation)" gives the id rag: the words in parentheses explain the name
        String idTitle = Remark.split(topic.title).title();
        topic.id = id("topic", idTitle.isEmpty() ? topic.title : idTitle, topic.line);
        topics.add(topic);
        String what = (parent == null ? "topic '" : "subtopic '") + topic.id + "'";
        if (head instanceof Heading) {
            use(line, what);
        } else {
            useAll(head, what + " (a list item)");
        }
        // a document that writes subtopics as headings (as the export does) keeps its bullets as points
        boolean bulletSubtopics = profile.subtopicsFromBullets() && !subHeadings;
        for (Node block : blocks) {
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem listItem) {
                        topicItem(topic, listItem, bulletSubtopics);
                    }
                }
            } else if (block instanceof Paragraph || block instanceof BlockQuote) {
                topicText(topic, block);
            } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
                // an example in code is a note of the topic, kept as written
                String code = block instanceof FencedCodeBlock fenced ? fenced.getLiteral()
                        : ((IndentedCodeBlock) block).getLiteral();
                if (!code.isBlank()) {
                    topic.notes.add(new NoteB(false, null, code.strip(), Inlines.firstLine(block)));
                    useAll(block, "note of topic '" + topic.id + "' (code)");
                }
            }
        }
        if (topic.summary == null) {
            if (saysMoreThanMarkers(remarkText)) {
                topic.summary = Txt.doc(remarkText);
            } else {
                List<String> firsts = topic.points.stream().limit(3).map(p -> p.text).toList();
                topic.summary = Txt.inferred(firsts.isEmpty() ? topic.title : topic.title + ": "
                        + String.join("; ", firsts), "summary-from-points");
                infer("topic '" + topic.id + "'", "summary", "summary-from-points", topic.line);
            }
        }
        return topic;
    }

    /**
     * A paragraph or quote under a topic: "**Wanneer:** ..." or "When: ..." its when-to-use, a tip or note label a
     * note, the first other paragraph its summary, the rest notes.
     */
    void topicText(TopicB topic, Node block) {
        String text = Blocks.written(block);
        if (text.isEmpty()) {
            return;
        }
        if (block instanceof BlockQuote quote) {
            topic.notes.add(new NoteB(false, null, text, Inlines.firstLine(quote)));
            useAll(block, "note of topic '" + topic.id + "'");
            return;
        }
        Paragraph paragraph = (Paragraph) block;
        if (toolLine(topic, paragraph)) {
            return;
        }
        Optional<Labelled> onlyLabel = Inlines.label(paragraph);
        if (onlyLabel.isPresent() && onlyLabel.get().colon() && onlyLabel.get().rest().isEmpty()
                && block.getNext() instanceof ListBlock) {
            // "**Key concepts:**" over a list: it names the bullets under it, it is no summary
            useAll(block, "label of the bullets of topic '" + topic.id + "'");
            return;
        }
        Optional<String> when = whenToUse(paragraph);
        Optional<NoteB> note = note(paragraph);
        if (when.isPresent() && topic.whenToUse == null) {
            topic.whenToUse = Txt.doc(when.get());
            useAll(block, "when-to-use of topic '" + topic.id + "'");
        } else if (note.isPresent()) {
            topic.notes.add(note.get());
            useAll(block, "note of topic '" + topic.id + "'");
        } else if (topic.summary == null) {
            topic.summary = Txt.doc(text);
            useAll(block, "summary of topic '" + topic.id + "'");
        } else {
            topic.notes.add(new NoteB(false, null, text, Inlines.firstLine(paragraph)));
            useAll(block, "note of topic '" + topic.id + "'");
        }
    }

    /**
     * "Tools: `pandas`, `numpy`" or "**Libraries:** pandas, NumPy" (a tool label, bold or plain, then names): the
     * topic's tools, its backticked names or else its comma-separated names of at most four words. False when the
     * paragraph is no such line.
     */
    private boolean toolLine(TopicB topic, Paragraph paragraph) {
        Optional<Labelled> label = Inlines.label(paragraph).or(() -> Inlines.plainLabel(paragraph))
                .filter(l -> l.colon() && !l.rest().isEmpty()
                        && MappingProfile.isOneOf(l.label(), profile.toolLabels()));
        if (label.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(Inlines.codeSpans(paragraph));
        if (names.isEmpty()) {
            for (String part : Inlines.stripEnd(label.get().rest(), '.').split(",| en | and ")) {
                String name = part.strip();
                if (name.isEmpty() || name.split("\\s+").length > 4) {
                    return false;
                }
                names.add(name);
            }
        }
        int line = Inlines.firstLine(paragraph);
        names.forEach(name -> doc.toolReader.mention(name, null, topic, topic.title, line));
        useAll(paragraph, "tools of topic '" + topic.id + "'");
        return true;
    }

    /** The text after a when-to-use label, bold ("**Wanneer:** ...") or plain ("When: ..."). */
    private Optional<String> whenToUse(Paragraph paragraph) {
        return Inlines.label(paragraph).or(() -> Inlines.plainLabel(paragraph))
                .filter(l -> l.colon() && !l.rest().isEmpty()
                        && MappingProfile.isOneOf(l.label(), profile.whenToUseLabels()))
                .map(Labelled::rest);
    }

    /**
     * "Hoogste prioriteit - 80% van AI werk" says more than its markers; "Start here!", "Highest priority", "Optional"
     * and "60%" do not.
     */
    private boolean saysMoreThanMarkers(String remark) {
        String rest = remark.toLowerCase(Locale.ROOT);
        for (List<String> words : List.of(profile.startHereWords(), profile.keyWords(), profile.electiveWords())) {
            for (String word : words) {
                rest = rest.replace(word.toLowerCase(Locale.ROOT), " ");
            }
        }
        int words = 0;
        for (String token : TopicNames.normal(rest).split(" ")) {
            if (!token.isEmpty() && !token.chars().allMatch(Character::isDigit)) {
                words++;
            }
        }
        return words >= 2 || words == 1 && !remark.contains("%");
    }

    private static List<Integer> percent(String text) {
        List<Integer> found = new ArrayList<>();
        int index = text.indexOf('%');
        while (index > 0) {
            int start = index;
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (start < index && index - start <= 3) {
                found.add(Integer.parseInt(text.substring(start, index)));
            }
            index = text.indexOf('%', index + 1);
        }
        return found;
    }

    private void topicItem(TopicB topic, ListItem item, boolean bulletSubtopics) {
        Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
        if (first == null) {
            return;
        }
        Optional<Labelled> label = Inlines.label(first);
        String text = Inlines.clean(Inlines.plain(first));
        if (text.isEmpty()) {
            return;
        }
        Optional<String> when = whenToUse(first);
        if (when.isPresent()) {
            topic.whenToUse = Txt.doc(when.get());
            useAll(first, "when-to-use of topic '" + topic.id + "'");
            return;
        }
        List<String> codes = Inlines.codeSpans(first);
        if (label.isPresent() && MappingProfile.isOneOf(label.get().label(), profile.toolLabels())
                && !codes.isEmpty() && nestedLists(item).isEmpty()) {
            codes.forEach(code -> doc.toolReader.mention(code, null, topic, topic.title, Inlines.firstLine(first)));
            useAll(first, "tools of topic '" + topic.id + "'");
            return;
        }
        boolean toolList = label.isPresent() && MappingProfile.mentions(label.get().label(), profile.toolLabels());
        if (bulletSubtopics && !toolList && !nestedLists(item).isEmpty()) {
            if (label.isPresent() && label.get().rest().isEmpty()
                    && MappingProfile.isOneOf(label.get().label(), profile.subtopicGroupLabels())) {
                useAll(first, "group label of the subtopics of topic '" + topic.id + "'");
                nestedItems(item).forEach(child -> bulletSubtopic(child, topic, 1));
            } else {
                bulletSubtopic(item, topic, 1);
            }
            return;
        }
        PointB point = point(item, topic, 0, false);
        topic.points.add(point);
    }

    /**
     * A bullet that the profile makes a subtopic ({@code subtopicsFromBullets}): "PEFT (Parameter-Efficient
     * Fine-Tuning):" with its methods under it, or an item under a group label. Its title is the bullet's text
     * without a trailing colon or "- remark"; the bullets under it are its own subtopics.
     */
    private void bulletSubtopic(ListItem item, TopicB parent, int depth) {
        Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
        String text = first == null ? "" : Inlines.stripEnd(Inlines.clean(Inlines.plain(first)), ':').strip();
        Optional<Labelled> label = first == null ? Optional.empty() : Inlines.label(first);
        if (text.isEmpty() || depth > MAX_LIST_DEPTH
                || label.isPresent() && (MappingProfile.mentions(label.get().label(), profile.toolLabels())
                || MappingProfile.isOneOf(label.get().label(), profile.whenToUseLabels()))) {
            topicItem(parent, item, false);
            return;
        }
        TopicB sub = new TopicB();
        sub.line = Inlines.firstLine(first);
        sub.phase = parent.phase;
        sub.layer = parent.layer;
        sub.parent = parent;
        sub.importance = MappingProfile.mentions(text, profile.keyWords()) ? "key" : parent.importance.equals(
                "elective") ? "elective" : "core";
        sub.startHere = MappingProfile.mentions(text, profile.startHereWords());
        int dash = text.indexOf(" - ");
        String remark = dash > 0 ? text.substring(dash + 3).strip() : "";
        sub.title = dash > 0 ? text.substring(0, dash).strip() : text;
        Remark names = Remark.split(sub.title);
        sub.id = id("topic", names.title().isEmpty() ? sub.title : names.title(), sub.line);
        topics.add(sub);
        useAll(first, "subtopic '" + sub.id + "' (a bullet)");
        toolMentions(first, sub, text, sub.line, false);
        if (!remark.isEmpty() && saysMoreThanMarkers(remark)) {
            sub.summary = Txt.doc(remark);
        } else {
            sub.summary = Txt.inferred(sub.title, "summary-from-title");
            infer("topic '" + sub.id + "'", "summary", "summary-from-title", sub.line);
        }
        nestedItems(item).forEach(child -> bulletSubtopic(child, sub, depth + 1));
    }

    private PointB point(ListItem item, TopicB topic, int depth, boolean toolList) {
        Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
        String raw = first == null ? "" : Inlines.clean(Inlines.plain(first));
        String text = Inlines.withoutTaskBox(raw);
        int line = first == null ? Inlines.firstLine(item) : Inlines.firstLine(first);
        // a point keeps the addresses of its links ("Read the guide (https://...)"); names in it are read without
        String written = first == null ? "" : Inlines.withoutTaskBox(Inlines.clean(Inlines.plainWithAddresses(first)));
        PointB point = new PointB(written.isEmpty() ? "-" : written, line);
        if (first != null) {
            useAll(first, (Inlines.isTask(raw) ? "task, " : "") + "point of topic '" + topic.id + "'");
            toolMentions(first, topic, text, line, toolList);
        }
        if (depth >= MAX_LIST_DEPTH) {
            return point;
        }
        Optional<Labelled> label = first == null ? Optional.empty() : Inlines.label(first);
        boolean listsTools = label.isPresent() && MappingProfile.mentions(label.get().label(), profile.toolLabels());
        nestedItems(item).forEach(child -> point.points.add(point(child, topic, depth + 1, listsTools)));
        return point;
    }

    /** The tools a bullet names: its backticked names, the item of a tool list, or "Frameworks (A, B)". */
    private void toolMentions(Paragraph first, TopicB topic, String text, int line, boolean toolList) {
        List<String> codes = Inlines.codeSpans(first);
        if (!codes.isEmpty()) {
            String rest = codes.size() == 1 && text.startsWith(codes.get(0)) ? Remark.afterDash(
                    text.substring(codes.get(0).length())) : "";
            codes.forEach(code -> doc.toolReader.mention(code, codes.size() == 1 ? rest : "", topic, topic.title + " " + text,
                    line));
        } else if (toolList) {
            ProductName name = ProductName.of(text);
            doc.toolReader.mention(name.name(), name.description(), topic, topic.title, line);
        } else {
            // "Frontend frameworks (Streamlit, Gradio voor prototypes)": the names in parentheses are tools
            Remark remark = Remark.split(text);
            if (remark.remark().contains(",") && MappingProfile.mentions(remark.title(), profile.toolLabels())) {
                for (String part : remark.remark().split(",")) {
                    ProductName name = ProductName.of(part.strip());
                    if (!name.name().isEmpty() && !name.name().equalsIgnoreCase("etc.")
                            && !name.name().equalsIgnoreCase("etc")) {
                        doc.toolReader.mention(name.name(), "", topic, remark.title() + " " + topic.title, line);
                    }
                }
            }
        }
    }

    /** A tip or note paragraph: "**🔥 Tip:** ...", "**💡 Waarom beide?** ...". */
    Optional<NoteB> note(Paragraph paragraph) {
        Optional<Labelled> label = Inlines.label(paragraph);
        if (label.isEmpty() || label.get().rest().isEmpty()) {
            return Optional.empty();
        }
        String name = label.get().label();
        int line = Inlines.firstLine(paragraph);
        if (MappingProfile.mentions(name, profile.tipLabels())) {
            return Optional.of(new NoteB(true, MappingProfile.isOneOf(name, profile.tipLabels()) ? null : name,
                    label.get().rest(), line));
        }
        if (MappingProfile.mentions(name, profile.noteLabels()) || name.endsWith("?")) {
            return Optional.of(new NoteB(false, MappingProfile.isOneOf(name, profile.noteLabels()) ? null : name,
                    label.get().rest(), line));
        }
        return Optional.empty();
    }
}
