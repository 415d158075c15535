package io.roadmapgraph.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.roadmapgraph.query.QueryOptions;
import io.roadmapgraph.query.RoadmapQueries;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The per-request registries: loaders made on first use, none shared between requests (no database is asked). */
class DataLoadersTest {

    // the driver connects lazily; no loader runs a batch in these tests
    private static final Driver DRIVER = GraphDatabase.driver("bolt://127.0.0.1:9");
    private static final DataLoaders.Batches BATCHES = new DataLoaders.Batches(
            new RoadmapQueries(DRIVER, new QueryOptions(Optional.empty(), Duration.ofSeconds(5), 7, true, Duration.ZERO)),
            new DataLoaders.BatchCounter());

    @AfterAll
    static void close() {
        DRIVER.close();
    }

    @Test
    void aNewRegistryHoldsNoLoaderUntilAFieldAsksForOne() {
        DataLoaderRegistry registry = BATCHES.newRegistry();

        assertThat(registry.getKeys()).isEmpty();
        DataLoader<String, Object> topics = registry.getDataLoader(DataLoaders.TOPIC);

        assertThat(topics).isNotNull();
        assertThat(registry.getKeys()).containsExactly(DataLoaders.TOPIC);
        assertThat(registry.<String, Object>getDataLoader(DataLoaders.TOPIC)).isSameAs(topics);
        assertThat(registry.getDataLoaders()).containsExactly(topics);
    }

    @Test
    void eachRequestGetsItsOwnLoaders() {
        DataLoader<Object, Object> first = BATCHES.newRegistry().getDataLoader(DataLoaders.TOOL);
        DataLoader<Object, Object> second = BATCHES.newRegistry().getDataLoader(DataLoaders.TOOL);

        assertThat(second).isNotSameAs(first);
    }

    @Test
    void everyLoaderNameHasABatchAndAnUnknownNameHasNone() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : DataLoaders.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        DataLoaderRegistry registry = BATCHES.newRegistry();

        assertThat(names).hasSize(28);
        assertThat(BATCHES.names()).containsExactlyInAnyOrderElementsOf(names);
        names.forEach(name -> assertThat(registry.<String, Object>getDataLoader(name)).as(name).isNotNull());
        assertThat(registry.<String, Object>getDataLoader("noSuchLoader")).isNull();
        assertThat(registry.getKeys()).containsExactlyInAnyOrderElementsOf(names);
    }
}
