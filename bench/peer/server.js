// The peer of the API benchmark: the Neo4j GraphQL Library on Apollo Server, over the same Neo4j as our API.
// Traversals it has no built-in for are @cypher fields. Depth is the shortest distance: shortestPath to each topic of
// the closure was the fastest plain Cypher for it on 5.26 (ANY SHORTEST with an open end was about 10x slower).
// The learning path is the closure sorted by phase, then the roadmap's order: a valid order for the synthetic
// roadmaps, whose file order puts every topic after its prerequisites (Cypher alone has no topological sort).
// Search is the API server's full-text index query (the current revisions, then the index's hits among them, best
// score first); the client sends the Lucene query the server makes of the text (graph-core's own, see ApiBench).
// NEO4J_URI (bolt://127.0.0.1:7687), PORT (4000); listens on 127.0.0.1 only.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Topic @node {
    id: ID!
    title: String!
    summary: String
    estimatedHours: Int
    requires: [Topic!]! @relationship(type: "REQUIRES", direction: OUT)
  }
  type Project @node {
    id: ID!
    number: Int!
    title: String!
    exercises: [Topic!]! @relationship(type: "EXERCISES", direction: OUT)
  }
  type TopicRef { id: ID!, title: String! }
  type ProjectRef { id: ID!, title: String! }
  type PeerPrerequisite { topic: TopicRef!, depth: Int! }
  type PeerStep { position: Int!, topic: TopicRef!, hours: Int! }
  type PeerPath { steps: [PeerStep!]!, totalHours: Int! }
  type PeerCoverage { project: ProjectRef!, covered: [TopicRef!]!, missing: [TopicRef!]!, coverage: Float! }
  type PeerHit { kind: String!, id: ID!, title: String!, score: Float! }

  type Query {
    prerequisites(topic: ID!): [PeerPrerequisite!]!
      @cypher(statement: """
        MATCH (s:Topic {id: $topic})-[:REQUIRES*]->(t:Topic)
        WITH DISTINCT s, t
        MATCH p = shortestPath((s)-[:REQUIRES*]->(t))
        RETURN {topic: {id: t.id, title: t.title}, depth: length(p)} AS row
        ORDER BY row.depth, row.topic.id
      """, columnName: "row")
    learningPath(goals: [ID!]!): PeerPath!
      @cypher(statement: """
        MATCH (g:Topic) WHERE g.id IN $goals
        MATCH (g)-[:REQUIRES*0..]->(t:Topic)
        WITH DISTINCT t
        MATCH (t)-[:IN_PHASE]->(ph:Phase)
        MATCH (:Revision)-[i:INCLUDES]->(t)
        WITH t, min(ph.number) AS phase, min(i.order) AS ord
        ORDER BY phase, ord
        WITH collect({id: t.id, title: t.title, hours: t.estimatedHours}) AS topics
        RETURN {steps: [k IN range(0, size(topics) - 1) |
                        {position: k + 1, topic: {id: topics[k].id, title: topics[k].title}, hours: topics[k].hours}],
                totalHours: reduce(h = 0, x IN topics | h + x.hours)} AS path
      """, columnName: "path")
    projectsCovering(skills: [ID!]!): [PeerCoverage!]!
      @cypher(statement: """
        MATCH (x:Project)-[:EXERCISES]->(t:Topic) WHERE t.id IN $skills
        WITH x, collect(t.id) AS covered
        MATCH (s:Topic) WHERE s.id IN $skills
        WITH x, covered, collect(s) AS asked
        RETURN {project: {id: x.id, title: x.title},
                covered: [s IN asked WHERE s.id IN covered | {id: s.id, title: s.title}],
                missing: [s IN asked WHERE NOT s.id IN covered | {id: s.id, title: s.title}],
                coverage: toFloat(size(covered)) / size(asked)} AS row
        ORDER BY row.coverage DESC, x.number
      """, columnName: "row")
    search(query: String!, first: Int!): [PeerHit!]!
      @cypher(statement: """
        MATCH (r:Roadmap) WHERE r.revision IS NOT NULL
        WITH collect(r.revision) AS revs
        CALL db.index.fulltext.queryNodes("roadmap_text", $query) YIELD node, score
        WHERE node.rev IN revs
        WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
        RETURN {kind: [l IN labels(node) WHERE l IN ['Topic', 'Tool', 'Project']][0], id: node.id,
                title: coalesce(node.title, node.name), score: score} AS hit
      """, columnName: "hit")
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI || "bolt://127.0.0.1:7687", neo4j.auth.none());
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PORT || 4000) },
});
console.log(`peer ready at ${url}`);
