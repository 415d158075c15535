package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Inlines.Labelled;
import io.roadmapgraph.markdown.Model.ProjectB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import io.roadmapgraph.model.Level;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.roadmapgraph.markdown.Blocks.MAX_LIST_DEPTH;
import static io.roadmapgraph.markdown.Blocks.numberedLines;

/**
 * The projects sections: projects by level, and the topics each names once all topics are known.
 */
final class ProjectReader extends ImportPart {

    /** Level names of the project section being read that a scale of three maps ({@link #levelScale}). */
    private final Map<String, String> levelByName = new HashMap<>();

    ProjectReader(DocumentImport doc) {
        super(doc);
    }

    /** A projects section and its subsections, each project at the level of its heading or label. */
    void projectSection(Section section, String sectionLevel) {
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
                    ProductName name = ProductName.of(line.text());
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
    void levelScale(Section section) {
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
            ProductName name = ProductName.of(label.get().rest());
            project(name.name(), name.description(), label.get().rest(), Inlines.firstLine(paragraph),
                    Inlines.codeSpans(paragraph), labelLevel.get());
        } else if (strong.isPresent()) {
            String rest = strong.get().getNext() == null ? ""
                    : Inlines.clean(Inlines.plainFrom(strong.get().getNext()));
            project(Inlines.clean(Inlines.plain(strong.get())), Remark.afterDash(rest), text,
                    Inlines.firstLine(paragraph), Inlines.codeSpans(paragraph), level);
        } else {
            ProductName name = ProductName.of(text);
            project(name.name(), name.description(), text, Inlines.firstLine(paragraph),
                    Inlines.codeSpans(paragraph), level);
        }
        useAll(paragraph, uses.getOrDefault(Inlines.firstLine(paragraph), "project"));
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
        codes.forEach(code -> project.toolNames.add(ToolReader.toolKey(code)));
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
}
