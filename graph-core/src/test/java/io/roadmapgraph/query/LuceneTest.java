package io.roadmapgraph.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RAG                      | rag
            `title:"x" (a`           | title\\:\\"x\\" \\(a
            c++ && ~fuzzy^2          | c\\+\\+ \\~fuzzy\\^2
            """)
    void escapesEveryWordSoUserTextCannotBreakTheQuery(String text, String escapedWords) {
        String expected = java.util.Arrays.stream(escapedWords.split(" "))
                .map(w -> "(title:" + w + "^4 OR titleNl:" + w + "^4 OR name:" + w + "^4 OR " + w + "^2 OR " + w + "*)")
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(Lucene.query(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `   `
            `" : ( ) *`
            `&& ||`
            """)
    void textWithoutALetterOrDigitGivesNoQuery(String text) {
        assertThat(Lucene.query(text)).isEmpty();
    }
}
