package io.roadmapgraph.server.graphql.roadmap;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.model.StagePeriod;
import io.roadmapgraph.query.PhaseNode;
import io.roadmapgraph.query.RoadmapNode;
import io.roadmapgraph.query.RoadmapParts.CriterionNode;
import io.roadmapgraph.query.RoadmapParts.LayerNode;
import io.roadmapgraph.query.RoadmapParts.PrincipleNode;
import io.roadmapgraph.query.RoadmapParts.ResourceNode;
import io.roadmapgraph.query.RoadmapParts.RouteStageNode;
import io.roadmapgraph.query.RoadmapParts.RouteStepNode;
import io.roadmapgraph.query.RoadmapParts.TipNode;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.server.graphql.wiring.BatchLoader;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import jakarta.inject.Singleton;

import java.util.List;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.load;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.loadMany;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.loadPage;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.optionalText;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.text;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.texts;

/**
 * A roadmap and its parts: {@code Query.roadmaps}, {@code Query.roadmap} and the types {@code Roadmap}, {@code Phase},
 * {@code Layer}, {@code RouteStage}, {@code RouteStep}, {@code Principle}, {@code SuccessCriterion}, {@code Resource},
 * {@code Tip}. Every relationship is a batch loader below, so a level of the response costs one lookup however many
 * objects it has.
 */
@Singleton
class RoadmapFields implements Feature {

    private static final String PHASES_OF_ROADMAP = "phasesOfRoadmap";
    private static final String LAYERS_OF_ROADMAP = "layersOfRoadmap";
    private static final String TOPICS_OF_ROADMAP = "topicsOfRoadmap";
    private static final String TOOLS_OF_ROADMAP = "toolsOfRoadmap";
    private static final String PROJECTS_OF_ROADMAP = "projectsOfRoadmap";
    private static final String ROUTE_OF_ROADMAP = "routeOfRoadmap";
    private static final String PRINCIPLES_OF_ROADMAP = "principlesOfRoadmap";
    private static final String CRITERIA_OF_ROADMAP = "criteriaOfRoadmap";
    private static final String RESOURCES_OF_ROADMAP = "resourcesOfRoadmap";
    private static final String TIPS_OF_ROADMAP = "tipsOfRoadmap";
    private static final String TOPICS_OF_PHASE = "topicsOfPhase";
    private static final String LAYERS_OF_PHASE = "layersOfPhase";
    private static final String TOPICS_OF_LAYER = "topicsOfLayer";

    private final RoadmapQueries queries;

    RoadmapFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<BatchLoader<?>> batchLoaders() {
        return List.of(
                new BatchLoader<>(PHASES_OF_ROADMAP, queries::phasesOfRoadmaps),
                new BatchLoader<>(LAYERS_OF_ROADMAP, queries::layersOfRoadmaps),
                new BatchLoader<>(TOPICS_OF_ROADMAP, queries::topicsOfRoadmaps),
                new BatchLoader<>(TOOLS_OF_ROADMAP, queries::toolsOfRoadmaps),
                new BatchLoader<>(PROJECTS_OF_ROADMAP, queries::projectsOfRoadmaps),
                new BatchLoader<>(ROUTE_OF_ROADMAP, queries::routeOfRoadmaps),
                new BatchLoader<>(PRINCIPLES_OF_ROADMAP, queries::principlesOfRoadmaps),
                new BatchLoader<>(CRITERIA_OF_ROADMAP, queries::successCriteriaOfRoadmaps),
                new BatchLoader<>(RESOURCES_OF_ROADMAP, queries::resourcesOfRoadmaps),
                new BatchLoader<>(TIPS_OF_ROADMAP, queries::tipsOfRoadmaps),
                new BatchLoader<>(TOPICS_OF_PHASE, queries::topicsOfPhases),
                new BatchLoader<>(LAYERS_OF_PHASE, queries::layersOfPhases),
                new BatchLoader<>(TOPICS_OF_LAYER, queries::topicsOfLayers));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("roadmaps", env -> queries.roadmaps())
                        .dataFetcher("roadmap", env -> queries.roadmap(env.getArgument("id"))))
                .type(roadmap()).type(phase()).type(layer()).type(routeStage()).type(routeStep()).type(principle())
                .type(criterion()).type(resource()).type(tip());
    }

    private static TypeRuntimeWiring.Builder roadmap() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Roadmap");
        text(t, "title", RoadmapNode::title);
        text(t, "summary", RoadmapNode::summary);
        text(t, "basedOn", RoadmapNode::basedOn);
        optionalText(t, "motto", RoadmapNode::motto);
        return t.dataFetcher("phases", load(PHASES_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("layers", load(LAYERS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("topics", load(TOPICS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("topicsConnection", loadPage(TOPICS_OF_ROADMAP, RoadmapNode::id, TopicNode::id))
                .dataFetcher("tools", load(TOOLS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("projects", load(PROJECTS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("route", load(ROUTE_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("principles", load(PRINCIPLES_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("successCriteria", load(CRITERIA_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("resources", load(RESOURCES_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("tips", load(TIPS_OF_ROADMAP, RoadmapNode::id));
    }

    private static TypeRuntimeWiring.Builder phase() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Phase");
        text(t, "title", PhaseNode::title);
        text(t, "goal", PhaseNode::goal);
        return t.dataFetcher("minMonths", env -> env.<PhaseNode>getSource().duration().map(MonthRange::min).orElse(null))
                .dataFetcher("maxMonths", env -> env.<PhaseNode>getSource().duration().map(MonthRange::max).orElse(null))
                .dataFetcher("ongoing", env -> env.<PhaseNode>getSource().ongoing())
                .dataFetcher("layers", load(LAYERS_OF_PHASE, PhaseNode::id))
                .dataFetcher("topics", load(TOPICS_OF_PHASE, PhaseNode::id));
    }

    private static TypeRuntimeWiring.Builder layer() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Layer");
        text(t, "title", LayerNode::title);
        text(t, "summary", LayerNode::summary);
        return t.dataFetcher("phase", load(Entities.PHASE, LayerNode::phaseId))
                .dataFetcher("topics", load(TOPICS_OF_LAYER, LayerNode::id));
    }

    private static TypeRuntimeWiring.Builder routeStage() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("RouteStage");
        text(t, "title", RouteStageNode::title);
        return t.dataFetcher("fromMonth", env -> env.<RouteStageNode>getSource().months().min())
                .dataFetcher("toMonth", env -> env.<RouteStageNode>getSource().months().max())
                .dataFetcher("unit", env -> env.<RouteStageNode>getSource().period().unit().name())
                .dataFetcher("fromWeek", env -> weeks(env.getSource(), StagePeriod::from))
                .dataFetcher("toWeek", env -> weeks(env.getSource(), StagePeriod::to));
    }

    /** A stage's first or last week; null for a stage in months. */
    private static Integer weeks(RouteStageNode stage, java.util.function.ToIntFunction<StagePeriod> end) {
        return stage.period().unit() == StagePeriod.Unit.WEEK ? end.applyAsInt(stage.period()) : null;
    }

    private static TypeRuntimeWiring.Builder routeStep() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("RouteStep");
        text(t, "text", RouteStepNode::text);
        return t.dataFetcher("topics", loadMany(Entities.TOPIC, RouteStepNode::topics))
                .dataFetcher("projects", loadMany(Entities.PROJECT, RouteStepNode::projects));
    }

    private static TypeRuntimeWiring.Builder principle() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Principle");
        text(t, "title", PrincipleNode::title);
        optionalText(t, "quote", PrincipleNode::quote);
        texts(t, "points", PrincipleNode::points);
        return t;
    }

    private static TypeRuntimeWiring.Builder criterion() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("SuccessCriterion");
        text(t, "text", CriterionNode::text);
        return t.dataFetcher("topics", loadMany(Entities.TOPIC, CriterionNode::topics));
    }

    private static TypeRuntimeWiring.Builder resource() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Resource");
        text(t, "title", ResourceNode::title);
        return t.dataFetcher("url", env -> env.<ResourceNode>getSource().url().orElse(null));
    }

    private static TypeRuntimeWiring.Builder tip() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Tip");
        text(t, "text", TipNode::text);
        return t;
    }
}
