package io.roadmapgraph.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, texts, numbers and booleans as block YAML, every text double-quoted. A map may carry
 * the Markdown line it comes from under the key {@link #LINE}: it is written as a comment, and every YAML line
 * remembers the Markdown line of the innermost such map, so that a problem in the YAML points at the document.
 */
final class YamlEmitter {

    static final String LINE = "#line";

    private final StringBuilder out = new StringBuilder();
    private final List<Integer> markdownLines = new ArrayList<>();
    private int current;

    String emit(List<String> header, Map<String, Object> root) {
        header.forEach(line -> line("# " + line));
        mapBody(root, 0, false);
        return out.toString();
    }

    /** The Markdown line of a YAML line (1-based), 0 when it has none. */
    int markdownLine(int yamlLine) {
        for (int i = Math.min(yamlLine, markdownLines.size()) - 1; i >= 0; i--) {
            if (markdownLines.get(i) > 0) {
                return markdownLines.get(i);
            }
        }
        return 0;
    }

    private void line(String text) {
        out.append(text).append('\n');
        markdownLines.add(current);
    }

    /** The fields of a map; with {@code dash}, the first one on the line of a list item's dash. */
    private void mapBody(Map<String, Object> map, int indent, boolean dash) {
        boolean first = dash;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            if (entry.getKey().equals(LINE)) {
                continue;
            }
            String pad = first ? " ".repeat(indent - 2) + "- " : " ".repeat(indent);
            first = false;
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> child) {
                line(pad + entry.getKey() + ":");
                withLine(cast(child), () -> mapBody(cast(child), indent + 2, false));
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    line(pad + entry.getKey() + ": []");
                } else {
                    line(pad + entry.getKey() + ":");
                    list(list, indent + 2);
                }
            } else {
                line(pad + entry.getKey() + ": " + scalar(value));
            }
        }
    }

    private void list(List<?> list, int indent) {
        String pad = " ".repeat(indent);
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                Map<String, Object> fields = cast(map);
                withLine(fields, () -> {
                    Object line = fields.get(LINE);
                    if (line instanceof Integer number && number > 0) {
                        line(pad + "# line " + number);
                    }
                    mapBody(fields, indent + 2, true);
                });
            } else if (item instanceof List<?> inner) {
                line(pad + "-");
                list(inner, indent + 2);
            } else {
                line(pad + "- " + scalar(item));
            }
        }
    }

    private void withLine(Map<String, Object> map, Runnable body) {
        int saved = current;
        if (map.get(LINE) instanceof Integer number && number > 0) {
            current = number;
        }
        body.run();
        current = saved;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String scalar(Object value) {
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        return quote(String.valueOf(value));
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    static String quote(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || c == 0xFFFE || c == 0xFFFF) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
