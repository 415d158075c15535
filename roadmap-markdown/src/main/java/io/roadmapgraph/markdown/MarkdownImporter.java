package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.Model.LayerB;
import io.roadmapgraph.markdown.Model.NoteB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.PointB;
import io.roadmapgraph.markdown.Model.ReqB;
import io.roadmapgraph.markdown.Model.ToolB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import io.roadmapgraph.model.Problem;
import io.roadmapgraph.model.Roadmap;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.model.RoadmapValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports a Markdown roadmap document into a validated roadmap file, with a report of what became of every line.
 * See docs/markdown-import.md for the mapping.
 *
 * <pre>{@code
 * ImportResult result = MarkdownImporter.importFile(Path.of("plan.md"), ImportOptions.defaults());
 * Files.writeString(Path.of("plan.yaml"), result.yaml());
 * System.out.println(result.report().summaryLine());   // mapped 301 of 310 lines (97%)
 * }</pre>
 */
public final class MarkdownImporter {

    /** The largest document imported, in bytes (a roadmap document is a few hundred lines). */
    public static final int MAX_BYTES = 5_000_000;

    private MarkdownImporter() {
    }

    /**
     * Reads, imports and validates a document.
     *
     * @throws MarkdownImportException when the file cannot be read, is not UTF-8 Markdown, holds nothing recognisable
     *                                 or the roadmap made from it does not validate; the message says which line
     */
    public static ImportResult importFile(Path file, ImportOptions options) {
        return importText(file.getFileName().toString(), read(file), options);
    }

    /** Imports a document's text; {@code name} stands for its file in messages and in {@code source.document}. */
    public static ImportResult importText(String name, String written, ImportOptions options) {
        Objects.requireNonNull(written, "text");
        // a byte order mark (Windows editors save UTF-8 with one) is no text: left in, it hides the title heading
        String text = written.startsWith("\uFEFF") ? written.substring(1) : written;
        if (text.length() > MAX_BYTES) {
            throw new MarkdownImportException(name + ": the document is larger than " + MAX_BYTES
                    + " characters; a roadmap document is a few hundred lines: split it or remove what is not roadmap");
        }
        if (text.isBlank()) {
            throw new MarkdownImportException(name + ":1: the document is empty; write a Markdown roadmap with phase "
                    + "headings ('## Phase 1: ... (2-3 months)') and topic headings under them (docs/markdown-import.md)");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new MarkdownImportException(name + ":" + lineOf(text, nul) + ": not a Markdown document: it holds "
                    + "binary data (a NUL character); import a text file written in Markdown");
        }
        // YAML front matter (Jekyll, Hugo, Obsidian) is no Markdown: parsed, its last key line and the closing
        // "---" would make a heading. Its lines are left out of the parse (as blank lines, so every line keeps its
        // number) and listed in the report as not used.
        DocumentImport.Parsed document = DocumentImport.parse(withoutFrontMatter(text));
        String language = options.language().orElseGet(() -> Language.guess(text));
        DocumentImport work = new DocumentImport(options.profile(), language);
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3)
                : name.endsWith(".markdown") ? name.substring(0, name.length() - 9) : name;
        work.run(document, base);
        if (!work.recognisedAnything()) {
            throw new MarkdownImportException(name + ": nothing recognised: no phase heading ('## Fase 1: title "
                    + "(2-3 maanden)' or '## Phase 1: title (2-3 months)') with a topic heading under it; "
                    + "see docs/markdown-import.md for the headings the import reads, or give a profile (--profile)");
        }
        if (work.title == null) {
            work.title = base.isBlank() ? "Roadmap" : base;
            work.titleLine = 0;
            work.infer("roadmap", "title", "title-from-file-name", 0);
        }
        new Proposals(work).propose(options.profile().toolUrl());
        Map<String, Object> root = RoadmapYaml.build(work, name, options.id());
        YamlEmitter emitter = new YamlEmitter();
        String yaml = emitter.emit(List.of(
                "Imported from " + name + " by the Markdown import (docs/markdown-import.md).",
                "Values marked inferred:<rule> are proposals the document does not state: review them.",
                "A '# line N' comment names the document's line an item comes from."), root);
        Roadmap roadmap;
        String yamlName = base + ".yaml";
        try {
            roadmap = RoadmapReader.read(yamlName, yaml);
        } catch (RoadmapValidationException e) {
            StringBuilder message = new StringBuilder(name + ": the roadmap made from the document is not valid ("
                    + (e.problems().size() == 1 ? "1 problem" : e.problems().size() + " problems")
                    + "); fix these lines of the document:");
            for (Problem problem : e.problems()) {
                message.append("\n  ").append(name).append(':').append(emitter.markdownLine(problem.line()))
                        .append(": ").append(problem.message());
            }
            throw new MarkdownImportException(message.toString());
        }
        return new ImportResult(roadmap, yaml, work.report(name, text, document));
    }

    /** A YAML key, an indented line or a list item: the lines of front matter. */
    private static final java.util.regex.Pattern FRONT_MATTER_LINE =
            java.util.regex.Pattern.compile("^(?:[A-Za-z0-9_][A-Za-z0-9_ .-]*:(?:\\s.*)?|\\s+\\S.*|-\\s.*|\\s*)$");

    /**
     * The text with a leading YAML front matter block ("---", key lines, "---" or "...") blanked, line for line; the
     * text itself when it has none.
     */
    static String withoutFrontMatter(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().equals("---") || !FRONT_MATTER_LINE.matcher(lines[1].strip()).matches()
                || lines[1].isBlank()) {
            return text;
        }
        for (int end = 1; end < lines.length; end++) {
            String line = lines[end].replace("\r", "");
            if (line.equals("---") || line.equals("...")) {
                return "\n".repeat(end + 1) + String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1,
                        lines.length));
            }
            if (!FRONT_MATTER_LINE.matcher(line).matches()) {
                return text;
            }
        }
        return text;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String read(Path file) {
        if (!Files.exists(file)) {
            throw new MarkdownImportException(file + ": no such file; give the path of a Markdown document");
        }
        if (!Files.isRegularFile(file)) {
            throw new MarkdownImportException(file + ": not a regular file (a directory or a device); give the path "
                    + "of a Markdown document");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new MarkdownImportException(file + ": no such file; give the path of a Markdown document");
        } catch (IOException e) {
            throw new MarkdownImportException(file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MarkdownImportException(file + ": the file is larger than " + MAX_BYTES + " bytes; a roadmap "
                    + "document is a few hundred lines: split it or remove what is not roadmap");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MarkdownImportException(file + ": not UTF-8 text (" + e.getMessage() + "); save the document "
                    + "as UTF-8 Markdown");
        }
    }

    /** The document's language by its most frequent common words; Dutch when the counts tie. */
    static final class Language {
        private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "van", "voor", "met", "je", "niet",
                "zijn", "maanden", "maand", "wanneer", "fase", "laag", "leer", "bouw", "hoe", "wat", "naar", "op");
        private static final Set<String> ENGLISH = Set.of("the", "a", "and", "of", "for", "with", "you", "not", "are",
                "months", "month", "when", "phase", "layer", "learn", "build", "how", "what", "to", "on", "your");

        private Language() {
        }

        static String guess(String text) {
            int dutch = 0;
            int english = 0;
            StringBuilder word = new StringBuilder();
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    word.append(Character.toLowerCase(c));
                } else if (word.length() > 0) {
                    String w = word.toString();
                    dutch += DUTCH.contains(w) ? 1 : 0;
                    english += ENGLISH.contains(w) ? 1 : 0;
                    word.setLength(0);
                }
            }
            return english > dutch ? "en" : "nl";
        }
    }

    /** The roadmap file as a tree of maps, with the Markdown line of each item. */
    static final class RoadmapYaml {
        private RoadmapYaml() {
        }

        static Map<String, Object> build(DocumentImport work, String name, java.util.Optional<String> id) {
            Map<String, Object> root = new LinkedHashMap<>();
            String lang = work.language;
            String roadmapId = id.orElseGet(() -> {
                String k = Kebab.of(work.title);
                return k.isEmpty() ? "roadmap" : k;
            });
            root.put("id", roadmapId);
            root.put("languages", List.of(lang));
            root.put("origins", map("texts", "document", "reasons", "inferred:document-import",
                    "requires", "inferred:document-import", "hours", "inferred:profile-study-hours-per-week"));
            root.put("title", work.title);
            if (work.summary == null) {
                work.summary = Txt.inferred(work.title, "summary-from-title");
                work.infer("roadmap", "summary", "summary-from-title", work.titleLine);
            }
            root.put("summary", text(work.summary, lang));
            Txt basedOn = work.resources.stream().filter(r -> r.kind().equals("book")).findFirst()
                    .map(r -> Txt.inferred(r.title(), "based-on-first-book"))
                    .orElse(Txt.inferred(work.title, "based-on-document-title"));
            work.infer("source", "basedOn", basedOn.rule(), 0);
            root.put("source", map("document", name, "language", lang, "basedOn", text(basedOn, lang)));
            root.put("studyHoursPerWeek", work.profile.studyHoursPerWeek());
            if (work.motto != null && !work.motto.isBlank()) {
                root.put("motto", work.motto);
            }
            List<Object> phases = new ArrayList<>();
            for (PhaseB phase : work.phases) {
                Map<String, Object> p = located(phase.line);
                p.put("number", phase.number);
                p.put("title", phase.title);
                if (phase.goal == null) {
                    List<String> names = work.topics.stream().filter(t -> t.phase == phase.number && t.parent == null)
                            .map(t -> t.title).toList();
                    String prefix = phase.groups.isEmpty() ? work.words("Onderwerpen", "Topics")
                            : String.join(", ", phase.groups);
                    phase.goal = Txt.inferred(names.isEmpty() ? phase.title : prefix + ": " + String.join(", ", names),
                            "phase-goal-from-topics");
                    work.infer("phase " + phase.number, "goal", "phase-goal-from-topics", phase.line);
                }
                p.put("goal", text(phase.goal, lang));
                if (phase.min != null) {
                    p.put("duration", map("min", phase.min, "max", phase.max));
                }
                if (!phase.notes.isEmpty()) {
                    p.put("notes", notes(phase.notes, lang));
                }
                phases.add(p);
            }
            root.put("phases", phases);
            List<Object> layers = new ArrayList<>();
            for (LayerB layer : work.layers) {
                Map<String, Object> l = located(layer.line);
                l.put("id", layer.id);
                l.put("number", layer.number);
                l.put("phase", layer.phase);
                if (layer.startHere) {
                    l.put("startHere", true);
                }
                l.put("title", layer.title);
                l.put("summary", text(layer.summary, lang));
                layers.add(l);
            }
            root.put("layers", layers);
            Map<String, ToolB> toolsByName = work.tools;
            List<Object> topics = new ArrayList<>();
            for (TopicB topic : work.topics) {
                Map<String, Object> t = located(topic.line);
                t.put("id", topic.id);
                t.put("title", topic.title);
                t.put("summary", text(topic.summary, lang));
                t.put("phase", topic.phase);
                if (topic.layer != null) {
                    t.put("layer", topic.layer);
                }
                if (topic.parent != null) {
                    t.put("parent", topic.parent.id);
                }
                t.put("importance", topic.importance);
                if (topic.startHere) {
                    t.put("startHere", true);
                }
                t.put("estimatedHours", topic.hours);
                t.put("hoursOrigin", "inferred:" + topic.hoursRule);
                if (topic.weight != null) {
                    t.put("weight", topic.weight);
                }
                if (topic.whenToUse != null) {
                    t.put("whenToUse", text(topic.whenToUse, lang));
                }
                if (!topic.points.isEmpty()) {
                    t.put("points", points(topic.points));
                }
                if (!topic.notes.isEmpty()) {
                    t.put("notes", notes(topic.notes, lang));
                }
                if (!topic.requires.isEmpty()) {
                    List<Object> requires = new ArrayList<>();
                    for (ReqB req : topic.requires) {
                        requires.add(map("topic", req.topic(), "reason", text(req.reason(), lang),
                                "origin", "inferred:" + req.rule()));
                    }
                    t.put("requires", requires);
                }
                putTools(t, topic.toolNames, toolsByName);
                topics.add(t);
            }
            root.put("topics", topics);
            root.put("tools", each(work.tools.values(), tool -> tool(tool, lang)));
            root.put("projects", each(work.projects, project -> project(project, lang, toolsByName)));
            root.put("route", each(work.route, RoadmapYaml::stage));
            root.put("principles", each(work.principles, RoadmapYaml::principle));
            if (work.leadIn != null) {
                root.put("successCriteriaLeadIn", work.leadIn);
            }
            root.put("successCriteria", each(work.criteria, RoadmapYaml::criterion));
            root.put("resources", each(work.resources, RoadmapYaml::resource));
            root.put("tips", List.copyOf(work.tips));
            return root;
        }

        /** Each item made into its map, in order. */
        private static <T> List<Object> each(java.util.Collection<T> items, Function<T, Map<String, Object>> item) {
            List<Object> list = new ArrayList<>();
            items.forEach(i -> list.add(item.apply(i)));
            return list;
        }

        private static Map<String, Object> tool(ToolB tool, String lang) {
            Map<String, Object> t = located(tool.line);
            t.put("id", tool.id);
            t.put("name", tool.name);
            t.put("category", tool.category);
            t.put("url", tool.url);
            t.put("description", text(tool.description, lang));
            return t;
        }

        private static Map<String, Object> project(Model.ProjectB project, String lang, Map<String, ToolB> toolsByName) {
            Map<String, Object> p = located(project.line);
            p.put("id", project.id);
            p.put("title", project.title);
            p.put("summary", text(project.summary, lang));
            p.put("level", project.level);
            p.put("topics", List.copyOf(project.topics));
            putTools(p, project.toolNames, toolsByName);
            return p;
        }

        /** A route stage, its period under "months" or "weeks". */
        private static Map<String, Object> stage(Model.StageB stage) {
            Map<String, Object> s = located(stage.line);
            s.put("id", stage.id);
            s.put(stage.period.unit().plural(), map("from", stage.period.from(), "to", stage.period.to()));
            s.put("title", stage.title.isBlank() ? stage.id : stage.title);
            s.put("steps", each(stage.steps, step -> {
                Map<String, Object> st = located(step.line());
                st.put("text", step.text());
                putList(st, "topics", step.topics());
                putList(st, "projects", step.projects());
                return st;
            }));
            return s;
        }

        private static Map<String, Object> principle(Model.PrincipleB principle) {
            Map<String, Object> p = located(principle.line);
            p.put("title", principle.title);
            if (principle.quote != null && !principle.quote.isBlank()) {
                p.put("quote", principle.quote);
            }
            putList(p, "points", principle.points);
            return p;
        }

        private static Map<String, Object> criterion(Model.CriterionB criterion) {
            Map<String, Object> c = located(criterion.line());
            c.put("text", criterion.text());
            putList(c, "topics", criterion.topics());
            return c;
        }

        private static Map<String, Object> resource(Model.ResourceB resource) {
            Map<String, Object> r = located(resource.line());
            r.put("id", resource.id());
            r.put("kind", resource.kind());
            r.put("title", resource.title());
            if (resource.url() != null) {
                r.put("url", resource.url());
            }
            if (resource.mustRead()) {
                r.put("mustRead", true);
            }
            return r;
        }

        /** A list entry (ids or texts), written only when it has items. */
        private static void putList(Map<String, Object> item, String key, java.util.Collection<String> values) {
            if (!values.isEmpty()) {
                item.put(key, List.copyOf(values));
            }
        }

        private static Map<String, Object> located(int line) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(YamlEmitter.LINE, line);
            return map;
        }

        private static Map<String, Object> map(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }

        private static Object text(Txt text, String lang) {
            if (text.rule() == null) {
                return text.text();
            }
            return map(lang, text.text(), "origin", "inferred:" + text.rule());
        }

        private static List<Object> points(List<PointB> points) {
            List<Object> list = new ArrayList<>();
            for (PointB point : points) {
                if (point.points.isEmpty()) {
                    list.add(point.text);
                } else {
                    Map<String, Object> p = located(point.line);
                    p.put("text", point.text);
                    p.put("points", points(point.points));
                    list.add(p);
                }
            }
            return list;
        }

        private static List<Object> notes(List<NoteB> notes, String lang) {
            List<Object> list = new ArrayList<>();
            for (NoteB note : notes) {
                Map<String, Object> n = located(note.line());
                n.put("kind", note.tip() ? "tip" : "note");
                if (note.title() != null && !note.title().isBlank()) {
                    n.put("title", note.title());
                }
                n.put("text", note.text());
                list.add(n);
            }
            return list;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The ids of the tools an item names, as its {@code tools} entry (none when it names none). */
    private static void putTools(Map<String, Object> item, java.util.Collection<String> names,
                                 Map<String, ToolB> toolsByName) {
        List<String> toolIds = names.stream().map(toolsByName::get).filter(Objects::nonNull).map(tool -> tool.id)
                .distinct().toList();
        if (!toolIds.isEmpty()) {
            item.put("tools", toolIds);
        }
    }
}
