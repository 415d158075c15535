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
import io.roadmapgraph.server.graphql.wiring.ChosenTools;
import io.roadmapgraph.server.graphql.wiring.Defaults;
import io.roadmapgraph.server.graphql.wiring.Entities;
import io.roadmapgraph.server.graphql.wiring.Feature;
import io.roadmapgraph.server.graphql.wiring.Pages;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

import static io.roadmapgraph.server.graphql.wiring.Fetchers.fromSource;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.ids;
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

    /**
     * A learning step as the schema shows it, with its path, from which {@link #neededFor} is read when asked
     * (a 100k path has ~76,000 steps: a list per step made for every answer, asked or not, was a third of a request's
     * CPU and much of its garbage).
     */
    record StepView(LearningStep step, LearningPath path) {

        /** The hours the step still needs ({@link LearningPath#remainingHours(LearningStep)}). */
        int hoursLeft() {
            return path.remainingHours(step);
        }

        /** The ids of the later steps' topics that need this one (positions are 1-based places in the path). */
        List<String> neededFor() {
            return step.neededBySteps().stream().map(p -> path.steps().get(p - 1).topic().id()).toList();
        }
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
                        .dataFetcher("remainingHours", fromSource(StepView::hoursLeft))
                        .dataFetcher("goal", fromSource((StepView s) -> s.step().goal()))
                        .dataFetcher("neededByGoals", loadMany(Entities.TOPIC,
                                (StepView s) -> s.step().neededByGoals()))
                        .dataFetcher("neededBySteps", fromSource((StepView s) -> s.step().neededBySteps()))
                        .dataFetcher("neededFor", loadMany(Entities.TOPIC, StepView::neededFor)));
    }

    private static boolean transitive(DataFetchingEnvironment env) {
        return Defaults.<Boolean>argument(env, "transitive");
    }


    static PathView view(LearningPath path) {
        List<LearningStep> steps = path.steps();
        StepView[] views = new StepView[steps.size()];
        for (int i = 0; i < views.length; i++) {
            views[i] = new StepView(steps.get(i), path);
        }
        return new PathView(Arrays.asList(views), path.totalHours(), path.picks().groups(), path.picks().exact());
    }
}
