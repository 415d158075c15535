package io.roadmapgraph.markdown;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the readers of a document ask of its blocks: their text, a number before a title, the lists
 * nested in an item, the numbered lines of a paragraph.
 */
final class Blocks {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d{1,3})[.)]\\s*(.*)$");
    /** "1.2 NumPy", "2.3.1. Tokens": a section number; its last part numbers the topic within its phase */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("^(?:\\d{1,3}\\.)+(\\d{1,3})\\.?\\s+(?=\\S)");
    /** How deep nested lists and sections are read. */
    static final int MAX_LIST_DEPTH = 20;

    private Blocks() {
    }

    /** {@link #NUMBER_PREFIX} on the text, a dotted section number read as its last part ("1.2 NumPy" as "2. NumPy"). */
    static Matcher numberPrefix(String text) {
        return NUMBER_PREFIX.matcher(DOTTED_NUMBER.matcher(text).replaceFirst("$1. "));
    }

    /** A block's text without Markdown, emoji and extra spaces; empty when nothing is left. */
    static String text(Node block) {
        return Inlines.clean(Inlines.plain(block));
    }

    /**
     * A block's text as {@link #text} gives it, with the address of each web link after its text: for texts kept as
     * written (a summary, a goal, a note), so that an address is not lost.
     */
    static String written(Node block) {
        return Inlines.clean(Inlines.plainWithAddresses(block));
    }

    /** The numbers written in a text, in order ("2-3 maanden" gives 2 and 3). */
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

    static List<ListItem> nestedItems(ListItem item) {
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

    static List<ListBlock> nestedLists(ListItem item) {
        List<ListBlock> lists = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                lists.add(list);
            }
        }
        return lists;
    }

    /**
     * "2. Title - summary" lines inside a paragraph: CommonMark lets only a list starting at 1 interrupt a paragraph,
     * so "**Gevorderd:**" followed directly by "2. ..." is one paragraph.
     */
    static List<Inlines.Line> numberedLines(Paragraph paragraph) {
        List<Inlines.Line> numbered = new ArrayList<>();
        for (Inlines.Line line : Inlines.paragraphLines(paragraph)) {
            Matcher number = numberPrefix(line.text());
            if (number.matches() && !number.group(2).isBlank()) {
                numbered.add(new Inlines.Line(line.line(), number.group(2).strip(), line.firstNode()));
            }
        }
        return numbered;
    }

    static String unquote(String text) {
        String t = text.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
