package io.roadmapgraph.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed start (Micronaut's injection exceptions wrapped around the cause) into the one line a user can act
 * on: the environment variable, the value and what it should be, or the cause's own message when it already says
 * that.
 */
final class StartupFailure {

    /** Micronaut: "Error resolving property value [x.y]. Unable to convert value [v] to target type [T] ...". */
    private static final Pattern CONVERSION = Pattern.compile(
            "Error resolving property value \\[([^\\]]+)\\]\\. (?:Unable to convert value \\[([^\\]]*)\\] to target"
                    + " type \\[([^\\]]+)\\])?");
    /** Micronaut's validation: "Validation failed for bean definition [a.b.Settings]", then "\ta.b.Settings.f - msg". */
    private static final Pattern VALIDATION = Pattern.compile("Validation failed for bean definition \\[([^\\]]+)\\]");
    private static final Pattern VIOLATION = Pattern.compile("^\\t([A-Za-z0-9_.$\\[\\]<> ]+?) - (.+)$",
            Pattern.MULTILINE);

    private StartupFailure() {
    }

    /**
     * What to print for a start that failed with {@code failure}: its first line says what is wrong; {@code
     * environment} gives the value of a setting a constraint refused.
     */
    static String describe(Throwable failure, UnaryOperator<String> environment) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher conversion = CONVERSION.matcher(message);
            if (conversion.find() && conversion.group(2) != null) {
                return environmentVariable(conversion.group(1)) + "=" + conversion.group(2) + " is not "
                        + expected(conversion.group(3)) + " (" + conversion.group(1) + ")";
            }
            Matcher bean = VALIDATION.matcher(message);
            if (bean.find()) {
                return violations(bean.group(1), message, environment);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        List<String> lines = String.valueOf(root.getMessage()).lines().toList();
        if (lines.size() > 1 && lines.get(0).endsWith(":")) {
            // "1 problem in roadmap file:" and the problem: one first line that names the file
            return lines.get(0) + " " + String.join("\n", lines.subList(1, lines.size())).strip();
        }
        return lines.isEmpty() ? root.getClass().getSimpleName() : String.join("\n", lines);
    }

    /** Each violated constraint of the settings class {@code type}: variable, value (not a password's), message. */
    private static String violations(String type, String message, UnaryOperator<String> environment) {
        String prefix = prefixOf(type);
        List<String> found = new ArrayList<>();
        Matcher violation = VIOLATION.matcher(message);
        while (violation.find()) {
            String field = violation.group(1).substring(violation.group(1).lastIndexOf('.') + 1)
                    .replaceAll("\\[.*", "");
            String property = prefix.isEmpty() ? field : prefix + "." + kebab(field);
            String value = environment.apply(property);
            String shown = value == null || property.contains("password") || property.contains("token") ? ""
                    : "=" + value;
            found.add(environmentVariable(property) + shown + " " + violation.group(2).strip() + " (" + property
                    + ")");
        }
        return found.isEmpty() ? message.lines().findFirst().orElse(message) : String.join("; ", found);
    }

    private static String prefixOf(String type) {
        try {
            ConfigurationProperties properties = Class.forName(type).getAnnotation(ConfigurationProperties.class);
            return properties == null ? "" : properties.value();
        } catch (ClassNotFoundException e) {
            return "";
        }
    }

    private static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Micronaut's mapping, backwards: roadmap.query.snapshot-max-age is ROADMAP_QUERY_SNAPSHOT_MAX_AGE. */
    static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String expected(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return switch (simple) {
            case "Duration" -> "a duration: a number with a unit, such as 5s, 500ms or 2m";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a " + simple;
        };
    }

}
