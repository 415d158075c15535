package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The schema the loader needs before any data: per label a uniqueness constraint on {@code id} (on {@code id} and
 * {@code rev} for the labels whose nodes belong to one revision, with an index on {@code rev}), the full-text index.
 */
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
            boolean perRevision = !STABLE.contains(label);
            statements.put(constraintName(label), "CREATE CONSTRAINT " + constraintName(label)
                    + " IF NOT EXISTS FOR (n:" + label + ") REQUIRE "
                    + (perRevision ? "(n.id, n." + GraphModel.REV + ")" : "n.id") + " IS UNIQUE");
            if (perRevision) {
                statements.put(revIndexName(label), "CREATE INDEX " + revIndexName(label) + " IF NOT EXISTS FOR (n:"
                        + label + ") ON (n." + GraphModel.REV + ")");
            }
        }
        statements.put(GraphModel.FULLTEXT_INDEX, "CREATE FULLTEXT INDEX " + GraphModel.FULLTEXT_INDEX
                + " IF NOT EXISTS FOR (n:" + String.join("|", GraphModel.FULLTEXT_LABELS) + ") ON EACH ["
                + GraphModel.FULLTEXT_PROPERTIES.stream().map(p -> "n." + p).collect(Collectors.joining(", ")) + "]");
        return statements;
    }

    /** Labels whose nodes are not per revision: one node per id. */
    private static final java.util.Set<String> STABLE = java.util.Set.of(GraphModel.ROADMAP, GraphModel.REVISION_LABEL);

    /**
     * {@code topic_id_rev}, {@code success_criterion_id_rev}, ...: unique per id and revision (each revision has its
     * own nodes); {@code roadmap_id}, {@code revision_id} for the labels with one node per id. Version 1 of the graph
     * model had {@code topic_id} etc. (unique per id); the migration drops them.
     */
    static String constraintName(String label) {
        return snake(label) + (STABLE.contains(label) ? "_id" : "_id_rev");
    }

    /** {@code topic_rev}, ...: finds a revision's nodes, to read or delete them. */
    static String revIndexName(String label) {
        return snake(label) + "_rev";
    }

    private static String snake(String label) {
        return label.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
