package io.roadmapgraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The figures of one run, printed one per line as they come: {@code ratio NAME VALUE} for a side-by-side ratio (ours
 * divided by the other side) and {@code figure NAME VALUE UNIT} for an absolute figure.
 */
final class Figures {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    /** One printed line. {@code unit} is empty for a ratio. */
    record Line(String kind, String name, double value, String unit) {

        Line {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a figure name is lower case words joined by '.', '-' or '_', was '"
                        + name + "'");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("figure " + name + " is not a finite number: " + value);
            }
        }

        String format() {
            String number = format(value);
            return unit.isEmpty() ? kind + " " + name + " " + number : kind + " " + name + " " + number + " " + unit;
        }

        static String format(double value) {
            double magnitude = Math.abs(value);
            if (magnitude >= 100 || value == Math.rint(value) && magnitude < 1e15) {
                return String.format(Locale.ROOT, "%.0f", value);
            }
            return String.format(Locale.ROOT, magnitude >= 1 ? "%.2f" : "%.3g", value);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final PrintStream out;

    Figures(PrintStream out) {
        this.out = out;
    }

    Line figure(String name, double value, String unit) {
        if (unit.isBlank() || unit.contains(" ")) {
            throw new IllegalArgumentException("a figure's unit is one word, was '" + unit + "'");
        }
        return add(new Line("figure", name, value, unit));
    }

    /** Ours divided by theirs: below 1 means ours is smaller (for times, faster). */
    Line ratio(String name, double ours, double theirs) {
        if (theirs == 0) {
            throw new IllegalArgumentException("ratio " + name + ": the other side is 0");
        }
        return add(new Line("ratio", name, ours / theirs, ""));
    }

    private Line add(Line line) {
        lines.add(line);
        out.println(line.format());
        out.flush();
        return line;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }
}
