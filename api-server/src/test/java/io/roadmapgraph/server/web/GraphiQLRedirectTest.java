package io.roadmapgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphiQLRedirectTest {

    @ParameterizedTest(name = "Accept {0} -> GraphiQL: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true
            text/html                                                         | true
            TEXT/HTML; q=0.9, application/json;q=0.5                          | true
            application/json                                                  | false
            application/graphql-response+json                                 | false
            */*                                                               | false
            text/html;q=0.5, application/json                                 | false
            text/html;q=0                                                     | false
            ''                                                                | false
            """)
    void sendsToGraphiQLOnlyARequestThatPrefersHtml(String accept, boolean expected) {
        assertThat(GraphiQLRedirect.prefersHtml(accept.isEmpty() ? List.of() : List.of(accept))).isEqualTo(expected);
    }
}
