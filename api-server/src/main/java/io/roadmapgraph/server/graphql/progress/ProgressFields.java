package io.roadmapgraph.server.graphql.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import io.micronaut.context.annotation.Factory;
import io.roadmapgraph.progress.Neo4jProgressStore;
import io.roadmapgraph.progress.ProgressStatus;
import io.roadmapgraph.progress.ProgressStore;
import io.roadmapgraph.progress.TopicProgress;
import io.roadmapgraph.progress.XapiStatements;
import io.roadmapgraph.query.LearnerProgress;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.server.graphql.execution.Caller;
import io.roadmapgraph.server.graphql.execution.LearnerTokens;
import io.roadmapgraph.server.graphql.wiring.Defaults;
import io.roadmapgraph.server.graphql.wiring.Feature;
import io.roadmapgraph.server.graphql.wiring.QuerySettings;
import io.roadmapgraph.embedded.Neo4jConnection;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Learners' progress: {@code Query.me} and the mutations {@code setProgress}, {@code clearProgress},
 * {@code importProgress}, {@code deleteMyData}. The learner is always the subject of the request's bearer token
 * ({@link LearnerTokens}); its progress is read from Neo4j on every request, never from the snapshot.
 */
@Singleton
class ProgressFields implements Feature {

    /** The progress store and service of the server: Neo4j, beside the roadmaps. */
    @Factory
    static class Beans {
        @Singleton
        ProgressStore progressStore(Driver driver, Neo4jConnection neo4j, QuerySettings settings) {
            // its constraints are made by its first write: the server starts while the database is down
            return new Neo4jProgressStore(driver, neo4j.database(), settings.getTimeout());
        }

        @Singleton
        LearnerProgress learnerProgress(RoadmapQueries queries, ProgressStore store) {
            return new LearnerProgress(queries, store);
        }
    }

    /**
     * The calling learner, the bookmark its reads wait for, and its records (read once, when {@code me} runs) with
     * the parts of its overview the query selects (derived then too, so any failure is {@code me}'s as before).
     */
    record MeView(String learner, Optional<String> bookmark, LearnerProgress.Reading overview) {
    }

    /** The fields of {@code Me} that derive a part of the overview, each with the part. */
    private static final Map<String, Function<LearnerProgress.Reading, Object>> DERIVED = Map.of(
            "roadmaps", LearnerProgress.Reading::roadmaps,
            "parents", LearnerProgress.Reading::parents,
            "readyProjects", LearnerProgress.Reading::ready);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LearnerProgress progress;
    private final LearnerTokens tokens;
    private final WriteLimits limits;

    ProgressFields(LearnerProgress progress, LearnerTokens tokens, WriteLimits limits) {
        this.progress = progress;
        this.tokens = tokens;
        this.limits = limits;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("me", env -> {
                            String learner = tokens.learner(Caller.of(env));
                            Optional<String> bookmark = Caller.of(env).bookmark();
                            LearnerProgress.Reading reading = progress.read(learner, bookmark);
                            // only what is selected: the percents of every roadmap read all its topics; the
                            // selection set (the whole operation normalized) only when the document names a part
                            if (NamedSelections.namesAny(env.getMergedField().getFields(), env.getFragmentsByName(),
                                    DERIVED.keySet())) {
                                DERIVED.forEach((field, part) -> {
                                    if (env.getSelectionSet().contains(field)) {
                                        part.apply(reading);
                                    }
                                });
                            }
                            return new MeView(learner, bookmark, reading);
                        }))
                .type(TypeRuntimeWiring.newTypeWiring("Me")
                        .dataFetcher("learner", env -> env.<MeView>getSource().learner())
                        .dataFetcher("progress", me(o -> o.progress().stream().map(ProgressFields::view).toList()))
                        .dataFetcher("orphaned", me(o -> o.orphaned().stream().map(ProgressFields::view).toList()))
                        .dataFetcher("roadmaps", me(DERIVED.get("roadmaps")))
                        .dataFetcher("parents", me(DERIVED.get("parents")))
                        .dataFetcher("readyProjects", me(DERIVED.get("readyProjects")))
                        .dataFetcher("export", env -> export(env.getSource()))
                        .dataFetcher("xapi", env -> xapi(env.getSource(), env.getArgument("homePage"))))
                .type(TypeRuntimeWiring.newTypeWiring("Mutation")
                        .dataFetcher("setProgress", write((learner, env) -> progress.set(learner,
                                env.getArgument("topic"), ProgressStatus.valueOf(env.getArgument("status")),
                                Defaults.<Integer>argument(env, "hoursSpent"), Defaults.argument(env, "note")),
                                LearnerProgress.Saved::written,
                                saved -> view(saved.record())))
                        .dataFetcher("clearProgress", write((learner, env) -> progress.clear(learner,
                                env.getArgument("topic")), w -> w, w -> w.changed() > 0))
                        .dataFetcher("importProgress", write((learner, env) -> progress.importProgress(learner,
                                entries(env)), w -> w, ProgressStore.Written::changed))
                        .dataFetcher("deleteMyData", write((learner, env) -> progress.deleteMyData(learner),
                                w -> w, ProgressStore.Written::changed)));
    }

    private interface Write<T> {
        T run(String learner, DataFetchingEnvironment env);
    }

    /**
     * A mutation: the token's learner, the rate limit, then the write, whose bookmark goes to the caller
     * ({@code extensions.bookmark}).
     */
    private <T> DataFetcher<Object> write(Write<T> write, Function<T, ProgressStore.Written> written,
                                          Function<T, Object> answer) {
        return env -> {
            Caller caller = Caller.of(env);
            String learner = tokens.learner(caller);
            limits.count(learner);
            T result = write.run(learner, env);
            caller.wrote(written.apply(result).bookmark());
            return answer.apply(result);
        };
    }

    private static DataFetcher<Object> me(Function<LearnerProgress.Reading, Object> part) {
        return env -> part.apply(env.<MeView>getSource().overview());
    }

    private static Map<String, Object> view(TopicProgress p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("topic", p.topic());
        view.put("status", p.status().name());
        view.put("hoursSpent", p.hoursSpent());
        view.put("note", p.note());
        view.put("updatedAt", p.updatedAt().toString());
        return view;
    }

    private String export(MeView me) throws JsonProcessingException {
        List<TopicProgress> stored = progress.export(me.learner(), me.bookmark());
        Set<String> orphaned = progress.orphanedTopics(stored);
        List<Map<String, Object>> records = stored.stream().map(r -> {
            Map<String, Object> record = view(r);
            record.put("orphaned", orphaned.contains(r.topic()));
            return record;
        }).toList();
        return JSON.writeValueAsString(Map.of("learner", me.learner(), "records", records));
    }

    private String xapi(MeView me, String homePage) throws JsonProcessingException {
        return JSON.writeValueAsString(XapiStatements.of(me.learner(), homePage,
                progress.export(me.learner(), me.bookmark())));
    }

    private static List<LearnerProgress.Entry> entries(DataFetchingEnvironment env) {
        GraphQLInputObjectType record = Defaults.inputType(env, "records");
        List<Map<String, Object>> records = env.getArgument("records");
        return records.stream().map(r -> new LearnerProgress.Entry((String) r.get("topic"), (String) r.get("status"),
                Defaults.<Integer>field(record, r, "hoursSpent"), Defaults.field(record, r, "note"),
                Defaults.field(record, r, "updatedAt"), Defaults.<Boolean>field(record, r, "orphaned"))).toList();
    }
}
