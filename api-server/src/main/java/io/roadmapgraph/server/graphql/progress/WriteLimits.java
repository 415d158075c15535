package io.roadmapgraph.server.graphql.progress;

import io.roadmapgraph.server.graphql.execution.ErrorCode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The rate limit of progress writes per learner (its token's subject): at most
 * {@code roadmap.progress.writes-per-minute} in each clock minute, counted in this server process.
 */
@Singleton
class WriteLimits {

    private record Window(long minute, int writes) {
    }

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    WriteLimits(ProgressSettings settings) {
        this(settings, System::currentTimeMillis);
    }

    WriteLimits(ProgressSettings settings, LongSupplier clock) {
        this.perMinute = settings.getWritesPerMinute();
        this.clock = clock;
    }

    /** Counts one write of {@code learner}. @throws ErrorCode.CodedException RATE_LIMITED past the limit */
    void count(String learner) {
        long minute = clock.getAsLong() / 60_000;
        windows.values().removeIf(w -> w.minute() < minute); // past minutes: forgotten
        Window window = windows.merge(learner, new Window(minute, 1), (old, one) -> old.minute() == minute
                ? new Window(minute, old.writes() + 1) : one);
        if (window.writes() > perMinute) {
            throw ErrorCode.RATE_LIMITED.exception("more than " + perMinute + " progress writes in a minute for"
                    + " this learner (roadmap.progress.writes-per-minute); try again in a minute");
        }
    }
}
