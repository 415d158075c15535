package io.roadmapgraph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search text as a person types it: case, accents, hyphens and spaces do not matter ("finetuning" finds
 * "fine-tuning", "definieren" finds "definiëren"). The full-text index cannot fold hyphens away, so search adds
 * what these folded forms find to what the index finds.
 */
final class Folding {

    private Folding() {
    }

    /** Lower case, accents removed, everything but letters and digits removed: "Fine-Tuning" becomes "finetuning". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether the whole text, folded, is the folded query: an exact id or title match. */
    static boolean same(String text, String foldedQuery) {
        return !foldedQuery.isEmpty() && fold(text).equals(foldedQuery);
    }

    /**
     * Whether a word of the text, or two or three words written together, starts with the folded query (the index
     * matches each word as a prefix too).
     */
    static boolean startsAWord(String text, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            String folded = fold(word);
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                joined.append(words.get(j));
                if (joined.toString().startsWith(foldedQuery)) {
                    return true;
                }
                if (joined.length() >= foldedQuery.length()) {
                    break;
                }
            }
        }
        return false;
    }
}
