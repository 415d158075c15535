package io.roadmapgraph.loader.cli;

import io.roadmapgraph.loader.LoadSummary;
import io.roadmapgraph.loader.LoadSummary.Change;
import io.roadmapgraph.model.Roadmap;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI's wording of roadmaps and load summaries. */
final class SummaryPrinter {

    private static final String ROW = "  %-20s %8s %8s %8s %10s%n";

    private SummaryPrinter() {
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String contents(Roadmap roadmap) {
        return "roadmap " + roadmap.id() + ": " + count(roadmap.phases().size(), "phase") + ", "
                + count(roadmap.topics().size(), "topic") + ", " + count(roadmap.tools().size(), "tool") + ", "
                + count(roadmap.projects().size(), "project");
    }

    /** A table of what changed, or one line when nothing did. */
    static void print(PrintWriter out, LoadSummary summary, long nanos) {
        String took = " (" + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms)";
        Change nodes = summary.nodeTotal();
        Change relationships = summary.relationshipTotal();
        if (!summary.changed()) {
            out.println("  no changes: " + count(nodes.unchanged(), "node") + " and "
                    + count(relationships.unchanged(), "relationship") + " already as the file says" + took);
            return;
        }
        out.printf(ROW, "", "created", "updated", "removed", "unchanged");
        rows(out, summary.nodes(), ":%s");
        rows(out, summary.relationships(), "[:%s]");
        out.println("  " + (summary.dryRun() ? "would change" : "changed") + ": nodes " + totals(nodes)
                + "; relationships " + totals(relationships) + took);
    }

    private static void rows(PrintWriter out, Map<String, Change> changes, String nameFormat) {
        changes.forEach((name, change) -> {
            if (change.changed() || change.unchanged() > 0) {
                out.printf(ROW, nameFormat.formatted(name), change.created(), change.updated(), change.removed(), change.unchanged());
            }
        });
    }

    private static String totals(Change change) {
        return change.created() + " created, " + change.updated() + " updated, " + change.removed() + " removed";
    }
}
