package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.Inlines.Labelled;
import io.roadmapgraph.markdown.Model.CriterionB;
import io.roadmapgraph.markdown.Model.LayerB;
import io.roadmapgraph.markdown.Model.NoteB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.PointB;
import io.roadmapgraph.markdown.Model.PrincipleB;
import io.roadmapgraph.markdown.Model.ProjectB;
import io.roadmapgraph.markdown.Model.ReqB;
import io.roadmapgraph.markdown.Model.ResourceB;
import io.roadmapgraph.markdown.Model.StageB;
import io.roadmapgraph.markdown.Model.StepB;
import io.roadmapgraph.markdown.Model.ToolB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.model.ToolCategory;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One import: walks the sections of a parsed document, collects the parts of a roadmap with the lines they come from,
 * and proposes what the document does not state. Used once, by {@link MarkdownImporter}.
 */
final class DocumentImport {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d{1,3})[.)]\\s*(.*)$");
    /** "1.2 NumPy", "2.3.1. Tokens": a section number; its last part numbers the topic within its phase */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("^(?:\\d{1,3}\\.)+(\\d{1,3})\\.?\\s+(?=\\S)");
    private static final int MAX_LIST_DEPTH = 20;

    /** {@link #NUMBER_PREFIX} on the text, a dotted section number read as its last part ("1.2 NumPy" as "2. NumPy"). */
    private static Matcher numberPrefix(String text) {
        return NUMBER_PREFIX.matcher(DOTTED_NUMBER.matcher(text).replaceFirst("$1. "));
    }

    /** A heading with the blocks under it and the headings nested in it. */
    static final class Section {
        final Heading heading;
        final int level;
        final List<Node> blocks = new ArrayList<>();
        final List<Section> children = new ArrayList<>();

        Section(Heading heading, int level) {
            this.heading = heading;
            this.level = level;
        }

        String text() {
            return heading == null ? "" : Inlines.clean(Inlines.plain(heading));
        }

        String raw() {
            return heading == null ? "" : Inlines.plain(heading);
        }

        int line() {
            return heading == null ? 0 : Inlines.firstLine(heading);
        }

        boolean hasOwnContent() {
            return blocks.stream().anyMatch(b -> b instanceof ListBlock || b instanceof Paragraph
                    || b instanceof BlockQuote);
        }
    }

    final MappingProfile profile;
    final String language;
    final boolean dutch;
    final Map<Integer, String> uses = new TreeMap<>();
    final List<ImportReport.IdChoice> idChoices = new ArrayList<>();
    final List<ImportReport.Inferred> inferred = new ArrayList<>();
    private final Map<String, java.util.Set<String>> usedIds = new HashMap<>();

    String title;
    int titleLine;
    Txt summary;
    int summaryLine;
    String motto;
    String leadIn;
    final List<PhaseB> phases = new ArrayList<>();
    final List<LayerB> layers = new ArrayList<>();
    final List<TopicB> topics = new ArrayList<>();
    final Map<String, ToolB> tools = new LinkedHashMap<>();
    final List<ProjectB> projects = new ArrayList<>();
    final List<StageB> route = new ArrayList<>();
    final List<PrincipleB> principles = new ArrayList<>();
    final List<CriterionB> criteria = new ArrayList<>();
    final List<ResourceB> resources = new ArrayList<>();
    final List<String> tips = new ArrayList<>();
    final List<Integer> tipLines = new ArrayList<>();
    /** Project and route texts whose topics are named once all topics are known. */
    private final List<Runnable> afterTopics = new ArrayList<>();
    /** The topic or phase a heading made, for the tables under it. */
    private final Map<Node, TopicB> topicOf = new HashMap<>();
    private final Map<Node, PhaseB> phaseOf = new HashMap<>();
    /** Level names of the project section being read that a scale of three maps ({@link #levelScale}). */
    private final Map<String, String> levelByName = new HashMap<>();
    /** What a route table row becomes when its stage does not fit the route. */
    private final Map<StageB, Runnable> stageFallback = new HashMap<>();

    DocumentImport(MappingProfile profile, String language) {
        this.profile = profile;
        this.language = language;
        this.dutch = language.equals("nl");
    }

    // ------------------------------------------------------------------ bookkeeping

    /** A block's text without Markdown, emoji and extra spaces; empty when nothing is left. */
    private static String text(Node block) {
        return Inlines.clean(Inlines.plain(block));
    }

    void use(int line, String what) {
        if (line > 0) {
            uses.putIfAbsent(line, what);
        }
    }

    void useAll(Node node, String what) {
        Inlines.lines(node).forEach(line -> use(line, what));
    }

    String id(String kind, String title, int line) {
        String base = Kebab.of(title);
        if (base.isEmpty()) {
            base = kind;
        }
        java.util.Set<String> used = usedIds.computeIfAbsent(kind, k -> new java.util.HashSet<>());
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        idChoices.add(new ImportReport.IdChoice(kind, id, title, line));
        return id;
    }

    void infer(String item, String field, String rule, int line) {
        inferred.add(new ImportReport.Inferred(item, field, rule, line));
    }

    String words(String nl, String en) {
        return dutch ? nl : en;
    }

    // ------------------------------------------------------------------ the walk

    /** A parsed document (commonmark-java, with the source line of every block). */
    record Parsed(Node document) {
    }

    static Parsed parse(String text) {
        return new Parsed(Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(text));
    }

    /** The document as nested sections: each heading holds the blocks up to the next heading of its level or above. */
    private static Section sections(Node document) {
        Section root = new Section(null, 0);
        Deque<Section> open = new ArrayDeque<>();
        open.push(root);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                while (open.peek().level >= heading.getLevel()) {
                    open.pop();
                }
                Section section = new Section(heading, heading.getLevel());
                open.peek().children.add(section);
                open.push(section);
            } else {
                open.peek().blocks.add(node);
            }
        }
        return root;
    }

    ImportReport report(String name, String text, Parsed parsed) {
        Node document = parsed.document();
        Set<Integer> rules = new HashSet<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ThematicBreak) {
                rules.addAll(Inlines.lines(node));
            }
        }
        List<ImportReport.LineUse> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            number++;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && !rules.contains(number)) {
                lines.add(new ImportReport.LineUse(number, line, uses.getOrDefault(number, "")));
            }
            start = end + 1;
        }
        return new ImportReport(name, lines, idChoices, inferred);
    }


    void run(Parsed parsed, String fileBaseName) {
        Section root = sections(parsed.document());
        walk(root, fileBaseName);
        tables(root, null, null);
        orderRoute();
        afterTopics.forEach(Runnable::run);
    }

    private void walk(Section section, String fileBaseName) {
        for (Section child : section.children) {
            String text = child.text();
            Matcher phase = profile.phaseHeading().matcher(text);
            if (phase.matches()) {
                phase(child, phase.group(2));
                continue;
            }
            Matcher routeStage = profile.routeHeading().matcher(text);
            if (routeStage.matches() && title != null) {
                // "## Maand 1-3: Basis" with no route section over it
                stage(child, routeStage);
                continue;
            }
            // a heading over route stages ("## Planning", "### Maand 1-2: ...") is a route section by what it holds
            Optional<String> kind = holdsRoute(child) ? Optional.of("route") : profile.sectionOf(text);
            if (kind.isPresent() && !(child.level == 1 && title == null && !text.equalsIgnoreCase(fileBaseName))
                    && !holdsPhase(child)) {
                special(kind.get(), child);
                continue;
            }
            if (child.level > 1 && holdsPhase(child)) {
                use(child.line(), "heading over the phases");
            }
            if (child.level == 1 && text.equalsIgnoreCase(fileBaseName)) {
                use(child.line(), "the document's name (source.document)");
            } else if (title == null && child.level <= 2 && !text.isEmpty()) {
                title = text;
                titleLine = child.line();
                use(child.line(), "roadmap title");
                intro(child);
            }
            walk(child, fileBaseName);
        }
    }

    /** Whether a heading's own subheadings are route stages ("Maand 1-2: Basis", "Week 3-4"). */
    private boolean holdsRoute(Section section) {
        return !section.children.isEmpty() && section.children.stream()
                .allMatch(child -> profile.routeHeading().matcher(child.text()).matches());
    }

    private boolean holdsPhase(Section section) {
        for (Section child : section.children) {
            if (profile.phaseHeading().matcher(child.text()).matches() || holdsPhase(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Paragraphs and quotes under the title, before the first section: the summary where there is no overview (a
     * second one adds to it).
     */
    private void intro(Section section) {
        for (Node block : section.blocks) {
            if ((block instanceof Paragraph || block instanceof BlockQuote) && !text(block).isEmpty()) {
                String text = block instanceof BlockQuote ? unquote(text(block)) : text(block);
                if (summary == null) {
                    summary = Txt.doc(text);
                    summaryLine = Inlines.firstLine(block);
                } else {
                    summary = Txt.doc(summary.text() + " " + text);
                }
                useAll(block, "roadmap summary");
            }
        }
    }

    private void special(String kind, Section section) {
        use(section.line(), "section heading: " + kind);
        switch (kind) {
            case "overview" -> overview(section);
            case "tools" -> toolSection(section, section.text());
            case "route" -> routeSection(section);
            case "principles" -> principleSection(section);
            case "projects" -> {
                levelScale(section);
                projectSection(section, null);
            }
            case "successCriteria" -> criteriaSection(section);
            case "resources" -> resourceSection(section, section.text());
            case "tips" -> tipSection(section);
            default -> throw new IllegalStateException(kind);
        }
    }

    /**
     * An overview, introduction or prerequisites section: its paragraphs and bullets are the roadmap's summary (a
     * second such section adds to it, headed by its title).
     */
    private void overview(Section section) {
        List<String> texts = new ArrayList<>();
        int first = 0;
        for (Node block : section.blocks) {
            if (block instanceof Paragraph && !text(block).isEmpty()) {
                texts.add(text(block));
                first = first == 0 ? Inlines.firstLine(block) : first;
                useAll(block, "roadmap summary");
            } else if (block instanceof ListBlock list) {
                List<String> items = new ArrayList<>();
                listTexts(list, 0, (item, line) -> {
                    items.add(item);
                    use(line, "roadmap summary");
                });
                if (!items.isEmpty()) {
                    texts.add(String.join("; ", items) + ".");
                    first = first == 0 ? Inlines.firstLine(list) : first;
                }
            }
        }
        if (!texts.isEmpty()) {
            String text = String.join(" ", texts);
            if (summary == null || summary.rule() != null) {
                summary = Txt.doc(text);
                summaryLine = first;
            } else {
                summary = Txt.doc(summary.text() + " " + Inlines.stripEnd(section.text(), ':') + ": " + text);
            }
        }
        section.children.forEach(child -> {
            use(child.line(), "roadmap summary (heading)");
            overview(child);
        });
    }

    // ------------------------------------------------------------------ phases, layers, topics

    private void phase(Section section, String rest) {
        PhaseB phase = new PhaseB();
        phase.number = phases.size() + 1;
        phase.line = section.line();
        String title = phaseTitle(phase, rest);
        phase.title = title.isEmpty() ? words("Fase ", "Phase ") + phase.number : title;
        phases.add(phase);
        phaseOf.put(section.heading, phase);
        use(section.line(), "phase " + phase.number);
        idChoices.add(new ImportReport.IdChoice("phase", String.valueOf(phase.number), phase.title, phase.line));
        TopicB listed = null;
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                listed = listTopics(list, phase, null).orElse(listed);
                if (listed == null) {
                    phaseListGoal(list, phase);
                }
            } else if (listed != null && (block instanceof Paragraph || block instanceof BlockQuote)) {
                // a paragraph after topics written as list items belongs to the last of them
                topicText(listed, block);
            } else if (block instanceof BlockQuote quote && !text(quote).isEmpty()) {
                phase.notes.add(new NoteB(false, null, unquote(text(quote)), Inlines.firstLine(quote)));
                useAll(quote, "note of phase " + phase.number);
            } else if (block instanceof Paragraph paragraph && !text(paragraph).isEmpty()) {
                Optional<NoteB> note = note(paragraph);
                Optional<Labelled> label = Inlines.label(paragraph);
                if (phase.min == null && label.isPresent()
                        && MappingProfile.isOneOf(label.get().label(), profile.durationLabels())
                        && duration(phase, label.get().rest())) {
                    // "**Duur:** 2-3 maanden" under the phase heading
                    useAll(block, "duration of phase " + phase.number);
                } else if (note.isPresent()) {
                    phase.notes.add(note.get());
                    useAll(block, "note of phase " + phase.number);
                } else if (phase.goal == null) {
                    phase.goal = Txt.doc(Inlines.clean(Inlines.plain(paragraph)));
                    useAll(block, "goal of phase " + phase.number);
                } else {
                    phase.notes.add(new NoteB(false, null, Inlines.clean(Inlines.plain(paragraph)),
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
     * in the title.
     */
    private String phaseTitle(PhaseB phase, String rest) {
        String text = rest.strip();
        Remark remark = Remark.split(text);
        if (!remark.remark().isEmpty()) {
            return duration(phase, remark.remark()) ? remark.title() : text;
        }
        if (text.startsWith("(")) {
            int close = text.indexOf(')');
            if (close > 0 && duration(phase, text.substring(1, close))) {
                return Remark.afterDash(text.substring(close + 1));
            }
        }
        for (String cut : List.of(" — ", " – ", " - ", ", ")) {
            int at = text.lastIndexOf(cut);
            if (at > 0 && duration(phase, text.substring(at + cut.length()))) {
                return text.substring(0, at).strip();
            }
        }
        return text;
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
        if (!topicsList) {
            return Optional.empty();
        }
        Integer number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : null;
        TopicB last = null;
        for (ListItem item : items) {
            Paragraph head = (Paragraph) item.getFirstChild();
            List<Node> blocks = new ArrayList<>();
            for (Node child = head.getNext(); child != null; child = child.getNext()) {
                blocks.add(child);
            }
            last = topic(head, Inlines.firstLine(head), blocks, false, phase, layer, false, null, number);
            number = number == null ? null : number + 1;
        }
        return Optional.ofNullable(last);
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

    /** Reads "2-3 maanden", "6 weeks", "Ongoing" into the phase; false when the remark is no duration. */
    private boolean duration(PhaseB phase, String remark) {
        if (MappingProfile.mentions(remark, profile.ongoingWords())) {
            return true;
        }
        List<Integer> numbers = numbers(remark);
        boolean weeks = MappingProfile.mentions(remark, profile.weekWords());
        if (numbers.isEmpty() || numbers.size() > 2
                || !(weeks || MappingProfile.mentions(remark, profile.monthWords()))) {
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

    static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        int value = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9' && (value < 0 || value < 100_000)) {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
            } else if (value >= 0) {
                numbers.add(value);
                value = -1;
            }
        }
        return numbers;
    }

    private void inPhase(Section section, PhaseB phase, LayerB layer, boolean elective, TopicB parent) {
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
            special(kind.get(), section);
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
        TopicB topic = topic(section, phase, layer, elective, parent);
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
                texts.add(text(block));
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
        TopicB listed = null;
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                listed = listTopics(list, phase, layer).orElse(listed);
            } else if (listed != null && (block instanceof Paragraph || block instanceof BlockQuote)) {
                topicText(listed, block);
            } else if (block instanceof Paragraph && layer.summary == null && !text(block).isEmpty()) {
                layer.summary = Txt.doc(Inlines.clean(Inlines.plain(block)));
                useAll(block, "summary of layer '" + layer.id + "'");
            }
        }
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

    private TopicB topic(Section section, PhaseB phase, LayerB layer, boolean elective, TopicB parent) {
        TopicB topic = topic(section.heading, section.line(), section.blocks, !section.children.isEmpty(), phase,
                layer, elective, parent, null);
        topicOf.put(section.heading, topic);
        return topic;
    }

    /**
     * A topic from its head (a heading, or the first paragraph of a list item in a phase) and the blocks under it.
     * {@code number} is the list item's number, null for a heading (its number is in its text).
     */
    private TopicB topic(Node head, int line, List<Node> blocks, boolean subHeadings, PhaseB phase, LayerB layer,
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
            remarkText = Remark.unwrap(remarkText);
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
    private void topicText(TopicB topic, Node block) {
        String text = text(block);
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
        names.forEach(name -> mention(name, null, topic, topic.title, line));
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
            codes.forEach(code -> mention(code, null, topic, topic.title, Inlines.firstLine(first)));
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

    private static List<ListItem> nestedItems(ListItem item) {
        List<ListItem> items = new ArrayList<>();
        for (ListBlock nested : nestedLists(item)) {
            for (Node child = nested.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListItem childItem) {
                    items.add(childItem);
                }
            }
        }
        return items;
    }

    private PointB point(ListItem item, TopicB topic, int depth, boolean toolList) {
        Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
        String raw = first == null ? "" : Inlines.clean(Inlines.plain(first));
        String text = Inlines.withoutTaskBox(raw);
        int line = first == null ? Inlines.firstLine(item) : Inlines.firstLine(first);
        PointB point = new PointB(text.isEmpty() ? "-" : text, line);
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
            codes.forEach(code -> mention(code, codes.size() == 1 ? rest : "", topic, topic.title + " " + text,
                    line));
        } else if (toolList) {
            Name name = Name.of(text);
            mention(name.name(), name.description(), topic, topic.title, line);
        } else {
            // "Frontend frameworks (Streamlit, Gradio voor prototypes)": the names in parentheses are tools
            Remark remark = Remark.split(text);
            if (remark.remark().contains(",") && MappingProfile.mentions(remark.title(), profile.toolLabels())) {
                for (String part : remark.remark().split(",")) {
                    Name name = Name.of(part.strip());
                    if (!name.name().isEmpty() && !name.name().equalsIgnoreCase("etc.")
                            && !name.name().equalsIgnoreCase("etc")) {
                        mention(name.name(), "", topic, remark.title() + " " + topic.title, line);
                    }
                }
            }
        }
    }

    private static List<ListBlock> nestedLists(ListItem item) {
        List<ListBlock> lists = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                lists.add(list);
            }
        }
        return lists;
    }

    /** A tip or note paragraph: "**🔥 Tip:** ...", "**💡 Waarom beide?** ...". */
    private Optional<NoteB> note(Paragraph paragraph) {
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

    // ------------------------------------------------------------------ tools

    /** A tool named in the document: defined in a tools section, or mentioned in a topic or project. */
    private void mention(String name, String description, TopicB topic, String context, int line) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            return;
        }
        ToolB tool = tools.computeIfAbsent(toolKey(clean), k -> {
            ToolB t = new ToolB();
            t.name = clean;
            t.line = line;
            t.category = category(context);
            return t;
        });
        if (tool.description == null && description != null && !description.isEmpty()) {
            tool.description = Txt.doc(description);
        }
        if (topic != null) {
            topic.toolNames.add(toolKey(tool.name));
        }
    }

    /** Names of one tool: "OpenAI's Node library" and "OpenAI Node library", "numpy" and "NumPy". */
    static String toolKey(String name) {
        return TopicNames.normal(name.replace("'s ", " ").replace("’s ", " "));
    }

    private String category(String context) {
        ToolCategory category = profile.firstMatch(profile.toolCategories(), context)
                .orElse(profile.defaultToolCategory());
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void toolSection(Section section, String sectionContext) {
        String context = sectionContext;
        String heading = section.text();
        for (Node block : section.blocks) {
            if (block instanceof Paragraph paragraph) {
                // "**Vector Databases:**" over a list, instead of a heading
                String label = Inlines.stripEnd(text(paragraph), ':').strip();
                if (!label.isEmpty() && label.length() <= 60 && Inlines.label(paragraph).isPresent()
                        && Inlines.label(paragraph).get().rest().isEmpty()) {
                    context = label;
                    heading = label;
                    useAll(paragraph, "tool category heading: " + category(label));
                }
            } else if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p) {
                        toolItem(p, context, heading);
                    }
                }
            }
        }
        for (Section child : section.children) {
            use(child.line(), "tool category heading: " + category(child.text()));
            toolSection(child, child.text());
        }
    }

    private void toolItem(Paragraph paragraph, String context, String heading) {
        int line = Inlines.firstLine(paragraph);
        Optional<Link> link = Inlines.firstLink(paragraph);
        List<Name> names = new ArrayList<>();
        String text = Inlines.clean(Inlines.plain(paragraph));
        if (link.isPresent()) {
            String name = Inlines.clean(Inlines.plain(link.get()));
            String rest = link.get().getNext() == null ? "" : Inlines.clean(Inlines.plainFrom(link.get().getNext()));
            names.add(new Name(name, Remark.afterDash(rest), link.get().getDestination()));
        } else {
            names.addAll(Name.split(text));
        }
        for (Name name : names) {
            if (name.name().isEmpty()) {
                continue;
            }
            String key = toolKey(name.name());
            ToolB tool = tools.computeIfAbsent(key, k -> new ToolB());
            tool.name = name.name();
            tool.line = line;
            tool.defined = true;
            // a linked name is the export's precise form: its section says the category; else the item's words first
            tool.category = link.isPresent() ? category(context) : profile.firstMatch(profile.toolCategories(), text)
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElseGet(() -> category(context));
            if (name.url() != null && (name.url().startsWith("https://") || name.url().startsWith("http://"))) {
                tool.url = name.url();
            }
            tool.description = name.description().isEmpty()
                    ? Txt.inferred(heading.isEmpty() ? name.name() : heading + ": " + name.name(),
                    "tool-description-from-section")
                    : Txt.doc(name.description());
        }
        useAll(paragraph, "tool" + (names.size() == 1 ? " " : "s ") + String.join(", ",
                names.stream().map(Name::name).toList()));
    }

    /** A product name with the words the document says about it. */
    record Name(String name, String description, String url) {
        static Name of(String text) {
            String name = text;
            String description = "";
            for (String cut : List.of(" - ", " – ", " — ", ": ", " voor ", " for ")) {
                int at = name.indexOf(cut);
                if (at > 0) {
                    description = name.substring(at + cut.length()).strip();
                    name = name.substring(0, at).strip();
                    break;
                }
            }
            if (description.isEmpty() && name.endsWith(")")) {
                int open = name.lastIndexOf('(');
                if (open > 0 && !name.substring(open + 1, name.length() - 1).contains(",")) {
                    description = name.substring(open + 1, name.length() - 1).strip();
                    name = name.substring(0, open).strip();
                }
            }
            return new Name(name, description, null);
        }

        /** "LangChain / LlamaIndex (orchestration)" gives two; "Cloud platforms (AWS, GCP, Azure)" gives three. */
        static List<Name> split(String text) {
            String body = text;
            if (body.endsWith(")")) {
                int open = body.lastIndexOf('(');
                String inner = open > 0 ? body.substring(open + 1, body.length() - 1) : "";
                if (inner.contains(",")) {
                    String description = body.substring(0, open).strip();
                    List<Name> names = new ArrayList<>();
                    for (String part : inner.split(",")) {
                        if (!part.isBlank()) {
                            names.add(new Name(part.strip(), description, null));
                        }
                    }
                    return names;
                }
            }
            if (body.contains(" / ")) {
                Name whole = of(body);
                List<Name> names = new ArrayList<>();
                for (String part : whole.name().split(" / ")) {
                    names.add(new Name(part.strip(), whole.description(), null));
                }
                return names;
            }
            return List.of(of(body));
        }
    }

    // ------------------------------------------------------------------ projects

    private void projectSection(Section section, String sectionLevel) {
        String level = sectionLevel;
        for (Node block : section.blocks) {
            if (block instanceof Paragraph paragraph) {
                // "**Beginner:**" over a list, instead of a heading
                List<Inlines.Line> lines = Inlines.paragraphLines(paragraph);
                Optional<String> named = lines.isEmpty() ? Optional.empty()
                        : level(Inlines.stripEnd(lines.get(0).text(), ':'));
                if (named.isPresent()) {
                    level = named.get();
                    use(lines.get(0).line(), "project level " + level);
                }
                for (Inlines.Line line : numberedLines(paragraph)) {
                    Name name = Name.of(line.text());
                    project(name.name(), name.description(), line.text(), line.line(), List.of(), level);
                }
            } else if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p) {
                        project(p, level);
                    }
                }
            }
        }
        for (Section child : section.children) {
            Optional<String> childLevel = level(child.text());
            use(child.line(), childLevel.map(l -> "project level " + l).orElse("project group heading"));
            projectSection(child, childLevel.orElse(sectionLevel));
        }
    }

    /**
     * Three level names in one project section that the profile maps to fewer than three levels ("Beginner",
     * "Gevorderd", "Expert": gevorderd and expert are both advanced words) are a scale of three: in the order the
     * document gives them they are beginner, intermediate and advanced.
     */
    private void levelScale(Section section) {
        levelByName.clear();
        Map<String, String> names = new LinkedHashMap<>();
        collectLevelNames(section, names, 0);
        if (names.size() == 3 && new HashSet<>(names.values()).size() < 3) {
            List<String> scale = List.of("beginner", "intermediate", "advanced");
            int i = 0;
            for (String name : names.keySet()) {
                levelByName.put(name, scale.get(i++));
            }
        }
    }

    private void collectLevelNames(Section section, Map<String, String> names, int depth) {
        for (Node block : section.blocks) {
            if (block instanceof Paragraph paragraph) {
                List<Inlines.Line> lines = Inlines.paragraphLines(paragraph);
                if (!lines.isEmpty()) {
                    String name = Inlines.stripEnd(lines.get(0).text(), ':').strip();
                    level(name).ifPresent(l -> names.putIfAbsent(levelName(name), l));
                }
            }
        }
        for (Section child : section.children) {
            level(child.text()).ifPresent(l -> names.putIfAbsent(levelName(child.text()), l));
            if (depth < MAX_LIST_DEPTH) {
                collectLevelNames(child, names, depth + 1);
            }
        }
    }

    private static String levelName(String text) {
        return Remark.split(Inlines.stripEnd(text, ':').strip()).title().toLowerCase(Locale.ROOT);
    }

    private Optional<String> level(String text) {
        String byName = levelByName.get(levelName(text));
        if (byName != null) {
            return Optional.of(byName);
        }
        String clean = Remark.split(text).title();
        for (Level level : Level.values()) {
            if (MappingProfile.isOneOf(clean, profile.levels().get(level))
                    || MappingProfile.isOneOf(text, profile.levels().get(level))) {
                return Optional.of(level.name().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private void project(Paragraph paragraph, String level) {
        String text = Inlines.clean(Inlines.plain(paragraph));
        Optional<StrongEmphasis> strong = Inlines.firstStrong(paragraph);
        Optional<Labelled> label = Inlines.label(paragraph);
        Optional<String> labelLevel = label.filter(l -> l.colon() && !l.rest().isEmpty())
                .flatMap(l -> level(l.label()));
        if (labelLevel.isPresent()) {
            // "- **Beginner:** Titanic survival prediction": the label is the level, the rest the project
            Name name = Name.of(label.get().rest());
            project(name.name(), name.description(), label.get().rest(), Inlines.firstLine(paragraph),
                    Inlines.codeSpans(paragraph), labelLevel.get());
        } else if (strong.isPresent()) {
            String rest = strong.get().getNext() == null ? ""
                    : Inlines.clean(Inlines.plainFrom(strong.get().getNext()));
            project(Inlines.clean(Inlines.plain(strong.get())), Remark.afterDash(rest), text,
                    Inlines.firstLine(paragraph), Inlines.codeSpans(paragraph), level);
        } else {
            Name name = Name.of(text);
            project(name.name(), name.description(), text, Inlines.firstLine(paragraph),
                    Inlines.codeSpans(paragraph), level);
        }
        useAll(paragraph, uses.getOrDefault(Inlines.firstLine(paragraph), "project"));
    }

    /**
     * "2. Title - summary" lines inside a paragraph: CommonMark lets only a list starting at 1 interrupt a paragraph,
     * so "**Gevorderd:**" followed directly by "2. ..." is one paragraph.
     */
    private List<Inlines.Line> numberedLines(Paragraph paragraph) {
        List<Inlines.Line> numbered = new ArrayList<>();
        for (Inlines.Line line : Inlines.paragraphLines(paragraph)) {
            Matcher number = numberPrefix(line.text());
            if (number.matches() && !number.group(2).isBlank()) {
                numbered.add(new Inlines.Line(line.line(), number.group(2).strip(), line.firstNode()));
            }
        }
        return numbered;
    }

    private void project(String title, String summary, String text, int line, List<String> codes, String level) {
        ProjectB project = new ProjectB();
        project.line = line;
        project.title = title;
        String rest = summary;
        if (project.title.isEmpty()) {
            return;
        }
        // "(Onderwerpen: RAG, Agents)": the topics, by title
        List<String> namedTopics = new ArrayList<>();
        Remark remark = Remark.split(rest);
        if (!remark.remark().isEmpty()) {
            int colon = remark.remark().indexOf(':');
            if (colon > 0 && MappingProfile.isOneOf(remark.remark().substring(0, colon), profile.topicLabels())) {
                for (String part : remark.remark().substring(colon + 1).split(",")) {
                    namedTopics.add(part.strip());
                }
                rest = remark.title();
            }
        }
        String projectLevel = level;
        if (projectLevel == null) {
            projectLevel = level(remark.remark()).orElse(null);
        }
        if (projectLevel == null) {
            projectLevel = "intermediate";
            infer("project '" + project.title + "'", "level", "project-level-default-intermediate", project.line);
        }
        project.level = projectLevel;
        project.summary = rest.isEmpty() ? Txt.inferred(project.title, "project-summary-from-title") : Txt.doc(rest);
        project.id = id("project", project.title, project.line);
        if (rest.isEmpty()) {
            infer("project '" + project.id + "'", "summary", "project-summary-from-title", project.line);
        }
        codes.forEach(code -> project.toolNames.add(toolKey(code)));
        projects.add(project);
        use(line, "project '" + project.id + "'");
        afterTopics.add(() -> {
            TopicNames names = new TopicNames(topics);
            if (!namedTopics.isEmpty()) {
                namedTopics.forEach(t -> names.byTitle(t).ifPresent(id -> {
                    if (!project.topics.contains(id)) {
                        project.topics.add(id);
                    }
                }));
            }
            if (project.topics.isEmpty()) {
                project.topics.addAll(names.named(text));
            }
            if (project.topics.isEmpty()) {
                project.topics.addAll(names.namedInPoints(text));
                if (!project.topics.isEmpty()) {
                    infer("project '" + project.id + "'", "topics", "project-names-a-point-of-the-topic",
                            project.line);
                }
            }
            if (project.topics.isEmpty() && !topics.isEmpty()) {
                TopicB fallback = topics.stream().filter(t -> t.importance.equals("key")).findFirst()
                        .orElse(topics.get(0));
                project.topics.add(fallback.id);
                infer("project '" + project.id + "'", "topics", "project-without-named-topic-gets-first-key-topic",
                        project.line);
            }
        });
    }

    // ------------------------------------------------------------------ tables

    /** Every GFM table of the document, with the topic and phase it is under (docs/markdown-import.md, "Tables"). */
    private void tables(Section section, PhaseB phase, TopicB topic) {
        PhaseB inPhase = phaseOf.getOrDefault(section.heading, phase);
        TopicB inTopic = topicOf.getOrDefault(section.heading, topic);
        for (Node block : section.blocks) {
            if (block instanceof TableBlock table) {
                table(table, section, inPhase, inTopic);
            }
        }
        section.children.forEach(child -> tables(child, inPhase, inTopic));
    }

    private void table(TableBlock table, Section section, PhaseB phase, TopicB topic) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(text(cell));
                }
                if (part instanceof TableHead) {
                    header = cells;
                    // the header row and the delimiter row under it
                    int line = Inlines.firstLine(row);
                    use(line, "table header");
                    use(line > 0 ? line + 1 : 0, "table header");
                } else if (part instanceof TableBody && cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(cells);
                    rowLines.add(Inlines.firstLine(row));
                }
            }
        }
        String first = header.isEmpty() ? "" : header.get(0);
        String kind = MappingProfile.TABLE_KINDS.stream()
                .filter(k -> MappingProfile.isOneOf(first, profile.tables().getOrDefault(k, List.of())))
                .findFirst().orElse("points");
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int line = rowLines.get(i);
            boolean mapped = switch (kind) {
                case "tools" -> toolRow(cells, section, topic, line);
                case "phases" -> phaseRow(cells, line);
                case "route" -> routeRow(first, cells, line, phase, topic);
                default -> false;
            };
            if (!mapped) {
                pointRow(cells, phase, topic, line);
            }
        }
    }

    private boolean toolRow(List<String> cells, Section section, TopicB topic, int line) {
        if (cells.get(0).isEmpty()) {
            return false;
        }
        String description = String.join("; ", cells.subList(1, cells.size()).stream()
                .filter(c -> !c.isEmpty()).toList());
        mention(cells.get(0), description, topic, section.text() + " " + String.join(" ", cells), line);
        use(line, "tool '" + cells.get(0) + "' (table rule tools)");
        return true;
    }

    /** "1 | Foundations | 2-3 months | goal": completes the phase of that number; false when there is none. */
    private boolean phaseRow(List<String> cells, int line) {
        List<Integer> number = numbers(cells.get(0));
        if (number.isEmpty() || number.get(0) < 1 || number.get(0) > phases.size()) {
            return false;
        }
        PhaseB phase = phases.get(number.get(0) - 1);
        for (String cell : cells.subList(1, cells.size())) {
            if (cell.isEmpty() || Remark.split(cell).title().equalsIgnoreCase(phase.title)
                    || cell.equalsIgnoreCase(phase.title)) {
                continue;
            }
            if (phase.min == null && duration(phase, cell)) {
                continue;
            }
            if (phase.goal == null) {
                phase.goal = Txt.doc(cell);
            } else if (!phase.goal.text().contains(cell)) {
                phase.notes.add(new NoteB(false, null, cell, line));
            }
        }
        use(line, "phase " + phase.number + " (table rule phases)");
        return true;
    }

    /** "1-3 | Basics | step | step": a route stage read by routeHeading as "Month 1-3: Basics". */
    private boolean routeRow(String header, List<String> cells, int line, PhaseB phase, TopicB topic) {
        String period = cells.get(0);
        String text = (period.isEmpty() || Character.isDigit(period.charAt(0)) ? header + " " : "") + period
                + (cells.size() > 1 ? ": " + cells.get(1) : "");
        Matcher match = profile.routeHeading().matcher(text);
        StageB stage = match.matches() ? stage(line, text, match) : null;
        if (stage == null) {
            return false;
        }
        for (String cell : cells.subList(Math.min(2, cells.size()), cells.size())) {
            if (!cell.isEmpty()) {
                step(stage, cell, line);
            }
        }
        uses.put(line, "route stage '" + stage.id + "' (table rule route)");
        // a row whose stage does not fit the route (orderRoute) is a row no rule maps
        stageFallback.put(stage, () -> pointRow(cells, phase, topic, line));
        return true;
    }

    /** A row no rule maps: a point of its topic, else a note of its phase, else a tip of the roadmap. */
    private void pointRow(List<String> cells, PhaseB phase, TopicB topic, int line) {
        String text = String.join(" — ", cells.stream().filter(c -> !c.isEmpty()).toList());
        if (topic != null) {
            topic.points.add(new PointB(text, line));
            uses.put(line, "point of topic '" + topic.id + "' (table rule points)");
        } else if (phase != null) {
            phase.notes.add(new NoteB(false, null, text, line));
            uses.put(line, "note of phase " + phase.number + " (table rule points)");
        } else {
            tips.add(text);
            tipLines.add(line);
            uses.put(line, "tip (table rule points)");
        }
    }

    // ------------------------------------------------------------------ route

    private void routeSection(Section section) {
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

    private void stage(Section section, Matcher match) {
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
    private StageB stage(int line, String text, Matcher match) {
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
    private void orderRoute() {
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
            idChoices.removeIf(choice -> choice.kind().equals("stage") && choice.id().equals(stage.id));
            Runnable fallback = stageFallback.get(stage);
            if (fallback != null) {
                fallback.run();
            }
        }
    }

    private void steps(StageB stage, ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p) {
                String text = Inlines.clean(Inlines.plain(p));
                if (!text.isEmpty()) {
                    step(stage, text, Inlines.firstLine(p));
                    useAll(p, uses.getOrDefault(Inlines.firstLine(p), "step"));
                }
            }
        }
    }

    private void step(StageB stage, String text, int line) {
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

    // ------------------------------------------------------------------ principles, criteria, resources, tips

    private void principleSection(Section section) {
        if (section.children.isEmpty()) {
            for (Node block : section.blocks) {
                if (block instanceof ListBlock list) {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p) {
                            PrincipleB principle = new PrincipleB();
                            principle.title = Inlines.clean(Inlines.plain(p));
                            principle.line = Inlines.firstLine(p);
                            if (!principle.title.isEmpty()) {
                                principles.add(principle);
                                String what = "principle " + principles.size();
                                useAll(p, what);
                                for (ListBlock nested : nestedLists(listItem)) {
                                    listTexts(nested, 1, (point, line) -> {
                                        principle.points.add(point);
                                        use(line, what + " (point)");
                                    });
                                }
                            }
                        }
                    }
                }
            }
            return;
        }
        for (Section child : section.children) {
            PrincipleB principle = new PrincipleB();
            String text = child.text();
            Matcher number = numberPrefix(text);
            principle.title = number.matches() && !number.group(2).isEmpty() ? number.group(2) : text;
            principle.line = child.line();
            if (principle.title.isEmpty()) {
                continue;
            }
            principles.add(principle);
            String what = "principle " + principles.size();
            use(child.line(), what + " (title)");
            for (Node block : child.blocks) {
                if (block instanceof BlockQuote quote && principle.quote == null) {
                    principle.quote = unquote(Inlines.clean(Inlines.plain(quote)));
                    useAll(quote, what + " (quote)");
                } else if (block instanceof Paragraph paragraph) {
                    for (Inlines.Line line : Inlines.paragraphLines(paragraph)) {
                        principle.points.add(line.text());
                        use(line.line(), what + " (point)");
                    }
                } else if (block instanceof ListBlock list) {
                    listTexts(list, 0, (text2, line) -> {
                        principle.points.add(text2);
                        use(line, what + " (point)");
                    });
                }
            }
        }
    }

    interface LineText {
        void accept(String text, int line);
    }

    private void listTexts(ListBlock list, int depth, LineText sink) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem listItem)) {
                continue;
            }
            for (Node child = listItem.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph p) {
                    String text = Inlines.clean(Inlines.plain(p));
                    if (!text.isEmpty()) {
                        sink.accept(text, Inlines.firstLine(p));
                        Inlines.lines(p).forEach(l -> use(l, uses.getOrDefault(Inlines.firstLine(p), "")));
                    }
                } else if (child instanceof ListBlock nested && depth < MAX_LIST_DEPTH) {
                    listTexts(nested, depth + 1, sink);
                }
            }
        }
    }

    private static String unquote(String text) {
        String t = text.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private void criteriaSection(Section section) {
        for (Node block : section.blocks) {
            if (block instanceof Paragraph paragraph) {
                for (Inlines.Line line : Inlines.paragraphLines(paragraph)) {
                    if (line.text().endsWith(":") && leadIn == null) {
                        leadIn = line.text();
                        use(line.line(), "success criteria lead-in");
                    } else {
                        criterion(line.text(), line.line());
                    }
                }
            } else if (block instanceof ListBlock list) {
                listTexts(list, 0, this::criterion);
            }
        }
        section.children.forEach(child -> {
            use(child.line(), "success criteria (heading)");
            criteriaSection(child);
        });
    }

    private void criterion(String raw, int line) {
        String text = Inlines.withoutTaskBox(raw);
        List<String> named = new ArrayList<>();
        criteria.add(new CriterionB(text, line, named));
        use(line, (Inlines.isTask(raw) ? "task, " : "") + "success criterion " + criteria.size());
        afterTopics.add(() -> named.addAll(new TopicNames(topics).named(text)));
    }

    private void resourceSection(Section section, String heading) {
        boolean mustRead = MappingProfile.mentions(heading, profile.mustReadWords());
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem listItem && listItem.getFirstChild() instanceof Paragraph p) {
                        String text = Inlines.clean(Inlines.plain(p));
                        if (!text.isEmpty()) {
                            String url = Inlines.firstLink(p).map(Link::getDestination)
                                    .filter(d -> d.startsWith("https://") || d.startsWith("http://")).orElse(null);
                            resource(text, Inlines.firstLine(p), heading, mustRead, url);
                            useAll(p, uses.getOrDefault(Inlines.firstLine(p), "resource"));
                        }
                    }
                }
            }
        }
        for (Section child : section.children) {
            use(child.line(), "resource group heading");
            resourceSection(child, child.text());
        }
    }

    private void resource(String text, int line, String heading, boolean headingMustRead, String url) {
        // "OpenAI / Anthropic documentatie" is two resources: "OpenAI documentatie" and "Anthropic documentatie"
        String[] parts = text.split(" / ");
        if (parts.length > 1 && url == null) {
            String last = parts[parts.length - 1].strip();
            int space = last.indexOf(' ');
            boolean singleWords = java.util.Arrays.stream(parts, 0, parts.length - 1)
                    .allMatch(part -> !part.isBlank() && !part.strip().contains(" "));
            if (singleWords && space > 0) {
                String rest = last.substring(space);
                for (int i = 0; i < parts.length - 1; i++) {
                    resource(parts[i].strip() + rest, line, heading, headingMustRead, null);
                }
                resource(last, line, heading, headingMustRead, null);
                return;
            }
        }
        String title = text;
        boolean mustRead = headingMustRead;
        Remark remark = Remark.split(title);
        if (!remark.remark().isEmpty() && MappingProfile.mentions(remark.remark(), profile.mustReadWords())) {
            mustRead = true;
            title = remark.title().isEmpty() ? text : remark.title();
        }
        ResourceKind kind = kindOf(title).or(() -> kindOf(heading)).orElse(profile.defaultResourceKind());
        String id = id("resource", title, line);
        resources.add(new ResourceB(id, kind.name().toLowerCase(Locale.ROOT), title, url, mustRead, line));
        use(line, "resource '" + id + "'");
    }

    private Optional<ResourceKind> kindOf(String text) {
        List<String> tokens = List.of(TopicNames.normal(text).split(" "));
        for (Map.Entry<String, ResourceKind> pair : profile.resourceKinds()) {
            String word = TopicNames.normal(pair.getKey());
            if (!word.isEmpty() && tokens.stream().anyMatch(t -> t.startsWith(word))) {
                return Optional.of(pair.getValue());
            }
        }
        return Optional.empty();
    }

    private void tipSection(Section section) {
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                listTexts(list, 0, (text, line) -> {
                    tips.add(text);
                    tipLines.add(line);
                    use(line, "tip " + tips.size());
                });
            } else if (block instanceof Paragraph paragraph) {
                Optional<Labelled> label = Inlines.label(paragraph);
                if (label.isPresent() && !label.get().rest().isEmpty()
                        && MappingProfile.mentions(label.get().label(), profile.mottoLabels())) {
                    motto = unquote(label.get().rest());
                    useAll(paragraph, "motto");
                } else {
                    String text = Inlines.clean(Inlines.plain(paragraph));
                    if (!text.isEmpty()) {
                        tips.add(text);
                        tipLines.add(Inlines.firstLine(paragraph));
                        useAll(paragraph, "tip " + tips.size());
                    }
                }
            }
        }
        section.children.forEach(child -> {
            use(child.line(), "tips (heading)");
            tipSection(child);
        });
    }

    // ------------------------------------------------------------------ after the walk

    /** Hours, requirements and tool ids: what the document does not state. */
    void propose(String urlTemplate) {
        for (PhaseB phase : phases) {
            List<TopicB> inPhase = topics.stream().filter(t -> t.phase == phase.number).toList();
            if (phase.min == null) {
                for (TopicB topic : inPhase) {
                    topic.hours = profile.ongoingPhaseHoursPerTopic();
                    topic.hoursRule = "ongoing-phase-hours-per-topic";
                }
                continue;
            }
            double months = (phase.min + phase.max) / 2.0;
            int phaseHours = (int) Math.round(months * 52 / 12 * profile.studyHoursPerWeek());
            int weighted = 0;
            int unweighted = 0;
            for (TopicB topic : inPhase) {
                if (topic.weight != null && topic.parent == null) {
                    weighted += topic.weight;
                } else if (!underWeighted(topic)) {
                    unweighted++;
                }
            }
            int free = Math.max(0, 100 - Math.min(100, weighted));
            for (TopicB topic : inPhase) {
                TopicB root = root(topic);
                if (root.weight != null) {
                    long family = inPhase.stream().filter(t -> root(t) == root).count();
                    topic.hours = Math.max(1, (int) Math.round(phaseHours * root.weight / 100.0 / family));
                    topic.hoursRule = "phase-hours-by-weight";
                } else {
                    int share = weighted == 0 ? phaseHours : phaseHours * free / 100;
                    topic.hours = Math.max(1, (int) Math.round((double) share / Math.max(1, unweighted)));
                    topic.hoursRule = "phase-hours-spread-over-topics";
                }
            }
        }
        topics.forEach(t -> infer("topic '" + t.id + "'", "estimatedHours " + t.hours, t.hoursRule, t.line));
        // numbered topic n+1 requires n within a phase; the first topics of a phase require the key topics before
        for (PhaseB phase : phases) {
            TopicB previousNumbered = null;
            for (TopicB topic : topics) {
                if (topic.phase != phase.number || topic.parent != null) {
                    continue;
                }
                if (topic.number != null && previousNumbered != null
                        && topic.number == previousNumbered.number + 1) {
                    topic.requires.add(new ReqB(previousNumbered.id, Txt.inferred(words(
                            "Het document nummert dit onderwerp na '" + previousNumbered.title + "'.",
                            "The document numbers this topic after '" + previousNumbered.title + "'."),
                            "numbered-topic-order"), "numbered-topic-order"));
                    infer("topic '" + topic.id + "'", "requires " + previousNumbered.id, "numbered-topic-order",
                            topic.line);
                } else if (phase.number > 1) {
                    for (TopicB key : topics) {
                        if (key.phase == phase.number - 1 && key.parent == null && key.importance.equals("key")) {
                            topic.requires.add(new ReqB(key.id, Txt.inferred(words(
                                    "'" + key.title + "' is een kernonderwerp (⭐) van de vorige fase.",
                                    "'" + key.title + "' is a key topic (⭐) of the previous phase."),
                                    "key-topics-of-previous-phase"), "key-topics-of-previous-phase"));
                            infer("topic '" + topic.id + "'", "requires " + key.id, "key-topics-of-previous-phase",
                                    topic.line);
                        }
                    }
                }
                if (topic.number != null) {
                    previousNumbered = topic;
                }
            }
        }
        for (ToolB tool : tools.values()) {
            tool.id = id("tool", tool.name, tool.line);
            if (tool.url == null) {
                tool.url = urlTemplate.replace("{name}", URLEncoder.encode(tool.name, StandardCharsets.UTF_8));
                infer("tool '" + tool.id + "'", "url", "tool-url-search-link", tool.line);
            }
            if (tool.description == null) {
                tool.description = Txt.inferred(tool.name, "tool-description-from-name");
                infer("tool '" + tool.id + "'", "description", "tool-description-from-name", tool.line);
            } else if (tool.description.rule() != null) {
                infer("tool '" + tool.id + "'", "description", tool.description.rule(), tool.line);
            }
            if (!tool.defined) {
                infer("tool '" + tool.id + "'", "category " + tool.category, "tool-category-from-topic", tool.line);
            }
        }
    }

    private static boolean underWeighted(TopicB topic) {
        return root(topic).weight != null;
    }

    private static TopicB root(TopicB topic) {
        TopicB t = topic;
        for (int guard = 0; t.parent != null && guard < 100; guard++) {
            t = t.parent;
        }
        return t;
    }

    /** Whether the document gave what a roadmap needs: a phase with a topic. */
    boolean recognisedAnything() {
        return !topics.isEmpty();
    }

}
