package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.Model.PointB;
import io.roadmapgraph.markdown.Model.TopicB;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the topics a text names ("Simpele RAG met BM25" names RAG): a topic's title, the title without its
 * parentheses, or the words in them, as whole words.
 */
final class TopicNames {

    private record Name(String words, String topic) {
    }

    private final List<Name> titles = new ArrayList<>();
    private final List<Name> points = new ArrayList<>();

    TopicNames(List<TopicB> topics) {
        for (TopicB topic : topics) {
            Remark remark = Remark.split(topic.title);
            add(titles, topic.title, topic.id);
            add(titles, remark.title(), topic.id);
            add(titles, remark.remark(), topic.id);
            for (PointB point : topic.points) {
                String name = ProductName.of(point.text).name();
                if (name.length() >= 4) {
                    add(points, Remark.split(name).title(), topic.id);
                }
            }
        }
        titles.sort(Comparator.comparingInt((Name n) -> -n.words().length()));
        points.sort(Comparator.comparingInt((Name n) -> -n.words().length()));
    }

    private static void add(List<Name> names, String text, String topic) {
        String words = normal(text);
        if (words.length() >= 2) {
            names.add(new Name(words, topic));
        }
    }

    /** Lower-case words separated by single spaces, accents and punctuation removed. */
    static String normal(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'') {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    List<String> named(String text) {
        return find(titles, text);
    }

    List<String> namedInPoints(String text) {
        return find(points, text);
    }

    Optional<String> byTitle(String title) {
        String words = normal(title);
        return titles.stream().filter(n -> n.words().equals(words)).map(Name::topic).findFirst();
    }

    private static List<String> find(List<Name> names, String text) {
        StringBuilder padded = new StringBuilder(" ").append(normal(text)).append(' ');
        List<String> found = new ArrayList<>();
        for (Name name : names) {
            int at = padded.indexOf(" " + name.words() + " ");
            if (at >= 0) {
                if (!found.contains(name.topic())) {
                    found.add(name.topic());
                }
                // a longer name wins over the shorter names inside it
                for (int i = at + 1; i < at + 1 + name.words().length(); i++) {
                    padded.setCharAt(i, '_');
                }
            }
        }
        return found;
    }
}
