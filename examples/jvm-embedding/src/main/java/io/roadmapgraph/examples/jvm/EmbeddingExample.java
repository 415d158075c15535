package io.roadmapgraph.examples.jvm;

import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.LearningStep;
import io.roadmapgraph.query.ProjectCoverage;
import io.roadmapgraph.query.Requirement;
import io.roadmapgraph.query.RoadmapGraph;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.TopicNode;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Another JVM app using the roadmap graph in-process, with the one dependency {@code io.roadmapgraph:graph-core}
 * (the Neo4j driver, no database server): it connects to a running Neo4j, loads roadmaps, and asks the questions the
 * GraphQL API answers, as typed Java calls.
 *
 * <pre>
 * NEO4J_PASSWORD=... java -cp ... io.roadmapgraph.examples.jvm.EmbeddingExample [neo4j-uri] [roadmap.yaml ...]
 * </pre>
 *
 * The URI defaults to {@code bolt://127.0.0.1:7687}; {@code NEO4J_USER} (default {@code neo4j}) and
 * {@code NEO4J_PASSWORD} (none: no authentication) give the credentials, {@code NEO4J_DATABASE} the database.
 * Without files it loads the bundled AI Engineer roadmap.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        URI uri = URI.create(args.length > 0 ? args[0] : "bolt://127.0.0.1:7687");
        Path[] files = Arrays.stream(args).skip(1).map(Path::of).toArray(Path[]::new);
        String password = System.getenv("NEO4J_PASSWORD");
        AuthToken auth = password == null ? AuthTokens.none()
                : AuthTokens.basic(System.getenv().getOrDefault("NEO4J_USER", "neo4j"), password);
        String database = System.getenv("NEO4J_DATABASE");
        QueryOptions options = database == null || database.isBlank() ? QueryOptions.DEFAULTS
                : QueryOptions.DEFAULTS.withDatabase(database);
        run(uri, auth, options, files, System.out);
    }

    static void run(URI uri, AuthToken auth, QueryOptions options, Path[] files, PrintStream out) {
        // --- connect (neo4j://host:7687 for a cluster or Aura, +s for TLS) ------------------------------------
        try (RoadmapGraph graph = RoadmapGraph.connect(uri, auth, options)) {
            // --- load -------------------------------------------------------------------------------------------
            if (files.length == 0) {
                graph.loadBundled();
            } else {
                graph.load(files);
            }
            // --- ask --------------------------------------------------------------------------------------------
            RoadmapQueries queries = graph.queries();
            queries.roadmaps().forEach(r -> out.println("roadmap " + r.id() + ": " + r.title().preferred()));

            LearningPath path = queries.learningPath(List.of("fine-tuning"), List.of("python"));
            out.println("learning path to fine-tuning, knowing python: " + path.steps().size() + " steps, "
                    + path.totalHours() + " hours");
            for (LearningStep step : path.steps()) {
                out.println("  " + step.position() + ". " + step.topic().id() + " (" + step.topic().estimatedHours()
                        + " h)" + (step.goal() ? " goal" : ""));
            }

            List<Requirement> needs = queries.prerequisites("rag", true);
            out.println("rag needs: " + needs.stream().map(r -> r.topic().id() + "@" + r.depth())
                    .collect(Collectors.joining(", ")));

            List<TopicNode> next = queries.nextTopics(List.of("python"));
            out.println("next after python: " + next.stream().map(TopicNode::id).collect(Collectors.joining(", ")));

            List<ProjectCoverage> projects = queries.projectsCovering(List.of("rag", "embeddings"), SkillMatch.ANY);
            out.println("projects covering rag or embeddings: " + projects.stream()
                    .map(c -> c.project().id() + " " + c.covered().size() + "/"
                            + (c.covered().size() + c.missing().size()))
                    .collect(Collectors.joining(", ")));
        }
    }
}
