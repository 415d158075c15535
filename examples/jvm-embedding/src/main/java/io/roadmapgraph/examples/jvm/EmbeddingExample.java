package io.roadmapgraph.examples.jvm;

import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.LearningStep;
import io.roadmapgraph.query.ProjectCoverage;
import io.roadmapgraph.query.Requirement;
import io.roadmapgraph.query.RoadmapGraph;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.SkillMatch;
import io.roadmapgraph.query.TopicNode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Another JVM app using the roadmap graph in-process, with the one dependency {@code io.roadmapgraph:graph-query}:
 * it starts an embedded Neo4j, loads roadmaps, and asks the questions the GraphQL API answers, as typed Java calls.
 *
 * <pre>
 * java -cp ... io.roadmapgraph.examples.jvm.EmbeddingExample [data-dir] [roadmap.yaml ...]
 * </pre>
 *
 * Without files it loads the bundled AI Engineer roadmap. The database stays in {@code data-dir} (default
 * {@code target/example-neo4j}) for the next run.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/example-neo4j");
        Path[] files = Arrays.stream(args).skip(1).map(Path::of).toArray(Path[]::new);
        run(dataDir, files, System.out);
    }

    static void run(Path dataDir, Path[] files, PrintStream out) {
        // --- start (or: RoadmapGraph.connect(URI.create("neo4j://host:7687"), AuthTokens.basic(u, p), "neo4j")) --
        try (RoadmapGraph graph = RoadmapGraph.embedded(dataDir)) {
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
