package io.roadmapgraph.docs;

import io.roadmapgraph.server.graphql.execution.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** graphql.md's table of errors names every {@code extensions.code} the server can send, so no client meets one blind. */
class ErrorCodesDocTest {

    @Test
    void everyErrorCodeTheServerSendsIsInGraphqlMdsTableOfErrors() throws IOException {
        String doc = Files.readString(MarkdownBlocks.DOCS.resolve("graphql.md"));
        String errors = doc.substring(doc.indexOf("\n## Errors\n"));
        String table = errors.substring(0, errors.indexOf("\n\n", errors.indexOf("\n| code |") + 1));

        List<String> missing = Arrays.stream(ErrorCode.values()).map(ErrorCode::name)
                .filter(code -> !Pattern.compile("(?m)^\\| .*`" + code + "`").matcher(table).find())
                .toList();

        assertThat(missing).as("codes missing from the table under graphql.md's '## Errors'").isEmpty();
    }
}
