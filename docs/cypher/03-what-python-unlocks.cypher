// What Python unlocks
// Every topic that needs a topic, directly or through other topics, with the shortest chain of REQUIRES to it:
// depth 1 needs it directly, depth 2 needs something that needs it, and so on.
//
// :param roadmap => 'ai-engineer'
// :param topic => 'python'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (known:Topic {id: $topic, rev: roadmap.revision})
MATCH (unlocked:Topic)-[:REQUIRES*1..]->(known)
WITH DISTINCT known, unlocked
MATCH path = shortestPath((unlocked)-[:REQUIRES*1..]->(known))
RETURN path, unlocked.id AS topic, length(path) AS depth
ORDER BY depth, topic
