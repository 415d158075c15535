package io.roadmapgraph.loader;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@link RoadmapLoader} writes.
 *
 * @param database  the database to load into; empty = the server's default database
 * @param batchSize rows per {@code UNWIND} statement, at least 1
 * @param dryRun    compute what a load would change, then roll it back: nothing is written, not even the schema
 */
@API(status = API.Status.STABLE)
public record LoaderOptions(Optional<String> database, int batchSize, boolean dryRun) {

    public static final int DEFAULT_BATCH_SIZE = 5000;

    public LoaderOptions {
        Objects.requireNonNull(database, "database");
        database.ifPresent(name -> {
            if (name.isBlank()) {
                throw new IllegalArgumentException("the database name must not be blank");
            }
        });
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, was " + batchSize);
        }
    }

    /** The server's default database, batches of {@value #DEFAULT_BATCH_SIZE}, writing. */
    public static LoaderOptions defaults() {
        return new LoaderOptions(Optional.empty(), DEFAULT_BATCH_SIZE, false);
    }

    public LoaderOptions withDatabase(String name) {
        return new LoaderOptions(Optional.of(name), batchSize, dryRun);
    }

    public LoaderOptions withBatchSize(int size) {
        return new LoaderOptions(database, size, dryRun);
    }

    public LoaderOptions withDryRun(boolean dry) {
        return new LoaderOptions(database, batchSize, dry);
    }
}
