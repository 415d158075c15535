package io.roadmapgraph.query;

import io.roadmapgraph.graph.GraphModel;

/**
 * The Cypher this module runs. Labels and relationship types come from {@link GraphModel}, the one definition of the
 * graph model, through {@code {Label}} / {@code {TYPE}} placeholders that it fills and checks; user input only ever
 * travels as {@code $parameters}.
 */
final class Cypher {

    private Cypher() {
    }

    /** Fills the {@code {Label}} and {@code {TYPE}} placeholders from {@link GraphModel}; never used with user input. */
    private static String q(String template) {
        return GraphModel.cypher(template);
    }

    /** A topic {@code t} with its phase(s), position(s), layer and parent, as one map. */
    private static final String TOPIC_MAP = """
            t {.*,
               phases: [(t)-[:{IN_PHASE}]->(ph:{Phase}) | ph {.id, .number}],
               orders: [(:{Roadmap})-[i:{INCLUDES}]->(t) | i.order],
               layers: [(t)-[:{IN_LAYER}]->(l:{Layer}) | l.id],
               parents: [(t)-[:{SUBTOPIC_OF}]->(p:{Topic}) | p.id]}""";

    static final String ROADMAPS = q("MATCH (r:{Roadmap}) RETURN r {.*} AS node ORDER BY r.id");
    static final String ROADMAPS_BY_IDS = q("MATCH (r:{Roadmap}) WHERE r.id IN $ids RETURN r {.*} AS node");
    static final String TOPICS_BY_IDS = q("MATCH (t:{Topic}) WHERE t.id IN $ids RETURN " + TOPIC_MAP + " AS node");
    static final String TOOLS_BY_IDS = q("MATCH (x:{Tool}) WHERE x.id IN $ids RETURN x {.*} AS node");
    static final String PROJECTS_BY_IDS = q("MATCH (x:{Project}) WHERE x.id IN $ids RETURN x {.*} AS node");
    static final String PHASES_BY_IDS = q("MATCH (x:{Phase}) WHERE x.id IN $ids RETURN x {.*} AS node");
    /** The id of every topic, tool and project with its kind, for the hints of an unknown topic id. */
    static final String IDS_BY_KIND = q("""
            MATCH (n) WHERE n:{Topic} OR n:{Tool} OR n:{Project}
            RETURN n.id AS id, CASE WHEN n:{Topic} THEN 'topic' WHEN n:{Tool} THEN 'tool' ELSE 'project' END AS kind
            ORDER BY id""");
    /** For each asked id that is no topic's id: the topic that had it before ({@code formerIds}), if any. */
    static final String CURRENT_IDS = q("""
            UNWIND $ids AS asked
            OPTIONAL MATCH (t:{Topic} {id: asked})
            WITH asked WHERE t IS NULL
            MATCH (c:{Topic}) WHERE asked IN coalesce(c.formerIds, [])
            RETURN asked, min(c.id) AS id""");
    static final String ALL_TOPIC_IDS = q("MATCH (t:{Topic}) RETURN t.id AS id");

    static final String PHASES_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_PHASE}]->(x:{Phase}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number""");
    static final String LAYERS_OF_PHASES = q("""
            MATCH (p:{Phase})-[:{HAS_LAYER}]->(x:{Layer}) WHERE p.id IN $ids
            RETURN p.id AS owner, x {.*, phase: p.number, phaseId: p.id} AS node ORDER BY x.number""");
    static final String LAYERS_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_PHASE}]->(p:{Phase})-[:{HAS_LAYER}]->(x:{Layer}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*, phase: p.number, phaseId: p.id} AS node ORDER BY p.number, x.number""");
    static final String LAYERS_BY_IDS = q("""
            MATCH (p:{Phase})-[:{HAS_LAYER}]->(x:{Layer}) WHERE x.id IN $ids
            RETURN x {.*, phase: p.number, phaseId: p.id} AS node""");
    static final String TOPICS_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[inc:{INCLUDES}]->(t:{Topic}) WHERE r.id IN $ids
            RETURN r.id AS owner, """ + TOPIC_MAP + " AS node ORDER BY inc.order");
    static final String TOPICS_OF_PHASES = q("""
            MATCH (t:{Topic})-[:{IN_PHASE}]->(x:{Phase}) WHERE x.id IN $ids
            OPTIONAL MATCH (:{Roadmap} {id: x.roadmap})-[inc:{INCLUDES}]->(t)
            RETURN x.id AS owner, """ + TOPIC_MAP + " AS node ORDER BY inc.order, t.id");
    static final String TOPICS_OF_LAYERS = q("""
            MATCH (t:{Topic})-[:{IN_LAYER}]->(x:{Layer}) WHERE x.id IN $ids
            OPTIONAL MATCH (:{Roadmap} {id: x.roadmap})-[inc:{INCLUDES}]->(t)
            RETURN x.id AS owner, """ + TOPIC_MAP + " AS node ORDER BY inc.order, t.id");
    static final String TOOLS_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_TOOL}]->(x:{Tool}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*} AS node ORDER BY toLower(x.name), x.id""");
    static final String PROJECTS_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_PROJECT}]->(x:{Project}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number, x.id""");
    static final String TOOLS_OF_TOPICS = q("""
            MATCH (t:{Topic})-[:{USES}]->(x:{Tool}) WHERE t.id IN $ids
            RETURN t.id AS owner, x {.*} AS node ORDER BY toLower(x.name), x.id""");
    static final String PROJECTS_OF_TOPICS = q("""
            MATCH (x:{Project})-[:{EXERCISES}]->(t:{Topic}) WHERE t.id IN $ids
            RETURN t.id AS owner, x {.*} AS node ORDER BY x.number, x.id""");
    static final String TOPICS_OF_PROJECTS = q("""
            MATCH (x:{Project})-[:{EXERCISES}]->(t:{Topic}) WHERE x.id IN $ids
            RETURN x.id AS owner, """ + TOPIC_MAP + " AS node");
    static final String TOOLS_OF_PROJECTS = q("""
            MATCH (x:{Project})-[:{USES}]->(t:{Tool}) WHERE x.id IN $ids
            RETURN x.id AS owner, t {.*} AS node ORDER BY toLower(t.name), t.id""");
    static final String PROJECTS_USING_TOOLS = q("""
            MATCH (x:{Project})-[:{USES}]->(t:{Tool}) WHERE t.id IN $ids
            RETURN t.id AS owner, x {.*} AS node ORDER BY x.number, x.id""");
    static final String TOPICS_USING_TOOLS = q("""
            MATCH (t:{Topic})-[:{USES}]->(x:{Tool}) WHERE x.id IN $ids
            RETURN x.id AS owner, """ + TOPIC_MAP + " AS node");
    static final String REQUIRES_OF_TOPICS = q("""
            MATCH (o:{Topic})-[r:{REQUIRES}]->(t:{Topic}) WHERE o.id IN $ids
            RETURN o.id AS owner, """ + TOPIC_MAP + " AS node, r.reason AS reason, r.reasonNl AS reasonNl");
    static final String REQUIRED_BY_OF_TOPICS = q("""
            MATCH (o:{Topic})<-[r:{REQUIRES}]-(t:{Topic}) WHERE o.id IN $ids
            RETURN o.id AS owner, """ + TOPIC_MAP + " AS node, r.reason AS reason, r.reasonNl AS reasonNl");
    static final String SUBTOPICS_OF_TOPICS = q("""
            MATCH (o:{Topic})<-[:{SUBTOPIC_OF}]-(t:{Topic}) WHERE o.id IN $ids
            RETURN o.id AS owner, """ + TOPIC_MAP + " AS node");

    static final String ROUTE_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_STAGE}]->(x:{RouteStage}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*,
                steps: [(x)-[:{HAS_STEP}]->(s:{RouteStep}) | s {.*,
                    topics: [(s)-[:{COVERS}]->(t:{Topic}) | t.id],
                    projects: [(s)-[:{BUILDS}]->(p:{Project}) | p.id]}]} AS node
            ORDER BY x.fromMonth, x.toMonth, x.id""");
    static final String PRINCIPLES_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_PRINCIPLE}]->(x:{Principle}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number""");
    static final String CRITERIA_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_CRITERION}]->(x:{SuccessCriterion}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*, topics: [(x)-[:{RESTS_ON}]->(t:{Topic}) | t.id]} AS node
            ORDER BY x.number""");
    static final String RESOURCES_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_RESOURCE}]->(x:{Resource}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.id""");
    static final String TIPS_OF_ROADMAPS = q("""
            MATCH (r:{Roadmap})-[:{HAS_TIP}]->(x:{Tip}) WHERE r.id IN $ids
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number""");

    /**
     * The starts and every topic they reach along requires-edges (towards prerequisites), each once, with its
     * direct requirements; the variable-length expansion with DISTINCT end nodes lets the planner prune by BFS.
     */
    static final String PREREQUISITE_SUBGRAPH = q("""
            MATCH (s:{Topic}) WHERE s.id IN $ids
            MATCH (s)-[:{REQUIRES}*0..]->(t:{Topic})
            WITH DISTINCT t
            RETURN\s""" + TOPIC_MAP + " AS node, [(t)-[:{REQUIRES}]->(q:{Topic}) | q.id] AS requires");
    static final String DIRECT_PREREQUISITE_SUBGRAPH = PREREQUISITE_SUBGRAPH.replace("*0..]", "*0..1]");
    /**
     * What a plan or the known closure needs: the start topics, their subtopics at any depth (the subtopic rule brings
     * the non-elective ones; the algorithm picks them) and every transitive prerequisite of either.
     */
    static final String PLAN_SUBGRAPH = q("""
            MATCH (s:{Topic}) WHERE s.id IN $ids
            MATCH (s)<-[:{SUBTOPIC_OF}*0..]-(c:{Topic})
            MATCH (c)-[:{REQUIRES}*0..]->(t:{Topic})
            WITH DISTINCT t
            RETURN\s""" + TOPIC_MAP + " AS node, [(t)-[:{REQUIRES}]->(q:{Topic}) | q.id] AS requires");
    static final String DEPENDENT_SUBGRAPH = q("""
            MATCH (s:{Topic}) WHERE s.id IN $ids
            MATCH (s)<-[:{REQUIRES}*0..]-(t:{Topic})
            WITH DISTINCT t
            RETURN\s""" + TOPIC_MAP + " AS node, [(t)-[:{REQUIRES}]->(q:{Topic}) | q.id] AS requires");
    static final String DIRECT_DEPENDENT_SUBGRAPH = DEPENDENT_SUBGRAPH.replace("*0..]", "*0..1]");

    /** Every roadmap's id and revision stamp (empty for a graph loaded before the loader wrote stamps). */
    static final String REVISIONS = q("MATCH (r:{Roadmap}) RETURN r.id AS id, coalesce(r." + GraphModel.REVISION
            + ", '') AS revision ORDER BY id");
    /** Every topic with its direct requirements: the whole requires-graph, for a snapshot. */
    static final String ALL_TOPICS = q("MATCH (t:{Topic}) RETURN " + TOPIC_MAP
            + " AS node, [(t)-[:{REQUIRES}]->(q:{Topic}) | q.id] AS requires");
    /** Every project with the ids of the topics it exercises, for a snapshot. */
    static final String ALL_PROJECTS = q("""
            MATCH (x:{Project})
            RETURN x {.*} AS node, [(x)-[:{EXERCISES}]->(t:{Topic}) | t.id] AS exercises""");

    /** Every topic with its direct requirements' ids and ordering key: for next topics. */
    static final String NEXT_TOPICS = q("""
            MATCH (t:{Topic}) WHERE NOT t.id IN $known
              AND all(q IN [(t)-[:{REQUIRES}]->(p:{Topic}) | p.id] WHERE q IN $known)
            RETURN\s""" + TOPIC_MAP + " AS node");

    static final String PROJECTS_EXERCISING = q("""
            MATCH (x:{Project})-[:{EXERCISES}]->(t:{Topic}) WHERE t.id IN $ids
            RETURN x {.*} AS node, collect(t.id) AS covered""");

    /** Every searchable node (of one roadmap, or all when {@code $roadmap} is null) with its searchable texts. */
    static final String SEARCHABLE = q("""
            MATCH (n) WHERE (n:{Topic} OR n:{Tool} OR n:{Project})
              AND ($roadmap IS NULL OR $roadmap IN coalesce(n.roadmaps, []))
            RETURN labels(n) AS labels, n.id AS id, coalesce(n.title, n.name) AS title, n.titleNl AS titleNl,
                   [p IN $properties WHERE n[p] IS NOT NULL | toString(n[p])] AS texts""");
    /** {@link #SEARCH} among the nodes of one roadmap (its {@code roadmaps} property names it). */
    static final String SEARCH_IN_ROADMAP = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WHERE $roadmap IN coalesce(node.roadmaps, [])
            RETURN labels(node) AS labels, node.id AS id, coalesce(node.title, node.name) AS title, score
            ORDER BY score DESC, id LIMIT $first""";
    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            RETURN labels(node) AS labels, node.id AS id, coalesce(node.title, node.name) AS title, score
            ORDER BY score DESC, id LIMIT $first""";

    /**
     * Every topic with its direct requirements, as {@link #ALL_TOPICS}, and each requirement's reason: what a
     * snapshot holds, so the nested fields of its answers need no further read.
     */
    static final String SNAPSHOT_TOPICS = q("MATCH (t:{Topic}) RETURN " + TOPIC_MAP
            + " AS node, [(t)-[:{REQUIRES}]->(q:{Topic}) | q.id] AS requires,"
            + " [(t)-[r:{REQUIRES}]->(q:{Topic}) | {id: q.id, reason: r.reason, reasonNl: r.reasonNl}] AS reasons");
    /** Every phase, for a snapshot. */
    static final String ALL_PHASES = q("MATCH (x:{Phase}) RETURN x {.*} AS node");
}
