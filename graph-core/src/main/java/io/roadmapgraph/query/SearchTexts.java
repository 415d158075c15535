package io.roadmapgraph.query;

import io.roadmapgraph.graph.GraphModel;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The searchable texts of the current revisions' topics, tools and projects, folded once ({@link Folding}) so that a
 * search finds what the full-text index misses without reading and folding every node again: a folded id or title by
 * a map, a word that starts with the folded query by the sorted dictionary of words and each word's holders (a search
 * looks only at the nodes that hold such a word, not at every node). Made with each snapshot, from the rows
 * it is read from (so a search answered from a snapshot never waits for its texts); without snapshots, for one
 * search from {@link Cypher#SEARCHABLE}. Immutable.
 */
final class SearchTexts {

    /** The texts of no node (the empty snapshot's). */
    static final SearchTexts NONE = new SearchTexts(List.of());

    /**
     * Collects node copies as they are read (in any order, one at a time), then folds them in the order of
     * {@code revisions}: the copy of the roadmap loaded first comes first, as its hit is the one an answer shows.
     */
    static final class Collector {
        private final Map<String, Integer> rank;
        private final List<Searchable> copies = new ArrayList<>();
        private final List<Integer> ranks = new ArrayList<>();

        Collector(List<String> revisions) {
            this.rank = Copies.ranks(revisions);
        }

        /**
         * A node copy of {@code kind}: a map holding at least its id, roadmap, revision and full-text properties (a
         * snapshot's row of all its properties, or {@link Cypher#SEARCHABLE}'s projection of those).
         */
        void add(SearchHit.Kind kind, Value node) {
            String id = node.get(GraphModel.ID).asString();
            String title = (node.get(GraphModel.TITLE).isNull() ? node.get(GraphModel.NAME)
                    : node.get(GraphModel.TITLE)).asString("");
            List<String> texts = new ArrayList<>();
            for (String property : GraphModel.FULLTEXT_PROPERTIES) {
                Value text = node.get(property);
                if (!text.isNull()) {
                    texts.add(String.valueOf(text.asObject()));
                }
            }
            copies.add(new Searchable(kind, id, node.get(GraphModel.ROADMAP_ID).asString(""), title,
                    node.get(GraphModel.dutch(GraphModel.TITLE)).asString(""), texts));
            ranks.add(rank.getOrDefault(node.get(GraphModel.REV).asString(""), Integer.MAX_VALUE));
        }

        /** The texts of every copy added, folded. */
        SearchTexts fold() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(ranks::get)); // stable: one revision's copies stay as they were read
            return new SearchTexts(order.stream().map(copies::get).toList());
        }
    }

    /**
     * One node copy as {@code Cypher.SEARCHABLE} reads it: its id, title and Dutch title (found when the text is one
     * of them) and its searchable texts, in the order of the revisions.
     */
    record Searchable(SearchHit.Kind kind, String id, String roadmap, String title, String titleNl,
                      List<String> texts) {
        Searchable {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(roadmap, "roadmap");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(titleNl, "titleNl");
            texts = List.copyOf(texts);
        }

        /** What a search finds this copy by when the text folds to one of them: its id, title and Dutch title. */
        List<String> names() {
            return List.of(id, title, titleNl);
        }
    }

    /** Separates two texts of a node in {@link #words}: a word run never crosses it. */
    private static final int END_OF_TEXT = -1;

    /** A node copy as a hit shows it (its texts are kept as {@link #words} only). */
    private record Node(SearchHit.Kind kind, String id, String roadmap, String title) {
    }

    private final List<Node> nodes;
    /** The folded id, title and Dutch title of each node, to the nodes (by index) that have it. */
    private final Map<String, int[]> exact = new HashMap<>();
    /** Every folded word once, sorted: the words that start with a text are one run of it. */
    private final String[] dictionary;
    /** Per node, its texts' folded words by number, each text ended by {@link #END_OF_TEXT}. */
    private final int[][] words;
    /** Per word (by number), the nodes (by index, ascending, each once) whose texts hold it. */
    private final int[][] holders;

    SearchTexts(List<Searchable> searchable) {
        this.nodes = searchable.stream().map(n -> new Node(n.kind(), n.id(), n.roadmap(), n.title())).toList();
        Map<String, List<Integer>> exact = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>(); // each word's number in the order first seen
        List<String> seen = new ArrayList<>();
        this.words = new int[searchable.size()][];
        for (int n = 0; n < searchable.size(); n++) {
            Searchable node = searchable.get(n);
            for (String name : node.names()) {
                String key = Folding.fold(name);
                if (!key.isEmpty()) {
                    List<Integer> owners = exact.computeIfAbsent(key, k -> new ArrayList<>());
                    if (owners.isEmpty() || owners.get(owners.size() - 1) != n) {
                        owners.add(n);
                    }
                }
            }
            List<Integer> sequence = new ArrayList<>();
            for (String text : node.texts()) {
                for (String word : Folding.words(text)) {
                    sequence.add(numbers.computeIfAbsent(word, w -> {
                        seen.add(w);
                        return seen.size() - 1;
                    }));
                }
                sequence.add(END_OF_TEXT);
            }
            this.words[n] = sequence.stream().mapToInt(Integer::intValue).toArray();
        }
        exact.forEach((key, owners) -> this.exact.put(key, owners.stream().mapToInt(Integer::intValue).toArray()));
        this.dictionary = seen.toArray(String[]::new);
        Arrays.sort(dictionary);
        int[] sorted = new int[dictionary.length]; // a word's number first seen -> its place in the dictionary
        for (int w = 0; w < dictionary.length; w++) {
            sorted[numbers.get(dictionary[w])] = w;
        }
        this.holders = holders(words, sorted);
    }

    /**
     * Renumbers every node's words by their place in the sorted dictionary ({@code sorted}), in place, and gives per
     * word the nodes that hold it (ascending, each once).
     */
    private static int[][] holders(int[][] words, int[] sorted) {
        int[] count = new int[sorted.length];
        int[] last = new int[sorted.length]; // the last node counted for a word, plus one
        for (int n = 0; n < words.length; n++) {
            for (int i = 0; i < words[n].length; i++) {
                int w = words[n][i] == END_OF_TEXT ? END_OF_TEXT : sorted[words[n][i]];
                words[n][i] = w;
                if (w != END_OF_TEXT && last[w] != n + 1) {
                    last[w] = n + 1;
                    count[w]++;
                }
            }
        }
        int[][] holders = new int[sorted.length][];
        for (int w = 0; w < holders.length; w++) {
            holders[w] = new int[count[w]];
            count[w] = 0;
        }
        for (int n = 0; n < words.length; n++) {
            for (int w : words[n]) {
                if (w != END_OF_TEXT && (count[w] == 0 || holders[w][count[w] - 1] != n)) {
                    holders[w][count[w]++] = n;
                }
            }
        }
        return holders;
    }

    /**
     * The nodes (of {@code roadmap} when given) whose id, title or Dutch title folds to {@code folded}, by id (in the
     * revisions' order for one id), each with {@code score}.
     */
    List<SearchHit> exact(String folded, Optional<String> roadmap, double score) {
        int[] owners = exact.getOrDefault(folded, new int[0]);
        return byId(Arrays.stream(owners).mapToObj(nodes::get).filter(n -> in(n, roadmap)).toList(), score);
    }

    /**
     * The nodes (of {@code roadmap} when given, and not in {@code except}) with a word, or two or three words written
     * together, in one of their texts that starts with {@code folded} (the full-text index matches each word as a
     * prefix too, but cannot join words: "finetuning" starts "fine-tuning"), by id, score 0. Only the nodes that hold
     * such a word, or a word the folded text starts with, are looked at.
     */
    List<SearchHit> prefixed(String folded, Optional<String> roadmap, Set<String> except) {
        if (folded.isEmpty()) {
            return List.of();
        }
        boolean[] found = new boolean[nodes.size()];
        for (int w = firstAtLeast(folded); w < dictionary.length && dictionary[w].startsWith(folded); w++) {
            for (int n : holders[w]) {
                found[n] = true;
            }
        }
        int[] beginnings = beginnings(folded);
        for (int beginning : beginnings) {
            for (int n : holders[beginning]) {
                found[n] = found[n] || joinedStartsWith(words[n], beginnings, folded);
            }
        }
        List<Node> hits = new ArrayList<>();
        for (int n = 0; n < found.length; n++) {
            if (found[n] && in(nodes.get(n), roadmap) && !except.contains(nodes.get(n).id())) {
                hits.add(nodes.get(n));
            }
        }
        return byId(hits, 0);
    }

    /** The number of the first word of the sorted dictionary that is not before {@code word}. */
    private int firstAtLeast(String word) {
        int at = Arrays.binarySearch(dictionary, word);
        return at >= 0 ? at : -at - 1;
    }

    /** The words (by number) that {@code folded} starts with and is longer than. */
    private int[] beginnings(String folded) {
        return IntStream.range(1, folded.length())
                .map(end -> Arrays.binarySearch(dictionary, folded.substring(0, end))).filter(w -> w >= 0).toArray();
    }

    /**
     * Whether a word of {@code sequence} that the query starts with ({@code beginnings}), followed by one or two words
     * of the same text, makes a run that starts with the query.
     */
    private boolean joinedStartsWith(int[] sequence, int[] beginnings, String folded) {
        for (int i = 0; i < sequence.length; i++) {
            if (!contains(beginnings, sequence[i])) {
                continue;
            }
            StringBuilder joined = new StringBuilder(dictionary[sequence[i]]);
            for (int j = i + 1; j < Math.min(sequence.length, i + 3) && sequence[j] != END_OF_TEXT; j++) {
                joined.append(dictionary[sequence[j]]);
                if (joined.length() >= folded.length()) {
                    if (joined.toString().startsWith(folded)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static boolean contains(int[] numbers, int number) {
        for (int n : numbers) {
            if (n == number) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(Node node, Optional<String> roadmap) {
        return roadmap.map(node.roadmap()::equals).orElse(true);
    }

    private static List<SearchHit> byId(Collection<Node> found, double score) {
        return found.stream().sorted(Comparator.comparing(Node::id))
                .map(n -> new SearchHit(n.kind(), n.id(), n.title(), score)).toList();
    }
}
