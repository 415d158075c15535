// Tools by category
// The roadmap's tools grouped by category, each with the number of topics that use it.
//
// :param roadmap => 'ai-engineer'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (:Revision {id: roadmap.revision})-[:HAS_TOOL]->(tool:Tool)
OPTIONAL MATCH (topic:Topic)-[:USES]->(tool)
WITH tool, count(topic) AS usedByTopics
ORDER BY tool.name
RETURN tool.category AS category, collect(tool.name) AS tools, collect(usedByTopics) AS usedByTopics,
       count(tool) AS count
ORDER BY category
