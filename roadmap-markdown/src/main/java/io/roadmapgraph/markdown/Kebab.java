package io.roadmapgraph.markdown;

import java.text.Normalizer;
import java.util.Locale;

/** Kebab-case ids from titles: "Infrastructure & Production" gives "infrastructure-production". */
final class Kebab {

    private static final int MAX_LENGTH = 60;

    private Kebab() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD);
        StringBuilder id = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < ascii.length() && id.length() < MAX_LENGTH; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && id.length() > 0) {
                    id.append('-');
                }
                id.append(c);
                hyphen = false;
            } else if (c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // "API's" gives "apis", "é" gives "e"
            } else {
                hyphen = true;
            }
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
