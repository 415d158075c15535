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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One {@link DataLoader} per relationship field, each batching its keys into one {@link RoadmapQueries} call (one
 * {@code WHERE n.id IN $ids} query) per level of the response. micronaut-graphql asks for a {@link DataLoaderRegistry}
 * bean on every request; being {@code @Prototype}, each request gets fresh loaders (no cache shared between requests).
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

    @Prototype
    DataLoaderRegistry dataLoaderRegistry(RoadmapQueries q, BatchCounter counter) {
        DataLoaderOptions options = DataLoaderOptions.newOptions().setMaxBatchSize(q.options().maxIds());
        Registrar r = new Registrar(new DataLoaderRegistry(), options, counter);
        r.add(ROADMAP, q::roadmapsByIds);
        r.add(TOPIC, q::topicsByIds);
        r.add(TOOL, q::toolsByIds);
        r.add(PROJECT, q::projectsByIds);
        r.add(PHASE, q::phasesByIds);
        r.add(LAYER, q::layersByIds);
        r.add(PHASES_OF_ROADMAP, q::phasesOfRoadmaps);
        r.add(LAYERS_OF_ROADMAP, q::layersOfRoadmaps);
        r.add(TOPICS_OF_ROADMAP, q::topicsOfRoadmaps);
        r.add(TOOLS_OF_ROADMAP, q::toolsOfRoadmaps);
        r.add(PROJECTS_OF_ROADMAP, q::projectsOfRoadmaps);
        r.add(ROUTE_OF_ROADMAP, q::routeOfRoadmaps);
        r.add(PRINCIPLES_OF_ROADMAP, q::principlesOfRoadmaps);
        r.add(CRITERIA_OF_ROADMAP, q::successCriteriaOfRoadmaps);
        r.add(RESOURCES_OF_ROADMAP, q::resourcesOfRoadmaps);
        r.add(TIPS_OF_ROADMAP, q::tipsOfRoadmaps);
        r.add(TOPICS_OF_PHASE, q::topicsOfPhases);
        r.add(LAYERS_OF_PHASE, q::layersOfPhases);
        r.add(TOPICS_OF_LAYER, q::topicsOfLayers);
        r.add(REQUIRES_OF_TOPIC, q::requiresOfTopics);
        r.add(REQUIRED_BY_OF_TOPIC, q::requiredByOfTopics);
        r.add(SUBTOPICS_OF_TOPIC, q::subtopicsOfTopics);
        r.add(TOOLS_OF_TOPIC, q::toolsOfTopics);
        r.add(PROJECTS_OF_TOPIC, q::projectsOfTopics);
        r.add(TOPICS_OF_PROJECT, q::topicsOfProjects);
        r.add(TOOLS_OF_PROJECT, q::toolsOfProjects);
        r.add(TOPICS_OF_TOOL, q::topicsUsingTools);
        r.add(PROJECTS_OF_TOOL, q::projectsUsingTools);
        return r.registry();
    }

    private record Registrar(DataLoaderRegistry registry, DataLoaderOptions options, BatchCounter counter) {

        /** Registers a loader over a batch lookup; keys it does not return resolve to null (an empty list never). */
        <V> void add(String name, Function<Collection<String>, Map<String, V>> batch) {
            DataLoader<String, V> loader = DataLoaderFactory.newMappedDataLoader((Set<String> keys) -> {
                counter.increment();
                try {
                    return CompletableFuture.completedFuture(batch.apply(keys));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }, options);
            registry.register(name, loader);
        }
    }
}
