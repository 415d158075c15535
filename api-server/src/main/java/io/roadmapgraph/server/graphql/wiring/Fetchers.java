package io.roadmapgraph.server.graphql.wiring;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import io.roadmapgraph.model.Text;
import io.roadmapgraph.query.Scope;
import org.dataloader.DataLoader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small builders of data fetchers: text pairs, optional values and DataLoader lookups by a key of the source. */
public final class Fetchers {

    private Fetchers() {
    }

    /**
     * Wires {@code name} (English, or the only text of a roadmap without English) and {@code nameNl} (Dutch, null
     * when absent) from a {@link Text} of the source.
     */
    public static <S> void text(TypeRuntimeWiring.Builder type, String name, Function<S, Text> text) {
        type.dataFetcher(name, fromSource(text.andThen(Text::preferred)));
        type.dataFetcher(name + "Nl", fromSource(text.andThen(t -> t.nl().orElse(null))));
    }

    /** Like {@link #text} for an optional text: both fields null when it is absent. */
    public static <S> void optionalText(TypeRuntimeWiring.Builder type, String name, Function<S, Optional<Text>> text) {
        type.dataFetcher(name, fromSource(text.andThen(t -> t.map(Text::preferred).orElse(null))));
        type.dataFetcher(name + "Nl", fromSource(text.andThen(t -> t.flatMap(Text::nl).orElse(null))));
    }

    /** Wires {@code name} and {@code nameNl} as lists of the English and Dutch sides (null items where no Dutch). */
    public static <S> void texts(TypeRuntimeWiring.Builder type, String name, Function<S, List<Text>> texts) {
        type.dataFetcher(name, fromSource(texts.andThen(l -> l.stream().map(Text::preferred).toList())));
        type.dataFetcher(name + "Nl", fromSource(texts.andThen(l -> l.stream().map(t -> t.nl().orElse(null))
                .toList())));
    }

    /**
     * A field computed from its parent object alone, without the database: a {@link LightDataFetcher}, which
     * graphql-java calls without building a {@code DataFetchingEnvironment} (it counts for answers of many items).
     */
    @SuppressWarnings("unchecked")
    public static <S, R> LightDataFetcher<R> fromSource(Function<S, R> value) {
        return new LightDataFetcher<>() {
            @Override
            public R get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
                return value.apply((S) source);
            }

            @Override
            public R get(DataFetchingEnvironment environment) {
                return value.apply(environment.getSource());
            }
        };
    }

    /** The value the named loader holds for the source's key. */
    public static <S> DataFetcher<CompletableFuture<Object>> load(String loader, Function<S, String> key) {
        return env -> Fetchers.<Object>loader(env, loader).load(key.apply(env.getSource()));
    }

    /** Like {@link #load}, with the loaded value transformed. */
    public static <S, V, R> DataFetcher<CompletableFuture<R>> load(String loader, Function<S, String> key,
                                                           Function<V, R> then) {
        return env -> Fetchers.<V>loader(env, loader).load(key.apply(env.getSource())).thenApply(then);
    }

    /** A page ({@link Pages}, by the field's {@code first} and {@code after}) of the list the named loader holds. */
    public static <S, T> DataFetcher<CompletableFuture<Pages.Connection<T>>> loadPage(String loader,
            Function<S, String> key, Function<T, String> itemKey) {
        return env -> Fetchers.<List<T>>loader(env, loader).load(key.apply(env.getSource()))
                .thenApply(all -> Pages.page(env, all, itemKey));
    }

    /** Like {@link #load}, for an optional key: null when the source has none. */
    public static <S> DataFetcher<CompletableFuture<Object>> loadOptional(String loader, Function<S, Optional<String>> key) {
        return env -> key.apply(env.<S>getSource())
                .map(k -> Fetchers.<Object>loader(env, loader).load(k))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** The values the named loader holds for the source's keys, in the keys' order, skipping keys it has not. */
    public static <S> DataFetcher<CompletableFuture<List<Object>>> loadMany(String loader, Function<S, List<String>> keys) {
        return env -> Fetchers.<Object>loader(env, loader).loadMany(keys.apply(env.getSource()))
                .thenApply(values -> values.stream().filter(Objects::nonNull).toList());
    }

    /** A list-of-ids argument; an explicit {@code null} is the empty list, as the schema's default of such lists. */
    public static List<String> ids(DataFetchingEnvironment env, String name) {
        List<String> ids = env.getArgument(name);
        return ids == null ? List.of() : ids;
    }

    /** The learner query's optional {@code roadmap} argument: that roadmap only, or all loaded roadmaps. */
    public static Scope scope(DataFetchingEnvironment env) {
        String roadmap = env.getArgument("roadmap");
        return roadmap == null ? Scope.ALL : Scope.roadmap(roadmap);
    }

    private static <V> DataLoader<String, V> loader(DataFetchingEnvironment env, String name) {
        DataLoader<String, V> loader = env.getDataLoader(name);
        if (loader == null) {
            throw new IllegalStateException("no DataLoader '" + name + "' registered for this request");
        }
        return loader;
    }
}
