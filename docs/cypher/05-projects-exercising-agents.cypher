// Which projects exercise agents
// The projects that exercise a topic or any of its subtopics, with the topics they exercise.
//
// :param roadmap => 'ai-engineer'
// :param topic => 'agents'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (skill:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topic, rev: roadmap.revision})
MATCH (project:Project)-[exercises:EXERCISES]->(skill)
RETURN project, exercises, skill
ORDER BY project.number
