package io.roadmapgraph.server.graphql.plan;

import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.server.graphql.execution.LearnerTokens;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.query.PlanRequest;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.StudyPlan;
import io.roadmapgraph.server.graphql.wiring.ChosenTools;
import io.roadmapgraph.server.graphql.wiring.Defaults;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import jakarta.inject.Singleton;


import static io.roadmapgraph.server.graphql.wiring.Fetchers.fromSource;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.ids;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.loadOptional;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.scope;

/**
 * {@code Query.plan}: the arguments made into a {@link PlanRequest} for {@link RoadmapQueries#plan}. The plan's
 * types read the records' accessors (dates and months as ISO texts); only the route's roadmap is loaded by id.
 */
@Singleton
class PlanFields implements Feature {

    private final RoadmapQueries queries;
    private final LearnerProgress progress;
    private final LearnerTokens tokens;

    PlanFields(RoadmapQueries queries, LearnerProgress progress, LearnerTokens tokens) {
        this.queries = queries;
        this.progress = progress;
        this.tokens = tokens;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("plan", env -> {
                            StudyPlan plan = tokens.whenUsingProgress(env)
                                    .map(l -> progress.plan(l.id(), l.bookmark(), request(env)))
                                    .orElseGet(() -> queries.plan(request(env)));
                            return ChosenTools.below(plan, plan.picks(), queries);
                        }))
                .type(TypeRuntimeWiring.newTypeWiring("Plan")
                        .dataFetcher("routeRoadmap", loadOptional(Entities.ROADMAP, StudyPlan::routeRoadmap))
                        .dataFetcher("picks", fromSource((StudyPlan p) -> p.picks().groups()))
                        .dataFetcher("picksExact", fromSource((StudyPlan p) -> p.picks().exact())));
    }

    static PlanRequest request(DataFetchingEnvironment env) {
        PlanRequest request = PlanRequest.goals(ids(env, "goals"))
                .withKnown(ids(env, "known"))
                .within(scope(env))
                .withChoices(ChosenTools.choices(env))
                .withMaxInProgress(Defaults.argument(env, "maxInProgress"));
        Integer hours = env.getArgument("hoursPerWeek");
        if (hours != null) {
            request = request.withHoursPerWeek(hours);
        }
        Integer phase = env.getArgument("phase");
        if (phase != null) {
            request = request.withPhase(phase);
        }
        String deadline = env.getArgument("deadline");
        if (deadline != null) {
            request = request.withDeadline(deadline);
        }
        String start = env.getArgument("startDate");
        return start == null ? request : request.withStartDate(start);
    }

}
