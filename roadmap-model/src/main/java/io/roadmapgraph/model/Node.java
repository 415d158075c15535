package io.roadmapgraph.model;

import java.util.List;
import java.util.Optional;

/**
 * A roadmap file read into a tree that remembers where each part stands, so that every problem found later can be
 * reported with its line and column (a databind tree forgets them).
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** Where the node starts: 1-based line and column; line 0 when there is no single place. */
    record Loc(int line, int column) {
        static final Loc NOWHERE = new Loc(0, 0);
    }

    Loc at();

    /** How the node reads in a message: "a map", "the text 'x'", "the number 3". */
    String describe();

    /** One {@code key: value} of a map, with where its key stands. */
    record Entry(String key, Loc keyAt, Node value) {
    }

    record MapNode(Loc at, List<Entry> entries) implements Node {

        public MapNode {
            entries = List.copyOf(entries);
        }

        /** The first entry with this key (a duplicate key has already been reported). */
        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record ListNode(Loc at, List<Node> items) implements Node {

        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** What a scalar is; INVALID marks a value already reported as a problem (a YAML alias), to be skipped quietly. */
    enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL, INVALID }

    record ScalarNode(Loc at, Kind kind, String text) implements Node {

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the text '" + shorten(text) + "'";
                case INTEGER, DECIMAL -> "the number " + shorten(text);
                case BOOLEAN -> text;
                case NULL -> "nothing";
                case INVALID -> "an unsupported value";
            };
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }
    }
}
