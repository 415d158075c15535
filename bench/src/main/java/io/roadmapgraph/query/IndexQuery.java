package io.roadmapgraph.query;

/**
 * For the bench's Bolt side and peer of {@code search}: the Lucene query graph-core's {@code RoadmapQueries.search}
 * sends to the full-text index for a text ({@link Lucene}, package-private there) and the statement it runs with it
 * ({@code Cypher.SEARCH}), so that those sides ask the index exactly what the API's server asks it. In graph-core's
 * package, in the bench's jar: nothing else uses it.
 */
public final class IndexQuery {

    private IndexQuery() {
    }

    /** The Lucene query for {@code text} (each word escaped, boosted in titles, also as a prefix), or "" for none. */
    public static String of(String text) {
        return Lucene.query(text);
    }

    /**
     * The statement the server runs for a search ({@code Cypher.SEARCH}): the index's hits among {@code $revs} (of
     * {@code $roadmap}, or all when null), best score first, {@code $limit} of them.
     */
    public static String statement() {
        return Cypher.SEARCH;
    }
}
