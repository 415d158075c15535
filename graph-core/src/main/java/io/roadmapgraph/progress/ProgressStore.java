package io.roadmapgraph.progress;

import org.apiguardian.api.API;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where learners' progress is kept: {@link InMemoryProgressStore} for an app that keeps it itself,
 * {@link Neo4jProgressStore} beside the roadmaps. A learner is an opaque id the caller has authenticated; a store
 * never reads one learner's records for another. Topic ids are stored as given: resolving former ids and checking
 * that a topic exists is the caller's ({@code LearnerProgress}).
 */
@API(status = API.Status.EXPERIMENTAL)
public interface ProgressStore {

    /**
     * What a write did: how many records it changed, and the bookmark a later read on another instance passes back
     * to see it (empty where there is none, as in memory).
     */
    record Written(int changed, Optional<String> bookmark) {
        public Written {
            java.util.Objects.requireNonNull(bookmark, "bookmark");
        }
    }

    /** Every record of {@code learner}, by topic id; {@code bookmark}: read at least what that write wrote. */
    List<TopicProgress> progress(String learner, Optional<String> bookmark);

    /** Writes (creates or replaces) the records of {@code learner}, all or none. */
    Written put(String learner, Collection<TopicProgress> records);

    /** Deletes the records of {@code learner} for these topic ids; ids without a record are no error. */
    Written clear(String learner, Collection<String> topics);

    /** Deletes everything kept about {@code learner}. */
    Written deleteLearner(String learner);
}
