// Everything RAG needs
// A topic, its subtopics at any depth, and every topic these require, directly or through other topics.
// Follow the REQUIRES arrows down to the foundations (Python, tokenization, ...).
//
// :param topic => 'rag'
MATCH (goal:Topic {id: $topic})
OPTIONAL MATCH (part:Topic)-[:SUBTOPIC_OF*1..]->(goal)
WITH goal, collect(part) AS parts
UNWIND [goal] + parts AS start
MATCH path = (start)-[:REQUIRES*0..]->(needed:Topic)
RETURN path
