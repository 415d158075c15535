package io.roadmapgraph.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.roadmapgraph.model.Node.Entry;
import io.roadmapgraph.model.Node.Kind;
import io.roadmapgraph.model.Node.ListNode;
import io.roadmapgraph.model.Node.Loc;
import io.roadmapgraph.model.Node.MapNode;
import io.roadmapgraph.model.Node.ScalarNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with Jackson's streaming parser. Limits on size, nesting and
 * aliases turn a huge or hostile file into a problem instead of a crash or a hang.
 */
final class NodeReader {

    /** About 5 MB of text: far more than any roadmap needs. */
    static final int MAX_CHARS = 5_000_000;
    static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 100_000;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNameLength(1_000)
            .maxNumberLength(30)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS)
            .build();

    private final Problems problems;
    /** Where the last token read stands, for failures that carry no location of their own. */
    private Loc last = new Loc(1, 1);

    NodeReader(Problems problems) {
        this.problems = problems;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(50);
        // duplicate keys are reported by this reader, with the line of the first one
        options.setAllowDuplicateKeys(true);
        return options;
    }

    /** The tree of the text, or empty when it cannot be parsed (the reason is then a problem). */
    Optional<Node> read(String text, boolean json) {
        // editors on Windows may start a UTF-8 file with a byte order mark, which JSON parsers refuse
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.length() > MAX_CHARS) {
            problems.add(new Loc(1, 1), "the file has " + content.length() + " characters, more than the limit of "
                    + MAX_CHARS + "; split the roadmap or remove what does not belong in it");
            return Optional.empty();
        }
        try (JsonParser parser = (json ? JSON : YAML).createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Loc(1, 1), "the file is empty; a roadmap file starts with 'id:', 'title:' and the"
                        + " other fields described in docs/roadmap-format.md");
                return Optional.empty();
            }
            Node root = value(parser);
            if (parser.nextToken() != null) {
                problems.add(here(parser), json
                        ? "unexpected content after the end of the JSON document; a roadmap file holds one object"
                        : "a second YAML document ('---') in the file; a roadmap file holds one document");
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            problems.add(location(e), "the file is too large or too deeply nested to be a roadmap: "
                    + e.getOriginalMessage().replaceAll(", from `[^`]*`", "") + "; simplify the file");
        } catch (JsonProcessingException e) {
            problems.add(location(e), (json ? "JSON" : "YAML") + " syntax error: " + clean(e.getOriginalMessage())
                    + "; fix the file at this place");
        } catch (IOException | RuntimeException e) {
            // snakeyaml reports some limits (code points, aliases) as plain runtime exceptions
            problems.add(new Loc(1, 1),
                    "cannot read the file as " + (json ? "JSON" : "YAML") + ": " + clean(e.getMessage()));
        }
        return Optional.empty();
    }

    private Node value(JsonParser parser) throws IOException {
        Loc at = here(parser);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.add(at, "YAML alias '*" + parser.getText() + "' is not supported in roadmap files; write the value"
                    + " out in full");
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
            return new ScalarNode(at, Kind.INVALID, "");
        }
        return switch (token) {
            case START_OBJECT -> map(parser, at);
            case START_ARRAY -> list(parser, at);
            case VALUE_STRING -> new ScalarNode(at, Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT -> new ScalarNode(at, Kind.INTEGER, integerText(parser));
            case VALUE_NUMBER_FLOAT -> new ScalarNode(at, Kind.DECIMAL, parser.getText());
            case VALUE_TRUE -> new ScalarNode(at, Kind.BOOLEAN, "true");
            case VALUE_FALSE -> new ScalarNode(at, Kind.BOOLEAN, "false");
            case VALUE_NULL -> new ScalarNode(at, Kind.NULL, "");
            default -> {
                problems.add(at, "unsupported value (a binary or otherwise tagged value) in a roadmap file; write"
                        + " plain text, numbers, lists and maps");
                yield new ScalarNode(at, Kind.INVALID, "");
            }
        };
    }

    private MapNode map(JsonParser parser, Loc at) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Loc> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Loc keyAt = here(parser);
            parser.nextToken();
            Node value = value(parser);
            Loc first = seen.putIfAbsent(key, keyAt);
            if (first == null) {
                entries.add(new Entry(key, keyAt, value));
            } else {
                problems.add(keyAt, "duplicate field '" + key + "' (first given at line " + first.line()
                        + "); keep one of them");
            }
        }
        return new MapNode(at, entries);
    }

    private ListNode list(JsonParser parser, Loc at) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser));
        }
        return new ListNode(at, items);
    }

    private static String integerText(JsonParser parser) throws IOException {
        try {
            return parser.getBigIntegerValue().toString();
        } catch (IOException | RuntimeException e) {
            return parser.getText();
        }
    }

    private Loc here(JsonParser parser) {
        last = loc(parser.currentTokenLocation());
        return last;
    }

    /**
     * Where a parse failed: snakeyaml's mark of the problem where there is one (Jackson reports the last token read
     * instead), else the exception's location, else the last token read.
     */
    private Loc location(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return new Loc(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
            }
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return loc(e.getLocation());
        }
        return last;
    }

    private static Loc loc(JsonLocation location) {
        return new Loc(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    /** The parser's own message without the source excerpt it may append (the location is reported apart). */
    private static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String firstLines = message.replace("\r", "").replaceAll("\n\\s*\n", "\n").strip();
        StringBuilder kept = new StringBuilder();
        for (String line : firstLines.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("in 'reader'") || trimmed.startsWith("in 'string'")
                    || trimmed.startsWith("^") || trimmed.startsWith("at [Source")) {
                continue;
            }
            if (line.startsWith("    ")) {
                continue; // snakeyaml's excerpt of the offending line
            }
            kept.append(kept.length() == 0 ? "" : ", ").append(trimmed);
        }
        return kept.toString();
    }
}
