package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.graph.Drivers;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A circuit breaker in front of Neo4j. Once a read finds the database unreachable ({@link #trip()}), the breaker is
 * open: every GraphQL field answers {@code UNAVAILABLE} at once, instead of each waiting for the driver's connection
 * timeout and retries. Meanwhile one probe at a time checks the database in the background, every
 * {@code roadmap.breaker.probe-interval}, whether queries come or not; the first probe that reaches it closes the
 * breaker.
 *
 * <p>A Neo4j that answers but refuses the server's password is probed only every {@link #REFUSED_PROBE_INTERVAL}
 * (and {@code /health} does not log in meanwhile): each refused login counts toward Neo4j's lock of the user (by
 * default 3 in a row lock it for 5 s, for every client of that user, the loader with the right password too), and a
 * login with the right password in between resets that count.
 */
@Singleton
public class DatabaseBreaker {

    /** How often a password Neo4j refused is tried again: seldom enough that it never locks the user. */
    static final Duration REFUSED_PROBE_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBreaker.class);

    private final Neo4jConnection connection;
    private final long probeIntervalNanos;
    private final AtomicBoolean probeScheduled = new AtomicBoolean();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "neo4j-breaker-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean open;
    private volatile Optional<String> refusal = Optional.empty();

    DatabaseBreaker(Neo4jConnection connection, BreakerSettings settings) {
        this.connection = connection;
        this.probeIntervalNanos = settings.getProbeInterval().toNanos();
    }

    /** Whether reads may go to the database. */
    public boolean allows() {
        return !open;
    }

    /** A read found the database unreachable: open the breaker, and probe the database until it answers. */
    public void trip() {
        if (!open) {
            LOG.warn("Neo4j is unreachable: answering UNAVAILABLE at once, and checking it every {} ms",
                    probeIntervalNanos / 1_000_000);
            open = true;
        }
        probeIn(probeIntervalNanos);
    }

    /**
     * Neo4j refused the server's credentials ({@code reason}, from {@link Drivers#refused(Throwable)}): open the
     * breaker and log in again only after {@link #REFUSED_PROBE_INTERVAL}.
     */
    public void refused(String reason) {
        if (refusal.isEmpty()) {
            LOG.warn("Neo4j refuses this server: {}; answering UNAVAILABLE at once, and trying again every {} s",
                    reason, REFUSED_PROBE_INTERVAL.toSeconds());
        }
        refusal = Optional.of(reason);
        open = true;
        probeIn(refusedProbeNanos());
    }

    /** Why Neo4j refuses the server, while it does (the breaker is open and the password is not tried meanwhile). */
    public Optional<String> refusal() {
        return open ? refusal : Optional.empty();
    }

    /**
     * One probe at a time, on a schedule: the breaker closes when Neo4j answers, whether or not queries come (before,
     * a probe started only when a query came, and that query was refused while Neo4j had long been back).
     */
    private void probeIn(long delayNanos) {
        if (probeScheduled.compareAndSet(false, true)) {
            prober.schedule(this::probe, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private long refusedProbeNanos() {
        return Math.max(probeIntervalNanos, REFUSED_PROBE_INTERVAL.toNanos());
    }

    private void probe() {
        long next;
        try {
            connection.driver().verifyConnectivity();
            refusal = Optional.empty();
            // before closing: a trip in between schedules a probe of its own rather than leave the breaker open
            probeScheduled.set(false);
            open = false;
            LOG.info("Neo4j is reachable again");
            return;
        } catch (RuntimeException e) {
            Optional<String> refused = Drivers.refused(e);
            refused.ifPresent(reason -> refusal = Optional.of(reason));
            next = refused.isPresent() ? refusedProbeNanos() : probeIntervalNanos;
        }
        prober.schedule(this::probe, next, TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
