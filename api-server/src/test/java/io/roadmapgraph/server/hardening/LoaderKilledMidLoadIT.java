package io.roadmapgraph.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.loader.RoadmapLoader;
import io.roadmapgraph.loader.cli.GraphLoaderCli;
import io.roadmapgraph.model.RoadmapReader;
import io.roadmapgraph.testkit.ChildNeo4j;
import io.roadmapgraph.testkit.ChildProcess;
import io.roadmapgraph.testkit.GraphFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The graph-loader CLI in its own JVM, killed with {@code kill -9} while it writes a large roadmap into a Neo4j in a
 * third process: readers see the graph exactly as before (same fingerprint of the current revisions), and running
 * the same load again completes and deletes what the killed load wrote.
 */
class LoaderKilledMidLoadIT {

    private static final int TOPICS = 4_000;

    @Test
    void aLoaderKilledMidLoadLeavesTheOldGraphAndARerunCompletes(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, bigRoadmap(TOPICS), StandardCharsets.UTF_8);
        try (ChildNeo4j neo4j = ChildNeo4j.start(dir.resolve("neo4j"));
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            RoadmapLoader loader = new RoadmapLoader(driver);
            loader.ensureSchema();
            loader.load(RoadmapReader.aiEngineer());
            GraphFingerprint before = GraphFingerprint.ofCurrent(driver);

            Process cli = load(neo4j, big, dir.resolve("killed.log"));
            awaitWriteInProgress(driver, cli, dir.resolve("killed.log"));
            ChildProcess.killHard(cli);

            assertThat(GraphFingerprint.ofCurrent(driver)).as("the graph readers see after the loader was killed"
                    + " mid-load").isEqualTo(before);

            Process rerun = load(neo4j, big, dir.resolve("rerun.log"));
            assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).as("the rerun finishes").isTrue();
            assertThat(rerun.exitValue()).as(Files.readString(dir.resolve("rerun.log"))).isZero();
            long topics = driver.executableQuery(
                            "MATCH (r:Roadmap {id: 'synthetic-big'}) MATCH (:Revision {id: r.revision})"
                                    + "-[:INCLUDES]->(t:Topic) RETURN count(t) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertThat(topics).isEqualTo(TOPICS);
            long staging = driver.executableQuery("MATCH (v:Revision {state: 'STAGING'}) RETURN count(v) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertThat(staging).as("the killed load's revision, deleted by the rerun").isZero();
        }
    }

    private static Process load(ChildNeo4j neo4j, Path file, Path log) {
        return ChildProcess.launchJava(GraphLoaderCli.class,
                List.of("load", "--uri", neo4j.boltUri().toString(), file.toString()), log);
    }

    /** Waits until the loader's write transaction is open in Neo4j: the kill then surely lands mid-load. */
    private static void awaitWriteInProgress(Driver driver, Process cli, Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!cli.isAlive()) {
                throw new AssertionError("the loader finished before it could be killed; make the roadmap larger:\n"
                        + Files.readString(log));
            }
            boolean writing = driver.executableQuery("""
                            SHOW TRANSACTIONS YIELD currentQuery, metaData
                            WHERE currentQuery CONTAINS 'UNWIND' RETURN count(*) AS n""")
                    .execute().records().get(0).get("n").asLong() > 0;
            if (writing) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("the loader never started writing:\n" + Files.readString(log));
    }

    /** A valid roadmap with {@code topics} topics, each requiring up to two earlier ones. */
    static String bigRoadmap(int topics) {
        StringBuilder out = new StringBuilder("""
                id: synthetic-big
                title: A large synthetic roadmap
                summary: {en: Many topics to make a load take a while}
                source: {document: synthetic.md, language: en, basedOn: {en: nothing}}
                phases:
                  - {number: 1, title: One, goal: {en: Learn}}
                topics:
                """);
        for (int i = 0; i < topics; i++) {
            out.append("  - id: topic-").append(i).append('\n')
                    .append("    title: Topic ").append(i).append('\n')
                    .append("    summary: {en: The synthetic topic number ").append(i).append(", nl: Onderwerp ")
                    .append(i).append("}\n")
                    .append("    phase: 1\n    importance: core\n    estimatedHours: ").append(1 + i % 40).append('\n');
            if (i > 0) {
                out.append("    requires:\n      - {topic: topic-").append(i - 1).append(", reason: {en: order}}\n");
                if (i > 10) {
                    out.append("      - {topic: topic-").append(i / 2).append(", reason: {en: base}}\n");
                }
            }
        }
        return out.toString();
    }
}
