package io.roadmapgraph.graph;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of the graph: labels, relationship types, property keys, the full-text index. docs/graph-model.md describes what they
 * mean; code that reads the graph uses these constants rather than spelling the names again.
 */
@API(status = API.Status.STABLE)
public final class GraphModel {

    // labels: shared between roadmaps (id = the file's id, property `roadmaps`)
    public static final String TOPIC = "Topic";
    public static final String TOOL = "Tool";
    public static final String PROJECT = "Project";

    /**
     * The one stable node of a roadmap: its id, which revision readers read ({@link #REVISION}), the one before
     * ({@link #PREVIOUS}) and the order in which the roadmaps were first loaded ({@link #LOAD_ORDER}).
     */
    public static final String ROADMAP = "Roadmap";
    /**
     * One load of a roadmap: the roadmap's texts, and the start of every other node the load wrote (all of which
     * carry {@link #REV}, the revision's id). Readers follow only the revisions their roadmaps name as current.
     */
    public static final String REVISION_LABEL = "Revision";

    // labels: one roadmap revision's own (id prefixed with the roadmap id, property `roadmap`)
    public static final String PHASE = "Phase";
    public static final String LAYER = "Layer";
    public static final String ROUTE_STAGE = "RouteStage";
    public static final String ROUTE_STEP = "RouteStep";
    public static final String PRINCIPLE = "Principle";
    public static final String SUCCESS_CRITERION = "SuccessCriterion";
    public static final String RESOURCE = "Resource";
    public static final String TIP = "Tip";
    /**
     * A choice among options ("any of", "n of"): a topic's requirement group, a phase's electives or an alternative
     * between tools. Its options are topics, tools or nested groups ({@link #OPTION}).
     */
    public static final String REQUIREMENT_GROUP = "RequirementGroup";

    /**
     * An extra label on topics of importance {@code KEY}, next to {@link #TOPIC}: Neo4j Browser styles by label only,
     * so this is how key topics are drawn larger. The loader sets and removes it with the importance.
     */
    public static final String KEY_TOPIC = "KeyTopic";

    // labels of the learner subgraph: outside every revision (no `rev`), never written or deleted by a load
    /** A learner, by the opaque id its token names ({@code sub}). */
    public static final String LEARNER = "Learner";
    /** A learner's record of one topic, keyed by the topic's id (a property, not a relationship to a topic node). */
    public static final String PROGRESS = "Progress";
    /** The labels of the learner subgraph; {@link #LABELS} holds the roadmaps' only. */
    public static final List<String> LEARNER_LABELS = List.of(LEARNER, PROGRESS);
    /** From a learner to each of its progress records. */
    public static final String HAS_PROGRESS = "HAS_PROGRESS";

    /** Every label that has nodes of its own (and a uniqueness constraint), roadmap first. */
    public static final List<String> LABELS = List.of(ROADMAP, REVISION_LABEL, PHASE, LAYER, TOPIC, TOOL, PROJECT, ROUTE_STAGE,
            ROUTE_STEP, PRINCIPLE, SUCCESS_CRITERION, RESOURCE, TIP, REQUIREMENT_GROUP);

    // relationship types
    public static final String HAS_PHASE = "HAS_PHASE";
    public static final String NEXT = "NEXT";
    public static final String HAS_LAYER = "HAS_LAYER";
    public static final String INCLUDES = "INCLUDES";
    public static final String IN_PHASE = "IN_PHASE";
    public static final String IN_LAYER = "IN_LAYER";
    public static final String SUBTOPIC_OF = "SUBTOPIC_OF";
    public static final String REQUIRES = "REQUIRES";
    public static final String HAS_TOOL = "HAS_TOOL";
    public static final String USES = "USES";
    public static final String HAS_PROJECT = "HAS_PROJECT";
    public static final String EXERCISES = "EXERCISES";
    public static final String HAS_STAGE = "HAS_STAGE";
    public static final String HAS_STEP = "HAS_STEP";
    public static final String COVERS = "COVERS";
    public static final String BUILDS = "BUILDS";
    public static final String HAS_PRINCIPLE = "HAS_PRINCIPLE";
    public static final String HAS_CRITERION = "HAS_CRITERION";
    public static final String RESTS_ON = "RESTS_ON";
    public static final String HAS_RESOURCE = "HAS_RESOURCE";
    public static final String HAS_TIP = "HAS_TIP";
    /** From a topic to each of its requirement groups: the topic needs n of the group's options first. */
    public static final String REQUIRES_GROUP = "REQUIRES_GROUP";
    /** From a phase to its electives: specialise in n of the group's options. */
    public static final String HAS_ELECTIVES = "HAS_ELECTIVES";
    /** From a revision to each alternative between tools. */
    public static final String HAS_ALTERNATIVE = "HAS_ALTERNATIVE";
    /** From a requirement group to each of its options (a topic, a tool or a nested group), with its {@code order}. */
    public static final String OPTION = "OPTION";
    /** From a roadmap to each of its revisions still in the graph (the current one and the one before). */
    public static final String HAS_REVISION = "HAS_REVISION";

    /** Every relationship type. */
    public static final List<String> RELATIONSHIP_TYPES = List.of(HAS_PHASE, NEXT, HAS_LAYER, INCLUDES, IN_PHASE,
            IN_LAYER, SUBTOPIC_OF, REQUIRES, HAS_TOOL, USES, HAS_PROJECT, EXERCISES, HAS_STAGE, HAS_STEP, COVERS,
            BUILDS, HAS_PRINCIPLE, HAS_CRITERION, RESTS_ON, HAS_RESOURCE, HAS_TIP, HAS_REVISION, REQUIRES_GROUP,
            HAS_ELECTIVES, HAS_ALTERNATIVE, OPTION);

    // property keys; docs/graph-model.md says which label or relationship type has which
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String SOURCE_DOCUMENT = "sourceDocument";
    public static final String SOURCE_LANGUAGE = "sourceLanguage";
    public static final String BASED_ON = "basedOn";
    public static final String MOTTO = "motto";
    public static final String NUMBER = "number";
    public static final String GOAL = "goal";
    public static final String MIN_MONTHS = "minMonths";
    public static final String MAX_MONTHS = "maxMonths";
    public static final String ONGOING = "ongoing";
    public static final String KEY = "key";
    public static final String IMPORTANCE = "importance";
    public static final String START_HERE = "startHere";
    public static final String ESTIMATED_HOURS = "estimatedHours";
    public static final String WHEN_TO_USE = "whenToUse";
    public static final String POINTS = "points";
    public static final String NAME = "name";
    public static final String CATEGORY = "category";
    public static final String URL = "url";
    public static final String DESCRIPTION = "description";
    public static final String LEVEL = "level";
    public static final String FROM_MONTH = "fromMonth";
    public static final String TO_MONTH = "toMonth";
    /** RouteStage properties of a stage in weeks only ("Week 1-2"); its fromMonth/toMonth are the months they fall in. */
    public static final String FROM_WEEK = "fromWeek";
    public static final String TO_WEEK = "toWeek";
    public static final String TEXT = "text";
    public static final String QUOTE = "quote";
    public static final String KIND = "kind";
    public static final String ORDER = "order";
    public static final String REASON = "reason";
    /** RequirementGroup property: how many of its options satisfy it (1 for kind ANY). */
    public static final String N = "n";
    /** RequirementGroup property: REQUIRES, ELECTIVES or TOOLS (what kind of choice it is). */
    public static final String SCOPE = "scope";
    /** RequirementGroup property: the option picked when nobody chooses (an alternative's default); absent if none. */
    public static final String PREFERRED = "preferred";
    /** Roadmap property: the weekly study time its hours assume, where the file states one (plans default to it). */
    public static final String STUDY_HOURS_PER_WEEK = "studyHoursPerWeek";
    /** Revision property: the ids of the roadmaps whose topics this roadmap requires ({@code uses}); absent if none. */
    public static final String USES_ROADMAPS = "usesRoadmaps";
    /**
     * Topic property: on a copy of another roadmap's topic that this roadmap requires ({@code roadmap:topic}), the id
     * of that roadmap; absent on a roadmap's own topics.
     */
    public static final String REFERENCE_OF = "referenceOf";
    /**
     * REQUIRES property: where the requirement comes from, as a roadmap file writes an origin ({@code document},
     * {@code authored}, {@code inferred:<rule>}).
     */
    public static final String ORIGIN = "origin";
    /** Topic property: where its {@code estimatedHours} come from (an origin, as {@link #ORIGIN}). */
    public static final String HOURS_ORIGIN = "hoursOrigin";
    /** The suffix of the origin of a text property ({@code title} / {@code titleOrigin}). */
    public static final String ORIGIN_SUFFIX = "Origin";

    /** Topic property: the ids the topic had before, which queries still accept; absent when it had none. */
    public static final String FORMER_IDS = "formerIds";

    /** Progress properties: the learner's id, the topic's id, its status, hours spent, note, and when it was written. */
    public static final String LEARNER_ID = "learner";
    public static final String TOPIC_ID = "topic";
    public static final String PROGRESS_STATUS = "status";
    public static final String HOURS_SPENT = "hoursSpent";
    public static final String NOTE = "note";
    public static final String UPDATED_AT = "updatedAt";

    /** The suffix of the Dutch side of a text property ({@code title} / {@code titleNl}). */
    public static final String DUTCH_SUFFIX = "Nl";
    /** The properties that are a text, each with its Dutch side ({@link #dutch}). */
    public static final List<String> TEXT_PROPERTIES = List.of(TITLE, SUMMARY, BASED_ON, MOTTO, GOAL, WHEN_TO_USE,
            POINTS, DESCRIPTION, TEXT, QUOTE, REASON);

    /** The full-text index over topics, tools and projects, English and Dutch. */
    public static final String FULLTEXT_INDEX = "roadmap_text";
    /** The labels {@link #FULLTEXT_INDEX} covers. */
    public static final List<String> FULLTEXT_LABELS = List.of(TOPIC, TOOL, PROJECT);
    /** The properties {@link #FULLTEXT_INDEX} covers. */
    public static final List<String> FULLTEXT_PROPERTIES = List.of(TITLE, dutch(TITLE), SUMMARY, dutch(SUMMARY),
            NAME, DESCRIPTION, dutch(DESCRIPTION));

    /**
     * Property of topics, tools and projects (each roadmap revision has its own copy of those it names) and their
     * relationships: a list holding the id of the roadmap whose view this is. Readers merge the copies of one id.
     */
    public static final String ROADMAPS = "roadmaps";
    /** Property of every node of a revision: the id of its roadmap. */
    public static final String ROADMAP_ID = "roadmap";
    /**
     * Property of a {@code Roadmap} node: the id of its current revision, the one readers read. A load writes a new
     * revision beside it and then sets this property in one small last write: the switch, atomic for every reader.
     * A load that changes nothing keeps it. Readers that cache what they read key it by the current revisions.
     */
    public static final String REVISION = "revision";
    /** Property of a {@code Roadmap} node: the revision that was current before, kept whole for readers still on it. */
    public static final String PREVIOUS = "previous";
    /** Property of a {@code Roadmap} node: 1 for the roadmap loaded first, 2 for the next, ...; kept by reloads. */
    public static final String LOAD_ORDER = "loadOrder";
    /** Property of every node of a revision (the {@code Revision} node too): the revision's id. */
    public static final String REV = "rev";
    /**
     * Transaction metadata key the loader sets on each batch it writes into its staging revision, with that revision's
     * id as value: an embedded Neo4j's commit listener then knows the batch changes nothing a reader sees without
     * reading every node and relationship end of the batch.
     */
    public static final String STAGING_REVISION_METADATA = "roadmapGraphStagingRevision";
    /** Property of a {@code Revision} node: {@code STAGING} while a load writes it, then {@code CURRENT}, {@code PREVIOUS}. */
    public static final String STATE = "state";
    /** Property of a {@code Revision} node: the SHA-256 of what the load wrote; an equal one makes a load a no-op. */
    public static final String CONTENT_HASH = "contentHash";
    /** Property of a {@code Revision} node: when its load started (epoch milliseconds). */
    public static final String LOADED_AT = "loadedAt";

    /**
     * Property of a {@code Roadmap} node: the version of this graph model the loader wrote it with. A server that
     * finds an older one upgrades the data (docs/graph-model.md, "Model version").
     */
    public static final String MODEL_VERSION = "modelVersion";
    /** The version of the graph model this code writes and reads; raise it with every change of the model. */
    public static final int CURRENT_MODEL_VERSION = 2;
    /**
     * Property of the {@code Roadmap} node of a roadmap the server loaded from its bundled file: the SHA-256 of that
     * file. Any other load of the roadmap removes it (a load replaces the node's properties).
     */
    public static final String BUNDLED_HASH = "bundledHash";

    /** Every property key of the graph, the Dutch sides of {@link #TEXT_PROPERTIES} included. */
    public static final Set<String> PROPERTY_KEYS = Stream.of(
                    Stream.of(ID, TITLE, SUMMARY, SOURCE_DOCUMENT, SOURCE_LANGUAGE, BASED_ON, MOTTO, NUMBER, GOAL,
                            MIN_MONTHS, MAX_MONTHS, ONGOING, KEY, IMPORTANCE, START_HERE, ESTIMATED_HOURS, WHEN_TO_USE,
                            POINTS, NAME, CATEGORY, URL, DESCRIPTION, LEVEL, FROM_MONTH, TO_MONTH, FROM_WEEK, TO_WEEK,
                            TEXT, QUOTE, KIND, ORDER, REASON, N, SCOPE, PREFERRED,
                            FORMER_IDS, STUDY_HOURS_PER_WEEK, USES_ROADMAPS, REFERENCE_OF,
                            ROADMAPS, ROADMAP_ID, REVISION, MODEL_VERSION, BUNDLED_HASH, PREVIOUS, LOAD_ORDER, REV,
                            STATE, CONTENT_HASH, LOADED_AT),
                    Stream.of(LEARNER_ID, TOPIC_ID, PROGRESS_STATUS, HOURS_SPENT, NOTE, UPDATED_AT),
                    Stream.of(ORIGIN, HOURS_ORIGIN),
                    TEXT_PROPERTIES.stream().map(GraphModel::dutch),
                    TEXT_PROPERTIES.stream().filter(p -> !p.equals(POINTS)).map(GraphModel::origin))
            .flatMap(keys -> keys)
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");
    private static final Set<String> NAMES = Stream.of(LABELS.stream(), Stream.of(KEY_TOPIC), LEARNER_LABELS.stream(),
            RELATIONSHIP_TYPES.stream(), Stream.of(HAS_PROGRESS)).flatMap(names -> names)
            .collect(Collectors.toUnmodifiableSet());

    private GraphModel() {
    }

    /**
     * The origin of a text property: {@code titleOrigin} for {@code title}, where the words of the text come from
     * ({@code document}, {@code authored}, {@code inferred:<rule>}). Lists of texts ({@code points}) have none.
     */
    public static String origin(String key) {
        return key + ORIGIN_SUFFIX;
    }

    /** The Dutch side of a text property: {@code titleNl} for {@code title}. */
    public static String dutch(String key) {
        return key + DUTCH_SUFFIX;
    }

    /**
     * A Cypher text with each {@code {Label}} or {@code {TYPE}} placeholder replaced by that label or relationship
     * type, so that a query can only name what this model defines ({@code MATCH (t:{Topic})-[:{REQUIRES}]->...}).
     * Map projections such as {@code {.id}} or {@code {id: $id}} are no placeholders and stay as they are.
     *
     * @throws IllegalArgumentException when a placeholder names no label or relationship type of the model
     */
    public static String cypher(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("{" + name + "} is no label or relationship type of the graph"
                        + " model: " + template);
            }
            matcher.appendReplacement(out, name);
        }
        return matcher.appendTail(out).toString();
    }
}
