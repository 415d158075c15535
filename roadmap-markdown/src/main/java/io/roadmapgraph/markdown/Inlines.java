package io.roadmapgraph.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Plain text, labels, code spans, links and source lines of Markdown nodes. */
final class Inlines {

    private static final int MAX_DEPTH = 100;

    private Inlines() {
    }

    /** The text of a node's inlines, Markdown syntax removed; code spans keep their text. */
    static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text, 0);
        return text.toString();
    }

    /**
     * The text of a node's inlines as {@link #plain} gives it, with the address of each web link after its text:
     * "Read [the guide](https://example.org/guide)" gives "Read the guide (https://example.org/guide)". For texts that
     * are kept as written (points), so that a link's address is not lost.
     */
    static String plainWithAddresses(Node node) {
        StringBuilder text = new StringBuilder();
        appendWithAddresses(node, text, 0);
        return text.toString();
    }

    private static void appendWithAddresses(Node node, StringBuilder text, int depth) {
        for (Node child = node.getFirstChild(); child != null && depth <= MAX_DEPTH; child = child.getNext()) {
            if (child instanceof Link link && isWebAddress(link.getDestination())) {
                String label = plain(link);
                text.append(label);
                if (!label.strip().equals(link.getDestination())) {
                    text.append(" (").append(link.getDestination()).append(')');
                }
            } else if (child.getFirstChild() != null && !(child instanceof Link)) {
                appendWithAddresses(child, text, depth + 1);
            } else {
                appendOne(child, text, depth + 1);
            }
        }
    }

    private static boolean isWebAddress(String destination) {
        return destination != null && (destination.startsWith("https://") || destination.startsWith("http://"));
    }

    /** The text of the inlines from {@code first} (inclusive) on, siblings included. */
    static String plainFrom(Node first) {
        StringBuilder text = new StringBuilder();
        for (Node n = first; n != null; n = n.getNext()) {
            appendOne(n, text, 0);
        }
        return text.toString();
    }

    private static void append(Node node, StringBuilder text, int depth) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendOne(child, text, depth + 1);
        }
    }

    private static void appendOne(Node node, StringBuilder text, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof Text t) {
            text.append(t.getLiteral());
        } else if (node instanceof Code c) {
            text.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else {
            append(node, text, depth);
        }
    }

    /**
     * The text without emoji and other symbols, with single spaces: "🚀 Stappenplan" gives "Stappenplan", "Prompt
     * Engineering ⭐" gives "Prompt Engineering".
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || cp == 0xFE0F || cp == 0x200D || cp == 0xFEFF
                    || (type == Character.NON_SPACING_MARK && cp >= 0x20D0 && cp <= 0x20FF)
                    || Character.isISOControl(cp) && !Character.isWhitespace(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** A leading bold label and the text after it ("**Wanneer:** Voor feiten" gives "Wanneer", "Voor feiten"). */
    record Labelled(String label, String rest, boolean colon) {
    }

    static Optional<Labelled> label(Node block) {
        Node first = block.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        if (first instanceof StrongEmphasis strong) {
            String label = clean(plain(strong));
            String rest = first.getNext() == null ? "" : clean(plainFrom(first.getNext()));
            boolean colon = label.endsWith(":") || rest.startsWith(":");
            if (rest.startsWith(":")) {
                rest = rest.substring(1).strip();
            }
            label = stripEnd(label, ':').strip();
            return label.isEmpty() ? Optional.empty() : Optional.of(new Labelled(label, rest, colon));
        }
        String text = clean(plain(block));
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 40 && colon == text.length() - 1) {
            return Optional.of(new Labelled(text.substring(0, colon).strip(), "", true));
        }
        return Optional.empty();
    }

    /**
     * A label written without bold, "When: for jobs that depend on each other": at most four words before the first
     * colon, text after it. Callers compare the label with the profile's words; any other "word: text" is no label.
     */
    static Optional<Labelled> plainLabel(Node block) {
        if (block.getFirstChild() instanceof StrongEmphasis) {
            return Optional.empty();
        }
        String text = clean(plain(block));
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return Optional.empty();
        }
        String label = text.substring(0, colon).strip();
        String rest = text.substring(colon + 1).strip();
        if (label.isEmpty() || rest.isEmpty() || label.split("\\s+").length > 4) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(label, rest, true));
    }

    /** Whether a list item's text starts with a task box, "[ ] " or "[x] " (a GitHub task list). */
    static boolean isTask(String text) {
        return text.length() > 4 && text.charAt(0) == '[' && text.charAt(2) == ']' && text.charAt(3) == ' '
                && " xX".indexOf(text.charAt(1)) >= 0;
    }

    /** The text of a task-list item without its box: "[ ] Loops" gives "Loops"; other text stays as it is. */
    static String withoutTaskBox(String text) {
        return isTask(text) ? text.substring(4).strip() : text;
    }

    static String stripEnd(String text, char c) {
        String result = text;
        while (!result.isEmpty() && result.charAt(result.length() - 1) == c) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    /** The code spans among a node's inlines. */
    static List<String> codeSpans(Node node) {
        List<String> codes = new ArrayList<>();
        collectCodes(node, codes, 0);
        return codes;
    }

    private static void collectCodes(Node node, List<String> codes, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code code && !code.getLiteral().isBlank()) {
                codes.add(code.getLiteral().strip());
            } else {
                collectCodes(child, codes, depth + 1);
            }
        }
    }

    /** The first link among a node's inlines. */
    static Optional<Link> firstLink(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /** The first bold span among a node's inlines, with the text before it (a heading's "1. **Python** (...)"). */
    static Optional<StrongEmphasis> firstStrong(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof StrongEmphasis strong) {
                return Optional.of(strong);
            }
        }
        return Optional.empty();
    }

    static String plainBefore(Node stop) {
        StringBuilder text = new StringBuilder();
        for (Node n = stop.getParent().getFirstChild(); n != null && n != stop; n = n.getNext()) {
            appendOne(n, text, 0);
        }
        return text.toString();
    }

    /** 1-based source lines of a block (a paragraph: each of its lines; a container: all its lines). */
    static SortedSet<Integer> lines(Node node) {
        SortedSet<Integer> lines = new TreeSet<>();
        for (SourceSpan span : node.getSourceSpans()) {
            lines.add(span.getLineIndex() + 1);
        }
        return lines;
    }

    static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** The lines of a paragraph as separate inline runs, split at its line breaks, each with its source line. */
    record Line(int line, String text, Node firstNode) {
    }

    static List<Line> paragraphLines(Paragraph paragraph) {
        List<Line> lines = new ArrayList<>();
        List<SourceSpan> spans = paragraph.getSourceSpans();
        StringBuilder text = new StringBuilder();
        Node start = paragraph.getFirstChild();
        int index = 0;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lines.add(new Line(lineAt(spans, index), clean(text.toString()), start));
                text.setLength(0);
                start = n.getNext();
                index++;
            } else {
                appendOne(n, text, 0);
            }
        }
        lines.add(new Line(lineAt(spans, index), clean(text.toString()), start));
        lines.removeIf(line -> line.text().isEmpty());
        return lines;
    }

    private static int lineAt(List<SourceSpan> spans, int index) {
        if (spans.isEmpty()) {
            return 0;
        }
        return spans.get(Math.min(index, spans.size() - 1)).getLineIndex() + 1;
    }
}
