package io.roadmapgraph.embedded;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.query.GraphChanges;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Counts the write transactions that commit in one database of the embedded Neo4j, whoever wrote them: the loader,
 * a Cypher write in Neo4j Browser, a driver. It is the {@link GraphChanges} feed the query snapshot follows. A commit
 * is counted after it is applied, so a read begun after {@link #commits()} returned sees it. A transaction that
 * changed only learners' nodes ({@link GraphModel#LEARNER_LABELS}, {@link GraphModel#HAS_PROGRESS}), which no snapshot
 * holds, is not counted: a learner's progress write does not make the roadmaps' snapshot be read again. Nor is one
 * that changed only revisions no roadmap names as current: a load's batches into its staging revision, the deletion
 * of a previous one; the switch to the new revision counts. A load's batch says in its transaction metadata which
 * staging revision it writes ({@link GraphModel#STAGING_REVISION_METADATA}) and is taken at its word: at 100k topics
 * reading every node and relationship end of every batch was 5-8 % of the load's CPU.
 */
final class CommitCounter extends TransactionEventListenerAdapter<Boolean> implements GraphChanges {

    private static final List<Label> LEARNER_LABELS = GraphModel.LEARNER_LABELS.stream().map(Label::label).toList();
    private static final Label ROADMAP = Label.label(GraphModel.ROADMAP);
    private static final Label REVISION = Label.label(GraphModel.REVISION_LABEL);
    private static final RelationshipType HAS_PROGRESS = RelationshipType.withName(GraphModel.HAS_PROGRESS);

    private final AtomicLong commits = new AtomicLong();
    /** Told after each counted commit; held weakly ({@link GraphChanges#afterCommits}). */
    private final List<WeakReference<Runnable>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Whether the transaction changed anything a snapshot reads: decided while its entities can be read (and with
     * the roadmaps' current revisions as it leaves them).
     */
    @Override
    public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        try {
            return !unseen(data, transaction);
        } catch (RuntimeException e) {
            return true; // an entity that cannot be read: count the commit, as before
        }
    }

    @Override
    public void afterCommit(TransactionData data, Boolean counts, GraphDatabaseService database) {
        if (counts == null || counts) {
            commits.incrementAndGet();
            tellListeners();
        }
    }

    @Override
    public void afterCommits(Runnable listener) {
        listeners.add(new WeakReference<>(Objects.requireNonNull(listener, "listener")));
    }

    private void tellListeners() {
        for (WeakReference<Runnable> reference : listeners) {
            Runnable listener = reference.get();
            if (listener == null) {
                listeners.remove(reference);
                continue;
            }
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a listener's failure is not the commit's: the commit is counted, and asking commits() still tells
            }
        }
    }

    @Override
    public long commits() {
        return commits.get();
    }

    /**
     * True when no snapshot reads anything the transaction changed: every changed node is a learner's (by its labels,
     * or for a deleted node the labels it lost) or belongs to a revision that no roadmap names as current (a load's
     * staging revision while it is written in batches, a previous revision being deleted after the switch; by its
     * {@code rev}, or for a deleted node the {@code rev} it had), and every changed relationship is a
     * {@code HAS_PROGRESS} or joins two such nodes. An empty transaction (a read) is unseen. The switch itself changes
     * a {@code Roadmap} node, and a removal deletes one: those always count.
     */
    private static boolean unseen(TransactionData data, Transaction transaction) {
        Set<String> current = new HashSet<>();
        transaction.findNodes(ROADMAP).forEachRemaining(roadmap -> {
            Object revision = roadmap.getProperty(GraphModel.REVISION, null);
            if (revision instanceof String name) {
                current.add(name);
            }
        });
        if (data.metaData().get(GraphModel.STAGING_REVISION_METADATA) instanceof String staging) {
            // a loader's batch into its staging revision (its metadata says so): unseen while no roadmap names that
            // revision, without reading its nodes and both ends of each of its relationships
            return !current.contains(staging);
        }
        Set<String> learnerNodes = new HashSet<>();
        for (LabelEntry entry : data.removedLabels()) {
            if (LEARNER_LABELS.contains(entry.label())) {
                learnerNodes.add(entry.node().getElementId());
            }
        }
        Set<String> revisionNodes = new HashSet<>();
        for (LabelEntry entry : data.removedLabels()) {
            if (entry.label().equals(REVISION)) {
                revisionNodes.add(entry.node().getElementId());
            }
        }
        // a deleted node's revision: its rev, or a Revision node's own id
        Map<String, Object> deletedRevs = new HashMap<>();
        for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
            String id = entry.entity().getElementId();
            if (revisionNodes.contains(id) ? GraphModel.ID.equals(entry.key()) : GraphModel.REV.equals(entry.key())) {
                deletedRevs.put(id, entry.previouslyCommittedValue());
            }
        }
        Set<String> deleted = new HashSet<>();
        for (Node node : data.deletedNodes()) {
            deleted.add(node.getElementId());
        }
        Unseen unseen = new Unseen(current, deleted, learnerNodes, deletedRevs, new HashMap<>());
        return all(data.deletedNodes(), unseen::node)
                && all(data.createdNodes(), unseen::node)
                && all(data.assignedLabels(), entry -> unseen.node(entry.node()))
                && all(data.removedLabels(), entry -> unseen.node(entry.node()))
                && all(data.assignedNodeProperties(), entry -> unseen.node(entry.entity()))
                && all(data.removedNodeProperties(), entry -> unseen.node(entry.entity()))
                && all(data.createdRelationships(), unseen::relationship)
                && all(data.deletedRelationships(), unseen::relationship)
                && all(data.assignedRelationshipProperties(), entry -> unseen.relationship(entry.entity()))
                && all(data.removedRelationshipProperties(), entry -> unseen.relationship(entry.entity()));
    }

    private static <T> boolean all(Iterable<T> items, Predicate<T> test) {
        for (T item : items) {
            if (!test.test(item)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Which entities of one transaction no snapshot reads. A node is decided once ({@code decided}, by the node:
     * its internal id): a load's batch of relationships names its ends again and again (the revision, a phase, a
     * topic with several requirements), and each decision reads the node's labels and {@code rev}.
     */
    private record Unseen(Set<String> current, Set<String> deleted, Set<String> learnerNodes,
                          Map<String, Object> deletedRevs, Map<Node, Boolean> decided) {

        boolean node(Node node) {
            Boolean known = decided.get(node);
            if (known == null) {
                known = decide(node);
                decided.put(node, known);
            }
            return known;
        }

        private boolean decide(Node node) {
            if (!deleted.isEmpty()) { // a created or changed node's element id is not needed: no text per node
                String id = node.getElementId();
                if (deleted.contains(id)) {
                    return learnerNodes.contains(id) || notCurrent(deletedRevs.get(id));
                }
            }
            return LEARNER_LABELS.stream().anyMatch(node::hasLabel) || notCurrent(node.hasLabel(REVISION)
                    ? node.getProperty(GraphModel.ID, null) : node.getProperty(GraphModel.REV, null));
        }

        boolean relationship(Relationship relationship) {
            return relationship.isType(HAS_PROGRESS)
                    || node(relationship.getStartNode()) && node(relationship.getEndNode());
        }

        /** A revision that no roadmap names as current; a node without one (a {@code Roadmap}) is always seen. */
        private boolean notCurrent(Object rev) {
            return rev instanceof String name && !current.contains(name);
        }
    }
}
