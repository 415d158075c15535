// The learning path to fine-tuning
// The goal and everything it requires, in an order you can learn them: each topic comes after all of its
// prerequisites (level = the longest chain of prerequisites below a topic), earlier phases and the roadmap's own
// order first among equals. The GraphQL field learningPath gives the same topics with more options (known topics).
//
// :param goal => 'fine-tuning'
MATCH (goal:Topic {id: $goal})-[:REQUIRES*0..]->(topic:Topic)
WITH DISTINCT topic
MATCH chain = (topic)-[:REQUIRES*0..]->(:Topic)
WITH topic, max(length(chain)) AS level
MATCH (topic)-[:IN_PHASE]->(phase:Phase)
MATCH (:Roadmap)-[included:INCLUDES]->(topic)
WITH topic, level, min(phase.number) AS phase, min(included.order) AS position
ORDER BY level, phase, position
WITH collect({topic: topic, level: level, phase: phase}) AS steps
UNWIND range(0, size(steps) - 1) AS i
RETURN i + 1 AS step, steps[i].topic.id AS id, steps[i].topic.title AS topic, steps[i].phase AS phase,
       steps[i].level AS level, steps[i].topic.estimatedHours AS hours,
       reduce(total = 0, s IN steps[0..i + 1] | total + s.topic.estimatedHours) AS hoursSoFar
ORDER BY step
