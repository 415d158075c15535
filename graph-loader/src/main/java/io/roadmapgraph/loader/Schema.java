package io.roadmapgraph.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The schema the loader needs before any data: a uniqueness constraint on {@code id} per label, the full-text index. */
final class Schema {

    private Schema() {
    }

    /** Idempotent schema statements; labels and names are constants, never input. */
    static List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (String label : GraphModel.LABELS) {
            statements.add("CREATE CONSTRAINT " + constraintName(label) + " IF NOT EXISTS FOR (n:" + label
                    + ") REQUIRE n.id IS UNIQUE");
        }
        statements.add("CREATE FULLTEXT INDEX " + GraphModel.FULLTEXT_INDEX + " IF NOT EXISTS FOR (n:"
                + String.join("|", GraphModel.FULLTEXT_LABELS) + ") ON EACH ["
                + GraphModel.FULLTEXT_PROPERTIES.stream().map(p -> "n." + p).collect(Collectors.joining(", ")) + "]");
        return statements;
    }

    /** {@code topic_id}, {@code success_criterion_id}, ... */
    static String constraintName(String label) {
        return label.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + "_id";
    }
}
