/**
 * The questions one asks of a roadmap graph, as a plain-Java API (no framework): {@link
 * io.roadmapgraph.query.RoadmapQueries} over a Neo4j {@code Driver}, and the graph algorithms behind it as classes of
 * their own ({@link io.roadmapgraph.algorithms.Closure}, {@link io.roadmapgraph.algorithms.LearningPathPlanner}, {@link
 * io.roadmapgraph.algorithms.NextTopics}, {@link io.roadmapgraph.algorithms.CoverageRanking} over a {@link
 * io.roadmapgraph.algorithms.PrerequisiteGraph}), usable on a roadmap file without any database.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.of(Path.of("data/neo4j"), 7687));
 *      Driver driver = neo4j.openDriver()) {          // or GraphDatabase.driver("neo4j://host:7687", auth)
 *     RoadmapLoader loader = new RoadmapLoader(driver);
 *     loader.ensureSchema();
 *     loader.load(Path.of("ai-engineer.yaml"));
 *     RoadmapQueries queries = new RoadmapQueries(driver, QueryOptions.DEFAULTS.withDatabase("neo4j"));
 *     LearningPath path = queries.learningPath(List.of("fine-tuning"), List.of("python"));
 * }
 * }</pre>
 *
 * Semantics: knowing a topic implies knowing its prerequisites (K* = known and all their transitive prerequisites).
 * Prerequisites and dependents are every topic reachable along requires-edges, each once, at its shortest distance.
 * A learning path is the goals and their transitive prerequisites minus K*, each once, each after all its
 * prerequisites, ties broken by earlier phase, then the roadmap's own order. Next topics are every topic not in K*
 * whose direct prerequisites are all in K*. Failures are {@link io.roadmapgraph.query.QueryException}s with a kind.
 */
package io.roadmapgraph.query;
