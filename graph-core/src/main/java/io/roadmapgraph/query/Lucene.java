package io.roadmapgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a user's search text into a Lucene query that cannot be broken by the text: each word is escaped, lower-cased
 * (so AND/OR/NOT are words, not operators) and matched as itself (boosted in titles and names, where a match says
 * most) or as a prefix.
 */
final class Lucene {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private Lucene() {
    }

    /** The Lucene query for {@code text}, or "" when it holds no word. */
    static String query(String text) {
        List<String> clauses = new ArrayList<>();
        for (String word : Folding.WHITE_SPACE.split(text.toLowerCase(Locale.ROOT))) {
            String escaped = escape(word.strip());
            if (!escaped.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                clauses.add("(title:" + escaped + "^4 OR titleNl:" + escaped + "^4 OR name:" + escaped + "^4 OR "
                        + escaped + "^2 OR " + escaped + "*)");
            }
        }
        return String.join(" ", clauses);
    }

    static String escape(String word) {
        StringBuilder out = new StringBuilder(word.length() + 8);
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
