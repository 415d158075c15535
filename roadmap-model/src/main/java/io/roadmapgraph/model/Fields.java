package io.roadmapgraph.model;

import io.roadmapgraph.model.Node.Entry;
import io.roadmapgraph.model.Node.Kind;
import io.roadmapgraph.model.Node.ListNode;
import io.roadmapgraph.model.Node.Loc;
import io.roadmapgraph.model.Node.MapNode;
import io.roadmapgraph.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The fields of one map in a roadmap file (a topic, a tool, ...), read one by one. Each reader method reports what
 * is wrong with its field as a problem and returns empty, so reading always goes on to the next field.
 */
final class Fields {

    /** A string value with where it stands: an id, or a reference to one. */
    record Ref(String id, Loc at) {
    }

    /** A whole number with where it stands. */
    record Num(int value, Loc at) {
    }

    private static final String TEXT_HINT = "{en: ..., nl: ...}";
    private static final List<String> TEXT_FIELDS = List.of("en", "nl", "origin");

    private final Problems problems;
    private final Suggestions suggestions;
    private final String label;
    private final Optional<MapNode> map;
    private final Loc at;
    /** Missing fields that an unknown field probably meant: already reported as that unknown field. */
    private final Set<String> misspelled;

    private final FileRules rules;

    private Fields(Problems problems, Suggestions suggestions, FileRules rules, String label, Optional<MapNode> map,
                   Loc at, Set<String> misspelled) {
        this.rules = rules;
        this.misspelled = misspelled;
        this.problems = problems;
        this.suggestions = suggestions;
        this.label = label;
        this.map = map;
        this.at = at;
    }

    /**
     * The fields of {@code node}, which must be a map holding only the {@code known} keys.
     *
     * @param label how the map is named in messages ("topic 'rag'")
     */
    static Fields of(Node node, String label, List<String> known, Problems problems, Suggestions suggestions,
                     FileRules rules) {
        if (node instanceof MapNode map) {
            Set<String> misspelled = new HashSet<>();
            for (Entry entry : map.entries()) {
                if (!known.contains(entry.key())) {
                    Optional<String> meant = suggestions.nearest(entry.key(), known)
                            .filter(k -> map.entry(k).isEmpty());
                    meant.ifPresent(misspelled::add);
                    problems.add(entry.keyAt(), "unknown field '" + entry.key() + "' in " + label
                            + meant.map(s -> "; did you mean '" + s + "'?")
                            .orElse("; the fields are " + String.join(", ", known)));
                }
            }
            return new Fields(problems, suggestions, rules, label, Optional.of(map), map.at(), misspelled);
        }
        if (!isInvalid(node)) {
            problems.add(node.at(), label + " must be a map of fields (key: value), found " + node.describe());
        }
        return new Fields(problems, suggestions, rules, label, Optional.empty(), node.at(), Set.of());
    }

    /** How an item of a list is named: "topic 'rag'" when it has a proper id, else "topic #3". */
    static String label(Node node, String kind, int index) {
        if (node instanceof MapNode map) {
            Optional<String> id = map.entry("id").map(Entry::value)
                    .filter(v -> v instanceof ScalarNode s && s.kind() == Kind.STRING)
                    .map(v -> ((ScalarNode) v).text())
                    .filter(s -> Ids.KEBAB_CASE.matcher(s).matches());
            if (id.isPresent()) {
                return kind + " '" + id.get() + "'";
            }
        }
        return kind + " #" + (index + 1);
    }

    String label() {
        return label;
    }

    Loc at() {
        return at;
    }

    /** Where the field's key stands, or where the map starts when the field is absent. */
    Loc at(String key) {
        return entry(key).map(Entry::keyAt).orElse(at);
    }

    Fields nested(String key, List<String> known, boolean required, String hint) {
        return value(key, required, hint)
                .map(v -> of(v, "'" + key + "' of " + label, known, problems, suggestions, rules))
                .orElseGet(() -> new Fields(problems, suggestions, rules, "'" + key + "' of " + label, Optional.empty(), at,
                        Set.of()));
    }

    /** True when the map has the field, whatever its value. */
    boolean has(String key) {
        return entry(key).isPresent();
    }

    /** False when the node was not a map at all (already reported); its fields then are not reported missing. */
    boolean isMap() {
        return map.isPresent();
    }

    Optional<Text> text(String key, boolean required) {
        return text(key, required, FileRules.Kind.TEXTS);
    }

    /** A text whose origin, unless it gives its own, is the file's default for {@code kind}. */
    Optional<Text> text(String key, boolean required, FileRules.Kind kind) {
        return value(key, required, TEXT_HINT).flatMap(v -> text(v, "'" + key + "' of " + label, kind));
    }

    Optional<Text> text(Node node, String where) {
        return text(node, where, FileRules.Kind.TEXTS);
    }

    /**
     * A Text: a plain string (the text in the roadmap's main language) or a map {en, nl, origin}. Every text has the
     * main language; a language the roadmap does not declare is a problem.
     */
    Optional<Text> text(Node node, String where, FileRules.Kind kind) {
        Origin origin = rules.origin(kind);
        if (node instanceof ScalarNode s && isStringy(s)) {
            if (s.text().isBlank()) {
                problems.add(s.at(), where + " is blank; write the text");
                return Optional.empty();
            }
            Optional<String> text = Optional.of(s.text());
            return Optional.of(rules.main().equals("en") ? new Text(text, Optional.empty(), origin)
                    : new Text(Optional.empty(), text, origin));
        }
        if (node instanceof MapNode) {
            Fields fields = of(node, where, TEXT_FIELDS, problems, suggestions, rules);
            Optional<String> en = fields.language("en");
            Optional<String> nl = fields.language("nl");
            Optional<Origin> own = fields.origin("origin");
            boolean complete = fields.entry("origin").isEmpty() || own.isPresent();
            if ((en.isEmpty() && nl.isEmpty()) || !complete || (rules.main().equals("en") ? en : nl).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Text(en, nl, own.orElse(origin)));
        }
        mismatch(node, where, "a text (a string, or " + TEXT_HINT + ")");
        return Optional.empty();
    }

    /** Every item of an optional list of texts; broken items are reported and left out. */
    List<Text> texts(String key) {
        return each(key, this::text);
    }

    /** The items of an optional list read one by one; broken items are reported and left out. */
    private <T> List<T> each(String key, BiFunction<Node, String, Optional<T>> read) {
        List<Node> items = list(key, false);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read.apply(items.get(i), "item " + (i + 1) + " of '" + key + "' of " + label).ifPresent(values::add);
        }
        return values;
    }

    /** A non-blank string. */
    Optional<String> string(String key, boolean required) {
        return value(key, required, "<text>").flatMap(v -> {
            if (v instanceof ScalarNode s && isStringy(s)) {
                if (s.text().isBlank()) {
                    problems.add(s.at(), "field '" + key + "' of " + label + " is blank; write a value");
                    return Optional.empty();
                }
                return Optional.of(s.text());
            }
            mismatch(v, "field '" + key + "' of " + label, "a string");
            return Optional.empty();
        });
    }

    /**
     * One language of a text: required when it is the roadmap's main language, refused when the roadmap does not
     * declare it.
     */
    private Optional<String> language(String code) {
        if (!rules.languages().contains(code)) {
            entry(code).ifPresent(e -> problems.add(e.keyAt(), "'" + code + "' text in " + label + ", but the roadmap's"
                    + " languages are " + String.join(", ", rules.languages()) + "; add " + code + " to 'languages'"
                    + " at the top of the file or remove this text"));
            return Optional.empty();
        }
        if (rules.main().equals(code) && isMap() && entry(code).isEmpty()) {
            problems.add(at, label + " has no '" + code + "' text, and " + code + " is the roadmap's main language (the"
                    + " first of 'languages'); add " + code + ": <text>");
            return Optional.empty();
        }
        return string(code, rules.main().equals(code));
    }

    /** An origin: document, authored or inferred:<rule>. */
    Optional<Origin> origin(String key) {
        return string(key, false).flatMap(text -> {
            Optional<Origin> origin = Origin.parse(text);
            if (origin.isEmpty()) {
                problems.add(valueAt(key), "field '" + key + "' of " + label + " must be document, authored or"
                        + " inferred:<rule> (a kebab-case rule name), found '" + text + "'");
            }
            return origin;
        });
    }

    /** An http(s) address. */
    Optional<String> url(String key, boolean required) {
        return string(key, required).filter(url -> {
            if (url.startsWith("https://") || url.startsWith("http://")) {
                return true;
            }
            problems.add(valueAt(key), "field '" + key + "' of " + label + " must be an http(s) address, found '"
                    + url + "'; write it as https://...");
            return false;
        });
    }

    /**
     * This map's own id, which must be kebab-case. One that is not is reported and still returned, so that the
     * references to it resolve and the one mistake is reported once.
     */
    Optional<Ref> id(String key, boolean required) {
        Optional<Ref> id = reference(key, required);
        id.filter(ref -> !Ids.KEBAB_CASE.matcher(ref.id()).matches()).ifPresent(ref -> {
            String kebab = Suggestions.kebab(ref.id());
            problems.add(ref.at(), "id '" + ref.id() + "' of " + label + " is not kebab-case; use lower-case letters,"
                    + " digits and single hyphens" + (kebab.isEmpty() ? "" : ", e.g. '" + kebab + "'"));
        });
        return id;
    }

    /** The id of something defined elsewhere in the file; whether it exists is checked later. */
    Optional<Ref> reference(String key, boolean required) {
        return value(key, required, "<a kebab-case id>").flatMap(v -> reference(v, "field '" + key + "' of " + label));
    }

    private Optional<Ref> reference(Node node, String where) {
        if (node instanceof ScalarNode s && isStringy(s) && !s.text().isBlank()) {
            return Optional.of(new Ref(s.text(), s.at()));
        }
        mismatch(node, where, "an id");
        return Optional.empty();
    }

    /** An optional list of ids of things defined elsewhere. */
    List<Ref> references(String key) {
        return each(key, this::reference);
    }

    Optional<Num> integer(String key, boolean required, int min) {
        String expected = "a whole number of at least " + min;
        return value(key, required, "<" + expected + ">").flatMap(v -> {
            if (v instanceof ScalarNode s && s.kind() == Kind.INTEGER) {
                try {
                    int value = Integer.parseInt(s.text());
                    if (value >= min) {
                        return Optional.of(new Num(value, s.at()));
                    }
                } catch (NumberFormatException e) {
                    // too large: reported below like any number out of range
                }
            }
            mismatch(v, "field '" + key + "' of " + label, expected);
            return Optional.empty();
        });
    }

    boolean bool(String key) {
        return value(key, false, "").map(v -> {
            if (v instanceof ScalarNode s && s.kind() == Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            mismatch(v, "field '" + key + "' of " + label, "true or false");
            return false;
        }).orElse(false);
    }

    /** An enum constant, written in lower kebab-case in the file ({@code llm-api} for {@code LLM_API}). */
    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Fields::fileName).toList();
        return value(key, true, "<one of " + String.join(", ", names) + ">").flatMap(v -> {
            if (v instanceof ScalarNode s && isStringy(s)) {
                for (E constant : type.getEnumConstants()) {
                    if (fileName(constant).equals(s.text())) {
                        return Optional.of(constant);
                    }
                }
                problems.add(s.at(), "unknown " + key + " '" + s.text() + "' in " + label
                        + "; use one of " + String.join(", ", names)
                        + suggestions.nearest(s.text(), names).map(n -> " (did you mean '" + n + "'?)").orElse(""));
                return Optional.empty();
            }
            mismatch(v, "field '" + key + "' of " + label, "one of " + String.join(", ", names));
            return Optional.empty();
        });
    }

    static String fileName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The items of a list field; empty (and reported) when it is not a list. */
    List<Node> list(String key, boolean required) {
        return value(key, required, "[...]").map(v -> {
            if (v instanceof ListNode list) {
                return list.items();
            }
            mismatch(v, "field '" + key + "' of " + label, "a list");
            return List.<Node>of();
        }).orElse(List.of());
    }

    /**
     * The value of a field. A missing required field is reported with a hint of what to write; an empty value
     * ({@code title:} with nothing after it) counts as missing.
     */
    Optional<Node> value(String key, boolean required, String hint) {
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entry> entry = entry(key);
        if (entry.isPresent() && isInvalid(entry.get().value())) {
            return Optional.empty();
        }
        if (entry.isPresent() && !isNull(entry.get().value())) {
            return Optional.of(entry.get().value());
        }
        if (required && entry.isPresent()) {
            problems.add(entry.get().keyAt(),
                    "field '" + key + "' of " + label + " is empty; write " + key + ": " + hint);
        } else if (required && !misspelled.contains(key)) {
            problems.add(at, "missing field '" + key + "' in " + label + "; add " + key + ": " + hint);
        }
        return Optional.empty();
    }

    private Loc valueAt(String key) {
        return entry(key).map(e -> e.value().at()).orElse(at);
    }

    private Optional<Entry> entry(String key) {
        return map.flatMap(m -> m.entry(key));
    }

    private void mismatch(Node node, String what, String expected) {
        if (!isInvalid(node)) {
            problems.add(node.at(), what + " must be " + expected + ", found " + node.describe());
        }
    }

    /** Numbers and booleans count as strings where a string is expected (a tool named 2048, a Dutch "no"). */
    private static boolean isStringy(ScalarNode s) {
        return s.kind() == Kind.STRING || s.kind() == Kind.INTEGER || s.kind() == Kind.DECIMAL
                || s.kind() == Kind.BOOLEAN;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.kind() == Kind.NULL;
    }

    private static boolean isInvalid(Node node) {
        return node instanceof ScalarNode s && s.kind() == Kind.INVALID;
    }
}
