package io.roadmapgraph.docs;

import io.roadmapgraph.embedded.EmbeddedNeo4j;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Neo4j in a process of its own, for tests of servers against an external database: starts an embedded Neo4j in
 * {@code args[0]} on a free loopback port, prints {@code bolt <uri>}, and shuts down when its standard input closes
 * (so it never outlives the test that started it).
 */
public final class ExternalNeo4jMain {

    private ExternalNeo4jMain() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(Path.of(args[0]), 0))) {
            System.out.println("bolt " + neo4j.boltUri());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our input
            }
        }
    }
}
