package io.roadmapgraph.embedded;

import io.roadmapgraph.query.GraphChanges;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the write transactions that commit in one database of the embedded Neo4j, whoever wrote them: the loader,
 * a Cypher write in Neo4j Browser, a driver. It is the {@link GraphChanges} feed the query snapshot follows. A commit
 * is counted after it is applied, so a read begun after {@link #commits()} returned sees it.
 */
final class CommitCounter extends TransactionEventListenerAdapter<Void> implements GraphChanges {

    private final AtomicLong commits = new AtomicLong();

    @Override
    public void afterCommit(TransactionData data, Void state, GraphDatabaseService database) {
        if (changed(data)) {
            commits.incrementAndGet();
        }
    }

    @Override
    public long commits() {
        return commits.get();
    }

    /** Read transactions commit too; only a transaction that changed something counts. */
    private static boolean changed(TransactionData data) {
        return data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
                || data.createdRelationships().iterator().hasNext()
                || data.deletedRelationships().iterator().hasNext()
                || data.assignedNodeProperties().iterator().hasNext()
                || data.removedNodeProperties().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext()
                || data.removedRelationshipProperties().iterator().hasNext()
                || data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext();
    }
}
