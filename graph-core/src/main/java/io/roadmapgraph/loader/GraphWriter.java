package io.roadmapgraph.loader;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.loader.LoadSummary.Change;
import io.roadmapgraph.loader.RoadmapRows.NodeRow;
import io.roadmapgraph.loader.RoadmapRows.NodeSet;
import io.roadmapgraph.loader.RoadmapRows.RelRow;
import io.roadmapgraph.loader.RoadmapRows.RelSet;
import io.roadmapgraph.loader.RoadmapRows.RelSpec;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes one roadmap as a new revision beside the one readers read, then switches the roadmap to it in one small last
 * write (docs/graph-model.md, "Revisions"). The revision's nodes are written in batches of {@code UNWIND $rows AS row
 * CREATE ...}, each batch its own transaction; nothing of it is seen by a reader before the switch, because readers
 * follow only the revision that {@code Roadmap.revision} names. The revision that was current stays whole until the
 * next load of that roadmap, for readers still on it. Labels and types come from {@link GraphModel}; every value is a
 * parameter.
 */
final class GraphWriter {

    /** Told after each batch: a test seam to fail a load half-way, and the rows written for a progress display. */
    @FunctionalInterface
    interface BatchListener {
        BatchListener NONE = (what, batch) -> { };

        /**
         * @param what  the label or relationship type just written
         * @param batch the number of batches written so far in this load, from 1
         */
        void afterBatch(String what, int batch);

        /** @param rows the rows (nodes and relationships) of the new revision written so far */
        default void afterRows(int rows) {
        }
    }

    /** Runs work in a transaction of its own. */
    interface Transactions {
        <T> T write(Function<TransactionContext, T> work);

        /**
         * {@link #write} for a batch that writes only into the staging revision {@code rev}: its transaction says so
         * in its metadata ({@link GraphModel#STAGING_REVISION_METADATA}), so that an embedded Neo4j's commit listener
         * need not read the batch to know that readers see none of it.
         */
        default <T> T writeStaging(String rev, Function<TransactionContext, T> work) {
            return write(work);
        }

        <T> T read(Function<TransactionContext, T> work);

        /**
         * Transactions of a session of their own, for a second writer on another thread (a session is not shared
         * between threads); empty where there is no second session to open, and then one writer writes every batch.
         */
        default Optional<Own> openAnother() {
            return Optional.empty();
        }
    }

    /** {@link Transactions} of a session that whoever opened it closes. */
    interface Own extends Transactions, AutoCloseable {
        @Override
        void close();
    }

    /** What the graph has of a roadmap: its current and previous revision, the current one's content hash. */
    record Head(String current, Optional<String> previous, String contentHash, int modelVersion) {
    }

    /** A staging revision whose load has not written for this long is a crashed load's, and any load deletes it. */
    static final long STALE_STAGING_MILLIS = 60 * 60 * 1000L;

    private static final String STAGING = "STAGING";
    private static final String CURRENT = "CURRENT";
    private static final String PREVIOUS = "PREVIOUS";
    /**
     * Keeps the first plans: the statements below are the same for every batch, and re-planning them as the graph
     * grows costs seconds of CPU on a small roadmap.
     */
    private static final String KEEP_PLAN = "CYPHER replan=skip ";
    /**
     * A batch of a revision's nodes with these labels and properties: each row is a list, the node's id first, then
     * its values in the order of {@code keys} (a list is sent, read and indexed with less work than a map per row);
     * the properties are given in {@code CREATE} (a {@code SET} after it makes Neo4j 5.26 buffer the batch in an extra
     * {@code Eager} step); a missing value is null, which {@code CREATE} does not store. Labels and property names are
     * the loader's constants, never input.
     */
    private static String createNodes(List<String> labels, List<String> keys) {
        return KEEP_PLAN + "UNWIND $rows AS row CREATE (n" + labels.stream().map(l -> ":" + name(l))
                .collect(java.util.stream.Collectors.joining()) + " " + inline(keys, 1, Optional.of(name(GraphModel.REV)
                + ": $rev")) + ") RETURN row[0] AS id, id(n) AS node";
    }

    /**
     * A batch of a revision's relationships of one type with these properties, between its nodes: by the internal
     * ids the node batches of this load returned (a {@code NodeByIdSeek} per end, no element-id text to build, send
     * and parse per end). The ids are of nodes this load created and no other load deletes while it runs (only a
     * staging revision an hour stale is deleted), so they name the same nodes until the switch. Each row is a list:
     * the two ends' ids, then the values in the order of {@code keys}.
     */
    private static String createRelationships(String type, List<String> keys) {
        return KEEP_PLAN + "UNWIND $rows AS row"
                + " MATCH (a) WHERE id(a) = row[0] MATCH (b) WHERE id(b) = row[1]"
                + " CREATE (a)-[r:" + name(type) + " " + inline(keys, 2, Optional.empty()) + "]->(b) RETURN count(*) AS total";
    }

    /**
     * The properties of the rows in {@code CREATE}, the row's values from position {@code from} on, then {@code more}
     * (a property every row has the same of).
     */
    private static String inline(List<String> keys, int from, Optional<String> more) {
        return java.util.stream.Stream.concat(java.util.stream.IntStream.range(0, keys.size())
                        .mapToObj(i -> name(keys.get(i)) + ": row[" + (from + i) + "]"), more.stream())
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    /** {@code first} values (a node's id, a relationship's ends), then the values of {@code props} in {@code keys}' order. */
    private static List<Object> row(List<String> keys, Map<String, Object> props, Object first) {
        Object[] row = new Object[1 + keys.size()];
        row[0] = first;
        values(keys, props, row, 1);
        return java.util.Arrays.asList(row);
    }

    /**
     * {@link #row} of a relationship: its ends first. One array per row, wrapped (at 100k topics 840,000 rows: no
     * list that copies them, no varargs array, no iterator over the keys).
     */
    private static List<Object> row(List<String> keys, Map<String, Object> props, Long from, Long to) {
        Object[] row = new Object[2 + keys.size()];
        row[0] = from;
        row[1] = to;
        values(keys, props, row, 2);
        return java.util.Arrays.asList(row);
    }

    private static void values(List<String> keys, Map<String, Object> props, Object[] row, int from) {
        for (int i = 0; i < keys.size(); i++) {
            row[from + i] = props.get(keys.get(i)); // null where the row has no such property: CREATE stores nothing
        }
    }

    /** A label, type or property name of the graph model, quoted; anything else is a bug, not input to quote. */
    private static String name(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalStateException("not a name of the graph model: " + name);
        }
        return "`" + name + "`";
    }

    private static final String HEAD = GraphModel.cypher("MATCH (r:{Roadmap} {id: $roadmap})"
            + " OPTIONAL MATCH (v:{Revision} {id: r.revision})"
            + " RETURN r.revision AS current, r.previous AS previous, v.contentHash AS hash,"
            + " coalesce(r.modelVersion, 0) AS version");
    /** The switch: the one write that makes readers see the new revision instead of the old one. */
    private static final String SWITCH = GraphModel.cypher("""
            MATCH (v:{Revision} {id: $rev}) WHERE v.state = 'STAGING'
            CALL { MATCH (x:{Roadmap}) RETURN coalesce(max(x.loadOrder), 0) + 1 AS next }
            MERGE (h:{Roadmap} {id: $roadmap})
            WITH h, v, next, h.revision AS old
            SET h.loadOrder = coalesce(h.loadOrder, next), h.previous = old, h.revision = $rev, h.modelVersion = $version, v.state = 'CURRENT',
                v.contentHash = $hash
            REMOVE h.bundledHash
            MERGE (h)-[:{HAS_REVISION}]->(v)
            WITH old
            OPTIONAL MATCH (o:{Revision} {id: old})
            SET o.state = 'PREVIOUS'
            RETURN count(*) AS switched""");

    private final Transactions db;
    private final String roadmapId;
    private final int batchSize;
    private final BatchListener listener;
    /** Where the batches go when not Cypher over {@link #db}: an embedded Neo4j's kernel. */
    private final Optional<StagingWriter> staging;
    private int batches;
    private int rowsWritten;

    GraphWriter(Transactions db, String roadmapId, int batchSize, BatchListener listener) {
        this(db, roadmapId, batchSize, listener, Optional.empty());
    }

    GraphWriter(Transactions db, String roadmapId, int batchSize, BatchListener listener,
                Optional<StagingWriter> staging) {
        this.db = Objects.requireNonNull(db, "db");
        this.roadmapId = Objects.requireNonNull(roadmapId, "roadmapId");
        this.batchSize = batchSize;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.staging = Objects.requireNonNull(staging, "staging");
    }

    /**
     * Makes {@code graph} the roadmap's current revision, and returns what changed compared with the revision that
     * was current. A graph equal to the current one (same content hash) changes nothing.
     */
    LoadSummary load(RoadmapRows graph, boolean dryRun) {
        // the content hash (a SHA-256 per row: seconds of one core at 100k topics) is computed on another thread
        // while the head is read and, on a first load, while the revision is written; the switch stores it
        CompletableFuture<String> hash = CompletableFuture.supplyAsync(graph::contentHash);
        Optional<Head> head = head();
        if (head.isPresent() && head.get().modelVersion() == GraphModel.CURRENT_MODEL_VERSION
                && sameContent(graph, join(hash), head.get().contentHash())) {
            return unchanged(graph, dryRun);
        }
        Stored before = head.map(h -> stored(h.current())).orElseGet(Stored::new);
        if (dryRun) {
            return diff(graph, before, true);
        }
        // what changed is only told after the switch: counted on another thread while the revision is written
        CompletableFuture<LoadSummary> summary = CompletableFuture.supplyAsync(() -> diff(graph, before, false));
        List<String> keep = new ArrayList<>();
        head.ifPresent(h -> {
            keep.add(h.current());
            h.previous().ifPresent(keep::add);
        });
        deleteRevisionsExcept(keep);
        String rev = roadmapId + "@" + UUID.randomUUID();
        try {
            writeRevision(graph, rev);
            switchTo(rev, join(hash));
        } catch (RuntimeException e) {
            try {
                deleteRevision(rev);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the next load deletes what is left
            }
            throw e;
        }
        return join(summary);
    }

    /** The value of work done on another thread, or what it threw. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Whether a revision whose content hash is {@code stored} holds {@code graph}: a revision loaded before session 8
     * stores a hash of the older kind, and a reload of its unchanged roadmap still changes nothing.
     */
    private static boolean sameContent(RoadmapRows graph, String hash, String stored) {
        return stored.startsWith(RoadmapRows.HASH_PREFIX) ? stored.equals(hash)
                : !stored.isEmpty() && stored.equals(graph.legacyHash());
    }

    /**
     * Removes the roadmap: first its {@code Roadmap} node, so that readers stop seeing it in one write, then every
     * revision of it. Removing a roadmap that is not there changes nothing (but deletes a crashed load's leftovers).
     */
    LoadSummary remove(boolean dryRun) {
        Optional<Head> head = head();
        LoadSummary summary = diff(RoadmapRows.empty(roadmapId), head.map(h -> stored(h.current()))
                .orElseGet(Stored::new), dryRun);
        if (dryRun) {
            return summary;
        }
        db.write(tx -> tx.run(GraphModel.cypher("MATCH (r:{Roadmap} {id: $roadmap}) DETACH DELETE r"),
                Map.of("roadmap", roadmapId)).consume());
        deleteRevisionsExcept(List.of());
        return summary;
    }

    Optional<Head> head() {
        return db.read(tx -> tx.run(HEAD, Map.of("roadmap", roadmapId)).list().stream().findFirst()
                .filter(r -> !r.get("current").isNull())
                .map(r -> new Head(r.get("current").asString(),
                        r.get("previous").isNull() ? Optional.empty() : Optional.of(r.get("previous").asString()),
                        r.get("hash").asString(""), r.get("version").asInt())));
    }

    // ---- writing a revision -------------------------------------------------------------------------------------

    /** One batch of a revision: its rows written in one transaction by whichever writer takes it. */
    private record Batch(String what, int rows, Consumer<Transactions> write) {
    }

    /**
     * Writes the revision's batches with two writers at the same time, each in its own session and transactions:
     * while one writer's batch is in the client (rows built, sent, answers read) or waits for its commit, the other's
     * is executed, so that two cores work where one writer kept one and a half busy. The batches of a phase never
     * lock the same record twice over: node batches create distinct nodes (distinct {@code (id, rev)} index
     * entries), and relationship batches create only relationships, whose end-node locks Neo4j takes at commit; a
     * deadlock that Neo4j reports anyway is a transient error, and the driver runs the batch's transaction again.
     */
    private void writeRevision(RoadmapRows graph, String rev) {
        Map<String, Map<String, Long>> nodeIds = new ConcurrentHashMap<>();
        List<Batch> nodeBatches = new ArrayList<>();
        for (NodeSet set : graph.nodeSets()) {
            Map<String, Long> ids = nodeIds.computeIfAbsent(set.label(),
                    l -> new ConcurrentHashMap<>());
            for (List<NodeRow> batch : batches(set.rows())) {
                nodeBatches.add(new Batch(set.label(), batch.size(), tx -> writeNodes(tx, set.label(), batch, rev,
                        ids)));
            }
        }
        List<Batch> relBatches = new ArrayList<>();
        for (RelSet set : graph.relSets()) {
            for (List<RelRow> batch : batches(set.rows())) {
                relBatches.add(new Batch(set.spec().type(), batch.size(), tx -> writeRelationships(tx, set.spec(),
                        batch, rev, nodeIds)));
            }
        }
        Optional<Own> another = db.openAnother();
        ExecutorService second = Executors.newSingleThreadExecutor(
                work -> {
                    Thread thread = new Thread(work, "roadmap-loader-writer-" + roadmapId);
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            // the relationships need every node's internal id: they start when the last node batch is committed
            writeAll(nodeBatches, another, second);
            writeAll(relBatches, another, second);
        } finally {
            second.shutdownNow();
            another.ifPresent(Own::close);
        }
    }

    /**
     * Writes the batches, each in its own transaction: this thread with {@link #db} and, when there is a second
     * session, the {@code second} thread with it, each taking the next batch not yet taken. The first failure stops
     * both (no writer takes another batch) and is thrown once both have stopped, so that the caller deletes the
     * revision only when nothing writes into it any more.
     */
    private void writeAll(List<Batch> all, Optional<Own> another, ExecutorService second) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Optional<Future<?>> other = another.filter(tx -> all.size() > 1)
                .map(tx -> second.submit(() -> drain(tx, all, next, failed)));
        RuntimeException thrown = null;
        try {
            drain(db, all, next, failed);
        } catch (RuntimeException e) {
            thrown = e;
        }
        if (other.isPresent()) {
            try {
                other.get().get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("the second writer failed: " + e.getCause(), e.getCause());
                if (thrown == null) {
                    thrown = cause;
                } else {
                    thrown.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.set(true);
                throw new IllegalStateException("interrupted while the second writer wrote", e);
            }
        }
        if (thrown != null) {
            throw thrown;
        }
    }

    private void drain(Transactions tx, List<Batch> all, AtomicInteger next,
                       AtomicBoolean failed) {
        for (int i = next.getAndIncrement(); i < all.size() && !failed.get(); i = next.getAndIncrement()) {
            Batch batch = all.get(i);
            try {
                batch.write().accept(tx);
            } catch (RuntimeException | Error e) {
                failed.set(true);
                throw e;
            }
            written(batch, failed);
        }
    }

    /** Tells the listener of a written batch, one batch at a time; after a failure, of none. */
    private synchronized void written(Batch batch, AtomicBoolean failed) {
        if (failed.get()) {
            return;
        }
        try {
            listener.afterBatch(batch.what(), ++batches);
            listener.afterRows(rowsWritten += batch.rows());
        } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
        }
    }

    private void writeNodes(Transactions tx, String label, List<NodeRow> batch, String rev, Map<String, Long> ids) {
        // one statement per set of labels (a key topic has two) in the batch's transaction, its rows made before it
        Map<List<String>, List<NodeRow>> byLabels = new LinkedHashMap<>();
        batch.forEach(row -> byLabels.computeIfAbsent(labels(label, row), l -> new ArrayList<>()).add(row));
        Map<List<String>, StatementRows> statements = new LinkedHashMap<>();
        byLabels.forEach((labels, nodes) -> {
            List<Map<String, Object>> props = nodes.stream().map(row -> props(label, row, rev)).toList();
            List<String> keys = keys(props);
            List<List<Object>> rows = new ArrayList<>(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                rows.add(row(keys, props.get(i), nodes.get(i).id()));
            }
            statements.put(labels, new StatementRows(keys, rows));
        });
        if (staging.isPresent()) {
            int created = 0;
            for (Map.Entry<List<String>, StatementRows> e : statements.entrySet()) {
                long[] nodeIds = staging.get().createNodes(rev, e.getKey(), e.getValue().keys(), e.getValue().rows());
                for (int i = 0; i < nodeIds.length; i++) {
                    ids.put((String) e.getValue().rows().get(i).get(0), nodeIds[i]);
                }
                created += nodeIds.length;
            }
            checkCreated(created, batch.size(), label);
            return;
        }
        List<Record> created = tx.writeStaging(rev, t -> {
            List<Record> records = new ArrayList<>();
            statements.forEach((labels, rows) -> records.addAll(t.run(createNodes(labels, rows.keys()),
                    Map.of("rows", rows.rows(), "rev", rev)).list()));
            return records;
        });
        checkCreated(created.size(), batch.size(), label);
        created.forEach(r -> ids.put(r.get("id").asString(), r.get("node").asLong()));
    }

    /** A batch's rows for one statement: the property names of its values, and the rows. */
    private record StatementRows(List<String> keys, List<List<Object>> rows) {
    }

    private static void checkCreated(int created, int rows, String label) {
        if (created != rows) {
            throw new IllegalStateException("created " + created + " of " + rows + " " + label + " nodes");
        }
    }

    private void writeRelationships(Transactions tx, RelSpec spec, List<RelRow> batch, String rev,
                                    Map<String, Map<String, Long>> nodeIds) {
        List<String> keys = keys(batch.stream().map(RelRow::props).toList());
        Map<String, Long> fromIds = nodeIds.getOrDefault(spec.from(), Map.of());
        Map<String, Long> toIds = nodeIds.getOrDefault(spec.to(), Map.of());
        List<List<Object>> rows = new ArrayList<>(batch.size());
        for (RelRow row : batch) {
            rows.add(row(keys, row.props(), nodeId(fromIds, spec.from(), row.from()),
                    nodeId(toIds, spec.to(), row.to())));
        }
        if (staging.isPresent()) {
            staging.get().createRelationships(rev, spec.type(), keys, rows);
            return;
        }
        String statement = createRelationships(spec.type(), keys);
        int total = tx.writeStaging(rev, t -> t.run(statement, Map.of("rows", rows)).single()
                .get("total").asInt());
        if (total != batch.size()) {
            throw new IllegalStateException("created " + total + " of " + batch.size() + " " + spec.type()
                    + " relationships: an end is missing");
        }
    }

    /**
     * The property names of a batch's rows, sorted (so that equal sets give one statement, planned once); the names
     * of a run of compact rows of one kind are taken once, not once per row.
     */
    private static List<String> keys(List<Map<String, Object>> props) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        java.util.Collection<String> last = null;
        for (Map<String, Object> p : props) {
            java.util.Collection<String> names = RowProps.names(p);
            if (names != last) { // rows of one kind come in runs
                keys.addAll(names);
                last = names;
            }
        }
        return List.copyOf(keys);
    }

    /**
     * A node's properties for the batch: the row's own (not copied: the revision id is a parameter of the batch), and
     * for the {@code Revision} node its bookkeeping (its content hash is stored by the switch).
     */
    private Map<String, Object> props(String label, NodeRow row, String rev) {
        if (!GraphModel.REVISION_LABEL.equals(label)) {
            return row.props();
        }
        Map<String, Object> props = new LinkedHashMap<>(row.props());
        props.put(GraphModel.ID, rev);
        props.put(GraphModel.ROADMAP_ID, roadmapId);
        props.put(GraphModel.STATE, STAGING);
        props.put(GraphModel.LOADED_AT, System.currentTimeMillis());
        return props;
    }

    private static List<String> labels(String label, NodeRow row) {
        return GraphModel.TOPIC.equals(label) && "KEY".equals(row.props().get(GraphModel.IMPORTANCE))
                ? List.of(label, GraphModel.KEY_TOPIC) : List.of(label);
    }

    /** The internal id of the node {@code id} among a label's, {@code ids}. */
    private static Long nodeId(Map<String, Long> ids, String label, String id) {
        Long nodeId = ids.get(id);
        if (nodeId == null) {
            throw new IllegalStateException("no " + label + " node '" + id + "' to connect");
        }
        return nodeId;
    }

    private void switchTo(String rev, String hash) {
        int switched = db.write(tx -> tx.run(SWITCH, Map.of("rev", rev, "roadmap", roadmapId,
                "version", GraphModel.CURRENT_MODEL_VERSION, "hash", hash)).single().get("switched").asInt());
        if (switched == 0) {
            throw new IllegalStateException("another load of roadmap " + roadmapId + " deleted this load's revision"
                    + " before it was finished; load one file of a roadmap at a time, and load it again");
        }
    }

    // ---- deleting revisions -------------------------------------------------------------------------------------

    /**
     * Deletes every revision of this roadmap but {@code keep}, and any roadmap's staging revision whose load stopped
     * writing {@link #STALE_STAGING_MILLIS} ago (a crashed load's).
     */
    private void deleteRevisionsExcept(List<String> keep) {
        List<String> doomed = db.read(tx -> tx.run(GraphModel.cypher("""
                MATCH (v:{Revision})
                WHERE (v.roadmap = $roadmap AND NOT v.id IN $keep)
                   OR (v.state = $staging AND v.loadedAt < $staleBefore AND NOT v.id IN $keep)
                RETURN v.id AS id"""), Map.of("roadmap", roadmapId, "keep", keep, "staging", STAGING,
                "staleBefore", System.currentTimeMillis() - STALE_STAGING_MILLIS))
                .list(r -> r.get("id").asString()));
        doomed.forEach(this::deleteRevision);
    }

    /** Deletes every node of a revision (and so its relationships), in batches, the {@code Revision} node last. */
    private void deleteRevision(String rev) {
        List<String> labels = new ArrayList<>(GraphModel.LABELS);
        labels.remove(GraphModel.ROADMAP);
        labels.remove(GraphModel.REVISION_LABEL);
        labels.add(GraphModel.REVISION_LABEL);
        for (String label : labels) {
            String query = "MATCH (n:" + label + " {" + GraphModel.REV + ": $rev}) WITH n LIMIT $limit"
                    + " DETACH DELETE n RETURN count(*) AS deleted";
            int deleted;
            do {
                deleted = db.write(tx -> tx.run(query, Map.of("rev", rev, "limit", batchSize)).single()
                        .get("deleted").asInt());
            } while (deleted == batchSize);
        }
    }

    // ---- what changed -------------------------------------------------------------------------------------------

    /** A revision as stored: node properties by label and id, relationship properties by type and ends. */
    private static final class Stored {
        final Map<String, Map<String, Map<String, Object>>> nodes = new HashMap<>();
        final Map<RelSpec, Map<List<String>, Map<String, Object>>> relationships = new HashMap<>();
    }

    /** Reads a revision back, without what the writer adds to the rows (the revision id, the bookkeeping). */
    private Stored stored(String rev) {
        return db.read(tx -> {
            Stored stored = new Stored();
            for (String label : GraphModel.LABELS) {
                if (GraphModel.ROADMAP.equals(label)) {
                    continue;
                }
                Map<String, Map<String, Object>> byId = new HashMap<>();
                tx.run("MATCH (n:" + label + " {" + GraphModel.REV + ": $rev}) RETURN n.id AS id, properties(n) AS p",
                        Map.of("rev", rev)).forEachRemaining(r -> {
                            Map<String, Object> props = new HashMap<>(r.get("p").asMap());
                            props.remove(GraphModel.REV);
                            String id = r.get("id").asString();
                            if (GraphModel.REVISION_LABEL.equals(label)) {
                                id = roadmapId;
                                props.put(GraphModel.ID, roadmapId);
                                List.of(GraphModel.ROADMAP_ID, GraphModel.STATE, GraphModel.CONTENT_HASH,
                                        GraphModel.LOADED_AT).forEach(props::remove);
                            }
                            byId.put(id, props);
                        });
                stored.nodes.put(label, byId);
            }
            for (RelSpec spec : RoadmapRows.REL_SPECS) {
                Map<List<String>, Map<String, Object>> byEnds = new HashMap<>();
                tx.run("MATCH (a:" + spec.from() + " {" + GraphModel.REV + ": $rev})-[r:" + spec.type() + "]->(b:"
                                + spec.to() + " {" + GraphModel.REV + ": $rev}) RETURN a.id AS from, b.id AS to,"
                                + " properties(r) AS p", Map.of("rev", rev))
                        .forEachRemaining(r -> byEnds.put(List.of(
                                GraphModel.REVISION_LABEL.equals(spec.from()) ? roadmapId : r.get("from").asString(),
                                r.get("to").asString()), r.get("p").asMap()));
                stored.relationships.put(spec, byEnds);
            }
            return stored;
        });
    }

    /**
     * What {@code graph} changes compared with {@code before}. The roadmap's own texts (its {@code Revision} node)
     * count under {@link GraphModel#ROADMAP}: to a user, a load creates, changes or removes the roadmap.
     */
    private LoadSummary diff(RoadmapRows graph, Stored before, boolean dryRun) {
        Map<String, Change> nodes = new HashMap<>();
        for (NodeSet set : graph.nodeSets()) {
            Map<String, Map<String, Object>> old = before.nodes.getOrDefault(set.label(), Map.of());
            nodes.merge(summaryLabel(set.label()), change(set.rows(), NodeRow::id, NodeRow::props, old),
                    Change::plus);
        }
        Map<String, Change> relationships = new HashMap<>();
        for (RelSet set : graph.relSets()) {
            Map<List<String>, Map<String, Object>> old = before.relationships.getOrDefault(set.spec(), Map.of());
            relationships.merge(set.spec().type(), change(set.rows(), row -> List.of(row.from(), row.to()),
                    RelRow::props, old), Change::plus);
        }
        return new LoadSummary(roadmapId, nodes, relationships, dryRun);
    }

    private LoadSummary unchanged(RoadmapRows graph, boolean dryRun) {
        Map<String, Change> nodes = new HashMap<>();
        graph.nodeSets().forEach(set -> nodes.merge(summaryLabel(set.label()),
                new Change(0, 0, 0, set.rows().size()), Change::plus));
        Map<String, Change> relationships = new HashMap<>();
        graph.relSets().forEach(set -> relationships.merge(set.spec().type(),
                new Change(0, 0, 0, set.rows().size()), Change::plus));
        return new LoadSummary(roadmapId, nodes, relationships, dryRun);
    }

    private static String summaryLabel(String label) {
        return GraphModel.REVISION_LABEL.equals(label) ? GraphModel.ROADMAP : label;
    }

    /**
     * Created, updated, removed and unchanged rows against {@code old}, without a copy of the rows: on a first load
     * ({@code old} empty) every row is created, and the rows of a 100k-topic roadmap are not copied to say so.
     */
    private static <R, K> Change change(List<R> rows, Function<R, K> key, Function<R, Map<String, Object>> props,
                                        Map<K, Map<String, Object>> old) {
        java.util.Set<K> now = new java.util.HashSet<>();
        int created = 0;
        int updated = 0;
        int same = 0;
        for (R row : rows) {
            K k = key.apply(row);
            if (!now.add(k)) {
                continue; // a key counts once
            }
            Map<String, Object> was = old.get(k);
            if (was == null) {
                created++;
            } else if (was.equals(normalized(props.apply(row)))) {
                same++;
            } else {
                updated++;
            }
        }
        int removed = (int) old.keySet().stream().filter(k -> !now.contains(k)).count();
        return new Change(created, updated, removed, same);
    }

    /** The properties as the database gives them back (whole numbers as longs). */
    private static Object normalized(Map<String, Object> props) {
        return Values.value(props).asObject();
    }

    /** {@code rows} in consecutive slices of at most the batch size. */
    private <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += batchSize) {
            batches.add(rows.subList(start, Math.min(rows.size(), start + batchSize)));
        }
        return batches;
    }
}
