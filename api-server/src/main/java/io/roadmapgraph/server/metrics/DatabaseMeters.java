package io.roadmapgraph.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Requires;
import io.roadmapgraph.query.RoadmapQueries;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.neo4j.driver.ConnectionPoolMetrics;
import org.neo4j.driver.Driver;

/**
 * The graph's side of {@code /prometheus} when metrics are on: the snapshot reads of the query library, and the Neo4j
 * driver's connection pools (summed over the pools: one per server the driver talks to). Read when scraped, so
 * nothing is counted twice and nothing is done between scrapes.
 * <ul>
 *   <li>{@value #SNAPSHOT_READS} (Prometheus {@code roadmap_snapshot_reads_seconds_count}/{@code _sum}): how often
 *   the in-memory snapshot was read from the graph (at the first query, and after each load) and how long that took;</li>
 *   <li>{@code neo4j_pool_*}: connections in use, idle, being created, requests waiting for one (gauges);
 *   acquisitions with their total wait ({@code neo4j_pool_acquisition_seconds}), and counters of connections
 *   opened, failed to open, closed, and of requests that timed out waiting for one.</li>
 * </ul>
 */
@Singleton
@Requires(beans = MeterRegistry.class)
class DatabaseMeters implements MeterBinder {

    static final String SNAPSHOT_READS = "roadmap.snapshot.reads";

    private final RoadmapQueries queries;
    private final Driver driver;

    DatabaseMeters(RoadmapQueries queries, Driver driver) {
        this.queries = queries;
        this.driver = driver;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionTimer.builder(SNAPSHOT_READS, queries, RoadmapQueries::snapshotReads,
                        q -> q.snapshotReadTime().toNanos(), TimeUnit.NANOSECONDS)
                .description("reads of the in-memory snapshot of the graph (the first query, and after each load)")
                .register(registry);

        gauge(registry, "neo4j.pool.in.use", "connections lent out", ConnectionPoolMetrics::inUse);
        gauge(registry, "neo4j.pool.idle", "connections waiting in the pool", ConnectionPoolMetrics::idle);
        gauge(registry, "neo4j.pool.creating", "connections being opened", ConnectionPoolMetrics::creating);
        gauge(registry, "neo4j.pool.acquiring", "requests waiting for a connection", ConnectionPoolMetrics::acquiring);
        // "opened", not the driver's "created": Prometheus keeps the suffix _created for a counter's start time
        counter(registry, "neo4j.pool.opened", "connections opened", ConnectionPoolMetrics::created);
        counter(registry, "neo4j.pool.failed.to.create", "connections that could not be opened",
                ConnectionPoolMetrics::failedToCreate);
        counter(registry, "neo4j.pool.closed", "connections closed", ConnectionPoolMetrics::closed);
        counter(registry, "neo4j.pool.timed.out.to.acquire", "requests that gave up waiting for a connection",
                ConnectionPoolMetrics::timedOutToAcquire);
        FunctionTimer.builder("neo4j.pool.acquisition", driver,
                        d -> (long) sum(d, ConnectionPoolMetrics::acquired),
                        d -> sum(d, ConnectionPoolMetrics::totalAcquisitionTime), TimeUnit.MILLISECONDS)
                .description("connections taken from the pool, and the time spent waiting for them")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<ConnectionPoolMetrics> value) {
        Gauge.builder(name, driver, d -> sum(d, value)).description(description).register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description,
                         ToDoubleFunction<ConnectionPoolMetrics> value) {
        FunctionCounter.builder(name, driver, d -> sum(d, value)).description(description).register(registry);
    }

    private static double sum(Driver driver, ToDoubleFunction<ConnectionPoolMetrics> value) {
        return driver.metrics().connectionPoolMetrics().stream().mapToDouble(value).sum();
    }
}
