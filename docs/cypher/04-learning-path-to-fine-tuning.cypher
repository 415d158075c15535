// The learning path to fine-tuning
// The goal, its subtopics that are not elective (a parent is the introduction, its subtopics come after it) and
// everything they require, in an order you can learn them: each topic comes after all of its prerequisites (level =
// the longest chain of prerequisites below a topic), earlier phases and the roadmap's own order first among equals.
// The GraphQL field learningPath gives the same topics with more options (known topics).
//
// :param roadmap => 'ai-engineer'
// :param goal => 'fine-tuning'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH part = (goal:Topic {id: $goal, rev: roadmap.revision})<-[:SUBTOPIC_OF*0..]-(brought:Topic)
WHERE none(sub IN tail(nodes(part)) WHERE sub.importance = 'ELECTIVE')
MATCH (brought)-[:REQUIRES*0..]->(topic:Topic)
WITH DISTINCT topic
MATCH chain = (topic)-[:REQUIRES*0..]->(:Topic)
WITH topic, max(length(chain)) AS level
MATCH (topic)-[:IN_PHASE]->(phase:Phase)
MATCH (:Revision)-[included:INCLUDES]->(topic)
WITH topic, level, min(phase.number) AS phase, min(included.order) AS position
ORDER BY level, phase, position
WITH collect({topic: topic, level: level, phase: phase}) AS steps
UNWIND range(0, size(steps) - 1) AS i
RETURN i + 1 AS step, steps[i].topic.id AS id, steps[i].topic.title AS topic, steps[i].phase AS phase,
       steps[i].level AS level, steps[i].topic.estimatedHours AS hours,
       reduce(total = 0, s IN steps[0..i + 1] | total + s.topic.estimatedHours) AS hoursSoFar
ORDER BY step
