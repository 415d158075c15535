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

    /** The text's words (split at white space), each folded; words that fold to nothing left out. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            String folded = fold(word);
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words;
    }
}
