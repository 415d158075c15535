package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.Model.CriterionB;
import io.roadmapgraph.markdown.Model.LayerB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.PrincipleB;
import io.roadmapgraph.markdown.Model.ProjectB;
import io.roadmapgraph.markdown.Model.ResourceB;
import io.roadmapgraph.markdown.Model.StageB;
import io.roadmapgraph.markdown.Model.ToolB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

import static io.roadmapgraph.markdown.Blocks.MAX_LIST_DEPTH;
import static io.roadmapgraph.markdown.Blocks.text;
import static io.roadmapgraph.markdown.Blocks.unquote;

/**
 * One import: walks the sections of a parsed document and hands each to its reader ({@link PhaseReader},
 * {@link ToolReader}, {@link RouteReader} ...), which collect the parts of a roadmap here with the lines they come
 * from; {@link Proposals} then proposes what the document does not state. Used once, by {@link MarkdownImporter}.
 */
final class DocumentImport {

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
    final List<ImportReport.Notice> notices = new ArrayList<>();
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
    final List<Runnable> afterTopics = new ArrayList<>();
    /** The topic or phase a heading made, for the tables under it. */
    final Map<Node, TopicB> topicOf = new HashMap<>();
    final Map<Node, PhaseB> phaseOf = new HashMap<>();

    /** The readers of the document's parts, each over this import's state (made once the profile is set). */
    final PhaseReader phaseReader;
    final TopicReader topicReader;
    final ToolReader toolReader;
    final ProjectReader projectReader;
    final TableReader tableReader;
    final RouteReader routeReader;
    final ListSections listSections;

    DocumentImport(MappingProfile profile, String language) {
        this.profile = profile;
        this.language = language;
        this.dutch = language.equals("nl");
        this.phaseReader = new PhaseReader(this);
        this.topicReader = new TopicReader(this);
        this.toolReader = new ToolReader(this);
        this.projectReader = new ProjectReader(this);
        this.tableReader = new TableReader(this);
        this.routeReader = new RouteReader(this);
        this.listSections = new ListSections(this);
    }

    // ------------------------------------------------------------------ bookkeeping

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

    /** Tells the user, in the report, of a decision about a line that the roadmap file does not show. */
    void notice(int line, String text) {
        notices.add(new ImportReport.Notice(line, text));
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

    /**
     * The document as nested sections: each heading holds the blocks up to the next heading of its level or above,
     * and a phase heading that goes on from the phase heading it would be nested in (the same word, the next number:
     * "## Phase 4" under "# Phase 3") closes that phase, as a heading of the phase's level would.
     */
    private Section sections(Node document) {
        Section root = new Section(null, 0);
        Deque<Section> open = new ArrayDeque<>();
        open.push(root);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                while (open.peek().level >= heading.getLevel()) {
                    open.pop();
                }
                Section section = new Section(heading, heading.getLevel());
                Optional<Section> followed = open.stream().filter(this::isPhase).findFirst()
                        .filter(phase -> nextPhase(phase, section));
                if (followed.isPresent()) {
                    Section closed;
                    do {
                        closed = open.pop();
                    } while (closed != followed.get());
                }
                open.peek().children.add(section);
                open.push(section);
            } else {
                open.peek().blocks.add(node);
            }
        }
        return root;
    }

    private boolean isPhase(Section section) {
        return section.heading != null && profile.phaseHeading().matcher(section.text()).matches();
    }

    /** Whether {@code next} is a phase heading with the word of {@code phase}'s and the number after it. */
    private boolean nextPhase(Section phase, Section next) {
        Matcher before = profile.phaseHeading().matcher(phase.text());
        Matcher after = profile.phaseHeading().matcher(next.text());
        if (!before.matches() || !after.matches() || before.groupCount() < 1 || before.group(1) == null
                || after.group(1) == null) {
            return false;
        }
        List<Integer> from = Blocks.numbers(before.group(1));
        List<Integer> to = Blocks.numbers(after.group(1));
        return from.size() == 1 && to.size() == 1 && to.get(0) == from.get(0) + 1
                && lowerPrefix(phase.text(), before).equals(lowerPrefix(next.text(), after));
    }

    private static String lowerPrefix(String text, Matcher match) {
        return text.substring(0, match.start(1)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    ImportReport report(String name, String text, Parsed parsed) {
        Node document = parsed.document();
        Set<Integer> rules = new HashSet<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ThematicBreak) {
                rules.addAll(Inlines.lines(node));
            } else if (node instanceof Heading heading && uses.containsKey(Inlines.firstLine(heading))) {
                // a setext heading ("Phase 4" over "=======") and its underline are one heading
                String use = uses.get(Inlines.firstLine(heading));
                Inlines.lines(heading).forEach(line -> use(line, use));
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
        return new ImportReport(name, lines, idChoices, inferred, notices);
    }

    void run(Parsed parsed, String fileBaseName) {
        Section root = sections(parsed.document());
        walk(root, fileBaseName);
        tableReader.tables(root, null, null);
        routeReader.orderRoute();
        afterTopics.forEach(Runnable::run);
    }

    private void walk(Section section, String fileBaseName) {
        for (Section child : section.children) {
            String text = child.text();
            Matcher phase = profile.phaseHeading().matcher(text);
            if (phase.matches()) {
                phaseReader.phase(child, phase);
                continue;
            }
            Matcher routeStage = profile.routeHeading().matcher(text);
            if (routeStage.matches() && title != null) {
                // "## Maand 1-3: Basis" with no route section over it
                routeReader.stage(child, routeStage);
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
                String text = block instanceof BlockQuote ? unquote(Blocks.written(block)) : Blocks.written(block);
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

    /** A section the profile names by its heading ("## Tools", "## Leerroute"), read by its reader. */
    void special(String kind, Section section) {
        use(section.line(), "section heading: " + kind);
        switch (kind) {
            case "overview" -> overview(section);
            case "tools" -> toolReader.toolSection(section, section.text());
            case "route" -> routeReader.routeSection(section);
            case "principles" -> listSections.principleSection(section);
            case "projects" -> {
                projectReader.levelScale(section);
                projectReader.projectSection(section, null);
            }
            case "successCriteria" -> listSections.criteriaSection(section);
            case "resources" -> listSections.resourceSection(section, section.text());
            case "tips" -> listSections.tipSection(section);
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
                texts.add(Blocks.written(block));
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

    interface LineText {
        void accept(String text, int line);
    }

    /** The texts of a list's items, nested ones too, each told to {@code sink} with its line and marked used. */
    void listTexts(ListBlock list, int depth, LineText sink) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem listItem)) {
                continue;
            }
            for (Node child = listItem.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph p) {
                    // a bullet's text is kept as written, with the addresses of its links
                    String text = Inlines.clean(Inlines.plainWithAddresses(p));
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

    /** Whether the document gave what a roadmap needs: a phase with a topic. */
    boolean recognisedAnything() {
        return !topics.isEmpty();
    }
}
