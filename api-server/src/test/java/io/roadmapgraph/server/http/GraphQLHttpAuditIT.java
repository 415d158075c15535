package io.roadmapgraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The graphql-http audit (the GraphQL-over-HTTP spec's own conformance checks, npm package {@code graphql-http})
 * against the running server: every audit must pass, with no warning. Needs {@code node} and {@code npm} on the PATH
 * (Node 20); installs the audit's pinned packages with {@code npm ci} when {@code node_modules} is absent.
 */
class GraphQLHttpAuditIT {

    private static final Path AUDIT_DIR = Path.of("src", "test", "graphql-http");

    @Test
    void passesTheGraphqlHttpAuditWithoutErrorsOrWarnings() throws Exception {
        requireTool("node");
        requireTool("npm");
        if (!Files.isDirectory(AUDIT_DIR.resolve("node_modules").resolve("graphql-http"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertThat(install.exitCode()).as("npm ci in %s failed:%n%s", AUDIT_DIR, install.output()).isZero();
        }

        Result audit = run(List.of("node", "audit.mjs", TestServer.shared().uri("/graphql").toString()), 120);

        List<String> lines = audit.output().lines().toList();
        assertThat(lines).as("audit output:%n%s", audit.output())
                .noneMatch(line -> line.startsWith("ERROR ") || line.startsWith("WARN "))
                .anyMatch(line -> line.startsWith("OK 22EB"))
                .anyMatch(line -> line.startsWith("OK 9C48"));
        assertThat(lines.get(lines.size() - 1)).as(audit.output()).contains("\"warn\":0", "\"error\":0");
        assertThat(audit.exitCode()).as(audit.output()).isZero();
    }

    private static void requireTool(String tool) throws InterruptedException {
        try {
            Result version = run(List.of(tool, "--version"), 60);
            assertThat(version.exitCode()).as("%s --version failed: %s", tool, version.output()).isZero();
        } catch (IOException e) {
            throw new AssertionError("the GraphQL-over-HTTP audit needs '" + tool + "' (Node.js 20 with npm) on the"
                    + " PATH; install Node.js to run this test", e);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("graphql-http-audit", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .directory(AUDIT_DIR.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds
                        + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
