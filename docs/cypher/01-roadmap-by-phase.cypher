// The whole roadmap, phase by phase
// The roadmap, its phases (linked in order by NEXT) and every topic in the phase it belongs to.
// In Neo4j Browser this draws one cluster of topics around each phase.
//
// :param roadmap => 'ai-engineer'
MATCH (roadmap:Roadmap {id: $roadmap})-[hasPhase:HAS_PHASE]->(phase:Phase)
OPTIONAL MATCH (topic:Topic)-[inPhase:IN_PHASE]->(phase)
RETURN roadmap, hasPhase, phase, inPhase, topic
ORDER BY phase.number
