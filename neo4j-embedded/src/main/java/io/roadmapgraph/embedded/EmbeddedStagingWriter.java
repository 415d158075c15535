package io.roadmapgraph.embedded;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.StagingWriter;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.internal.kernel.api.TokenWrite;
import org.neo4j.internal.kernel.api.Write;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A load's batches written by the embedded database's kernel, without Cypher and Bolt: at 100k topics 15 % of a
 * load's CPU less in the bench's pairs under load (bench/benchmarks-notes.md, load23). It writes through the kernel's
 * own {@link Write} operations (node and relationship ids, token ids resolved once per batch, values as Neo4j's
 * {@link Value}s), not through the Java API's {@code Node} and {@code Relationship} objects and their deprecated
 * lookups by id; measured, the two cost the same (kern24: a load's CPU is Neo4j's commit, not these calls). The
 * transaction's metadata names the staging revision, as the driver's batches do, so {@link CommitCounter} skips it
 * the same way.
 * Values are stored as Cypher over Bolt stores them: whole numbers as longs, decimals as doubles, lists as arrays (an
 * empty list as an empty text array). Neo4j's failures are thrown as the driver's exceptions with Neo4j's status code
 * ({@link #asDriverException}), so that the loader reports them as it reports the Cypher path's.
 */
final class EmbeddedStagingWriter implements StagingWriter {

    /** As long as the driver's {@code executeWrite} tries a transaction again after a transient failure. */
    private static final Duration RETRY_FOR = Duration.ofSeconds(30);

    private final GraphDatabaseService database;

    EmbeddedStagingWriter(GraphDatabaseService database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public long[] createNodes(String rev, List<String> labels, List<String> keys, List<List<Object>> rows) {
        return write(rev, tx -> {
            TokenWrite tokens = tx.tokenWrite();
            int[] labelIds = new int[labels.size()];
            tokens.labelGetOrCreateForNames(labels.toArray(String[]::new), labelIds);
            int[] keyIds = propertyKeys(tokens, keys);
            int revKey = tokens.propertyKeyGetOrCreateForName(GraphModel.REV);
            Value revValue = Values.stringValue(rev);
            Write write = tx.dataWrite();
            Setter setter = write::nodeSetProperty;
            long[] ids = new long[rows.size()];
            for (int i = 0; i < ids.length; i++) {
                long node = write.nodeCreateWithLabels(labelIds);
                set(setter, node, keyIds, rows.get(i), 1);
                write.nodeSetProperty(node, revKey, revValue);
                ids[i] = node;
            }
            return ids;
        });
    }

    @Override
    public void createRelationships(String rev, String type, List<String> keys, List<List<Object>> rows) {
        write(rev, tx -> {
            TokenWrite tokens = tx.tokenWrite();
            int typeId = tokens.relationshipTypeGetOrCreateForName(type);
            int[] keyIds = propertyKeys(tokens, keys);
            Write write = tx.dataWrite();
            Setter setter = write::relationshipSetProperty;
            for (List<Object> row : rows) {
                long relationship = write.relationshipCreate(id(row.get(0)), typeId, id(row.get(1)));
                set(setter, relationship, keyIds, row, 2);
            }
            return null;
        });
    }

    private interface Setter {
        void set(long entity, int key, Value value) throws KernelException;
    }

    /** The row's values from {@code from} on as the properties {@code keys} (token ids); a null stores nothing. */
    private static void set(Setter setter, long entity, int[] keys, List<Object> row, int from)
            throws KernelException {
        for (int k = 0; k < keys.length; k++) {
            Object value = row.get(from + k);
            if (value != null) {
                setter.set(entity, keys[k], value(value));
            }
        }
    }

    private static int[] propertyKeys(TokenWrite tokens, List<String> keys) throws KernelException {
        int[] ids = new int[keys.size()];
        tokens.propertyKeyGetOrCreateForNames(keys.toArray(String[]::new), ids);
        return ids;
    }

    private static long id(Object id) {
        return ((Number) id).longValue();
    }

    /** A value as Cypher over Bolt stores it. */
    static Value value(Object value) {
        if (value instanceof String text) {
            return Values.stringValue(text);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Values.longValue(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return Values.doubleValue(((Number) value).doubleValue());
        }
        if (value instanceof Boolean flag) {
            return Values.booleanValue(flag);
        }
        if (value instanceof List<?> list) {
            return array(list);
        }
        return Values.of(value); // anything else Neo4j can store as it is; throws for what it cannot
    }

    /** A list as the array Cypher stores (an empty list as an empty text array). */
    private static Value array(List<?> list) {
        if (list.isEmpty() || list.stream().allMatch(v -> v instanceof String)) {
            return Values.stringArray(list.toArray(new String[0]));
        }
        if (list.stream().allMatch(v -> v instanceof Boolean)) {
            boolean[] array = new boolean[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = (Boolean) list.get(i);
            }
            return Values.booleanArray(array);
        }
        if (list.stream().allMatch(v -> v instanceof Long || v instanceof Integer || v instanceof Short
                || v instanceof Byte)) {
            return Values.longArray(list.stream().mapToLong(v -> ((Number) v).longValue()).toArray());
        }
        if (list.stream().allMatch(v -> v instanceof Number)) {
            return Values.doubleArray(list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
        }
        throw new IllegalArgumentException("not a list a property can hold: " + list);
    }

    /** A batch's work in the kernel's transaction. */
    private interface Work<T> {
        T apply(KernelTransaction tx) throws KernelException;
    }

    /** One committed transaction of a batch into {@code rev}, tried again after a transient failure. */
    private <T> T write(String rev, Work<T> work) {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        long pause = 10;
        while (true) {
            try (Transaction tx = database.beginTx()) {
                KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
                kernel.setMetaData(Map.of(GraphModel.STAGING_REVISION_METADATA, rev));
                T result = work.apply(kernel);
                tx.commit();
                return result;
            } catch (TransientFailureException e) {
                if (System.nanoTime() > deadline) {
                    throw asDriverException(e);
                }
                sleep(pause + ThreadLocalRandom.current().nextLong(pause));
                pause = Math.min(pause * 2, 1000);
            } catch (DatabaseShutdownException e) {
                throw new ServiceUnavailableException("the embedded database has shut down: " + e.getMessage(), e);
            } catch (RuntimeException | KernelException e) {
                throw asDriverException(e);
            }
        }
    }

    /**
     * A failure of Neo4j's with a status code (its own or its cause's: the Java API's or the kernel's own) as the
     * driver's exception for it (a client error as a {@link ClientException}, a transient one as a
     * {@link TransientException}, any other as a {@link DatabaseException}); anything else as it is (a checked one
     * in an {@link IllegalStateException}).
     */
    static RuntimeException asDriverException(Exception e) {
        Throwable cause = e; // the Java API's exceptions carry the kernel's, which has the status, as their cause
        while (cause != null && !(cause instanceof Status.HasStatus)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        Status.Code code = ((Status.HasStatus) cause).status().code();
        Neo4jException mapped = switch (code.classification()) {
            case ClientError -> new ClientException(code.serialize(), e.getMessage());
            case TransientError -> new TransientException(code.serialize(), e.getMessage());
            default -> new DatabaseException(code.serialize(), e.getMessage());
        };
        mapped.addSuppressed(e); // the driver's exceptions take no cause with a code: the original kept beside it
        return mapped;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write a batch again", e);
        }
    }
}
