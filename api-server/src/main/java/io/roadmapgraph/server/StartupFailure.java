package io.roadmapgraph.server;

import java.util.Locale;
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
    /** Micronaut's validation: "Validation failed for bean definition [a.b.Settings]\n...[\n\tfield - message\n]". */
    private static final Pattern VIOLATION = Pattern.compile("^\\s*([A-Za-z0-9_.\\[\\]<> ]+?) - (.+)$",
            Pattern.MULTILINE);

    private StartupFailure() {
    }

    /** The first line to print for a start that failed with {@code failure}. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher conversion = CONVERSION.matcher(message);
            if (conversion.find() && conversion.group(2) != null) {
                return environmentVariable(conversion.group(1)) + "=" + conversion.group(2) + " is not "
                        + expected(conversion.group(3)) + " (" + conversion.group(1) + ")";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
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
