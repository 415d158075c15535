package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SearchTexts} against the search's folding as it was before it was made once per snapshot: every node's
 * texts folded again for each query (kept here as the oracle), over seeded random nodes and queries.
 */
class SearchTextsTest {

    private static final List<String> WORDS = List.of("fine-tuning", "Fine", "tuning", "definiëren", "RAG", "rag",
            "retrieval", "re-ranking", "LLM", "llms", "vector", "vectors", "DB", "Ops", "MLOps", "a", "ab", "abc",
            "prompt", "prompting", "Ä", "x-y-z", "2024", "--", "é", "C#", "C++", "ñandú");

    @Test
    void aTitleOrIdThatFoldsToTheQueryIsFoundInEveryRoadmapOrTheOneAskedFor() {
        SearchTexts texts = new SearchTexts(List.of(
                node("fine-tuning", "a", "Fine-Tuning", "Fijnafstemming"),
                node("lora", "b", "LoRA", "LoRA"),
                node("fine-tuning", "b", "Fine Tuning", "")));

        assertThat(texts.exact("finetuning", Optional.empty(), 3.0))
                .extracting(SearchHit::id, SearchHit::title, SearchHit::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fine-tuning", "Fine-Tuning", 3.0),
                        org.assertj.core.groups.Tuple.tuple("fine-tuning", "Fine Tuning", 3.0));
        assertThat(texts.exact("fijnafstemming", Optional.of("b"), 1.0)).isEmpty();
    }

    @Test
    void wordsWrittenTogetherStartAWordButNotAcrossTwoTexts() {
        SearchTexts texts = new SearchTexts(List.of(
                node("one", "a", "Fine", "", "tuning the model"),
                node("two", "a", "Two", "", "fine-tuning")));

        assertThat(texts.prefixed("finetun", Optional.empty(), Set.of())).extracting(SearchHit::id)
                .containsExactly("two");
        assertThat(texts.prefixed("tuningthe", Optional.empty(), Set.of())).extracting(SearchHit::id)
                .containsExactly("one");
        assertThat(texts.prefixed("fine", Optional.empty(), Set.of())).extracting(SearchHit::id)
                .containsExactly("one", "two");
        assertThat(texts.prefixed("fine", Optional.empty(), Set.of("two"))).extracting(SearchHit::id)
                .containsExactly("one");
    }

    @Test
    void findsWhatFoldingEveryTextAgainFindsForRandomNodesAndQueries() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<SearchTexts.Searchable> nodes = new ArrayList<>();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                nodes.add(node("t" + random.nextInt(12), "r" + random.nextInt(3), phrase(random, 1, 3),
                        random.nextBoolean() ? phrase(random, 1, 2) : "", phrase(random, 0, 8), phrase(random, 0, 5)));
            }
            SearchTexts texts = new SearchTexts(nodes);
            for (int q = 0; q < 20; q++) {
                String folded = Folding.fold(query(random, nodes));
                Optional<String> roadmap = random.nextBoolean() ? Optional.empty() : Optional.of("r" + random.nextInt(3));
                Set<String> except = new HashSet<>();
                nodes.stream().filter(n -> random.nextInt(5) == 0).forEach(n -> except.add(n.id()));
                String what = "seed " + seed + ", query '" + folded + "', roadmap " + roadmap + ", except " + except;

                assertThat(texts.exact(folded, roadmap, 2.0)).as(what)
                        .isEqualTo(Oracle.exact(nodes, folded, roadmap, 2.0));
                assertThat(texts.prefixed(folded, roadmap, except)).as(what)
                        .isEqualTo(Oracle.prefixed(nodes, folded, roadmap, except));
            }
        }
    }

    private static SearchTexts.Searchable node(String id, String roadmap, String title, String titleNl,
                                               String... texts) {
        List<String> all = new ArrayList<>(List.of(title));
        all.addAll(List.of(texts));
        return new SearchTexts.Searchable(SearchHit.Kind.TOPIC, id, roadmap, title, titleNl, all);
    }

    private static String phrase(Random random, int min, int max) {
        List<String> words = new ArrayList<>();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(random.nextInt(4) == 0 ? "  " : " ", words);
    }

    /** A node's title or word run, cut anywhere, or a random phrase. */
    private static String query(Random random, List<SearchTexts.Searchable> nodes) {
        SearchTexts.Searchable node = nodes.get(random.nextInt(nodes.size()));
        List<String> texts = node.texts();
        String text = random.nextInt(4) == 0 ? node.id() : texts.get(random.nextInt(texts.size()));
        if (text.isEmpty() || random.nextInt(5) == 0) {
            return phrase(random, 1, 3);
        }
        int start = random.nextInt(text.length());
        return text.substring(start, start + 1 + random.nextInt(text.length() - start));
    }

    /** The folding as it was: every node's names and texts folded again for each query. */
    private static final class Oracle {

        static List<SearchHit> exact(List<SearchTexts.Searchable> nodes, String folded, Optional<String> roadmap,
                                     double score) {
            return byId(nodes.stream().filter(n -> in(n, roadmap))
                    .filter(n -> n.names().stream().anyMatch(name -> same(name, folded))).toList(), score);
        }

        static List<SearchHit> prefixed(List<SearchTexts.Searchable> nodes, String folded, Optional<String> roadmap,
                                        Set<String> except) {
            return byId(nodes.stream().filter(n -> in(n, roadmap) && !except.contains(n.id()))
                    .filter(n -> n.texts().stream().anyMatch(t -> startsAWord(t, folded))).toList(), 0);
        }

        private static boolean same(String text, String foldedQuery) {
            return !foldedQuery.isEmpty() && Folding.fold(text).equals(foldedQuery);
        }

        private static boolean startsAWord(String text, String foldedQuery) {
            if (foldedQuery.isEmpty()) {
                return false;
            }
            List<String> words = new ArrayList<>();
            for (String word : text.split("\\s+")) {
                String folded = Folding.fold(word);
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

        private static boolean in(SearchTexts.Searchable node, Optional<String> roadmap) {
            return roadmap.map(node.roadmap()::equals).orElse(true);
        }

        private static List<SearchHit> byId(List<SearchTexts.Searchable> found, double score) {
            return found.stream().sorted(Comparator.comparing(SearchTexts.Searchable::id))
                    .map(n -> new SearchHit(n.kind(), n.id(), n.title(), score)).toList();
        }
    }
}
