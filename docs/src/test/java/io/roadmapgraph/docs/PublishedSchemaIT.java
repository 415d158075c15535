package io.roadmapgraph.docs;

import io.roadmapgraph.server.testing.GraphQLResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/schema.graphqls, the SDL for client code generators, is exactly what the server serves. */
class PublishedSchemaIT {

    @Test
    void theCopyInDocsIsTheSchemaTheServerServes() throws IOException {
        GraphQLResponse served = DocsServer.shared().get("/graphql/schema.graphqls", Map.of());

        assertThat(served.status()).isEqualTo(200);
        assertThat(Files.readString(MarkdownBlocks.DOCS.resolve("schema.graphqls")))
                .as("docs/schema.graphqls is stale: copy api-server/src/main/resources/schema.graphqls over it")
                .isEqualTo(served.body());
    }
}
