package io.roadmapgraph.markdown;

/**
 * A title with a remark in parentheses at its end: "Fundamentele Programmeervaardigheden (2-3 maanden)" gives the
 * title and "2-3 maanden".
 */
record Remark(String title, String remark) {

    static Remark split(String text) {
        String t = text.strip();
        if (t.endsWith(")")) {
            int depth = 0;
            for (int i = t.length() - 1; i >= 0; i--) {
                char c = t.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(') {
                    depth--;
                    if (depth == 0) {
                        if (i == 0) {
                            return new Remark(t, "");
                        }
                        return new Remark(t.substring(0, i).strip(), t.substring(i + 1, t.length() - 1).strip());
                    }
                }
            }
        }
        return new Remark(t, "");
    }

    /** "(Meest belangrijk om te beginnen)" gives the words inside; other text stays as it is. */
    static String unwrap(String text) {
        String t = text.strip();
        Remark remark = split(t);
        if (remark.title().isEmpty() || remark.title().equals(t)) {
            return t.startsWith("(") && t.endsWith(")") ? t.substring(1, t.length() - 1).strip() : t;
        }
        return remark.title().isEmpty() ? remark.remark() : t;
    }

    /** The text after a leading dash or colon: " - numerieke berekeningen" gives "numerieke berekeningen". */
    static String afterDash(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '–' || t.charAt(0) == '—' || t.charAt(0) == ':')) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
