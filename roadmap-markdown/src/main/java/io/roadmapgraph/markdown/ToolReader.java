package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Model.ToolB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import io.roadmapgraph.model.ToolCategory;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.roadmapgraph.markdown.Blocks.text;

/**
 * Tools: the tools sections, and the tools that topics, projects and tables mention.
 */
final class ToolReader extends ImportPart {

    ToolReader(DocumentImport doc) {
        super(doc);
    }

    /** A tool named in the document: defined in a tools section, or mentioned in a topic or project. */
    void mention(String name, String description, TopicB topic, String context, int line) {
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

    /** A tools section: its items are tools, in the category its heading (or a bold label line) names. */
    void toolSection(Section section, String sectionContext) {
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
        List<ProductName> names = new ArrayList<>();
        String text = Inlines.clean(Inlines.plain(paragraph));
        if (link.isPresent()) {
            String name = Inlines.clean(Inlines.plain(link.get()));
            String rest = link.get().getNext() == null ? "" : Inlines.clean(Inlines.plainFrom(link.get().getNext()));
            names.add(new ProductName(name, Remark.afterDash(rest), link.get().getDestination()));
        } else {
            names.addAll(ProductName.split(text));
        }
        for (ProductName name : names) {
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
                names.stream().map(ProductName::name).toList()));
    }
}
