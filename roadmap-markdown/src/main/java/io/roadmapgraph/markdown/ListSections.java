package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Inlines.Labelled;
import io.roadmapgraph.markdown.Model.CriterionB;
import io.roadmapgraph.markdown.Model.PrincipleB;
import io.roadmapgraph.markdown.Model.ResourceB;
import io.roadmapgraph.model.ResourceKind;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import static io.roadmapgraph.markdown.Blocks.nestedLists;
import static io.roadmapgraph.markdown.Blocks.numberPrefix;
import static io.roadmapgraph.markdown.Blocks.unquote;

/**
 * The sections that are lists of texts: principles, success criteria, resources and tips.
 */
final class ListSections extends ImportPart {

    ListSections(DocumentImport doc) {
        super(doc);
    }

    /** Principles: the items of a list (bold titles, points nested), or one subheading each with its points. */
    void principleSection(Section section) {
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

    /** Success criteria: a lead-in line ("You are ready when you:") and one criterion per line or item. */
    void criteriaSection(Section section) {
        for (Node block : section.blocks) {
            if (block instanceof Paragraph paragraph) {
                for (Inlines.Line line : Inlines.paragraphLines(paragraph)) {
                    if (line.text().endsWith(":") && doc.leadIn == null) {
                        doc.leadIn = line.text();
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

    /** Resources: one per list item (a heading that says must-read makes its items must-read). */
    void resourceSection(Section section, String heading) {
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

    /** Tips: one per item or paragraph; a motto label ("**Onthoud:**") gives the roadmap's motto. */
    void tipSection(Section section) {
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
                    doc.motto = unquote(label.get().rest());
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
}
