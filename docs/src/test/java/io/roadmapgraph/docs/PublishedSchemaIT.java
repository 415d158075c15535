package io.roadmapgraph.docs;

import io.roadmapgraph.server.testing.GraphQLResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/schema.graphqls, the SDL for client code generators, is exactly what the server serves; the code generators'
 * configurations in docs/embedding.md (graphql-codegen's {@code codegen.ts}, Apollo Kotlin's Gradle block) point at
 * it: the served path on the server's default address, or the committed file.
 */
class PublishedSchemaIT {

    @Test
    void theCopyInDocsIsTheSchemaTheServerServes() throws IOException {
        GraphQLResponse served = DocsServer.shared().get("/graphql/schema.graphqls", Map.of());

        assertThat(served.status()).isEqualTo(200);
        assertThat(Files.readString(MarkdownBlocks.DOCS.resolve("schema.graphqls")))
                .as("docs/schema.graphqls is stale: copy api-server/src/main/resources/schema.graphqls over it")
                .isEqualTo(served.body());
    }

    @Test
    void theCodeGeneratorsConfigurationsNameTheServedPathAndTheCommittedFile() throws IOException {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve("embedding.md"));
        String codegen = blocks.stream().filter(block -> block.language().equals("ts")).findFirst().orElseThrow()
                .code();
        String apollo = blocks.stream().filter(block -> block.language().equals("kotlin")).findFirst().orElseThrow()
                .code();
        Matcher schema = Pattern.compile("schema: '([^']+)',\\s*// or '([^']+)'").matcher(codegen);
        assertThat(schema.find()).as("codegen.ts names the schema's address and a file").isTrue();
        URI address = URI.create(schema.group(1));

        assertThat(address.getHost()).isEqualTo("localhost");
        assertThat(address.getPort()).isEqualTo(DocsServer.defaultPort());
        assertThat(DocsServer.shared().get(address.getPath(), Map.of()).body())
                .isEqualTo(Files.readString(MarkdownBlocks.DOCS.resolve("schema.graphqls")));
        assertThat(schema.group(2)).as("a checkout of roadmap-graph beside the client")
                .endsWith("/docs/schema.graphqls");
        Matcher copy = Pattern.compile("schemaFiles\\.from\\(file\\(\"([^\"]+)\"\\)\\)\\s*// a copy of (\\S+)")
                .matcher(apollo);
        assertThat(copy.find()).as("Apollo's block names its schema file and what it copies").isTrue();
        assertThat(Path.of(copy.group(1)).getFileName()).isEqualTo(Path.of("schema.graphqls"));
        assertThat(MarkdownBlocks.DOCS.resolveSibling(copy.group(2)))
                .isEqualTo(MarkdownBlocks.DOCS.resolve("schema.graphqls"));
    }
}
