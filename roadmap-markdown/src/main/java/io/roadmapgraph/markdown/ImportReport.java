package io.roadmapgraph.markdown;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an import did with each line of the document, the ids it chose and the values it proposed.
 *
 * @param document  the document's file name
 * @param lines     every counted line (non-blank, not a horizontal rule), in order, with what it became
 * @param ids       the ids chosen, in the order the items appear
 * @param inferred  values the document does not state, proposed by a named rule: to review
 * @param notices   decisions the import took that neither the roadmap file nor a line's use shows (a phase heading's
 *                  number it did not keep, hours a heading states that it did not read), in line order
 */
public record ImportReport(String document, List<LineUse> lines, List<IdChoice> ids, List<Inferred> inferred,
                           List<Notice> notices) {

    /** One counted line: mapped to {@code use}, or unmapped when {@code use} is empty. */
    public record LineUse(int line, String text, String use) {
        public boolean mapped() {
            return !use.isEmpty();
        }
    }

    /** An id chosen for an item, from its title. */
    public record IdChoice(String kind, String id, String title, int line) {
    }

    /** A value proposed by a rule: the item, the field, the rule and the line it rests on. */
    public record Inferred(String item, String field, String rule, int line) {
    }

    /** A decision about a line that the user should know of: what the line says and what the import did instead. */
    public record Notice(int line, String text) {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    public ImportReport {
        Objects.requireNonNull(document, "document");
        lines = List.copyOf(lines);
        ids = List.copyOf(ids);
        inferred = List.copyOf(inferred);
        notices = notices.stream().sorted(Comparator.comparingInt(Notice::line)).toList();
    }

    /** A report without notices (the constructor before notices were reported). */
    public ImportReport(String document, List<LineUse> lines, List<IdChoice> ids, List<Inferred> inferred) {
        this(document, lines, ids, inferred, List.of());
    }

    public int mappedLines() {
        return (int) lines.stream().filter(LineUse::mapped).count();
    }

    public int countedLines() {
        return lines.size();
    }

    public List<LineUse> unmapped() {
        return lines.stream().filter(line -> !line.mapped()).toList();
    }

    /** {@code mapped N of M lines (P%)}, P rounded down to a whole percent. */
    public String summaryLine() {
        int counted = countedLines();
        int percent = counted == 0 ? 0 : (int) Math.floor(100.0 * mappedLines() / counted);
        return "mapped " + mappedLines() + " of " + counted + " lines (" + percent + "%)";
    }

    /** The whole report as text: notices, ids, inferred values, every line, the unmapped lines and the summary line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# Import report for ").append(document).append('\n');
        out.append("\n## Notices (what the import decided: check it)\n");
        notices.forEach(notice -> out.append(String.format(Locale.ROOT, "line %4d  %s%n", notice.line(),
                notice.text())));
        out.append("\n## Ids chosen\n");
        for (IdChoice id : ids) {
            out.append(String.format(Locale.ROOT, "%-9s %-40s line %4d  %s%n", id.kind(), id.id(), id.line(),
                    id.title()));
        }
        out.append("\n## Inferred values (review them)\n");
        for (Inferred value : inferred) {
            out.append(String.format(Locale.ROOT, "line %4d  %s: %s (inferred:%s)%n", value.line(), value.item(),
                    value.field(), value.rule()));
        }
        out.append("\n## Lines\n");
        for (LineUse line : lines) {
            out.append(String.format(Locale.ROOT, "%4d  %-8s %s%n", line.line(), line.mapped() ? "mapped" : "UNUSED",
                    line.mapped() ? line.use() : line.text()));
        }
        out.append("\n## Unmapped lines\n");
        unmapped().forEach(line -> out.append(String.format(Locale.ROOT, "%4d  %s%n", line.line(), line.text())));
        out.append('\n').append(summaryLine()).append('\n');
        return out.toString();
    }
}
