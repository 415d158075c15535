package io.roadmapgraph.server.graphql.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Prototype;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.stats.SimpleStatisticsCollector;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The batch loaders of every {@link Feature}, by name, built once; {@link #newRegistry()} gives a request its own
 * registry, whose loaders are made on first use: a request that needs two of them does not pay for all of them.
 */
@Singleton
public final class BatchLoaders {

    private final Map<String, Function<Collection<String>, ? extends Map<String, ?>>> byName;
    private final DataLoaderOptions options;

    BatchLoaders(List<Feature> features, RoadmapQueries queries) {
        // the loaders count their batches (the registry's statistics): how tests and diagnostics see there is no N+1
        this.options = DataLoaderOptions.newOptions().setMaxBatchSize(queries.options().maxIds())
                .setStatisticsCollector(SimpleStatisticsCollector::new);
        Map<String, Function<Collection<String>, ? extends Map<String, ?>>> loaders = new HashMap<>();
        features.forEach(feature -> feature.batchLoaders().forEach(loader -> {
            if (loaders.putIfAbsent(loader.name(), loader.batch()) != null) {
                throw new IllegalStateException("two batch loaders are named '" + loader.name() + "'; the second is in "
                        + feature.getClass().getName());
            }
        }));
        this.byName = Map.copyOf(loaders);
    }

    /** A registry for one request: no loader and no cached value is shared with another request. */
    public DataLoaderRegistry newRegistry() {
        return new LazyRegistry(this);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** A loader over a batch lookup; keys it does not return resolve to null; null for a name no loader has. */
    DataLoader<?, ?> create(String name) {
        Function<Collection<String>, ? extends Map<String, ?>> batch = byName.get(name);
        if (batch == null) {
            return null;
        }
        return DataLoaderFactory.newMappedDataLoader((Set<String> keys) -> {
            try {
                return CompletableFuture.completedFuture(batch.apply(keys));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }, options);
    }

    /** Makes each named loader when a field first asks for it; {@code dispatchAll} sees only the loaders made. */
    private static final class LazyRegistry extends DataLoaderRegistry {
        private final BatchLoaders loaders;

        LazyRegistry(BatchLoaders loaders) {
            this.loaders = loaders;
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            return computeIfAbsent(key, loaders::create);
        }
    }

    /** For other users of micronaut-graphql that ask the context for a registry per request. */
    @Factory
    static class Registries {
        @Prototype
        DataLoaderRegistry dataLoaderRegistry(BatchLoaders loaders) {
            return loaders.newRegistry();
        }
    }
}
