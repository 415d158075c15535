package io.roadmapgraph.query;

import io.roadmapgraph.graph.GraphModel;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Cypher this module runs. Labels and relationship types come from {@link GraphModel}, the one definition of the
 * graph model, through {@code {Label}} / {@code {TYPE}} placeholders that it fills and checks; user input only ever
 * travels as {@code $parameters}. Every query reads only the roadmaps' current revisions: it starts from a
 * {@code Roadmap}'s {@code revision}, or from nodes whose {@code rev} is in {@code $revs} ({@link #CURRENT_REVISIONS}
 * read in the same transaction); a revision's relationships stay within it, so a traversal stays in it too.
 */
final class Cypher {

    private Cypher() {
    }

    /** Fills the {@code {Label}} and {@code {TYPE}} placeholders from {@link GraphModel}; never used with user input. */
    private static String q(String template) {
        return GraphModel.cypher(template);
    }

    /**
     * A topic {@code t} (one roadmap revision's copy) with its phase, position, layer and parent, as one map. Each
     * revision has its own copy of every topic it names, so these are that roadmap's.
     */
    private static final String TOPIC_MAP = """
            t {.*,
               phases: [(t)-[:{IN_PHASE}]->(ph:{Phase}) | ph {.id, .number}],
               orders: [(:{Revision})-[i:{INCLUDES}]->(t) | i.order],
               layers: [(t)-[:{IN_LAYER}]->(l:{Layer}) | l.id],
               parents: [(t)-[:{SUBTOPIC_OF}]->(p:{Topic}) | p.id]}""";
    /**
     * {@link #TOPIC_MAP} of one roadmap's copy whose {@code roadmaps} are every roadmap that has the topic now (one
     * id, one concept), as the default view lists them: for a roadmap's, a phase's or a layer's topics.
     */
    private static final String OWN_TOPIC_MAP = TOPIC_MAP.substring(0, TOPIC_MAP.length() - 1) + """
            ,
               roadmaps: COLLECT { MATCH (o:{Topic} {id: t.id}) WHERE o.rev IN $revs
                                   RETURN DISTINCT o.roadmap AS id ORDER BY id }}""";

    /**
     * The current revision of every roadmap, in load order (the roadmap loaded first first): every other query
     * follows only these ({@code $revs}), so a reader never sees a load half-way.
     */
    static final String CURRENT_REVISIONS = q("""
            MATCH (r:{Roadmap}) WHERE r.revision IS NOT NULL
            RETURN r.id AS id, r.revision AS revision ORDER BY coalesce(r.loadOrder, 0), r.id""");

    static final String ROADMAPS = q("""
            MATCH (r:{Roadmap}) MATCH (v:{Revision} {id: r.revision})
            RETURN v {.*, id: r.id} AS node ORDER BY r.id""");
    static final String ROADMAPS_BY_IDS = q("""
            MATCH (r:{Roadmap}) WHERE r.id IN $ids MATCH (v:{Revision} {id: r.revision})
            RETURN v {.*, id: r.id} AS node""");
    static final String TOOLS_BY_IDS = q("""
            MATCH (x:{Tool}) WHERE x.id IN $ids AND x.rev IN $revs RETURN x.id AS owner, x {.*} AS node""");
    /**
     * What the asked ids are, when they are no topic's: a tool's or a project's, looked up by the (id, rev) index, so
     * a NOT_FOUND reads a few nodes however large the graph.
     */
    static final String KINDS_OF_IDS = q("""
            UNWIND $ids AS asked
            CALL { WITH asked MATCH (n:{Topic} {id: asked}) WHERE n.rev IN $revs RETURN 'topic' AS kind
                   UNION WITH asked MATCH (n:{Tool} {id: asked}) WHERE n.rev IN $revs RETURN 'tool' AS kind
                   UNION WITH asked MATCH (n:{Project} {id: asked}) WHERE n.rev IN $revs RETURN 'project' AS kind }
            RETURN asked AS id, kind""");
    /** The id of every topic, for the hints of an unknown topic id when there is no snapshot to take them from. */
    static final String TOPIC_IDS = q("""
            MATCH (t:{Topic}) WHERE t.rev IN $revs RETURN DISTINCT t.id AS id""");
    /** For each asked id that is no topic's id: the topic that had it before ({@code formerIds}), if any. */
    static final String CURRENT_IDS = q("""
            UNWIND $ids AS asked
            OPTIONAL MATCH (t:{Topic} {id: asked}) WHERE t.rev IN $revs
            WITH asked, count(t) AS found WHERE found = 0
            MATCH (c:{Topic}) WHERE c.rev IN $revs AND asked IN coalesce(c.formerIds, [])
            RETURN asked, min(c.id) AS id""");

    /** The current revision of each asked roadmap, as {@code v}, with {@code r.id} the owner. */
    private static final String CURRENT_OF_ROADMAPS = "MATCH (r:{Roadmap}) WHERE r.id IN $ids"
            + " MATCH (v:{Revision} {id: r.revision})";

    static final String PHASES_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_PHASE}]->(x:{Phase})
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number""");
    static final String LAYERS_OF_PHASES = q("""
            MATCH (p:{Phase})-[:{HAS_LAYER}]->(x:{Layer}) WHERE p.id IN $ids AND p.rev IN $revs
            RETURN p.id AS owner, x {.*, phase: p.number, phaseId: p.id} AS node ORDER BY x.number""");
    static final String LAYERS_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_PHASE}]->(p:{Phase})-[:{HAS_LAYER}]->(x:{Layer})
            RETURN r.id AS owner, x {.*, phase: p.number, phaseId: p.id} AS node ORDER BY p.number, x.number""");
    static final String LAYERS_BY_IDS = q("""
            MATCH (p:{Phase})-[:{HAS_LAYER}]->(x:{Layer}) WHERE x.id IN $ids AND x.rev IN $revs
            RETURN x.id AS owner, x {.*, phase: p.number, phaseId: p.id} AS node""");
    static final String TOPICS_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[inc:{INCLUDES}]->(t:{Topic})
            RETURN r.id AS owner, """ + OWN_TOPIC_MAP + " AS node ORDER BY inc.order");
    static final String TOPICS_OF_PHASES = q("""
            MATCH (t:{Topic})-[:{IN_PHASE}]->(x:{Phase}) WHERE x.id IN $ids AND x.rev IN $revs
            OPTIONAL MATCH (:{Revision} {id: x.rev})-[inc:{INCLUDES}]->(t)
            RETURN x.id AS owner, """ + OWN_TOPIC_MAP + " AS node ORDER BY inc.order, t.id");
    static final String TOPICS_OF_LAYERS = q("""
            MATCH (t:{Topic})-[:{IN_LAYER}]->(x:{Layer}) WHERE x.id IN $ids AND x.rev IN $revs
            OPTIONAL MATCH (:{Revision} {id: x.rev})-[inc:{INCLUDES}]->(t)
            RETURN x.id AS owner, """ + OWN_TOPIC_MAP + " AS node ORDER BY inc.order, t.id");
    static final String TOOLS_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_TOOL}]->(x:{Tool})
            RETURN r.id AS owner, x {.*} AS node ORDER BY toLower(x.name), x.id""");
    static final String PROJECTS_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_PROJECT}]->(x:{Project})
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number, x.id""");
    static final String TOOLS_OF_TOPICS = q("""
            MATCH (t:{Topic})-[:{USES}]->(x:{Tool}) WHERE t.id IN $ids AND t.rev IN $revs
            RETURN t.id AS owner, x {.*} AS node ORDER BY toLower(x.name), x.id""");
    static final String TOOLS_OF_PROJECTS = q("""
            MATCH (x:{Project})-[:{USES}]->(t:{Tool}) WHERE x.id IN $ids AND x.rev IN $revs
            RETURN x.id AS owner, t {.*} AS node ORDER BY toLower(t.name), t.id""");
    static final String PROJECTS_USING_TOOLS = q("""
            MATCH (x:{Project})-[:{USES}]->(t:{Tool}) WHERE t.id IN $ids AND t.rev IN $revs
            RETURN t.id AS owner, x {.*} AS node ORDER BY x.number, x.id""");
    static final String TOPICS_USING_TOOLS = q("""
            MATCH (t:{Topic})-[:{USES}]->(x:{Tool}) WHERE x.id IN $ids AND x.rev IN $revs
            RETURN x.id AS owner, """ + OWN_TOPIC_MAP + " AS node");
    static final String SUBTOPICS_OF_TOPICS = q("""
            MATCH (o:{Topic})<-[:{SUBTOPIC_OF}]-(t:{Topic}) WHERE o.id IN $ids AND o.rev IN $revs
            RETURN o.id AS owner, """ + OWN_TOPIC_MAP + " AS node");

    static final String ROUTE_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_STAGE}]->(x:{RouteStage})
            RETURN r.id AS owner, x {.*,
                steps: [(x)-[:{HAS_STEP}]->(s:{RouteStep}) | s {.*,
                    topics: [(s)-[:{COVERS}]->(t:{Topic}) | t.id],
                    projects: [(s)-[:{BUILDS}]->(p:{Project}) | p.id]}]} AS node
            ORDER BY x.fromMonth, coalesce(x.fromWeek, 0), x.toMonth, x.id""");
    /** Each asked roadmap's {@code studyHoursPerWeek}, where its current revision states one. */
    static final String STUDY_HOURS = q("""
            MATCH (r:{Roadmap}) WHERE r.id IN $ids MATCH (v:{Revision} {id: r.revision})
            WITH r, v WHERE v.studyHoursPerWeek IS NOT NULL
            RETURN r.id AS id, v.studyHoursPerWeek AS hours""");
    static final String PRINCIPLES_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_PRINCIPLE}]->(x:{Principle})
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number""");
    static final String CRITERIA_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_CRITERION}]->(x:{SuccessCriterion})
            RETURN r.id AS owner, x {.*, topics: [(x)-[:{RESTS_ON}]->(t:{Topic}) | t.id]} AS node
            ORDER BY x.number""");
    static final String RESOURCES_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_RESOURCE}]->(x:{Resource})
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.id""");
    static final String TIPS_OF_ROADMAPS = q(CURRENT_OF_ROADMAPS + """
             MATCH (v)-[:{HAS_TIP}]->(x:{Tip})
            RETURN r.id AS owner, x {.*} AS node ORDER BY x.number""");

    /**
     * Every searchable copy in the current revisions with what {@code SearchTexts} folds of it (its id, roadmap,
     * revision and full-text properties), when search has no snapshot (a snapshot's texts come from its own rows).
     */
    static final String SEARCHABLE = q("MATCH (n) WHERE (n:{Topic} OR n:{Tool} OR n:{Project}) AND n.rev IN $revs"
            + " RETURN labels(n) AS labels, n {"
            + Stream.concat(Stream.of(GraphModel.ID, GraphModel.ROADMAP_ID, GraphModel.REV),
                    GraphModel.FULLTEXT_PROPERTIES.stream()).map(p -> "." + p).collect(Collectors.joining(", "))
            + "} AS node");
    /**
     * The full-text index's hits among the current revisions (of one roadmap, or all when {@code $roadmap} is null);
     * an id may come once per roadmap that has it, best score first.
     */
    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WHERE node.rev IN $revs AND ($roadmap IS NULL OR node.roadmap = $roadmap)
            RETURN labels(node) AS labels, node.id AS id, coalesce(node.title, node.name) AS title, score
            ORDER BY score DESC, id LIMIT $limit""";

    /**
     * Every topic copy of the current revisions with its direct requirements and their reasons: what a snapshot
     * holds, so the nested fields of its answers need no further read.
     */
    static final String SNAPSHOT_TOPICS = q("MATCH (t:{Topic}) WHERE t.rev IN $revs RETURN " + TOPIC_MAP
            + " AS node,"
            + " [(t)-[r:{REQUIRES}]->(q:{Topic}) | {id: q.id, reason: r.reason, reasonNl: r.reasonNl,"
            + " reasonOrigin: r.reasonOrigin, origin: r.origin}] AS reasons");
    /**
     * Every requirement group of a topic (and every group nested in one) in the current revisions, with its options
     * in order (a nested group by its key), for a snapshot.
     */
    static final String SNAPSHOT_GROUPS = q("""
            MATCH (g:{RequirementGroup}) WHERE g.rev IN $revs AND g.scope = 'REQUIRES'
            OPTIONAL MATCH (t:{Topic})-[:{REQUIRES_GROUP}]->(g)
            RETURN g.roadmap AS roadmap, g.key AS key, g.n AS n, t.id AS owner,
                   [(g)-[o:{OPTION}]->(x) | {order: o.order, id: coalesce(x.key, x.id), nested: x:{RequirementGroup}}]
                   AS options""");
    /**
     * Every requirement group of the current revisions (requirements, nested ones too, electives, tool alternatives),
     * with the node that owns it (for a nested group: the owner of its outermost group) and its options in order.
     */
    static final String ALL_GROUPS = q("""
            MATCH (g:{RequirementGroup}) WHERE g.rev IN $revs
            RETURN g {.*} AS node,
                   head([(g)<-[:{OPTION}*0..]-(:{RequirementGroup})
                         <-[:{REQUIRES_GROUP}|{HAS_ELECTIVES}|{HAS_ALTERNATIVE}]-(o)
                         | CASE WHEN o:{Revision} THEN g.roadmap ELSE o.id END]) AS owner,
                   [(g)-[r:{OPTION}]->(x) | {order: r.order, id: coalesce(x.key, x.id),
                    kind: CASE WHEN x:{RequirementGroup} THEN 'GROUP' WHEN x:{Tool} THEN 'TOOL' ELSE 'TOPIC' END}]
                   AS options
            ORDER BY g.key""");
    /** Every phase of the current revisions, for a snapshot. */
    static final String ALL_PHASES = q("MATCH (x:{Phase}) WHERE x.rev IN $revs RETURN x {.*} AS node");
    /** Every project copy of the current revisions with the ids of the topics it exercises, for a snapshot. */
    static final String ALL_PROJECTS = q("""
            MATCH (x:{Project}) WHERE x.rev IN $revs
            RETURN x {.*} AS node, [(x)-[:{EXERCISES}]->(t:{Topic}) | t.id] AS exercises""");
    /** Every tool copy of the current revisions, for a snapshot's search texts. */
    static final String ALL_TOOLS = q("MATCH (x:{Tool}) WHERE x.rev IN $revs RETURN x {.*} AS node");
}
