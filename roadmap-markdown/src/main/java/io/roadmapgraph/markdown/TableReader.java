package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.DocumentImport.Section;
import io.roadmapgraph.markdown.Model.NoteB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.PointB;
import io.roadmapgraph.markdown.Model.StageB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import static io.roadmapgraph.markdown.Blocks.numbers;
import static io.roadmapgraph.markdown.Blocks.text;

/**
 * GFM tables: rows of tools, phases, route stages, and rows no rule maps (docs/markdown-import.md, "Tables").
 */
final class TableReader extends ImportPart {

    TableReader(DocumentImport doc) {
        super(doc);
    }

    /** Every GFM table of the document, with the topic and phase it is under (docs/markdown-import.md, "Tables"). */
    void tables(Section section, PhaseB phase, TopicB topic) {
        PhaseB inPhase = doc.phaseOf.getOrDefault(section.heading, phase);
        TopicB inTopic = doc.topicOf.getOrDefault(section.heading, topic);
        for (Node block : section.blocks) {
            if (block instanceof TableBlock table) {
                table(table, section, inPhase, inTopic);
            }
        }
        section.children.forEach(child -> tables(child, inPhase, inTopic));
    }

    private void table(TableBlock table, Section section, PhaseB phase, TopicB topic) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(text(cell));
                }
                if (part instanceof TableHead) {
                    header = cells;
                    // the header row and the delimiter row under it
                    int line = Inlines.firstLine(row);
                    use(line, "table header");
                    use(line > 0 ? line + 1 : 0, "table header");
                } else if (part instanceof TableBody && cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(cells);
                    rowLines.add(Inlines.firstLine(row));
                }
            }
        }
        String first = header.isEmpty() ? "" : header.get(0);
        String kind = MappingProfile.TABLE_KINDS.stream()
                .filter(k -> MappingProfile.isOneOf(first, profile.tables().getOrDefault(k, List.of())))
                .findFirst().orElse("points");
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int line = rowLines.get(i);
            boolean mapped = switch (kind) {
                case "tools" -> toolRow(cells, section, topic, line);
                case "phases" -> phaseRow(cells, line);
                case "route" -> routeRow(first, cells, line, phase, topic);
                default -> false;
            };
            if (!mapped) {
                pointRow(cells, phase, topic, line);
            }
        }
    }

    private boolean toolRow(List<String> cells, Section section, TopicB topic, int line) {
        if (cells.get(0).isEmpty()) {
            return false;
        }
        String description = String.join("; ", cells.subList(1, cells.size()).stream()
                .filter(c -> !c.isEmpty()).toList());
        doc.toolReader.mention(cells.get(0), description, topic, section.text() + " " + String.join(" ", cells), line);
        use(line, "tool '" + cells.get(0) + "' (table rule tools)");
        return true;
    }

    /** "1 | Foundations | 2-3 months | goal": completes the phase of that number; false when there is none. */
    private boolean phaseRow(List<String> cells, int line) {
        List<Integer> number = numbers(cells.get(0));
        if (number.isEmpty() || number.get(0) < 1 || number.get(0) > phases.size()) {
            return false;
        }
        PhaseB phase = phases.get(number.get(0) - 1);
        for (String cell : cells.subList(1, cells.size())) {
            if (cell.isEmpty() || Remark.split(cell).title().equalsIgnoreCase(phase.title)
                    || cell.equalsIgnoreCase(phase.title)) {
                continue;
            }
            Optional<String> beside = phase.min == null ? doc.phaseReader.duration(phase, cell) : Optional.empty();
            if (beside.isPresent()) {
                // "2 months, ~100 hours": what the cell says beside the duration is a note of the phase
                if (!beside.get().isEmpty()) {
                    phase.notes.add(new NoteB(false, null, beside.get(), line));
                }
                continue;
            }
            if (phase.goal == null) {
                phase.goal = Txt.doc(cell);
            } else if (!phase.goal.text().contains(cell)) {
                phase.notes.add(new NoteB(false, null, cell, line));
            }
        }
        use(line, "phase " + phase.number + " (table rule phases)");
        return true;
    }

    /** "1-3 | Basics | step | step": a route stage read by routeHeading as "Month 1-3: Basics". */
    private boolean routeRow(String header, List<String> cells, int line, PhaseB phase, TopicB topic) {
        String period = cells.get(0);
        String text = (period.isEmpty() || Character.isDigit(period.charAt(0)) ? header + " " : "") + period
                + (cells.size() > 1 ? ": " + cells.get(1) : "");
        Matcher match = profile.routeHeading().matcher(text);
        StageB stage = match.matches() ? doc.routeReader.stage(line, text, match) : null;
        if (stage == null) {
            return false;
        }
        for (String cell : cells.subList(Math.min(2, cells.size()), cells.size())) {
            if (!cell.isEmpty()) {
                doc.routeReader.step(stage, cell, line);
            }
        }
        uses.put(line, "route stage '" + stage.id + "' (table rule route)");
        // a row whose stage does not fit the route (orderRoute) is a row no rule maps
        doc.routeReader.whenDropped(stage, () -> pointRow(cells, phase, topic, line));
        return true;
    }

    /** A row no rule maps: a point of its topic, else a note of its phase, else a tip of the roadmap. */
    private void pointRow(List<String> cells, PhaseB phase, TopicB topic, int line) {
        String text = String.join(" — ", cells.stream().filter(c -> !c.isEmpty()).toList());
        if (topic != null) {
            topic.points.add(new PointB(text, line));
            uses.put(line, "point of topic '" + topic.id + "' (table rule points)");
        } else if (phase != null) {
            phase.notes.add(new NoteB(false, null, text, line));
            uses.put(line, "note of phase " + phase.number + " (table rule points)");
        } else {
            tips.add(text);
            tipLines.add(line);
            uses.put(line, "tip (table rule points)");
        }
    }
}
