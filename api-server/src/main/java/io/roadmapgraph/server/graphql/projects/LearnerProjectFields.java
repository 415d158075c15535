package io.roadmapgraph.server.graphql.projects;

import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.server.graphql.execution.LearnerTokens;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.query.LearnerProjects;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.server.graphql.wiring.Feature;
import jakarta.inject.Singleton;


import static io.roadmapgraph.server.graphql.wiring.Fetchers.fromSource;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.ids;
import static io.roadmapgraph.server.graphql.wiring.Fetchers.scope;

/**
 * Projects for a learner: {@code Query.buildableProjects}, {@code almostBuildable}, {@code unlockingTopics} and
 * {@code projectSetCovering}, and the types {@code AlmostBuildable}, {@code UnlockingTopic} and {@code ProjectSet}
 * (their fields are the records', but for the two below). The nested projects and topics are whole nodes already.
 * {@code AlmostBuildable}'s fields read the record straight ({@code fromSource}), not by graphql-java's property lookup
 * per value.
 */
@Singleton
class LearnerProjectFields implements Feature {

    private final RoadmapQueries queries;
    private final LearnerProgress progress;
    private final LearnerTokens tokens;

    LearnerProjectFields(RoadmapQueries queries, LearnerProgress progress, LearnerTokens tokens) {
        this.queries = queries;
        this.progress = progress;
        this.tokens = tokens;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("buildableProjects", env -> tokens.whenUsingProgress(env)
                                .map(l -> progress.buildableProjects(l.id(), l.bookmark(), ids(env, "known"),
                                        scope(env)))
                                .orElseGet(() -> queries.buildableProjects(ids(env, "known"), scope(env))))
                        .dataFetcher("almostBuildable", env -> queries.almostBuildable(ids(env, "known"),
                                env.<Integer>getArgument("maxMissingHours"), scope(env)))
                        .dataFetcher("unlockingTopics", env -> queries.unlockingTopics(ids(env, "known"),
                                ids(env, "goals"), scope(env)))
                        .dataFetcher("projectSetCovering", env -> queries.projectSetCovering(ids(env, "skills"),
                                scope(env))))
                .type(TypeRuntimeWiring.newTypeWiring("AlmostBuildable")
                        .dataFetcher("project", fromSource(LearnerProjects.AlmostBuildable::project))
                        .dataFetcher("missing", fromSource(LearnerProjects.AlmostBuildable::missing))
                        .dataFetcher("missingHours", fromSource(LearnerProjects.AlmostBuildable::missingHours)))
                .type(TypeRuntimeWiring.newTypeWiring("UnlockingTopic")
                        .dataFetcher("hours", env -> env.<LearnerProjects.UnlockingTopic>getSource().topic()
                                .estimatedHours()))
                .type(TypeRuntimeWiring.newTypeWiring("ProjectSet")
                        .dataFetcher("gap", env -> env.<LearnerProjects.ProjectSet>getSource().gap()));
    }

}
