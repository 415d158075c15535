package io.roadmapgraph.server.graphql.path;

import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.server.graphql.execution.LearnerTokens;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.algorithms.ChoicePlanner;
import io.roadmapgraph.query.Choice;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.LearningStep;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.TopicNode;
import io.roadmapgraph.server.graphql.wiring.ChosenTools;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import io.roadmapgraph.server.graphql.wiring.Pages;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.fromSource;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.loadMany;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.scope;

/**
 * Walking the requires-graph: {@code Query.prerequisites}, {@code dependents}, {@code learningPath} and
 * {@code nextTopics}, and the types {@code Prerequisite} (the record's fields), {@code LearningPath} and
 * {@code LearningStep}. The topics a step is needed by are loaded by id, from the snapshot when it is on.
 */
@Singleton
class PathFields implements Feature {

    private final RoadmapQueries queries;
    private final LearnerProgress progress;
    private final LearnerTokens tokens;

    PathFields(RoadmapQueries queries, LearnerProgress progress, LearnerTokens tokens) {
        this.queries = queries;
        this.progress = progress;
        this.tokens = tokens;
    }

    /** A learning step as the schema shows it: with the ids of the later steps' topics that need it. */
    record StepView(LearningStep step, List<String> neededFor) {
    }

    /** A learning path as the schema shows it. */
    record PathView(List<StepView> steps, int totalHours, List<ChoicePlanner.Pick> picks, boolean picksExact) {
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("prerequisites", env -> queries.prerequisites(env.getArgument("topic"),
                                transitive(env), scope(env)))
                        .dataFetcher("dependents", env -> queries.dependents(env.getArgument("topic"), transitive(env),
                                scope(env)))
                        .dataFetcher("dependentsConnection", env -> Pages.page(env, queries.dependents(
                                env.getArgument("topic"), transitive(env), scope(env)), r -> r.topic().id()))
                        .dataFetcher("learningPath", env -> {
                            List<Choice> choices = ChosenTools.choices(env);
                            LearningPath path = tokens.whenUsingProgress(env)
                                    .map(l -> progress.learningPath(l.id(), l.bookmark(), ids(env, "goals"),
                                            ids(env, "known"), scope(env), choices))
                                    .orElseGet(() -> queries.learningPath(ids(env, "goals"), ids(env, "known"),
                                            scope(env), choices));
                            return ChosenTools.below(view(path), path.picks(), queries);
                        })
                        .dataFetcher("nextTopics", env -> tokens.whenUsingProgress(env)
                                .map(l -> progress.nextTopics(l.id(), l.bookmark(), ids(env, "known"), scope(env)))
                                .orElseGet(() -> queries.nextTopics(ids(env, "known"), scope(env)))))
                .type(TypeRuntimeWiring.newTypeWiring("LearningStep")
                        .dataFetcher("position", fromSource((StepView s) -> s.step().position()))
                        .dataFetcher("topic", fromSource((StepView s) -> s.step().topic()))
                        .dataFetcher("hours", fromSource((StepView s) -> s.step().topic().estimatedHours()))
                        .dataFetcher("goal", fromSource((StepView s) -> s.step().goal()))
                        .dataFetcher("neededByGoals", loadMany(Entities.TOPIC,
                                (StepView s) -> s.step().neededByGoals()))
                        .dataFetcher("neededBySteps", fromSource((StepView s) -> s.step().neededBySteps()))
                        .dataFetcher("neededFor", loadMany(Entities.TOPIC, StepView::neededFor)));
    }

    private static boolean transitive(DataFetchingEnvironment env) {
        Boolean transitive = env.getArgument("transitive");
        return transitive == null || transitive;
    }

    private static List<String> ids(DataFetchingEnvironment env, String name) {
        List<String> ids = env.getArgument(name);
        return ids == null ? List.of() : ids;
    }

    static PathView view(LearningPath path) {
        Map<Integer, TopicNode> byPosition = new HashMap<>();
        path.steps().forEach(s -> byPosition.put(s.position(), s.topic()));
        List<StepView> steps = path.steps().stream()
                .map(s -> new StepView(s, s.neededBySteps().stream().map(p -> byPosition.get(p).id()).toList()))
                .toList();
        return new PathView(steps, path.totalHours(), path.picks().groups(), path.picks().exact());
    }
}
