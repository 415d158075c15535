package io.roadmapgraph.embedded;

import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.query.GraphChanges;
import org.neo4j.graphdb.Entity;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the write transactions that commit in one database of the embedded Neo4j, whoever wrote them: the loader,
 * a Cypher write in Neo4j Browser, a driver. It is the {@link GraphChanges} feed the query snapshot follows. A commit
 * is counted after it is applied, so a read begun after {@link #commits()} returned sees it. A transaction that
 * changed only learners' nodes ({@link GraphModel#LEARNER_LABELS}, {@link GraphModel#HAS_PROGRESS}), which no snapshot
 * holds, is not counted: a learner's progress write does not make the roadmaps' snapshot be read again.
 */
final class CommitCounter extends TransactionEventListenerAdapter<Boolean> implements GraphChanges {

    private static final List<Label> LEARNER_LABELS = GraphModel.LEARNER_LABELS.stream().map(Label::label).toList();
    private static final RelationshipType HAS_PROGRESS = RelationshipType.withName(GraphModel.HAS_PROGRESS);

    private final AtomicLong commits = new AtomicLong();

    /** Whether the transaction changed anything besides learners' nodes: decided while its entities can be read. */
    @Override
    public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        try {
            return !onlyLearners(data);
        } catch (RuntimeException e) {
            return true; // an entity that cannot be read: count the commit, as before
        }
    }

    @Override
    public void afterCommit(TransactionData data, Boolean counts, GraphDatabaseService database) {
        if (counts == null || counts) {
            commits.incrementAndGet();
        }
    }

    @Override
    public long commits() {
        return commits.get();
    }

    /**
     * True when every changed node is a learner's (by its labels, or for a deleted node the labels it lost) and
     * every changed relationship is a {@code HAS_PROGRESS}; an empty transaction (a read) counts as learners' only.
     */
    private static boolean onlyLearners(TransactionData data) {
        Set<String> learnerNodes = new HashSet<>();
        for (LabelEntry entry : data.removedLabels()) {
            if (LEARNER_LABELS.contains(entry.label())) {
                learnerNodes.add(entry.node().getElementId());
            }
        }
        Set<String> deleted = new HashSet<>();
        for (Node node : data.deletedNodes()) {
            deleted.add(node.getElementId());
            if (!learnerNodes.contains(node.getElementId())) {
                return false;
            }
        }
        for (Node node : data.createdNodes()) {
            if (!learner(node, deleted, learnerNodes)) {
                return false;
            }
        }
        for (LabelEntry entry : data.assignedLabels()) {
            if (!LEARNER_LABELS.contains(entry.label())) {
                return false;
            }
        }
        for (LabelEntry entry : data.removedLabels()) {
            if (!LEARNER_LABELS.contains(entry.label())) {
                return false;
            }
        }
        for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
            if (!learner(entry.entity(), deleted, learnerNodes)) {
                return false;
            }
        }
        for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
            if (!learner(entry.entity(), deleted, learnerNodes)) {
                return false;
            }
        }
        for (Relationship relationship : data.createdRelationships()) {
            if (!relationship.isType(HAS_PROGRESS)) {
                return false;
            }
        }
        for (Relationship relationship : data.deletedRelationships()) {
            if (!relationship.isType(HAS_PROGRESS)) {
                return false;
            }
        }
        return !data.assignedRelationshipProperties().iterator().hasNext()
                && !data.removedRelationshipProperties().iterator().hasNext();
    }

    private static boolean learner(Entity entity, Set<String> deleted, Set<String> learnerNodes) {
        if (deleted.contains(entity.getElementId())) {
            return learnerNodes.contains(entity.getElementId());
        }
        Node node = (Node) entity;
        return LEARNER_LABELS.stream().anyMatch(node::hasLabel);
    }
}
