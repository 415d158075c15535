package io.roadmapgraph.docs;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.roadmapgraph.loader.cli.GraphLoaderCli;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.server.testing.GraphQLResponse;
import io.roadmapgraph.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/deployment.md on one machine: Neo4j in a process of its own, roadmaps loaded into it with the loader CLI over
 * the routing scheme {@code neo4j://}, and two stateless API instances against it that answer every documented query
 * identically.
 */
class DeploymentIT {

    static final String SECRET = "the-deployment-secret-of-at-least-thirty-two-bytes";

    static Process neo4j;
    static URI routingUri;
    static TestServer first;
    static TestServer second;

    @BeforeAll
    static void startNeo4jInAnotherProcessLoadItWithTheCliAndStartTwoApiInstances() throws IOException {
        Path dir = Files.createTempDirectory("roadmap-graph-deployment-");
        neo4j = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExternalNeo4jMain.class.getName(),
                dir.resolve("neo4j").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        URI bolt = URI.create(awaitBoltLine(neo4j.getInputStream()));
        routingUri = URI.create("neo4j://" + bolt.getHost() + ":" + bolt.getPort());

        Path file = dir.resolve("ai-engineer.yaml");
        try (InputStream in = RoadmapReader.class.getResourceAsStream("/roadmaps/ai-engineer.yaml")) {
            Files.copy(in, file);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GraphLoaderCli.run(new PrintWriter(out), new PrintWriter(err),
                "load", "--uri", routingUri.toString(), file.toString());
        assertThat(exit).as("graph-loader load: %s%s", out, err).isZero();

        // the operator's view of /health (anonymous callers see the status only)
        Map<String, Object> instance = Map.of("neo4j.uri", routingUri.toString(),
                "roadmap.bootstrap.enabled", false, "endpoints.health.details-visible", "ANONYMOUS",
                "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET);
        first = DocsServer.start(instance);
        second = DocsServer.start(instance);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (TestServer server : new TestServer[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
        if (neo4j != null) {
            neo4j.destroy();
            neo4j.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoInstancesAnswerEveryDocumentedQueryIdentically() {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.all("graphql");
        assertThat(blocks).isNotEmpty();
        for (MarkdownBlocks.Block block : blocks) {
            DocumentedQueriesIT.Example example = DocumentedQueriesIT.Example.of(block);
            GraphQLResponse a = first.query(example.document(), example.variables());
            GraphQLResponse b = second.query(example.document(), example.variables());

            example.check(a);
            assertThat(b.json()).as("%s: the second instance's answer", block.where()).isEqualTo(a.json());
        }
    }

    @Test
    void bothInstancesReportTheExternalNeo4jUp() {
        for (TestServer server : List.of(first, second)) {
            GraphQLResponse health = server.get("/health", Map.of());

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.at("/status").asText()).isEqualTo("UP");
            assertThat(health.at("/details/neo4j/details/uri").asText()).isEqualTo(routingUri.toString());
            assertThat(health.at("/details/neo4j/details/embedded").asBoolean()).isFalse();
        }
    }

    @Test
    void aProgressWriteOnOneInstanceIsSeenByTheNextReadOnTheOtherThatSendsItsBookmark() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject("deployment-learner").expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new MACSigner(SECRET));
        String bearer = "Bearer " + jwt.serialize();
        String me = "{ me { progress { topic status hoursSpent } } }";

        for (int write = 1; write <= 3; write++) {
            GraphQLResponse written = first.query("mutation($h: Int) { setProgress(topic: \"python\","
                    + " status: LEARNING, hoursSpent: $h) { hoursSpent } }", Map.of("h", write),
                    Map.of("Authorization", bearer)).assertNoErrors();
            String bookmark = written.at("/extensions/bookmark").asText();
            GraphQLResponse read = second.query(me, Map.of(), Map.of("Authorization", bearer,
                    "Roadmap-Bookmark", bookmark)).assertNoErrors();

            assertThat(bookmark).as("the write's bookmark").isNotBlank();
            assertThat(read.at("/data/me/progress/0/hoursSpent").asInt()).as("read %d on the other instance", write)
                    .isEqualTo(write);
        }
        first.query("mutation { deleteMyData }", Map.of(), Map.of("Authorization", bearer)).assertNoErrors();
    }

    private static String awaitBoltLine(InputStream stdout) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("bolt ")) {
                Thread drain = new Thread(() -> reader.lines().forEach(ignored -> { }), "neo4j-process-output");
                drain.setDaemon(true);   // keep reading its log lines so the process never blocks on a full pipe
                drain.start();
                return line.substring("bolt ".length()).trim();
            }
        }
        throw new IllegalStateException("the Neo4j process ended before it printed its Bolt address");
    }
}
