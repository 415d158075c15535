// The whole roadmap, phase by phase
// The roadmap, its phases (linked in order by NEXT) and every topic in the phase it belongs to.
// In Neo4j Browser this draws one cluster of topics around each phase.
//
// :param roadmap => 'ai-engineer'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (revision:Revision {id: roadmap.revision})-[hasPhase:HAS_PHASE]->(phase:Phase)
OPTIONAL MATCH (topic:Topic)-[inPhase:IN_PHASE]->(phase)
RETURN revision, hasPhase, phase, inPhase, topic
ORDER BY phase.number
