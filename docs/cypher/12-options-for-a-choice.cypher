// What are my options for a choice
// The options of a choice (a tool alternative, a phase's electives or a topic's requirement group, named by its id or
// by the topic that requires it) in the roadmap's order: how many to pick, why, and each option's hours (tools have
// none) and whether it is the default pick.
//
// :param roadmap => 'ai-engineer'
// :param choice => 'vector-database'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (choice:RequirementGroup {rev: roadmap.revision})
WHERE choice.key = $choice OR EXISTS { (:Topic {id: $choice, rev: roadmap.revision})-[:REQUIRES_GROUP]->(choice) }
MATCH (choice)-[option:OPTION]->(picked)
RETURN choice.key AS choice, choice.kind AS kind, choice.n AS n, choice.reason AS reason, option.order AS order,
       coalesce(picked.key, picked.id) AS option, coalesce(picked.title, picked.name) AS title,
       picked.estimatedHours AS hours, coalesce(picked.key, picked.id) = coalesce(choice.preferred, '') AS isDefault
ORDER BY choice, order
