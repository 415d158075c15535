// The critical path to fine-tuning
// Among the topics fine-tuning needs (the goal, its subtopics that are not elective, and everything they require),
// the chain of prerequisites with the most estimated hours, foundation first: no study plan finishes before this
// chain is learned, one topic after the other. The GraphQL field plan gives it as criticalPath, with the weeks.
//
// :param goal => 'fine-tuning'
MATCH part = (goal:Topic {id: $goal})<-[:SUBTOPIC_OF*0..]-(brought:Topic)
WHERE none(sub IN tail(nodes(part)) WHERE sub.importance = 'ELECTIVE')
MATCH chain = (brought)-[:REQUIRES*0..]->(first:Topic)
WHERE NOT (first)-[:REQUIRES]->(:Topic)
WITH chain, reduce(hours = 0, t IN nodes(chain) | hours + t.estimatedHours) AS hours
ORDER BY hours DESC, length(chain) DESC
LIMIT 1
RETURN [t IN reverse(nodes(chain)) | t.id] AS chain, [t IN reverse(nodes(chain)) | t.estimatedHours] AS topicHours,
       hours
