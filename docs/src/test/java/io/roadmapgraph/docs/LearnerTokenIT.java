package io.roadmapgraph.docs;

import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md's "Trying it by hand", as written: the token its command makes with
 * {@code docs/tools/LearnerToken.java} (run by the JDK from the repository, as a user would) works for its two calls
 * against a server with the same secret, and they answer what the page says. The calls' bodies are the page's own;
 * only the server's address is the test's.
 */
class LearnerTokenIT {

    private static final Path ROOT = MarkdownBlocks.DOCS.getParent();
    private static final String SECRET_VARIABLE = "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET";
    private static final String SECRET = "a-secret-for-trying-progress-by-hand-0123456789";
    private static final Pattern TOKEN_COMMAND = Pattern.compile("TOKEN=\\$\\((java [^)]+)\\)");
    private static final Pattern BODY = Pattern.compile("-d '([^']+)'");

    private static MarkdownBlocks.Block block;
    private static TestServer server;

    @BeforeAll
    static void startAServerWithTheSecret() {
        block = MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve("security.md")).stream()
                .filter(b -> b.code().contains("LearnerToken.java")).findFirst().orElseThrow();
        DocsServer.shared(); // the bundled roadmap surely loaded
        server = DocsServer.start(Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET));
    }

    @AfterAll
    static void forgetTheLearnerAndStop() throws Exception {
        if (server != null) {
            server.query("mutation { deleteMyData }", Map.of(), bearer(token(List.of("ann"), SECRET).out()));
            server.close();
        }
    }

    @Test
    void thePagesTokenWorksForItsTwoCallsAndTheyAnswerWhatThePageSays() throws Exception {
        assertThat(block.code()).as(block.where()).contains("export " + SECRET_VARIABLE + "=",
                "java @api-server/jvm.options -jar api-server/target/api-server.jar &");
        Matcher command = TOKEN_COMMAND.matcher(block.code());
        assertThat(command.find()).as("%s: TOKEN=$(java ...)", block.where()).isTrue();
        String tool = "java docs/tools/LearnerToken.java ";
        assertThat(command.group(1)).startsWith(tool);
        Run made = token(List.of(command.group(1).substring(tool.length()).split(" ")), SECRET);
        assertThat(made.exit()).as(made.err()).isZero();
        List<String> bodies = new ArrayList<>();
        Matcher body = BODY.matcher(block.code());
        while (body.find()) {
            bodies.add(body.group(1));
        }
        assertThat(bodies).as("%s: the curl calls' bodies", block.where()).hasSize(2);

        GraphQLResponse written = server.post("/graphql", bodies.get(0), bearer(made.out()));
        GraphQLResponse read = server.post("/graphql", bodies.get(1), bearer(made.out()));

        assertThat(written.data().toString()).isEqualTo("{\"setProgress\":{\"topic\":\"python\",\"status\":\"DONE\","
                + "\"hoursSpent\":12}}");
        assertThat(written.at("/extensions/bookmark").isTextual()).as(written.body()).isTrue();
        assertThat(pageText()).contains("The first answer's `data` is `" + written.data() + "`");
        assertThat(read.errorCodes()).as(read.body()).isEmpty();
        assertThat(read.at("/data/me/learner").asText()).isEqualTo("ann");
        assertThat(read.at("/data/me/progress").toString()).contains("{\"topic\":\"python\",\"status\":\"DONE\"}");
        assertThat(read.at("/data/me/roadmaps/0/percentDone").asDouble()).isPositive();
    }

    @Test
    void withoutTheHeaderOrWithAnotherSecretsTokenTheCallsAreRefusedAsThePageSays() throws Exception {
        String read = "{ me { learner } }";
        Run foreign = token(List.of("ann"), "another-secret-of-at-least-thirty-two-bytes");

        assertThat(server.query(read, Map.of()).errorCodes()).containsExactly("UNAUTHENTICATED");
        assertThat(server.query(read, Map.of(), bearer(foreign.out())).errorCodes()).containsExactly("TOKEN_INVALID");
        assertThat(pageText()).contains("Without the header the same calls answer `UNAUTHENTICATED`; a token made with"
                + " another secret, `TOKEN_INVALID`.");
    }

    @Test
    void theToolRefusesToSignWithoutTheSecretAndSaysWhichVariableToSet() throws Exception {
        Run refused = token(List.of("ann"), "");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("set " + SECRET_VARIABLE + " to the server's secret (at least 32 bytes)");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "ann 0", "ann 10081", "ann sixty", "ann 60 more"})
    void aWrongCallPrintsTheUsageAndNoToken(String arguments) throws Exception {
        Run refused = token(Arrays.stream(arguments.split(" ")).filter(a -> !a.isEmpty()).toList(), SECRET);

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("LearnerToken: usage: java docs/tools/LearnerToken.java LEARNER [MINUTES]"
                + "   (MINUTES: 1..10080, default 60)");
    }

    private record Run(int exit, String out, String err) {
    }

    /** {@code java docs/tools/LearnerToken.java ARGS} from the repository, the secret in its environment. */
    private static Run token(List<String> arguments, String secret) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "docs/tools/LearnerToken.java"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put(SECRET_VARIABLE, secret);
        builder.environment().remove("MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_AUDIENCE");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool ends").isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** docs/security.md with its line breaks as spaces. */
    private static String pageText() throws IOException {
        return Files.readString(MarkdownBlocks.DOCS.resolve("security.md")).replaceAll("\\s+", " ");
    }
}
