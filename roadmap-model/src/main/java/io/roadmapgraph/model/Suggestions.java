package io.roadmapgraph.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" by edit distance (with transpositions, so 'titel' is one step from 'title'). A budget of
 * compared characters keeps a hostile file with thousands of unknown ids from making validation slow.
 */
public final class Suggestions {

    private static final int MAX_WORD = 80;

    private long budget;

    Suggestions(long budget) {
        this.budget = budget;
    }

    /** Enough budget for one typed id against every id of a large graph. */
    private static final long TYPED_BUDGET = 50_000_000L;

    /**
     * The id nearest to one a person typed ("Python", "fine-tunning", "Prompt Engineering"), compared in kebab case,
     * when it is close enough to be a likely typo.
     */
    public static Optional<String> forTypedId(String typed, Collection<String> ids) {
        String kebab = kebab(typed);
        if (ids.contains(kebab)) {
            return Optional.of(kebab);
        }
        return new Suggestions(TYPED_BUDGET).nearest(kebab, ids);
    }

    /** The candidate nearest to {@code word}, when it is close enough to be a likely typo. */
    Optional<String> nearest(String word, Collection<String> candidates) {
        if (word.isEmpty() || word.length() > MAX_WORD) {
            return Optional.empty();
        }
        int allowed = word.length() <= 3 ? 1 : word.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            budget--;
            if (budget < 0) {
                return Optional.empty();
            }
            if (candidate.length() > MAX_WORD || Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            budget -= (long) word.length() * candidate.length();
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The kebab-case form of a name: "Prompt_Engineering" becomes "prompt-engineering". */
    static String kebab(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return lower.replaceAll("^-+|-+$", "");
    }
}
