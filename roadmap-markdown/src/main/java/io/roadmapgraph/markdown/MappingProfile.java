package io.roadmapgraph.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.roadmapgraph.model.Level;
import io.roadmapgraph.model.ResourceKind;
import io.roadmapgraph.model.ToolCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How the headings, labels and markers of a Markdown roadmap document map to the parts of a roadmap. The default
 * ({@link #defaults()}) reads Dutch and English documents in the style of the AI Engineer plan; a small YAML file
 * ({@link #withOverrides(Path)}) replaces the entries it names. Every word list is matched case-insensitively against
 * the plain text of one heading, label or line; the three heading patterns are regular expressions over one heading's
 * text only.
 */
public record MappingProfile(
        Pattern phaseHeading,
        Pattern layerHeading,
        Pattern routeHeading,
        List<String> monthWords,
        List<String> weekWords,
        List<String> ongoingWords,
        Map<String, List<String>> sections,
        Map<String, List<String>> tables,
        List<String> keyWords,
        List<String> startHereWords,
        List<String> electiveWords,
        List<String> whenToUseLabels,
        List<String> tipLabels,
        List<String> noteLabels,
        List<String> toolLabels,
        List<String> topicLabels,
        List<String> mottoLabels,
        List<String> orderLabels,
        List<String> goalLabels,
        List<String> durationLabels,
        boolean subtopicsFromBullets,
        List<String> subtopicGroupLabels,
        Map<Level, List<String>> levels,
        List<Map.Entry<String, ToolCategory>> toolCategories,
        ToolCategory defaultToolCategory,
        String toolUrl,
        List<Map.Entry<String, ResourceKind>> resourceKinds,
        ResourceKind defaultResourceKind,
        List<String> mustReadWords,
        int studyHoursPerWeek,
        int ongoingPhaseHoursPerTopic) {

    /** The section kinds a profile's {@code sections} may name. */
    public static final List<String> SECTION_KINDS =
            List.of("overview", "projects", "route", "principles", "successCriteria", "resources", "tips", "tools");
    /** The table rules a profile's {@code tables} may name, tried in this order; other tables' rows are points. */
    public static final List<String> TABLE_KINDS = List.of("tools", "phases", "route");

    private static final String DEFAULT_RESOURCE = "default-profile.yaml";
    private static final ObjectMapper YAML = new YAMLMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public MappingProfile {
        Objects.requireNonNull(phaseHeading, "phaseHeading");
        Objects.requireNonNull(layerHeading, "layerHeading");
        Objects.requireNonNull(routeHeading, "routeHeading");
        sections = Map.copyOf(sections);
        tables = Map.copyOf(tables);
        levels = Map.copyOf(levels);
        toolCategories = List.copyOf(toolCategories);
        resourceKinds = List.copyOf(resourceKinds);
        if (studyHoursPerWeek < 1 || ongoingPhaseHoursPerTopic < 1) {
            throw new MarkdownImportException("profile: studyHoursPerWeek and ongoingPhaseHoursPerTopic must be "
                    + "whole numbers of at least 1");
        }
    }

    /** The profile for documents in the style of the bundled AI Engineer plan, Dutch or English. */
    public static MappingProfile defaults() {
        try (InputStream in = MappingProfile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return from((ObjectNode) YAML.readTree(Objects.requireNonNull(in, DEFAULT_RESOURCE)), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The default profile with the entries of a YAML file in its place (an entry given replaces the default one
     * whole).
     *
     * @throws MarkdownImportException when the file cannot be read or names an unknown entry or value
     */
    public static MappingProfile withOverrides(Path file) {
        JsonNode overrides;
        try {
            overrides = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new MarkdownImportException("profile " + file + ": not valid YAML: "
                    + e.getOriginalMessage() + "; fix the file");
        } catch (IOException e) {
            throw new MarkdownImportException("profile " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (overrides == null || overrides.isMissingNode() || overrides.isNull()) {
            return defaults();
        }
        if (!overrides.isObject()) {
            throw new MarkdownImportException("profile " + file + ": must be a map of entries (phaseHeading: ...), "
                    + "see docs/markdown-import.md");
        }
        try (InputStream in = MappingProfile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            ObjectNode merged = (ObjectNode) YAML.readTree(in);
            overrides.properties().forEach(entry -> {
                if (!merged.has(entry.getKey())) {
                    throw new MarkdownImportException("profile " + file + ": unknown entry '" + entry.getKey()
                            + "'; the entries are " + String.join(", ", iterable(merged)));
                }
                merged.set(entry.getKey(), entry.getValue());
            });
            return from(merged, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static MappingProfile from(ObjectNode node, String where) {
        Map<String, List<String>> sections = kinds(node, "sections", SECTION_KINDS, where);
        Map<String, List<String>> tables = kinds(node, "tables", TABLE_KINDS, where);
        Map<Level, List<String>> levels = new java.util.EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, words(node.path("levels"), level.name().toLowerCase(Locale.ROOT), where));
        }
        return new MappingProfile(
                pattern(node, "phaseHeading", where), pattern(node, "layerHeading", where),
                pattern(node, "routeHeading", where),
                words(node, "monthWords", where), words(node, "weekWords", where), words(node, "ongoingWords", where),
                sections, tables,
                words(node, "keyWords", where), words(node, "startHereWords", where),
                words(node, "electiveWords", where),
                words(node, "whenToUseLabels", where), words(node, "tipLabels", where),
                words(node, "noteLabels", where), words(node, "toolLabels", where), words(node, "topicLabels", where),
                words(node, "mottoLabels", where), words(node, "orderLabels", where),
                words(node, "goalLabels", where), words(node, "durationLabels", where),
                bool(node, "subtopicsFromBullets", where), words(node, "subtopicGroupLabels", where),
                levels,
                pairs(node, "toolCategories", ToolCategory.class, where),
                enumValue(node.path("defaultToolCategory").asText(), ToolCategory.class, "defaultToolCategory", where),
                text(node, "toolUrl", where),
                pairs(node, "resourceKinds", ResourceKind.class, where),
                enumValue(node.path("defaultResourceKind").asText(), ResourceKind.class, "defaultResourceKind", where),
                words(node, "mustReadWords", where),
                node.path("studyHoursPerWeek").asInt(0), node.path("ongoingPhaseHoursPerTopic").asInt(0));
    }

    /** A map of kind to words ("sections", "tables"), each kind one of {@code known}. */
    private static Map<String, List<String>> kinds(JsonNode node, String field, List<String> known, String where) {
        Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
        node.path(field).properties().forEach(entry -> {
            if (!known.contains(entry.getKey())) {
                throw new MarkdownImportException("profile " + where + ": unknown "
                        + field.substring(0, field.length() - 1) + " kind '"
                        + entry.getKey() + "'; the kinds are " + String.join(", ", known));
            }
            kinds.put(entry.getKey(), words(node.path(field), entry.getKey(), where));
        });
        return kinds;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new MarkdownImportException("profile " + where + ": '" + field + "' must be a text");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw new MarkdownImportException("profile " + where + ": '" + field + "' must be true or false");
        }
        return value.asBoolean();
    }

    private static Pattern pattern(JsonNode node, String field, String where) {
        String text = text(node, field, where);
        try {
            return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new MarkdownImportException("profile " + where + ": '" + field + "' is not a valid regular "
                    + "expression: " + e.getDescription());
        }
    }

    private static List<String> words(JsonNode node, String field, String where) {
        JsonNode list = node.path(field);
        if (!list.isArray()) {
            throw new MarkdownImportException("profile " + where + ": '" + field + "' must be a list of words");
        }
        List<String> words = new java.util.ArrayList<>();
        list.forEach(word -> words.add(word.asText().toLowerCase(Locale.ROOT)));
        return List.copyOf(words);
    }

    private static <E extends Enum<E>> List<Map.Entry<String, E>> pairs(JsonNode node, String field, Class<E> type,
                                                                     String where) {
        JsonNode list = node.path(field);
        if (!list.isArray()) {
            throw new MarkdownImportException("profile " + where + ": '" + field + "' must be a list of [word, value]");
        }
        List<Map.Entry<String, E>> pairs = new java.util.ArrayList<>();
        for (JsonNode pair : list) {
            if (!pair.isArray() || pair.size() != 2) {
                throw new MarkdownImportException("profile " + where + ": each entry of '" + field
                        + "' is a pair [word, value], found " + pair);
            }
            pairs.add(Map.entry(pair.get(0).asText().toLowerCase(Locale.ROOT),
                    enumValue(pair.get(1).asText(), type, field, where)));
        }
        return pairs;
    }

    private static <E extends Enum<E>> E enumValue(String text, Class<E> type, String field, String where) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new MarkdownImportException("profile " + where + ": unknown value '" + text + "' in '" + field
                    + "'; use one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
        }
    }

    /** The section kind a heading names, if any. */
    Optional<String> sectionOf(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        for (String kind : SECTION_KINDS) {
            for (String word : sections.getOrDefault(kind, List.of())) {
                if (lower.contains(word)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of section a heading inside a phase starts with ("Tools", "Projecten voor deze fase"): there a section
     * word elsewhere in the heading ("Versiebeheer & tooling", "Full-stack basics") names a topic, not a section.
     */
    Optional<String> sectionStartingWith(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT).strip();
        for (String kind : SECTION_KINDS) {
            for (String word : sections.getOrDefault(kind, List.of())) {
                if (lower.startsWith(word)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    static boolean mentions(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }

    static boolean isOneOf(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return words.contains(lower);
    }

    <E> Optional<E> firstMatch(List<Map.Entry<String, E>> pairs, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return pairs.stream().filter(pair -> lower.contains(pair.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
