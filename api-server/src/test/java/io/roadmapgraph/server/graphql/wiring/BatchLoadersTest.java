package io.roadmapgraph.server.graphql.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.idl.RuntimeWiring;
import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The per-request registries: loaders made on first use, none shared between requests (no database is asked). */
class BatchLoadersTest {

    // the driver connects lazily; no loader runs a batch against it in these tests
    private static final Driver DRIVER = GraphDatabase.driver("bolt://127.0.0.1:9");
    private static final RoadmapQueries QUERIES = new RoadmapQueries(DRIVER,
            new QueryOptions(Optional.empty(), Duration.ofSeconds(5), 7, true, Duration.ZERO));
    private static final BatchLoaders LOADERS = new BatchLoaders(List.of(new Entities(QUERIES), feature("lengths")),
            QUERIES);

    @AfterAll
    static void close() {
        DRIVER.close();
    }

    /** A feature with one loader that answers each key with its length. */
    private static Feature feature(String loader) {
        return new Feature() {
            @Override
            public void wire(RuntimeWiring.Builder wiring) {
            }

            @Override
            public List<BatchLoader<?>> batchLoaders() {
                return List.of(new BatchLoader<Integer>(loader, keys -> Map.of("abc", 3)));
            }
        };
    }

    @Test
    void aNewRegistryHoldsNoLoaderUntilAFieldAsksForOne() {
        DataLoaderRegistry registry = LOADERS.newRegistry();

        assertThat(registry.getKeys()).isEmpty();
        DataLoader<String, Object> topics = registry.getDataLoader(Entities.TOPIC);

        assertThat(topics).isNotNull();
        assertThat(registry.getKeys()).containsExactly(Entities.TOPIC);
        assertThat(registry.<String, Object>getDataLoader(Entities.TOPIC)).isSameAs(topics);
        assertThat(registry.getDataLoaders()).containsExactly(topics);
    }

    @Test
    void eachRequestGetsItsOwnLoaders() {
        DataLoader<Object, Object> first = LOADERS.newRegistry().getDataLoader(Entities.TOOL);
        DataLoader<Object, Object> second = LOADERS.newRegistry().getDataLoader(Entities.TOOL);

        assertThat(second).isNotSameAs(first);
    }

    @Test
    void collectsTheLoadersOfEveryFeatureAndAnUnknownNameHasNone() {
        DataLoaderRegistry registry = LOADERS.newRegistry();

        assertThat(LOADERS.names()).containsExactlyInAnyOrder(Entities.ROADMAP, Entities.TOPIC, Entities.TOOL,
                Entities.PROJECT, Entities.PHASE, Entities.LAYER, "lengths");
        assertThat(registry.<String, Object>getDataLoader("noSuchLoader")).isNull();
    }

    @Test
    void aLoaderAnswersItsKeysInOneBatchAndAKeyItDoesNotKnowWithNull() {
        DataLoaderRegistry registry = LOADERS.newRegistry();
        DataLoader<String, Integer> lengths = registry.getDataLoader("lengths");

        var known = lengths.load("abc");
        var unknown = lengths.load("xyz");
        registry.dispatchAll();

        assertThat(known.join()).isEqualTo(3);
        assertThat(unknown.join()).isNull();
        assertThat(registry.getStatistics().getBatchInvokeCount()).isEqualTo(1);
    }

    @Test
    void refusesTwoLoadersOfTheSameNameAndNamesTheSecondFeature() {
        Feature second = feature("lengths");

        assertThatThrownBy(() -> new BatchLoaders(List.of(feature("lengths"), second), QUERIES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two batch loaders are named 'lengths'; the second is in ");
    }
}
