package io.roadmapgraph.server.graphql.wiring;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.roadmapgraph.query.Choice;
import io.roadmapgraph.query.GroupPicks;
import io.roadmapgraph.query.RoadmapQueries;
import io.roadmapgraph.query.ToolNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The tool alternatives a learningPath or plan was asked with, handed to every field below it as graphql-java's
 * local context: there {@code Topic.tools} and {@code Project.tools} show the picked tool instead of a rejected one
 * ({@link GroupPicks#tools}). Elsewhere they show the tools as the roadmap gives them.
 *
 * @param picks  the path's picks
 * @param picked the picked tools by id, read once by the path's or plan's own fetcher (no DataLoader chained below)
 */
public record ChosenTools(GroupPicks picks, Map<String, ToolNode> picked) {

    public ChosenTools {
        Objects.requireNonNull(picks, "picks");
        picked = Map.copyOf(picked);
    }

    /** The {@code choices} argument of learningPath and plan as the library's records (checked there). */
    public static List<Choice> choices(DataFetchingEnvironment env) {
        List<Map<String, Object>> choices = env.getArgument("choices");
        return choices == null ? List.of() : choices.stream().map(c -> {
            @SuppressWarnings("unchecked")
            List<String> pick = (List<String>) c.get("pick");
            return new Choice((String) c.get("group"), pick);
        }).toList();
    }

    /**
     * {@code data} with the chosen tools as the local context of the fields below it, when the path chose any;
     * else {@code data} as it is.
     */
    public static Object below(Object data, GroupPicks picks, RoadmapQueries queries) {
        if (picks.toolsInsteadOf().isEmpty()) {
            return data;
        }
        List<String> ids = picks.toolsInsteadOf().values().stream().flatMap(List::stream).distinct().toList();
        return DataFetcherResult.newResult().data(data)
                .localContext(new ChosenTools(picks, queries.toolsByIds(ids))).build();
    }

    /** The tools the named loader holds for the source's key, each rejected tool replaced by the chosen ones. */
    public static <S> DataFetcher<CompletableFuture<List<ToolNode>>> load(String loader, Function<S, String> key) {
        return env -> {
            CompletableFuture<List<ToolNode>> tools = env.<String, List<ToolNode>>getDataLoader(loader)
                    .load(key.apply(env.getSource()));
            return env.getLocalContext() instanceof ChosenTools chosen ? tools.thenApply(chosen::shown) : tools;
        };
    }

    /** {@code tools} as shown under these choices. */
    List<ToolNode> shown(List<ToolNode> tools) {
        Map<String, ToolNode> byId = new java.util.HashMap<>(picked);
        tools.forEach(t -> byId.put(t.id(), t));
        return picks.tools(tools.stream().map(ToolNode::id).toList()).stream().map(byId::get)
                .filter(Objects::nonNull).toList();
    }
}
