package io.roadmapgraph.server.graphql.progress;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/** {@code roadmap.progress.*}: the limits of learners' progress writes (docs/security.md). */
@Context
@ConfigurationProperties("roadmap.progress")
public class ProgressSettings {

    /** Progress mutations one token may make in a minute; more are refused with {@code RATE_LIMITED}. */
    public static final int DEFAULT_WRITES_PER_MINUTE = 120;

    @Min(1)
    private int writesPerMinute = DEFAULT_WRITES_PER_MINUTE;

    public int getWritesPerMinute() {
        return writesPerMinute;
    }

    public void setWritesPerMinute(int writesPerMinute) {
        this.writesPerMinute = writesPerMinute;
    }
}
