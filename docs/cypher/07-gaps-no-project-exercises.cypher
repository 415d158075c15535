// Gaps: topics no project exercises
// The roadmap's topics that none of its projects exercises: what you must practise on your own
// (or a project idea waiting to be written).
//
// :param roadmap => 'ai-engineer'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (revision:Revision {id: roadmap.revision})-[included:INCLUDES]->(topic:Topic)-[:IN_PHASE]->(phase:Phase)
WHERE NOT EXISTS { MATCH (revision)-[:HAS_PROJECT]->(:Project)-[:EXERCISES]->(topic) }
RETURN phase.number AS phase, topic.id AS id, topic.title AS topic, topic.importance AS importance
ORDER BY phase, included.order
