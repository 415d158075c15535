package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.embedded.Neo4jConnection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A circuit breaker in front of Neo4j. Once a read finds the database unreachable ({@link #trip()}), the breaker is
 * open: every GraphQL field answers {@code UNAVAILABLE} at once, instead of each waiting for the driver's connection
 * timeout and retries. Meanwhile one probe at a time checks the database in the background, every
 * {@code roadmap.breaker.probe-interval}; the first probe that reaches it closes the breaker.
 */
@Singleton
public class DatabaseBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBreaker.class);

    private final Neo4jConnection connection;
    private final long probeIntervalNanos;
    private final AtomicBoolean probing = new AtomicBoolean();
    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "neo4j-breaker-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean open;
    private volatile long nextProbe;

    DatabaseBreaker(Neo4jConnection connection, BreakerSettings settings) {
        this.connection = connection;
        this.probeIntervalNanos = settings.getProbeInterval().toNanos();
    }

    /** Whether reads may go to the database; while not, a probe is started when one is due. */
    public boolean allows() {
        if (!open) {
            return true;
        }
        if (System.nanoTime() - nextProbe >= 0 && probing.compareAndSet(false, true)) {
            prober.execute(this::probe);
        }
        return false;
    }

    /** A read found the database unreachable: open the breaker. */
    public void trip() {
        if (!open) {
            LOG.warn("Neo4j is unreachable: answering UNAVAILABLE at once, and checking it every {} ms",
                    probeIntervalNanos / 1_000_000);
            nextProbe = System.nanoTime() + probeIntervalNanos;
            open = true;
        }
    }

    private void probe() {
        try {
            connection.driver().verifyConnectivity();
            open = false;
            LOG.info("Neo4j is reachable again");
        } catch (RuntimeException e) {
            nextProbe = System.nanoTime() + probeIntervalNanos;
        } finally {
            probing.set(false);
        }
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
