package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding as a person types search text, and its fast path for ASCII against the Unicode rules it stands for. */
class FoldingTest {

    @Test
    void caseAccentsHyphensAndSpacesDoNotMatter() {
        assertThat(Folding.fold("Fine-Tuning")).isEqualTo("finetuning");
        assertThat(Folding.fold("Definiëren")).isEqualTo("definieren");
        assertThat(Folding.fold("C# & C++ 2024")).isEqualTo("cc2024");
        assertThat(Folding.words("  Fine-Tuning   van LLM's -- ok")).containsExactly("finetuning", "van", "llms", "ok");
    }

    @Test
    void everyTextFoldsAsTheUnicodeRulesSayWhateverItsCharacters() {
        String alphabet = "aZ09 -_.,;:!?#+/()[]{}'\"\\\t\néëÄñçøßİıǅ①²٣ﬁ\u0301\u00a0\u2003😀";
        for (long seed = 1; seed <= 2_000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            boolean ascii = random.nextBoolean();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(ascii ? (char) (32 + random.nextInt(95)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Folding.fold(text.toString())).as("seed %d: '%s'", seed, text).isEqualTo(unicodeRules(text.toString()));
        }
    }

    /** The rules as they read: decompose, drop the marks, lower case, keep letters and digits. */
    private static String unicodeRules(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
