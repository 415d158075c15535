// Key topics
// The topics the roadmap marks as key, with their phase, estimated hours, and how many topics they need and
// unlock directly. Shown as a graph, with what each key topic requires around it.
//
// :param roadmap => 'ai-engineer'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (:Revision {id: roadmap.revision})-[:INCLUDES]->(key:Topic {importance: 'KEY'})-[:IN_PHASE]->(phase:Phase)
OPTIONAL MATCH (key)-[requires:REQUIRES]->(needed:Topic)
RETURN key, phase, requires, needed,
       COUNT { (key)-[:REQUIRES]->() } AS needs, COUNT { ()-[:REQUIRES]->(key) } AS unlocks
ORDER BY phase.number, key.id
