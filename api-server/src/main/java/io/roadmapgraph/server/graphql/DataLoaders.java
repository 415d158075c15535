package io.roadmapgraph.server.graphql;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Prototype;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One {@link DataLoader} per relationship field, each batching its keys into one {@link RoadmapQueries} call (one
 * {@code WHERE n.id IN $ids} query) per level of the response. micronaut-graphql asks for a {@link DataLoaderRegistry}
 * bean on every request; being {@code @Prototype}, each request gets fresh loaders (no cache shared between requests).
 * Our controller takes its registries from {@link Batches#newRegistry()} directly.
 */
@Factory
class DataLoaders {

    static final String ROADMAP = "roadmap";
    static final String TOPIC = "topic";
    static final String TOOL = "tool";
    static final String PROJECT = "project";
    static final String PHASE = "phase";
    static final String LAYER = "layer";
    static final String PHASES_OF_ROADMAP = "phasesOfRoadmap";
    static final String LAYERS_OF_ROADMAP = "layersOfRoadmap";
    static final String TOPICS_OF_ROADMAP = "topicsOfRoadmap";
    static final String TOOLS_OF_ROADMAP = "toolsOfRoadmap";
    static final String PROJECTS_OF_ROADMAP = "projectsOfRoadmap";
    static final String ROUTE_OF_ROADMAP = "routeOfRoadmap";
    static final String PRINCIPLES_OF_ROADMAP = "principlesOfRoadmap";
    static final String CRITERIA_OF_ROADMAP = "criteriaOfRoadmap";
    static final String RESOURCES_OF_ROADMAP = "resourcesOfRoadmap";
    static final String TIPS_OF_ROADMAP = "tipsOfRoadmap";
    static final String TOPICS_OF_PHASE = "topicsOfPhase";
    static final String LAYERS_OF_PHASE = "layersOfPhase";
    static final String TOPICS_OF_LAYER = "topicsOfLayer";
    static final String REQUIRES_OF_TOPIC = "requiresOfTopic";
    static final String REQUIRED_BY_OF_TOPIC = "requiredByOfTopic";
    static final String SUBTOPICS_OF_TOPIC = "subtopicsOfTopic";
    static final String TOOLS_OF_TOPIC = "toolsOfTopic";
    static final String PROJECTS_OF_TOPIC = "projectsOfTopic";
    static final String TOPICS_OF_PROJECT = "topicsOfProject";
    static final String TOOLS_OF_PROJECT = "toolsOfProject";
    static final String TOPICS_OF_TOOL = "topicsOfTool";
    static final String PROJECTS_OF_TOOL = "projectsOfTool";

    /** Counts the batch calls the loaders make: each is one query. Lets tests (and logs) see there is no N+1. */
    @Singleton
    static final class BatchCounter {
        private final AtomicLong batches = new AtomicLong();

        long count() {
            return batches.get();
        }

        void increment() {
            batches.incrementAndGet();
        }
    }

    /**
     * The loaders' batch functions, built once; {@link #newRegistry()} gives a request its own registry, whose
     * loaders are made on first use: a request that needs two of them does not pay for all of them.
     */
    @Singleton
    static final class Batches {
        private final Map<String, Function<Collection<String>, ? extends Map<String, ?>>> byName;
        private final DataLoaderOptions options;
        private final BatchCounter counter;

        Batches(RoadmapQueries q, BatchCounter counter) {
            this.options = DataLoaderOptions.newOptions().setMaxBatchSize(q.options().maxIds());
            this.counter = counter;
            Map<String, Function<Collection<String>, ? extends Map<String, ?>>> r = new HashMap<>();
            r.put(ROADMAP, q::roadmapsByIds);
            r.put(TOPIC, q::topicsByIds);
            r.put(TOOL, q::toolsByIds);
            r.put(PROJECT, q::projectsByIds);
            r.put(PHASE, q::phasesByIds);
            r.put(LAYER, q::layersByIds);
            r.put(PHASES_OF_ROADMAP, q::phasesOfRoadmaps);
            r.put(LAYERS_OF_ROADMAP, q::layersOfRoadmaps);
            r.put(TOPICS_OF_ROADMAP, q::topicsOfRoadmaps);
            r.put(TOOLS_OF_ROADMAP, q::toolsOfRoadmaps);
            r.put(PROJECTS_OF_ROADMAP, q::projectsOfRoadmaps);
            r.put(ROUTE_OF_ROADMAP, q::routeOfRoadmaps);
            r.put(PRINCIPLES_OF_ROADMAP, q::principlesOfRoadmaps);
            r.put(CRITERIA_OF_ROADMAP, q::successCriteriaOfRoadmaps);
            r.put(RESOURCES_OF_ROADMAP, q::resourcesOfRoadmaps);
            r.put(TIPS_OF_ROADMAP, q::tipsOfRoadmaps);
            r.put(TOPICS_OF_PHASE, q::topicsOfPhases);
            r.put(LAYERS_OF_PHASE, q::layersOfPhases);
            r.put(TOPICS_OF_LAYER, q::topicsOfLayers);
            r.put(REQUIRES_OF_TOPIC, q::requiresOfTopics);
            r.put(REQUIRED_BY_OF_TOPIC, q::requiredByOfTopics);
            r.put(SUBTOPICS_OF_TOPIC, q::subtopicsOfTopics);
            r.put(TOOLS_OF_TOPIC, q::toolsOfTopics);
            r.put(PROJECTS_OF_TOPIC, q::projectsOfTopics);
            r.put(TOPICS_OF_PROJECT, q::topicsOfProjects);
            r.put(TOOLS_OF_PROJECT, q::toolsOfProjects);
            r.put(TOPICS_OF_TOOL, q::topicsUsingTools);
            r.put(PROJECTS_OF_TOOL, q::projectsUsingTools);
            this.byName = Map.copyOf(r);
        }

        /** A registry for one request: no loader and no cached value is shared with another request. */
        DataLoaderRegistry newRegistry() {
            return new LazyRegistry(this);
        }

        Set<String> names() {
            return byName.keySet();
        }

        /** A loader over a batch lookup; keys it does not return resolve to null (an empty list never); null for
         *  a name no loader has. */
        DataLoader<?, ?> create(String name) {
            Function<Collection<String>, ? extends Map<String, ?>> batch = byName.get(name);
            if (batch == null) {
                return null;
            }
            return DataLoaderFactory.newMappedDataLoader((Set<String> keys) -> {
                counter.increment();
                try {
                    return CompletableFuture.completedFuture(batch.apply(keys));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }, options);
        }
    }

    /** Makes each named loader when a field first asks for it; {@code dispatchAll} sees only the loaders made. */
    private static final class LazyRegistry extends DataLoaderRegistry {
        private final Batches batches;

        LazyRegistry(Batches batches) {
            this.batches = batches;
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            return computeIfAbsent(key, batches::create);
        }
    }

    /** For other users of micronaut-graphql that ask the context for a registry per request. */
    @Prototype
    DataLoaderRegistry dataLoaderRegistry(Batches batches) {
        return batches.newRegistry();
    }
}
