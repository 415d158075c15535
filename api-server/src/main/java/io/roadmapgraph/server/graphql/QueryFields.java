package io.roadmapgraph.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.query.LearningPath;
import io.roadmapgraph.query.LearningStep;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.algorithms.SkillMatch;
import io.roadmapgraph.query.TopicNode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of {@code Query}: each one call of {@link RoadmapQueries}, nothing more. */
@Singleton
class QueryFields implements RuntimeWiringConfigurer {

    private final RoadmapQueries queries;

    QueryFields(RoadmapQueries queries) {
        this.queries = queries;
    }

    /** A learning step as the schema shows it: with the ids of the later steps' topics that need it. */
    record StepView(LearningStep step, List<String> neededFor) {
    }

    /** A learning path as the schema shows it. */
    record PathView(List<StepView> steps, int totalHours) {
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                .dataFetcher("roadmaps", env -> queries.roadmaps())
                .dataFetcher("roadmap", env -> queries.roadmap(env.getArgument("id")))
                .dataFetcher("topic", env -> queries.topic(env.getArgument("id")))
                .dataFetcher("tool", env -> queries.tool(env.getArgument("id")))
                .dataFetcher("project", env -> queries.project(env.getArgument("id")))
                .dataFetcher("prerequisites", env -> queries.prerequisites(env.getArgument("topic"), transitive(env)))
                .dataFetcher("dependents", env -> queries.dependents(env.getArgument("topic"), transitive(env)))
                .dataFetcher("learningPath", env -> view(queries.learningPath(ids(env, "goals"), ids(env, "known"))))
                .dataFetcher("nextTopics", env -> queries.nextTopics(ids(env, "known")))
                .dataFetcher("projectsCovering", env -> queries.projectsCovering(ids(env, "skills"),
                        SkillMatch.valueOf(Optional.ofNullable(env.<Object>getArgument("match"))
                                .map(Object::toString).orElse(SkillMatch.ALL.name()))))
                .dataFetcher("search", env -> queries.search(env.getArgument("text"),
                        Optional.ofNullable(env.<Integer>getArgument("first")).orElse(10))));
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
        Map<Integer, TopicNode> byPosition = new java.util.HashMap<>();
        path.steps().forEach(s -> byPosition.put(s.position(), s.topic()));
        List<StepView> steps = path.steps().stream()
                .map(s -> new StepView(s, s.neededBySteps().stream().map(p -> byPosition.get(p).id()).toList()))
                .toList();
        return new PathView(steps, path.totalHours());
    }
}
