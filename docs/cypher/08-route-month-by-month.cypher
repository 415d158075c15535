// The route, month by month
// The roadmap's route: each stage (a range of months) with its steps in order, the topics each step covers
// and the projects it builds.
//
// :param roadmap => 'ai-engineer'
MATCH (roadmap:Roadmap {id: $roadmap})
MATCH (:Revision {id: roadmap.revision})-[:HAS_STAGE]->(stage:RouteStage)-[:HAS_STEP]->(step:RouteStep)
OPTIONAL MATCH (step)-[:COVERS]->(topic:Topic)
WITH stage, step, collect(topic.id) AS topics
OPTIONAL MATCH (step)-[:BUILDS]->(project:Project)
RETURN stage.fromMonth AS fromMonth, stage.toMonth AS toMonth, stage.title AS stage, step.number AS step,
       step.text AS text, topics, collect(project.id) AS projects
ORDER BY fromMonth, step
