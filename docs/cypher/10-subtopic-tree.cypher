// The subtopic tree of a topic
// A topic and its subtopics at every depth, as a tree of SUBTOPIC_OF arrows pointing at their parent.
//
// :param roadmap => 'ai-engineer'
// :param topic => 'rag'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH path = (:Topic)-[:SUBTOPIC_OF*1..]->(:Topic {id: $topic, rev: roadmap.revision})
RETURN path
