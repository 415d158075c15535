package io.roadmapgraph.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's start command reads the server's JVM options from {@code api-server/jvm.options} (a {@code java} argument
 * file), and this JDK's {@code java} accepts every option in it: a misspelt or removed flag would stop README's
 * command before the server starts.
 */
class StartCommandTest {

    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    private static final String START = "java @api-server/jvm.options -jar api-server/target/api-server.jar";

    @Test
    void readmeAndGettingStartedStartTheServerWithTheOptionsFile() {
        assertThat(List.of(ROOT.resolve("README.md"), MarkdownBlocks.DOCS.resolve("getting-started.md")))
                .allSatisfy(file -> assertThat(MarkdownBlocks.of(file))
                        .anySatisfy(block -> assertThat(block.code()).contains(START)));
    }

    @Test
    void theJvmAcceptsEveryOptionOfTheOptionsFile() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // without the archive: it fits only the server's class path, and -version's is another
        Process process = new ProcessBuilder(java.toString(), "@api-server/jvm.options", "-Xshare:off", "-version")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(said).isZero();
        assertThat(said).as("the JVM warns of none of its options").doesNotContainIgnoringCase("warning")
                .doesNotContain("Unrecognized");
    }
}
