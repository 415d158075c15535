package io.roadmapgraph.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RAG                      | (rag OR rag*)
            vector search            | (vector OR vector*) (search OR search*)
            `title:"x" (a OR b)`     | (title\\:\\"x\\" OR title\\:\\"x\\"*) (\\(a OR \\(a*) (or OR or*) (b\\) OR b\\)*)
            c++ && ~fuzzy^2          | (c\\+\\+ OR c\\+\\+*) (\\~fuzzy\\^2 OR \\~fuzzy\\^2*)
            `   `                    | ``
            `" : ( ) *`              | ``
            """)
    void escapesEveryWordSoUserTextCannotBreakTheQuery(String text, String expected) {
        assertThat(Lucene.query(text == null ? "" : text)).isEqualTo(expected == null ? "" : expected);
    }
}
