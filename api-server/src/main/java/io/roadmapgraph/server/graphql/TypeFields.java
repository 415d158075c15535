package io.roadmapgraph.server.graphql;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.model.MonthRange;
import io.roadmapgraph.query.PhaseNode;
import io.roadmapgraph.query.ProjectNode;
import io.roadmapgraph.query.RequiresLink;
import io.roadmapgraph.query.RoadmapNode;
import io.roadmapgraph.query.RoadmapParts.CriterionNode;
import io.roadmapgraph.query.RoadmapParts.LayerNode;
import io.roadmapgraph.query.RoadmapParts.PrincipleNode;
import io.roadmapgraph.query.RoadmapParts.ResourceNode;
import io.roadmapgraph.query.RoadmapParts.RouteStageNode;
import io.roadmapgraph.query.RoadmapParts.RouteStepNode;
import io.roadmapgraph.query.RoadmapParts.TipNode;
import io.roadmapgraph.query.SearchHit;
import io.roadmapgraph.query.ToolNode;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.server.graphql.QueryFields.StepView;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

import static io.roadmapgraph.server.graphql.Fetchers.load;
import static io.roadmapgraph.server.graphql.Fetchers.loadMany;
import static io.roadmapgraph.server.graphql.Fetchers.loadOptional;
import static io.roadmapgraph.server.graphql.Fetchers.optionalText;
import static io.roadmapgraph.server.graphql.Fetchers.text;
import static io.roadmapgraph.server.graphql.Fetchers.texts;

/**
 * The fields of the object types. Scalars come from the source record; every relationship goes through a
 * {@link DataLoaders} loader, so a level of the response costs one query however many objects it has.
 */
@Singleton
class TypeFields implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type(roadmap()).type(phase()).type(layer()).type(topic()).type(requirement()).type(tool())
                .type(project()).type(routeStage()).type(routeStep()).type(principle()).type(criterion())
                .type(resource()).type(tip()).type(learningStep()).type(searchHit());
    }

    private static TypeRuntimeWiring.Builder roadmap() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Roadmap");
        text(t, "title", RoadmapNode::title);
        text(t, "summary", RoadmapNode::summary);
        text(t, "basedOn", RoadmapNode::basedOn);
        optionalText(t, "motto", RoadmapNode::motto);
        return t.dataFetcher("phases", load(DataLoaders.PHASES_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("layers", load(DataLoaders.LAYERS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("topics", load(DataLoaders.TOPICS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("tools", load(DataLoaders.TOOLS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("projects", load(DataLoaders.PROJECTS_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("route", load(DataLoaders.ROUTE_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("principles", load(DataLoaders.PRINCIPLES_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("successCriteria", load(DataLoaders.CRITERIA_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("resources", load(DataLoaders.RESOURCES_OF_ROADMAP, RoadmapNode::id))
                .dataFetcher("tips", load(DataLoaders.TIPS_OF_ROADMAP, RoadmapNode::id));
    }

    private static TypeRuntimeWiring.Builder phase() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Phase");
        text(t, "title", PhaseNode::title);
        text(t, "goal", PhaseNode::goal);
        return t.dataFetcher("minMonths", env -> env.<PhaseNode>getSource().duration().map(MonthRange::min).orElse(null))
                .dataFetcher("maxMonths", env -> env.<PhaseNode>getSource().duration().map(MonthRange::max).orElse(null))
                .dataFetcher("ongoing", env -> env.<PhaseNode>getSource().ongoing())
                .dataFetcher("layers", load(DataLoaders.LAYERS_OF_PHASE, PhaseNode::id))
                .dataFetcher("topics", load(DataLoaders.TOPICS_OF_PHASE, PhaseNode::id));
    }

    private static TypeRuntimeWiring.Builder layer() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Layer");
        text(t, "title", LayerNode::title);
        text(t, "summary", LayerNode::summary);
        return t.dataFetcher("phase", load(DataLoaders.PHASE, LayerNode::phaseId))
                .dataFetcher("topics", load(DataLoaders.TOPICS_OF_LAYER, LayerNode::id));
    }

    private static TypeRuntimeWiring.Builder topic() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Topic");
        text(t, "title", TopicNode::title);
        text(t, "summary", TopicNode::summary);
        optionalText(t, "whenToUse", TopicNode::whenToUse);
        texts(t, "points", TopicNode::points);
        return t.dataFetcher("phase", load(DataLoaders.PHASE, TopicNode::phaseId))
                .dataFetcher("order", env -> env.<TopicNode>getSource().order())
                .dataFetcher("layer", loadOptional(DataLoaders.LAYER, TopicNode::layer))
                .dataFetcher("parent", loadOptional(DataLoaders.TOPIC, TopicNode::parent))
                .dataFetcher("subtopics", load(DataLoaders.SUBTOPICS_OF_TOPIC, TopicNode::id))
                .dataFetcher("requires", load(DataLoaders.REQUIRES_OF_TOPIC, TopicNode::id))
                .dataFetcher("requiredBy", load(DataLoaders.REQUIRED_BY_OF_TOPIC, TopicNode::id,
                        (List<RequiresLink> links) -> links.stream().map(RequiresLink::topic).toList()))
                .dataFetcher("tools", load(DataLoaders.TOOLS_OF_TOPIC, TopicNode::id))
                .dataFetcher("projects", load(DataLoaders.PROJECTS_OF_TOPIC, TopicNode::id));
    }

    private static TypeRuntimeWiring.Builder requirement() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Requirement");
        text(t, "reason", RequiresLink::reason);
        return t;
    }

    private static TypeRuntimeWiring.Builder tool() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Tool");
        text(t, "description", ToolNode::description);
        return t.dataFetcher("topics", load(DataLoaders.TOPICS_OF_TOOL, ToolNode::id))
                .dataFetcher("projects", load(DataLoaders.PROJECTS_OF_TOOL, ToolNode::id));
    }

    private static TypeRuntimeWiring.Builder project() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("Project");
        text(t, "title", ProjectNode::title);
        text(t, "summary", ProjectNode::summary);
        return t.dataFetcher("topics", load(DataLoaders.TOPICS_OF_PROJECT, ProjectNode::id))
                .dataFetcher("tools", load(DataLoaders.TOOLS_OF_PROJECT, ProjectNode::id));
    }

    private static TypeRuntimeWiring.Builder routeStage() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("RouteStage");
        text(t, "title", RouteStageNode::title);
        return t.dataFetcher("fromMonth", env -> env.<RouteStageNode>getSource().months().min())
                .dataFetcher("toMonth", env -> env.<RouteStageNode>getSource().months().max());
    }

    private static TypeRuntimeWiring.Builder routeStep() {
        TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring("RouteStep");
        text(t, "text", RouteStepNode::text);
        return t.dataFetcher("topics", loadMany(DataLoaders.TOPIC, RouteStepNode::topics))
                .dataFetcher("projects", loadMany(DataLoaders.PROJECT, RouteStepNode::projects));
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
        return t.dataFetcher("topics", loadMany(DataLoaders.TOPIC, CriterionNode::topics));
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

    private static TypeRuntimeWiring.Builder learningStep() {
        return TypeRuntimeWiring.newTypeWiring("LearningStep")
                .dataFetcher("position", env -> env.<StepView>getSource().step().position())
                .dataFetcher("topic", env -> env.<StepView>getSource().step().topic())
                .dataFetcher("hours", env -> env.<StepView>getSource().step().topic().estimatedHours())
                .dataFetcher("goal", env -> env.<StepView>getSource().step().goal())
                .dataFetcher("neededByGoals", loadMany(DataLoaders.TOPIC, (StepView s) -> s.step().neededByGoals()))
                .dataFetcher("neededBySteps", env -> env.<StepView>getSource().step().neededBySteps())
                .dataFetcher("neededFor", loadMany(DataLoaders.TOPIC, StepView::neededFor));
    }

    private static TypeRuntimeWiring.Builder searchHit() {
        return TypeRuntimeWiring.newTypeWiring("SearchHit")
                .dataFetcher("topic", loadOptional(DataLoaders.TOPIC, (SearchHit h) -> ofKind(h, SearchHit.Kind.TOPIC)))
                .dataFetcher("tool", loadOptional(DataLoaders.TOOL, (SearchHit h) -> ofKind(h, SearchHit.Kind.TOOL)))
                .dataFetcher("project", loadOptional(DataLoaders.PROJECT,
                        (SearchHit h) -> ofKind(h, SearchHit.Kind.PROJECT)));
    }

    private static Optional<String> ofKind(SearchHit hit, SearchHit.Kind kind) {
        return hit.kind() == kind ? Optional.of(hit.id()) : Optional.empty();
    }
}
