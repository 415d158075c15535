package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/** The schema the loader needs before any data: a uniqueness constraint on {@code id} per label, the full-text index. */
final class Schema {

    private Schema() {
    }

    /**
     * Idempotent schema statements by the name of the index they create (a uniqueness constraint's backing index has
     * the constraint's name); labels and names are constants, never input.
     */
    static Map<String, String> statements() {
        Map<String, String> statements = new LinkedHashMap<>();
        for (String label : GraphModel.LABELS) {
            statements.put(constraintName(label), "CREATE CONSTRAINT " + constraintName(label)
                    + " IF NOT EXISTS FOR (n:" + label + ") REQUIRE n.id IS UNIQUE");
        }
        statements.put(GraphModel.FULLTEXT_INDEX, "CREATE FULLTEXT INDEX " + GraphModel.FULLTEXT_INDEX
                + " IF NOT EXISTS FOR (n:" + String.join("|", GraphModel.FULLTEXT_LABELS) + ") ON EACH ["
                + GraphModel.FULLTEXT_PROPERTIES.stream().map(p -> "n." + p).collect(Collectors.joining(", ")) + "]");
        return statements;
    }

    /** {@code topic_id}, {@code success_criterion_id}, ... */
    static String constraintName(String label) {
        return label.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + "_id";
    }
}
