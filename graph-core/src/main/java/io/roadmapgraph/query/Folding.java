package io.roadmapgraph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search text as a person types it: case, accents, hyphens and spaces do not matter ("finetuning" finds
 * "fine-tuning", "definieren" finds "definiëren"). The full-text index cannot fold hyphens away, so search adds
 * what these folded forms find to what the index finds.
 */
final class Folding {

    private Folding() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A run of white space: what separates two words (of a text, of a search text). */
    static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Lower case, accents removed, everything but letters and digits removed: "Fine-Tuning" becomes "finetuning". */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return unicodeFold(text);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                folded.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString(); // ASCII: what unicodeFold gives, without its three passes (search folds every word)
    }

    private static String unicodeFold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The text's words (split at white space), each folded; words that fold to nothing left out. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WHITE_SPACE.split(text)) {
            String folded = fold(word);
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words;
    }
}
