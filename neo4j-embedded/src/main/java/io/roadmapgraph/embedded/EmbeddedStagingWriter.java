package io.roadmapgraph.embedded;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.StagingWriter;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A load's batches written by the embedded database's kernel, without Cypher and Bolt: at 100k topics 15 % of a
 * load's CPU less in the bench's pairs under load (bench/benchmarks-notes.md, load23). The transaction's metadata
 * names the staging revision, as the driver's batches do, so {@link CommitCounter} skips it the same way. Values are
 * stored as Cypher over Bolt stores them: whole numbers as longs, decimals as doubles, lists as arrays. Neo4j's
 * failures are thrown as the driver's exceptions with Neo4j's status code ({@link #asDriverException}), so that the
 * loader reports them as it reports the Cypher path's.
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
        Label[] nodeLabels = labels.stream().map(Label::label).toArray(Label[]::new);
        return write(rev, tx -> {
            long[] ids = new long[rows.size()];
            for (int i = 0; i < ids.length; i++) {
                Node node = tx.createNode(nodeLabels);
                set(node::setProperty, keys, rows.get(i), 1);
                node.setProperty(GraphModel.REV, rev);
                ids[i] = node.getId();
            }
            return ids;
        });
    }

    @Override
    public void createRelationships(String rev, String type, List<String> keys, List<List<Object>> rows) {
        RelationshipType relationshipType = RelationshipType.withName(type);
        write(rev, tx -> {
            for (List<Object> row : rows) {
                Relationship relationship = tx.getNodeById(id(row.get(0)))
                        .createRelationshipTo(tx.getNodeById(id(row.get(1))), relationshipType);
                set(relationship::setProperty, keys, row, 2);
            }
            return null;
        });
    }

    private interface Setter {
        void set(String key, Object value);
    }

    /** The row's values from {@code from} on as the properties {@code keys}; a null stores nothing. */
    private static void set(Setter setter, List<String> keys, List<Object> row, int from) {
        for (int k = 0; k < keys.size(); k++) {
            Object value = row.get(from + k);
            if (value != null) {
                setter.set(keys.get(k), stored(value));
            }
        }
    }

    private static long id(Object id) {
        return ((Number) id).longValue();
    }

    /** A value as Cypher over Bolt stores it. */
    static Object stored(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            return array(list);
        }
        return value;
    }

    /** A list as the array Cypher stores (an empty list as an empty text array). */
    private static Object array(List<?> list) {
        if (list.isEmpty() || list.get(0) instanceof String) {
            return list.toArray(new String[0]);
        }
        if (list.get(0) instanceof Boolean) {
            boolean[] array = new boolean[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = (Boolean) list.get(i);
            }
            return array;
        }
        if (list.stream().allMatch(v -> v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte)) {
            return list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
        }
        if (list.stream().allMatch(v -> v instanceof Number)) {
            return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        throw new IllegalArgumentException("not a list a property can hold: " + list);
    }

    /** One committed transaction of a batch into {@code rev}, tried again after a transient failure. */
    private <T> T write(String rev, Function<Transaction, T> work) {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        long pause = 10;
        while (true) {
            try (Transaction tx = database.beginTx()) {
                ((InternalTransaction) tx).setMetaData(Map.of(GraphModel.STAGING_REVISION_METADATA, rev));
                T result = work.apply(tx);
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
            } catch (RuntimeException e) {
                throw asDriverException(e);
            }
        }
    }

    /**
     * A failure of Neo4j's with a status code (its own or its cause's) as the driver's exception for it (a client error as a
     * {@link ClientException}, a transient one as a {@link TransientException}, any other as a
     * {@link DatabaseException}); anything else as it is.
     */
    static RuntimeException asDriverException(RuntimeException e) {
        Throwable cause = e; // the Java API's exceptions carry the kernel's, which has the status, as their cause
        while (cause != null && !(cause instanceof Status.HasStatus)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return e;
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
