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

/**
 * The searchable texts of the current revisions' topics, tools and projects, folded once ({@link Folding}) so that a
 * search finds what the full-text index misses without reading and folding every node again: a folded id or title by
 * a map, a word that starts with the folded query by a scan of word numbers. Made with each snapshot, from the rows
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

        /** A node copy of {@code kind}, a map of its properties ({@code x {.*}}). */
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
                    List.of(id, title, node.get(GraphModel.dutch(GraphModel.TITLE)).asString("")), texts));
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

    /** One node copy as {@code Cypher.SEARCHABLE} reads it: its searchable texts, in the order of the revisions. */
    record Searchable(SearchHit.Kind kind, String id, String roadmap, String title, List<String> names,
                      List<String> texts) {
        Searchable {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(roadmap, "roadmap");
            Objects.requireNonNull(title, "title");
            names = List.copyOf(names);
            texts = List.copyOf(texts);
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
    /** Every folded word once; a node's texts are numbers into it. */
    private final String[] dictionary;
    /** Per node, its texts' folded words by number, each text ended by {@link #END_OF_TEXT}. */
    private final int[][] words;

    SearchTexts(List<Searchable> searchable) {
        this.nodes = searchable.stream().map(n -> new Node(n.kind(), n.id(), n.roadmap(), n.title())).toList();
        Map<String, Integer> numbers = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        Map<String, List<Integer>> exact = new HashMap<>();
        this.words = new int[searchable.size()][];
        for (int n = 0; n < searchable.size(); n++) {
            Searchable node = searchable.get(n);
            for (String name : node.names()) {
                String folded = Folding.fold(name);
                if (!folded.isEmpty()) {
                    List<Integer> owners = exact.computeIfAbsent(folded, k -> new ArrayList<>());
                    if (owners.isEmpty() || owners.get(owners.size() - 1) != n) {
                        owners.add(n);
                    }
                }
            }
            List<Integer> sequence = new ArrayList<>();
            for (String text : node.texts()) {
                for (String word : Folding.words(text)) {
                    sequence.add(numbers.computeIfAbsent(word, w -> {
                        dictionary.add(w);
                        return dictionary.size() - 1;
                    }));
                }
                sequence.add(END_OF_TEXT);
            }
            this.words[n] = sequence.stream().mapToInt(Integer::intValue).toArray();
        }
        exact.forEach((key, owners) -> this.exact.put(key, owners.stream().mapToInt(Integer::intValue).toArray()));
        this.dictionary = dictionary.toArray(String[]::new);
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
     * prefix too, but cannot join words: "finetuning" starts "fine-tuning"), by id, score 0.
     */
    List<SearchHit> prefixed(String folded, Optional<String> roadmap, Set<String> except) {
        if (folded.isEmpty()) {
            return List.of();
        }
        boolean[] starts = new boolean[dictionary.length];
        boolean[] begins = new boolean[dictionary.length];
        for (int w = 0; w < dictionary.length; w++) {
            starts[w] = dictionary[w].startsWith(folded);
            begins[w] = !starts[w] && folded.startsWith(dictionary[w]);
        }
        List<Node> found = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (in(node, roadmap) && !except.contains(node.id()) && startsAWord(words[n], starts, begins, folded)) {
                found.add(node);
            }
        }
        return byId(found, 0);
    }

    /**
     * Whether a run of one to three words of one text starts with the query: a word that starts with it, or a word
     * that is the query's beginning followed by words that complete it.
     */
    private boolean startsAWord(int[] sequence, boolean[] starts, boolean[] begins, String folded) {
        for (int i = 0; i < sequence.length; i++) {
            int word = sequence[i];
            if (word == END_OF_TEXT) {
                continue;
            }
            if (starts[word]) {
                return true;
            }
            if (begins[word]) {
                StringBuilder joined = new StringBuilder(dictionary[word]);
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
