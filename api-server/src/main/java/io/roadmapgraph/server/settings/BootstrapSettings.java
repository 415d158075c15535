package io.roadmapgraph.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server loads at start-up, {@code roadmap.bootstrap.*} (environment variables {@code ROADMAP_BOOTSTRAP_*}).
 * The defaults live here and nowhere else. Read by the Neo4j connection (the seed store, and the files checked before
 * Neo4j starts) and by the bootstrap that loads them.
 */
@Context
@ConfigurationProperties("roadmap.bootstrap")
public class BootstrapSettings {

    public static final boolean DEFAULT_ENABLED = true;
    public static final boolean DEFAULT_BUNDLED = true;
    public static final boolean DEFAULT_SEED = true;
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(10);

    private boolean enabled = DEFAULT_ENABLED;
    private boolean bundled = DEFAULT_BUNDLED;
    private boolean seed = DEFAULT_SEED;
    @NotNull
    private List<String> files = new ArrayList<>();
    @NotNull
    @PositiveDuration
    private Duration retryInterval = DEFAULT_RETRY_INTERVAL;

    /** Load roadmaps at start-up when they are not in the graph yet. */
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The bundled AI Engineer roadmap, when the graph has no roadmap at all. */
    public boolean isBundled() {
        return bundled;
    }

    public void setBundled(boolean bundled) {
        this.bundled = bundled;
    }

    /** An empty embedded data directory starts from the seed store in the jar. */
    public boolean isSeed() {
        return seed;
    }

    public void setSeed(boolean seed) {
        this.seed = seed;
    }

    /** Extra roadmap files (YAML or JSON), comma-separated; each loaded when its roadmap id is not in the graph. */
    public List<String> getFiles() {
        return files;
    }

    public void setFiles(List<String> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    /** {@link #getFiles()} as paths, blanks left out. */
    public List<Path> paths() {
        return files.stream().map(String::trim).filter(file -> !file.isEmpty()).map(Path::of).toList();
    }

    /** With an external Neo4j that is down at start, try again this often. */
    public Duration getRetryInterval() {
        return retryInterval;
    }

    public void setRetryInterval(Duration retryInterval) {
        this.retryInterval = retryInterval;
    }
}
