package io.roadmapgraph.server.neo4j;

import io.roadmapgraph.embedded.Neo4jConnection;
import io.roadmapgraph.graph.Drivers;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import io.roadmapgraph.server.settings.HealthSettings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.reactivestreams.Publisher;

/**
 * {@code /health} component {@code neo4j}: UP when {@code RETURN 1} answers in a read transaction within
 * {@code roadmap.health.timeout}; DOWN otherwise, naming the Bolt address but not the driver's message.
 */
@Singleton
class Neo4jHealthIndicator implements HealthIndicator {

    static final String NAME = "neo4j";

    private final Neo4jConnection connection;
    private final DatabaseBreaker breaker;
    private final Duration timeout;
    private final ExecutorService executor;

    Neo4jHealthIndicator(Neo4jConnection connection,
                         DatabaseBreaker breaker,
                         HealthSettings health,
                         @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.connection = connection;
        this.breaker = breaker;
        this.timeout = health.getTimeout();
        this.executor = executor;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> check = CompletableFuture.supplyAsync(this::check, executor)
                .completeOnTimeout(down("Neo4j is not reachable (no answer within " + timeout.toMillis() + " ms)"),
                        timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        return Publishers.fromCompletableFuture(check);
    }

    private HealthResult check() {
        Optional<String> refusal = breaker.refusal();
        if (refusal.isPresent()) {
            // no login with a password Neo4j refuses: a load balancer's polls would make Neo4j lock the user
            return down(refusal.get());
        }
        SessionConfig config = connection.sessionConfig(AccessMode.READ);
        long started = System.nanoTime();
        // an explicit transaction, not executeRead: no retries, so DOWN is reported quickly
        try (Session session = connection.driver().session(config);
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            tx.run("RETURN 1").consume();
            tx.commit();
            Map<String, Object> details = details();
            details.put("responseTimeMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
        } catch (RuntimeException e) {
            Optional<String> refused = Drivers.refused(e);
            refused.ifPresent(breaker::refused);
            // the driver's own message never: it may name hosts and users
            return down(refused.orElse("Neo4j is not reachable (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private HealthResult down(String error) {
        Map<String, Object> details = details();
        details.put("error", error);
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
    }

    private Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uri", connection.boltUri().toString());
        details.put("database", connection.database().orElse("default"));
        details.put("embedded", connection.embedded().isPresent());
        return details;
    }
}
