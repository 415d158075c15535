// Everything RAG needs
// A topic, its subtopics at any depth, and every topic these require, directly or through other topics, each once,
// with the REQUIRES arrows between them: follow them down to the foundations (Python, tokenization, ...).
//
// :param roadmap => 'ai-engineer'
// :param topic => 'rag'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (goal:Topic {id: $topic, rev: roadmap.revision})
OPTIONAL MATCH (part:Topic)-[:SUBTOPIC_OF*1..]->(goal)
WITH goal, collect(part) AS parts
UNWIND [goal] + parts AS start
MATCH (start)-[:REQUIRES*0..]->(needed:Topic)
WITH collect(DISTINCT needed) AS topics
UNWIND topics AS topic
OPTIONAL MATCH (topic)-[requires:REQUIRES]->(prerequisite:Topic)
RETURN topic, requires, prerequisite
